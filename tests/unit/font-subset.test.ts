/**
 * The CJK font subset ('G60 CJK'): it has a glyph for every Chinese character and CJK mark the
 * content and UI can show, and nothing else; it is a valid woff2 of a sensible size; the build is
 * cached; and the pieces it is made from (character collection, unicode-range, the Vite plugin)
 * do what they say. Shares the cached build with `vite build` (node_modules/.cache/g60-font).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { create as createFont, type Font } from 'fontkit';
import { ASCII, PUNCTUATION, charsOf, collectChars, stringsOfJson, stringsOfScript, type ContentReader } from '../../scripts/font-subset/chars';
import { FAMILY, buildProjectFont, cjkBlockOf, sourceFont, subsetChars, unicodeRange, type FontBuild } from '../../scripts/font-subset/build';
import { FONT_CSS_ID, fontSubsetPlugin } from '../../scripts/font-subset/plugin';

const root = process.cwd();
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

let build: FontBuild;
let font: Font;
let cmap: Set<number>;
let used: Set<string>;

beforeAll(async () => {
  build = await buildProjectFont(root);
  font = createFont(build.bytes) as Font;
  cmap = new Set(font.characterSet.filter((cp) => font.hasGlyphForCodePoint(cp)));
  used = collectChars(root);
}, 120_000);

describe('the built subset', () => {
  it('has a glyph for every CJK character the content and the UI use', () => {
    const needed = [...used].filter((c) => cjkBlockOf(c.codePointAt(0)!));
    const missing = needed.filter((c) => !cmap.has(c.codePointAt(0)!));
    expect(missing.map((c) => `${c} ${hex(c)}`)).toEqual([]);
    expect(build.missing).toEqual([]);
    // Independently of the collector: every CJK character anywhere in the content files' text.
    const contentFiles = [...readdirSync(join(root, 'data')).filter((f) => /\.(geo)?json$/.test(f)).map((f) => `data/${f}`), 'seeds/register.json'];
    expect(contentFiles.length).toBeGreaterThanOrEqual(7);
    for (const rel of contentFiles) {
      const absent = [...new Set(readFileSync(join(root, rel), 'utf8'))].filter((c) => cjkBlockOf(c.codePointAt(0)!) && !cmap.has(c.codePointAt(0)!));
      expect(absent, rel).toEqual([]);
    }
    // Names from each content file and the UI, spot-checked by hand.
    for (const name of ['临港松江科技城', '泗泾中电科信创和G60商密产业基地', '佘山G60脑智科创基地', '松科委〔2022〕36号', '示意图：范围和位置为示意，非测绘边界', '（）《》、。']) {
      for (const c of name) if (cjkBlockOf(c.codePointAt(0)!)) expect(cmap.has(c.codePointAt(0)!), `${c} ${hex(c)} of ${name}`).toBe(true);
    }
  });

  it('has nothing else: no unused Han character, no Latin', () => {
    const wanted = new Set(build.chars.map((c) => c.codePointAt(0)!));
    expect([...cmap].filter((cp) => !wanted.has(cp)).map((cp) => hex(String.fromCodePoint(cp)))).toEqual([]);
    // Rare Han characters the map never shows.
    for (const c of ['龘', '齉', '爨', '丂']) {
      expect(used.has(c), `${c} is not used`).toBe(false);
      expect(cmap.has(c.codePointAt(0)!), `${c} must not be in the subset`).toBe(false);
    }
    // Used, but drawn by the system's Latin fonts.
    for (const c of ['A', 'a', '0', ' ', '“', '·', '—']) {
      expect(used.has(c), `${c} is used`).toBe(true);
      expect(cmap.has(c.codePointAt(0)!), `${c} must not be in the subset`).toBe(false);
    }
  });

  it('is a valid woff2 of a sensible size, with drawable glyphs', () => {
    expect(build.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(font.type).toBe('WOFF2');
    expect(font.familyName).toBe('Noto Sans SC');
    expect(font.numGlyphs).toBeGreaterThanOrEqual(build.chars.length);
    // A glyph decodes to an outline with the source font's metrics (a box or blank would not).
    const glyph = font.glyphForCodePoint('松'.codePointAt(0)!);
    expect(glyph.path.commands.length).toBeGreaterThan(20);
    expect(glyph.advanceWidth).toBe(font.unitsPerEm);
    // ~140 bytes a character: far under the ~10 MB source; the bound catches a subset that kept everything.
    expect(build.bytes.length).toBeGreaterThan(build.chars.length * 50);
    expect(build.bytes.length).toBeLessThan(Math.max(60_000, build.chars.length * 400));
    console.info(`g60-cjk.woff2: ${build.bytes.length} bytes, ${build.chars.length} characters (${cmap.size} in cmap, ${font.numGlyphs} glyphs) of ${used.size} the app uses; ${build.cached ? 'cached' : 'built'} in ${build.ms} ms`);
  });

  it('is cached by its character set: a new process reuses the build', async () => {
    vi.resetModules();
    const fresh = (await import('../../scripts/font-subset/build')) as typeof import('../../scripts/font-subset/build');
    const again = await fresh.buildProjectFont(root);
    expect(again.cached).toBe(true);
    expect(again.hash).toBe(build.hash);
    expect(again.bytes.equals(build.bytes)).toBe(true);
    expect(again.file).toContain(join('node_modules', '.cache', 'g60-font', build.hash));
    expect(again.ms).toBeLessThan(5_000);
  });

  it('ships the licence of its source font', () => {
    expect(readFileSync(join(root, 'public/fonts/OFL.txt'), 'utf8')).toBe(readFileSync(sourceFont().licence, 'utf8'));
    expect(readFileSync(join(root, 'public/fonts/OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});

describe('collecting the characters', () => {
  // Characters that must not be collected are rare ones, so that no UI string has them either.
  const files: Record<string, string> = {
    'data/areas.geojson': '{"type":"FeatureCollection","features":[{"properties":{"鳅鲶":"值","name":{"zh":"松江","en":"Songjiang"}}}]}',
    'data/clusters.json': '[{"name":{"zh":"人工智能"}}]',
    'data/broken.json': '{"name": "坏',
    'data/notes.txt': '貔貅',
    'seeds/register.json': '{"documents":[{"title":"建设方案〔2022〕"}]}',
    'src/ui/A.tsx': '// 魑魅\n/** 魍魉 */\nexport const A = () => <p title="标题">正文{`模板${1}尾`}</p>;\n',
    'src/x.ts': 'const s = "字符串"; /* 螭蜃 */ const r = /饕餮/;\n',
    'index.html': '<!-- 麒麟 --><p>加载中…</p>',
    'public/config.json': '{"basemaps":[{"name":{"zh":"天地图"}}]}',
  };
  const reader: ContentReader = {
    read: (rel) => files[rel],
    list: (dir) => Object.keys(files).filter((f) => f.startsWith(`${dir}/`)).sort(),
  };
  const chars = collectChars('/nowhere', reader);
  const has = (s: string) => [...s].every((c) => chars.has(c));
  const hasNone = (s: string) => [...s].every((c) => !chars.has(c));

  it('takes the string values of the content, not its keys', () => {
    expect(has('值松江人工智能建设方案〔〕')).toBe(true);
    expect(hasNone('鳅鲶')).toBe(true);
    expect(stringsOfJson('{"a":["x",{"b":"y"}],"n":1}')).toEqual(['x', 'y']);
  });

  it('takes all of a file that does not parse, and nothing of files of other kinds', () => {
    expect(has('坏')).toBe(true);
    expect(hasNone('貔貅')).toBe(true);
  });

  it('takes the literals and JSX text of the code, not its comments or regular expressions', () => {
    expect(has('标题正文模板尾字符串')).toBe(true);
    expect(hasNone('魑魅魍魉螭蜃饕餮')).toBe(true);
    expect(stringsOfScript('const a = `x${b}y`; // z', false)).toEqual(['x', 'y']);
    // Code points the code compares with, written as escapes, are not text.
    expect(stringsOfScript("if (c >= '\\u2e80' || c === '\\u{20000}') f('\\u4e2d文');", false)).toEqual(['中文']);
  });

  it('takes the page and the deploy config, the UI strings, ASCII and Chinese punctuation', () => {
    expect(has('加载中…天地图')).toBe(true);
    expect(hasNone('麒麟')).toBe(true);
    expect(has('示范区地图')).toBe(true); // src/i18n/strings.ts, imported
    expect(has(ASCII + PUNCTUATION)).toBe(true);
    expect(charsOf(['a\nb\tc\u200b'])).toEqual(new Set(['a', 'b', 'c']));
  });

  it('puts only CJK characters in the subset', () => {
    expect(subsetChars(['松', 'A', '，', '“', '·', '〔', '𠀀', '✕']).join('')).toBe('〔松，𠀀');
  });
});

