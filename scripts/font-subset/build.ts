/**
 * Builds `g60-cjk.woff2`: Noto Sans SC Regular (SIL OFL 1.1, from the npm package
 * @expo-google-fonts/noto-sans-sc) cut down by harfbuzz (`subset-font`) to the East Asian
 * characters the map shows: Han characters, CJK and full-width punctuation, and the other CJK
 * blocks when the content uses them. Latin letters, digits and Western punctuation are left out:
 * every machine has a font for them, and the page's own font stack draws them better.
 *
 * A build is cached on disk by a hash of its inputs (the characters, the source font, the
 * subsetter's version, this file's BUILD_VERSION), so the Vite plugin and the test share one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { create as createFont, type Font } from 'fontkit';
import { collectChars } from './chars.ts';

/** Bump when the subsetting options change, so cached builds are remade. */
const BUILD_VERSION = 1;

/** The file name of the built font (in the cache, and the asset's name before Vite's hash). */
export const FONT_FILE = 'g60-cjk.woff2';

/** The family name the page and the map use for the subset. */
export const FAMILY = 'G60 CJK';

/** The package the source font comes from, and the font inside it: one weight, bold is synthesized. */
export const SOURCE_PACKAGE = '@expo-google-fonts/noto-sans-sc';
export const SOURCE_FONT = '400Regular/NotoSansSC_400Regular.ttf';
/** The licence text shipped in that package (copied to public/fonts/OFL.txt). */
export const SOURCE_LICENCE = 'LICENSE_FONT';

/**
 * Unicode blocks of East Asian text, as [first, last] code points. A character here that the app
 * shows goes into the subset; a block that has one goes into the @font-face's unicode-range.
 */
export const CJK_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2eff], // CJK Radicals Supplement
  [0x2f00, 0x2fdf], // Kangxi Radicals
  [0x2ff0, 0x2fff], // Ideographic Description Characters
  [0x3000, 0x303f], // CJK Symbols and Punctuation: 、。〈〉《》「」『』【】〔〕 and the ideographic space
  [0x3040, 0x309f], // Hiragana
  [0x30a0, 0x30ff], // Katakana
  [0x3100, 0x312f], // Bopomofo
  [0x3190, 0x319f], // Kanbun
  [0x31a0, 0x31bf], // Bopomofo Extended
  [0x31c0, 0x31ef], // CJK Strokes
  [0x31f0, 0x31ff], // Katakana Phonetic Extensions
  [0x3200, 0x32ff], // Enclosed CJK Letters and Months
  [0x3300, 0x33ff], // CJK Compatibility (㎡ ㎞ …)
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe1f], // Vertical Forms
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms: ，：；（）！？％ …
  [0x20000, 0x323af], // CJK Unified Ideographs Extensions B–H and Compatibility Supplement
];

/** The CJK block holding a code point, if any. */
export function cjkBlockOf(cp: number): readonly [number, number] | undefined {
  return CJK_BLOCKS.find(([a, b]) => cp >= a && cp <= b);
}

