/**
 * First-load JavaScript budget (scripts/bench/budget.ts): JavaScript loaded on first load, other
 * than maplibre-gl's chunk and worker, must stay within 60 kB gzip (level 9), and the text only
 * cards show is not part of it. Read from the built dist/; builds it only when it is missing.
 * Nothing here is timed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDist } from '../../scripts/bench/build';
import { BUDGET_ENTRIES, FIRST_LOAD_JS_LIMIT, firstLoadJs, formatBudget, htmlScripts } from '../../scripts/bench/budget';
import { readContent } from '../../scripts/content-files';
import { splitContent } from '../../src/domain/split';
import { fullContent } from './fixture';

describe('first-load module graph', () => {
  it('follows scripts, modulepreloads and static imports; skips dynamic imports; lists maplibre without counting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'g60-budget-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head>
        <script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>
        <link rel="modulepreload" crossorigin href="./assets/maplibre-BBBBBBBB.js">
        <script type="application/ld+json">{"not": "code"}</script>
        </head><body></body></html>`);
      writeFileSync(join(dir, 'assets/index-AAAAAAAA.js'),
        'import{a}from"./maplibre-BBBBBBBB.js";import"./shared-CCCCCCCC.js";export*from"./reexp-EEEEEEEE.js";' +
        'const w=new URL("./maplibre-gl-worker-FFFFFFFF.js",import.meta.url);const later=()=>import("./Share-DDDDDDDD.js");a(w,later);');
      writeFileSync(join(dir, 'assets/maplibre-BBBBBBBB.js'), 'import"./runtime-GGGGGGGG.js";export const a=()=>{};');
      writeFileSync(join(dir, 'assets/runtime-GGGGGGGG.js'), 'export const r=1;');
      writeFileSync(join(dir, 'assets/shared-CCCCCCCC.js'), 'export const s=1;');
      writeFileSync(join(dir, 'assets/reexp-EEEEEEEE.js'), 'export const e=1;');
      writeFileSync(join(dir, 'assets/Share-DDDDDDDD.js'), `export const big="${'x'.repeat(100_000)}";`);
      writeFileSync(join(dir, 'assets/maplibre-gl-worker-FFFFFFFF.js'), 'self.onmessage=()=>{};');
      const r = await firstLoadJs(dir, 1000);
      const byFile = Object.fromEntries(r.files.map((f) => [f.file, f.excluded]));
      expect(byFile).toEqual({
        'assets/index-AAAAAAAA.js': false,
        'assets/maplibre-BBBBBBBB.js': true,
        'assets/shared-CCCCCCCC.js': false,
        'assets/reexp-EEEEEEEE.js': false,
        // Reached only through maplibre's chunk, but still loaded on first load, so counted.
        'assets/runtime-GGGGGGGG.js': false,
      });
      expect(r.counted).toBe(r.files.filter((f) => !f.excluded).reduce((s, f) => s + f.gzip, 0));
      expect(r.ok).toBe(true);
      // A development build (Solid's dev runtime) is not what ships: its figures fail the check.
      writeFileSync(join(dir, 'assets/shared-CCCCCCCC.js'), 'export const s=Symbol(`solid-dev-component`);');
      const dev = await firstLoadJs(dir, 1000);
      expect(dev.development).toEqual(['assets/shared-CCCCCCCC.js']);
      expect(dev.ok).toBe(false);
      expect(formatBudget(dev)).toContain('NOT A PRODUCTION BUILD');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads script tags whatever the attribute order and quoting', () => {
    const { srcs, inline } = htmlScripts(`<script src='a.js' type=module></script><script>var x=1</script><link href="b.js" rel=modulepreload><link rel="stylesheet" href="c.css">`);
    expect(srcs).toEqual(['a.js', 'b.js']);
    expect(inline).toEqual(['var x=1']);
  });
});

describe('the built app', () => {
  // Built as `npm run build` builds it (NODE_ENV=production, not vitest's "test"), when missing.
  beforeAll(() => { ensureDist(); }, 250_000);

  it.each(BUDGET_ENTRIES)(`loads at most ${FIRST_LOAD_JS_LIMIT / 1000} kB gzip of JavaScript on first load from %s, maplibre-gl aside`, async (entry) => {
    const r = await firstLoadJs('dist', undefined, entry);
    expect(r.counted, `\n${formatBudget(r, entry)}\n`).toBeLessThanOrEqual(FIRST_LOAD_JS_LIMIT);
    expect(r.development, 'a production build').toEqual([]);
    // The walk reached the app and its content (else it missed the graph and counted too little).
    expect(r.counted).toBeGreaterThan(30_000);
  });

  it('leaves the text only cards show out of the first load: it is a chunk of its own', async () => {
    const r = await firstLoadJs('dist');
    const firstLoad = r.files.filter((f) => !f.file.startsWith('index.html')).map((f) => readFileSync(join('dist', f.file), 'utf8')).join('\n');
    const everything = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).map((f) => readFileSync(join('dist/assets', f), 'utf8')).join('\n');
    const { details } = splitContent(fullContent(readContent(process.cwd()).raw));
    const texts = [
      ...Object.values(details.area).map((d) => d.summary.zh), ...Object.values(details.place).map((d) => d.summary.zh),
      ...Object.values(details.project).flatMap((d) => [d.content.zh, d.innovation.zh]), ...Object.values(details.cluster).map((d) => d.summary.zh),
    ];
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      expect(everything.includes(text), `${text.slice(0, 20)}… is in the build`).toBe(true);
      expect(firstLoad.includes(text), `${text.slice(0, 20)}… is not loaded at first`).toBe(false);
    }
  });
});
