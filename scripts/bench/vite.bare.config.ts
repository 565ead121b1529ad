/**
 * Vite config of the bench-only "bare MapLibre" page (scripts/bench/bare/). Mirrors the app's build
 * settings that matter for loading (target, relative base, maplibre-gl in a chunk of its own) so the
 * two pages differ only in what the app adds. Output folder is chosen by the caller (`--outDir`).
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** `.geojson` as a JSON module, the same way the app's content plugin inlines it (JSON.parse of a string). */
function geojson(): Plugin {
  return {
    name: 'bench-geojson',
    transform(code, id) {
      if (!id.endsWith('.geojson')) return null;
      return { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null };
    },
  };
}

/** `virtual:bench-cluster-ids`: only the ids of data/clusters.json, not its 16 KB of text. */
function clusterIds(): Plugin {
  const id = 'virtual:bench-cluster-ids';
  return {
    name: 'bench-cluster-ids',
    resolveId: (s) => (s === id ? `\0${id}` : null),
    load(s) {
      if (s !== `\0${id}`) return null;
      const clusters = JSON.parse(readFileSync(here('../../data/clusters.json'), 'utf8')) as { id: string }[];
      return `export default ${JSON.stringify(clusters.map((c) => c.id))};`;
    },
  };
}

export default defineConfig({
  root: here('./bare'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [geojson(), clusterIds()],
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1100,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
});
