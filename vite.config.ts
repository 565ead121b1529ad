import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import solid from 'vite-plugin-solid';
import { validateProject } from './scripts/validate-project.ts';
import { formatProblem } from './src/domain/problem.ts';
import { pinyinPlugin } from './scripts/pinyin-plugin.ts';
import { areaFigures } from './src/domain/figures.ts';
import { readFullContent, splitByLoad } from './src/domain/split.ts';
import { clientTypesPlugin } from './scripts/client-types-plugin.ts';
import { preloadEnginePlugin } from './scripts/preload-engine-plugin.ts';
import { fontSubsetPlugin } from './scripts/font-subset/plugin.ts';
import { shareImagePlugin } from './scripts/share-image-plugin.ts';
import { dataDownloadPlugin } from './scripts/data-download-plugin.ts';
import { dataAsOfPlugin } from './scripts/data-as-of-plugin.ts';
import { pwaPlugins } from './scripts/pwa/plugin.ts';

/**
 * Entry points besides index.html, published under fixed names at the site's root so host pages
 * can load them: the web component and the iframe's host-side client.
 */
const PUBLIC_ENTRIES: Record<string, string> = {
  'g60-zone-map': 'src/component/element.ts',
  'embed-client': 'src/embed-client/index.ts',
};

/** Adds every citation (`{doc, section}`) found anywhere in `o` to `into`, as `doc\u0000section`. */
function citationsIn(o: unknown, into: Set<string>): void {
  if (Array.isArray(o)) { o.forEach((x) => citationsIn(x, into)); return; }
  if (typeof o !== 'object' || o === null) return;
  const r = o as Record<string, unknown>;
  if (typeof r.doc === 'string' && typeof r.section === 'string') into.add(`${r.doc}\u0000${r.section}`);
  Object.values(r).forEach((x) => citationsIn(x, into));
}

const VIRTUAL = new Set(['virtual:g60-register', 'virtual:g60-figures', 'virtual:g60-content', 'virtual:g60-details', 'virtual:g60-more', 'virtual:g60-plans']);

/** A module exporting `value`, parsed with JSON.parse (quicker to parse than the same object literal). */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * Loads `.geojson` files as JSON modules, serves the content split into what the first load needs
 * and what only cards show, and refuses to build from content that does not validate, so a broken
 * data file stops the build with the same messages as `npm run validate`.
 */
function content(): Plugin {
  return {
    name: 'g60-content',
    // Only `vite build`: the dev server and script runners reuse this config and must still start.
    buildStart() {
      const { command, root } = this.environment.config;
      if (command !== 'build') return;
      const problems = validateProject(root);
      if (problems.length > 0) {
        this.error(`the map's content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
    },
    resolveId(id) { return VIRTUAL.has(id) ? `\0${id}` : null; },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : '';
      if (!VIRTUAL.has(name)) return null;
      const read = (rel: string) => {
        const path = join(this.environment.config.root, rel);
        this.addWatchFile(path);
        return JSON.parse(readFileSync(path, 'utf8'));
      };
      if (name === 'virtual:g60-register') {
        // Cards cite a document by title and number and a section by its id and title: ship just that,
        // for the sections the content cites, not the register's facts and other sections (the build
        // has already checked every citation).
        const reg = read('seeds/register.json') as { documents: (Record<string, unknown> & { id: string; sections: { id: string; title: string }[] })[] };
        const cited = new Set<string>();
        const collect = (o: unknown) => citationsIn(o, cited);
        collect(readFullContent(read));
        for (const f of ['indicators.json', 'strategy.json']) collect(read(`data/${f}`));
        const documents = reg.documents.map(({ id, title, issuer, number, date, sections }) => ({
          id, title, issuer, number, date, sections: sections.filter((s) => cited.has(`${id}\u0000${s.id}`)),
        }));
        return `export default ${JSON.stringify({ documents })};`;
      }
      if (name === 'virtual:g60-content' || name === 'virtual:g60-details' || name === 'virtual:g60-more') {
        // The first load carries what the map, legend, filters, list and search use; the text only
        // cards show (DETAIL_KEYS) is a chunk of its own that data/load.ts fetches on demand, and
        // so are the kinds loaded on demand (kinds.ts `onDemand`: the other documents' context).
        const { first, firstDetails, more } = splitByLoad(readFullContent(read));
        if (name === 'virtual:g60-content') return jsonModule(first);
        if (name === 'virtual:g60-details') return jsonModule(firstDetails);
        return jsonModule(more);
      }
      if (name === 'virtual:g60-plans') {
        // The plans panel's indicator tables and documents, with the titles of the sections they cite.
        const tables = read('data/indicator-tables.json'), documents = read('data/documents.json');
        return jsonModule({ tables, documents });
      }
      // Area sizes, label points and bounds: computed here so the browser ships numbers, not turf.
      return `export default ${JSON.stringify(areaFigures(read('data/areas.geojson')))};`;
    },
    transform(code, id) {
      if (!id.endsWith('.geojson')) return null;
      // Re-serialised without indentation: the files are formatted for people, the bundle for the wire.
      return { code: jsonModule(JSON.parse(code)), map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [content(), pinyinPlugin(), fontSubsetPlugin(), solid(), clientTypesPlugin(), preloadEnginePlugin(), shareImagePlugin(), dataDownloadPlugin(), dataAsOfPlugin(), ...pwaPlugins()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // maplibre-gl (~1 MB) in a chunk of its own: it changes far less often than the app and content.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      input: { index: 'index.html', ...PUBLIC_ENTRIES },
      // Keep the client's exports (Vite's default for an app drops entry exports).
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (chunk.name in PUBLIC_ENTRIES ? '[name].js' : 'assets/[name]-[hash].js'),
        // MapLibre's code only: its stylesheet, inlined for the component's shadow root, stays out.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }] },
      },
    },
  },
  json: { stringify: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