/** The characters of `chars` that go into the subset, in code point order. */
export function subsetChars(chars: Iterable<string>): string[] {
  return [...new Set(chars)]
    .filter((c) => cjkBlockOf(c.codePointAt(0)!) !== undefined)
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** The @font-face unicode-range for a subset: each CJK block it draws from, merged where adjacent. */
export function unicodeRange(subset: Iterable<string>): string {
  const blocks = new Map<number, number>();
  for (const c of subset) {
    const block = cjkBlockOf(c.codePointAt(0)!);
    if (block) blocks.set(block[0], block[1]);
  }
  const merged: [number, number][] = [];
  for (const [a, b] of [...blocks].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase();
  return merged.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** Where the source font and its licence are on disk, and the package's version. */
export function sourceFont(): { font: string; licence: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve(`${SOURCE_PACKAGE}/package.json`);
  const dir = dirname(pkgJson);
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  return { font: join(dir, SOURCE_FONT), licence: join(dir, SOURCE_LICENCE), version };
}

function subsetterVersion(): string {
  const require = createRequire(import.meta.url);
  const read = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  return `subset-font@${read('subset-font')}`;
}

/** One built subset. */
export interface FontBuild {
  /** The woff2 file's bytes. */
  bytes: Buffer;
  /** Its path in the cache. */
  file: string;
  /** The characters it was asked to cover, in code point order. */
  chars: string[];
  /** Those of `chars` the source font has no glyph for (drawn as boxes without a system font). */
  missing: string[];
  /** The hash of its inputs (the cache key). */
  hash: string;
  /** The @font-face unicode-range that goes with it. */
  unicodeRange: string;
  /** Whether it came from the cache. */
  cached: boolean;
  /** Milliseconds taken, cache look-up included. */
  ms: number;
}

/** Default cache folder of a project. */
export const cacheDirOf = (root: string) => join(root, 'node_modules', '.cache', 'g60-font');

/** How many builds the cache keeps (one per character set seen lately). */
const KEEP = 4;

/** Builds in flight or done in this process, by hash: the plugin's hooks and the test share them. */
const memo = new Map<string, Promise<FontBuild>>();

/** The code points a font's cmap maps to a glyph. */
export function cmapOf(bytes: Buffer): Set<number> {
  const font = createFont(bytes) as Font;
  // characterSet also lists the end of a format 4 table (U+FFFF), which maps to no glyph.
  return new Set(font.characterSet.filter((cp) => font.hasGlyphForCodePoint(cp)));
}

/** The subset of Noto Sans SC for the CJK characters among `chars`; from the cache when it has it. */
export function buildFont(chars: Iterable<string>, cacheDir: string): Promise<FontBuild> {
  const start = performance.now();
  const wanted = subsetChars(chars);
  const src = sourceFont();
  const hash = createHash('sha256')
    .update(JSON.stringify({ v: BUILD_VERSION, font: `${SOURCE_PACKAGE}@${src.version}/${SOURCE_FONT}:${statSync(src.font).size}`, tool: subsetterVersion(), chars: wanted.join('') }))
    .digest('hex')
    .slice(0, 16);
  let job = memo.get(hash);
  if (!job) {
    job = make(wanted, hash, cacheDir, src.font, start);
    memo.set(hash, job);
    job.catch(() => memo.delete(hash));
  }
  return job;
}

async function make(wanted: string[], hash: string, cacheDir: string, sourcePath: string, start: number): Promise<FontBuild> {
  const dir = join(cacheDir, hash);
  const file = join(dir, FONT_FILE);
  let bytes: Buffer | undefined;
  let cached = false;
  if (existsSync(file)) {
    try {
      bytes = readFileSync(file);
      cmapOf(bytes); // a truncated or foreign file is rebuilt
      cached = true;
    } catch {
      bytes = undefined;
    }
  }
  if (!bytes) {
    bytes = await subsetFont(readFileSync(sourcePath), wanted.join(''), { targetFormat: 'woff2' });
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a concurrent reader never sees half a file.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    writeFileSync(join(dir, 'chars.txt'), `${wanted.join('')}\n`);
    prune(cacheDir, hash);
  }
  const cmap = cmapOf(bytes);
  const missing = wanted.filter((c) => !cmap.has(c.codePointAt(0)!));
  return { bytes, file, chars: wanted, missing, hash, unicodeRange: unicodeRange(wanted), cached, ms: Math.round(performance.now() - start) };
}

/** Removes all but the KEEP most recent builds (never `keep`). */
function prune(cacheDir: string, keep: string): void {
  try {
    const builds = readdirSync(cacheDir)
      .filter((d) => d !== keep && /^[0-9a-f]{16}$/.test(d))
      .map((d) => ({ d, t: statSync(join(cacheDir, d)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { d } of builds.slice(KEEP - 1)) rmSync(join(cacheDir, d), { recursive: true, force: true });
  } catch {
    // A cache that cannot be tidied still works.
  }
}

/** The subset for everything the project under `root` shows (see chars.ts), cached under its node_modules. */
export function buildProjectFont(root: string, cacheDir = cacheDirOf(root)): Promise<FontBuild> {
  return buildFont(collectChars(root), cacheDir);
}

/** The @font-face rule for a build whose file is at `url`. */
export function fontFaceCss(build: Pick<FontBuild, 'chars' | 'unicodeRange'>, url: string): string {
  return [
    `/* Noto Sans SC Regular, SIL Open Font License 1.1 (fonts/OFL.txt): subset of the ${build.chars.length} CJK characters the map shows. */`,
    '@font-face {',
    `  font-family: '${FAMILY}';`,
    `  src: url('${url}') format('woff2');`,
    '  font-weight: 400;',
    '  font-style: normal;',
    '  font-display: swap;',
    `  unicode-range: ${build.unicodeRange};`,
    '}',
    '',
  ].join('\n');
}
