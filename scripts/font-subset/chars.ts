/**
 * Every character the map can show, gathered from the files it is built from: the content (all
 * string values of data/*.geojson, data/*.json, seeds/register.json), the UI strings
 * (src/i18n/strings.ts, imported), the other string literals and JSX text of src/ (parsed, so
 * comments do not count), index.html's text and the deploy config examples in public/, plus ASCII
 * and the punctuation Chinese text is written with. The font subset is built from this set.
 *
 * Everything but `fsReader` is a pure function of file contents, so tests can feed it any files.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';
import { PLACE_KIND_NAMES, STRINGS } from '../../src/i18n/strings.ts';
import { ENTERPRISE_ROLE_NAMES, MORE_STRINGS } from '../../src/i18n/more-strings.ts';

/** Reads project files by project-relative path (forward slashes). */
export interface ContentReader {
  /** The text of a file, or undefined when it does not exist. */
  read(rel: string): string | undefined;
  /** Project-relative paths of the files under a folder, recursively; [] when there is none. */
  list(dir: string): string[];
}

/** A ContentReader over the files under `root`. */
export function fsReader(root: string): ContentReader {
  return {
    read(rel) {
      try {
        return readFileSync(join(root, rel), 'utf8');
      } catch {
        return undefined;
      }
    },
    list(dir) {
      try {
        return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
          .map((name) => `${dir}/${name.split('\\').join('/')}`)
          .filter((rel) => statSync(join(root, rel)).isFile())
          .sort();
      } catch {
        return [];
      }
    },
  };
}

/** Printable ASCII: always in the set (whatever the content, numbers and ids are written with it). */
export const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/**
 * The punctuation and symbols of Chinese text, always in the set so that an edit using one the
 * content does not yet have still renders: full-width marks, brackets, quotes, ideographic space.
 */
export const PUNCTUATION = '，。、；：？！（）《》〈〉「」『』【】〔〕“”‘’·—…～％＋－／＝＜＞　';

/** Every string value of a JSON document, keys excluded; the whole text when it is not JSON. */
export function stringsOfJson(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [text];
  }
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
  return out;
}

/** A string literal's source that is nothing but \u / \x escapes. */
const ESCAPES_ONLY = /^(['"])(?:\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2})+\1$/;

/**
 * The string literals, template-literal parts and JSX text of a TypeScript (or TSX) source: what
 * it can put on screen, without its comments. A source that does not parse counts with all its text.
 */
export function stringsOfScript(text: string, tsx: boolean): string[] {
  let ast: unknown;
  try {
    ast = parseAst(text, { lang: tsx ? 'tsx' : 'ts' });
  } catch {
    return [text];
  }
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    const n = node as { type?: unknown; value?: unknown; raw?: unknown };
    // A string written only as escapes ('\u2e80') is a code point the code compares with, not text.
    if (n.type === 'Literal' && typeof n.value === 'string' && !(typeof n.raw === 'string' && ESCAPES_ONLY.test(n.raw))) out.push(n.value);
    else if (n.type === 'JSXText' && typeof n.value === 'string') out.push(n.value);
    else if (n.type === 'TemplateElement') {
      const v = n.value as { cooked?: string | null; raw?: string } | undefined;
      out.push(v?.cooked ?? v?.raw ?? '');
    }
    for (const [k, child] of Object.entries(n)) if (k !== 'parent' && typeof child === 'object') walk(child);
  };
  walk(ast);
  return out;
}

/** The text of an HTML page, comments left out (tags and attribute values stay: a superset is fine). */
export function stringsOfHtml(text: string): string[] {
  return [text.replace(/<!--[\s\S]*?-->/g, '')];
}

/** The UI strings of src/i18n/strings.ts, both languages. */
export function uiStrings(): string[] {
  return [...Object.values(STRINGS), ...Object.values(MORE_STRINGS), ...Object.values(PLACE_KIND_NAMES), ...Object.values(ENTERPRISE_ROLE_NAMES)].flatMap((t) => [t.zh, t.en]);
}

/** Characters that draw nothing: controls, format characters, surrogates, line breaks, tabs. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** The visible characters (code points, not UTF-16 units) of some strings. */
export function charsOf(strings: Iterable<string>, into = new Set<string>()): Set<string> {
  for (const s of strings) for (const c of s) if (!INVISIBLE.test(c)) into.add(c);
  return into;
}

/** The strings of one project file by its kind; [] for a kind that shows nothing. */
export function stringsOfFile(rel: string, text: string): string[] {
  if (/\.(geo)?json$/.test(rel)) return stringsOfJson(text);
  if (/\.tsx$/.test(rel)) return stringsOfScript(text, true);
  if (/\.[cm]?ts$/.test(rel)) return stringsOfScript(text, false);
  if (/\.html$/.test(rel)) return stringsOfHtml(text);
  return [];
}

/** The project-relative files the characters come from, as found by `reader`. */
export function sourceFiles(reader: ContentReader): string[] {
  const content = [
    ...reader.list('data').filter((f) => /^data\/[^/]+\.(geo)?json$/.test(f)),
    'seeds/register.json',
  ];
  const code = reader.list('src').filter((f) => /\.(tsx?|[cm]ts)$/.test(f));
  const page = ['index.html', ...reader.list('public').filter((f) => /^public\/[^/]+\.json$/.test(f))];
  return [...content, ...code, ...page];
}

/**
 * Every character the app can show: the strings of `sourceFiles`, the imported UI strings, ASCII
 * and PUNCTUATION. A missing file adds nothing (the content validator reports it).
 */
export function collectChars(root: string, reader: ContentReader = fsReader(root)): Set<string> {
  const chars = charsOf([ASCII, PUNCTUATION, ...uiStrings()]);
  for (const rel of sourceFiles(reader)) {
    const text = reader.read(rel);
    if (text !== undefined) charsOf(stringsOfFile(rel, text), chars);
  }
  return chars;
}