describe('the unicode-range', () => {
  it('is the CJK blocks the subset draws from, merged', () => {
    expect(unicodeRange(['松', '江'])).toBe('U+4E00-9FFF');
    expect(unicodeRange(['松', '，', '〔'])).toBe('U+3000-303F, U+4E00-9FFF, U+FF00-FFEF');
    expect(unicodeRange(['㐀', '松'])).toBe('U+3400-4DBF, U+4E00-9FFF');
    expect(unicodeRange(['ア', 'あ'])).toBe('U+3040-30FF');
    expect(unicodeRange(['𠀀'])).toBe('U+20000-323AF');
  });
});

describe('the Vite plugin', () => {
  it(`resolves ${FONT_CSS_ID} to a stylesheet with the @font-face of the build`, async () => {
    const plugin = fontSubsetPlugin({ root });
    const warnings: string[] = [];
    const watched: string[] = [];
    const ctx = { addWatchFile: (f: string) => watched.push(f), warn: (m: string) => warnings.push(m), error: (m: string) => { throw new Error(m); } };
    const resolveId = plugin.resolveId as unknown as (id: string) => string | null;
    const load = plugin.load as unknown as (this: typeof ctx, id: string) => Promise<string | null>;
    const id = resolveId(FONT_CSS_ID)!;
    expect(id).toMatch(/node_modules\/\.cache\/g60-font\/g60-font\.css$/);
    expect(resolveId('/node_modules/.cache/g60-font/g60-font.css')).toBe(id); // the dev server's URL of it
    expect(resolveId('./other.css')).toBeNull();
    const css = (await load.call(ctx, id))!;
    expect(css).toContain(`font-family: '${FAMILY}';`);
    expect(css).toContain(`src: url('./${build.hash}/g60-cjk.woff2') format('woff2');`);
    expect(css).toContain('font-display: swap;');
    expect(css).toContain(`unicode-range: ${build.unicodeRange};`);
    expect(css).not.toMatch(/data:|https?:/);
    expect(warnings).toEqual([]);
    expect(watched).toContain(`${root}/data/places.geojson`);
    expect(watched).toContain(`${root}/src/i18n/strings.ts`);
    expect(await load.call(ctx, '/elsewhere.css')).toBeNull();
  });
});
