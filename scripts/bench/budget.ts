/**
 * First-load JavaScript budget: the JavaScript a visitor's browser must download before the app
 * can start, other than MapLibre (its chunk and its worker, which the app cannot slim), must stay
 * within {@link FIRST_LOAD_JS_LIMIT} bytes gzip.
 *
 * Read from the built site, not measured in a browser, so it is exact, fast and usable in CI:
 * index.html → its scripts and modulepreloads → their static imports, transitively. Dynamic
 * `import()`s load later (on a click), so they and everything only they reach are not counted.
 * Each file is gzipped at level 9 and the sizes are summed.
 *
 * From the command line: `npm run bench -- --budget-only` (reads dist/, exits 1 when over); in CI
 * through tests/unit/bench-budget.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** What a visitor's or a host page's browser loads first: the page, and the web component's module. */
export const BUDGET_ENTRIES = ['index.html', 'g60-zone-map.js'] as const;

/** 60 kB, in the same 1 kB = 1000 B as the sizes Vite prints after a build. */
export const FIRST_LOAD_JS_LIMIT = 60_000;

/**
 * MapLibre's files: the chunk vite.config.ts names `maplibre` (maplibre-<hash>.js) and the worker
 * (maplibre-gl-worker-<hash>.js). Not counted, but still followed: anything else they import is.
 */
export const MAPLIBRE_FILE = /(^|\/)maplibre(-gl-worker)?-[A-Za-z0-9_-]+\.m?js$/;

export interface BudgetFile {
  /** Path relative to the dist folder. */
  file: string;
  raw: number;
  gzip: number;
  /** MapLibre's own chunk or worker: listed but not counted. */
  excluded: boolean;
}

export interface BudgetResult {
  files: BudgetFile[];
  /** gzip bytes of the counted files. */
  counted: number;
  limit: number;
  /** First-load files holding Solid's development runtime: a build that is not what ships. */
  development: string[];
  ok: boolean;
}

/** Present only in Solid's development runtime, which a build run with NODE_ENV≠production picks. */
const SOLID_DEV_MARKER = 'solid-dev-component';

const gzipSize = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Script URLs the HTML loads at once: `<script src>` and `<link rel="modulepreload" href>`. */
export function htmlScripts(html: string): { srcs: string[]; inline: string[] } {
  const srcs: string[] = [], inline: string[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[1]!, 'src');
    const type = attr(m[1]!, 'type');
    // Only JavaScript: JSON-LD, import maps and templates are not executed as code.
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    if (src) srcs.push(src);
    else if (m[2]!.trim()) inline.push(m[2]!);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    if (/^modulepreload$/i.test(attr(m[1]!, 'rel') ?? '')) {
      const href = attr(m[1]!, 'href');
      if (href) srcs.push(href);
    }
  }
  return { srcs, inline };
}

/** Relative specifiers of a module's static imports and re-exports (not `import()`, not `import.meta`). */
export async function staticImports(code: string): Promise<string[]> {
  await init;
  const [imports] = parse(code);
  // es-module-lexer: d === -1 is a static import/export-from; d >= 0 a dynamic import(); -2 import.meta.
  return imports.filter((i) => i.d === -1 && i.n).map((i) => i.n!);
}

/**
 * Walks the first-load module graph of `distDir` and sums the gzip sizes. `entry`: where loading
 * starts, the page (`index.html`, default) or a module a host page loads (`g60-zone-map.js`).
 */
export async function firstLoadJs(distDir: string, limit = FIRST_LOAD_JS_LIMIT, entry = 'index.html'): Promise<BudgetResult> {
  const dist = resolve(distDir);
  const { srcs, inline } = entry.endsWith('.html') ? htmlScripts(readFileSync(join(dist, entry), 'utf8')) : { srcs: [`./${entry}`], inline: [] };
  const files: BudgetFile[] = inline.map((code, i) => ({ file: `index.html (inline script ${i + 1})`, raw: Buffer.byteLength(code), gzip: gzipSize(code), excluded: false }));
  const seen = new Set<string>();
  const development: string[] = [];
  // Local files only: the site is offline, and an absolute http(s) URL would be a bug of its own.
  const toPath = (spec: string, fromDir: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(spec) || spec.startsWith('//')) return null;
    const clean = spec.replace(/[?#].*$/, '');
    return clean.startsWith('/') ? join(dist, clean) : resolve(fromDir, clean);
  };
  const queue = srcs.map((s) => toPath(s, dist)).filter((p): p is string => p !== null);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path);
    const file = relative(dist, path).split('\\').join('/');
    files.push({ file, raw: code.length, gzip: gzipSize(code), excluded: MAPLIBRE_FILE.test(file) });
    if (code.includes(SOLID_DEV_MARKER)) development.push(file);
    for (const spec of await staticImports(code.toString('utf8'))) {
      const next = toPath(spec, dirname(path));
      if (next) queue.push(next);
    }
  }
  const counted = files.filter((f) => !f.excluded).reduce((s, f) => s + f.gzip, 0);
  return { files, counted, limit, development, ok: counted <= limit && development.length === 0 };
}

/** A few lines saying what was counted, for a terminal or a failing test's message. */
export function formatBudget(r: BudgetResult, entry = 'index.html'): string {
  const kB = (n: number) => `${(n / 1000).toFixed(2)} kB`;
  return [
    `first-load JavaScript other than maplibre-gl (${entry}): ${kB(r.counted)} gzip (limit ${kB(r.limit)}) — ${r.counted <= r.limit ? 'within budget' : `OVER by ${kB(r.counted - r.limit)}`}`,
    ...(r.development.length ? [`  NOT A PRODUCTION BUILD: Solid's development runtime in ${r.development.join(', ')} (build with NODE_ENV=production, as npm run build does)`] : []),
    ...r.files.map((f) => `  ${f.excluded ? '(not counted) ' : ''}${f.file}: ${kB(f.raw)} raw, ${kB(f.gzip)} gzip`),
  ].join('\n');
}
