/**
 * Search over everything the map names (areas, places, projects, clusters) in Chinese, pinyin
 * (full or initials) and English. Pure: the pinyin comes in as a table computed at build time
 * (`virtual:g60-pinyin`), so the browser ships no pinyin library.
 */
import { propsOf, type Dataset } from './dataset';
import { KINDS, searchOf, type KindId } from './kinds';
import type { Text } from './types';

/** What a search can find: every kind of item. */
export type SearchKind = KindId;

/** One findable thing, with its keys normalised once so a keystroke only normalises the query. */
export interface SearchEntry {
  id: string;
  kind: SearchKind;
  name: Text;
  /** Area it lies in (its kind's `areaField`: a place's or project's `area`, an area's `parent`); `null` for clusters. */
  areaId: string | null;
  /** Every normalised key (names, pinyin, seq, builder), for callers that just want the set. */
  keys: readonly string[];
  /** Normalised zh and en names. */
  names: readonly string[];
  /** Full pinyin and initials of the zh name (empty when the table lacks the name). */
  pinyin: readonly string[];
  /** The kind's `search.seq` field as a string (a project's 序号); `null` otherwise. */
  seq: string | null;
  /** Lower-weight keys: the kind's `search.secondary` texts (a project's builder) in zh, en and pinyin. */
  secondary: readonly string[];
}

/** zh text → its pinyin, lowercase without tones or separators (see `scripts/pinyin.ts`). */
export type PinyinTable = Readonly<Record<string, { full: string; initials: string }>>;

/**
 * Folds a text to the form keys are compared in: compatibility forms unified (full-width Ｇ６０ → g60),
 * tone marks dropped (so typed `tēngxùn` still matches), lowercase, letters and digits only.
 */
export function normalise(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const nonEmptyUnique = (xs: string[]): string[] => [...new Set(xs.filter((x) => x.length > 0))];

function pinyinKeys(zh: string, table: PinyinTable): string[] {
  // hasOwn: a name such as "constructor" must not pick up Object.prototype.
  const p = Object.hasOwn(table, zh) ? table[zh] : undefined;
  return p ? [normalise(p.full), normalise(p.initials)] : [];
}

function entry(
  id: string, kind: SearchKind, name: Text, areaId: string | null, table: PinyinTable,
  extra: { seq?: number; secondary?: readonly Text[] } = {},
): SearchEntry {
  const names = nonEmptyUnique([normalise(name.zh), normalise(name.en)]);
  const pinyin = nonEmptyUnique(pinyinKeys(name.zh, table));
  const secondary = nonEmptyUnique((extra.secondary ?? []).flatMap((b) => [normalise(b.zh), normalise(b.en), ...pinyinKeys(b.zh, table)]));
  const seq = extra.seq === undefined ? null : String(extra.seq);
  const keys = nonEmptyUnique([...names, ...pinyin, ...(seq === null ? [] : [seq]), ...secondary]);
  return { id, kind, name, areaId, keys, names, pinyin, seq, secondary };
}

/** Builds the search index of a dataset from each kind's `areaField` and `search` entry; done once, not per keystroke. */
export function buildSearchEntries(ds: Dataset, pinyin: PinyinTable): SearchEntry[] {
  return [...ds.byId.values()].map((item) => {
    const spec = KINDS[item.kind];
    const p = propsOf(item) as unknown as Record<string, unknown> & { id: string; name: Text };
    const area = spec.areaField ? p[spec.areaField] : null;
    const search = searchOf(item.kind);
    return entry(p.id, item.kind, p.name, typeof area === 'string' ? area : null, pinyin, {
      ...(search.seq ? { seq: p[search.seq] as number } : {}),
      secondary: (search.secondary ?? []).map((f) => p[f] as Text),
    });
  });
}

const startsAny = (keys: readonly string[], q: string) => keys.some((k) => k.startsWith(q));
const containsAny = (keys: readonly string[], q: string) => keys.some((k) => k.includes(q));

/** How well an entry matches; lower is better, `-1` for no match. The order of the rules is the ranking. */
function tier(e: SearchEntry, q: string): number {
  // A project's seq counts as an exact name: typing `6` means project 6 more than anything with a 6 in it.
  if (e.names.includes(q) || e.seq === q) return 0;
  if (startsAny(e.names, q)) return 1;
  if (startsAny(e.pinyin, q)) return 2;
  if (containsAny(e.names, q)) return 3;
  if (containsAny(e.pinyin, q)) return 4;
  if (containsAny(e.secondary, q)) return 5;
  if (initialsInOrder(e.pinyin[1], q)) return 6;
  return -1;
}

/**
 * Initials typed with gaps: `txjs` finds 腾讯…计算… (t-x-…-j-s). The first letter must match and the
 * query be at least 3 latin letters, or short queries would match nearly everything.
 */
function initialsInOrder(initials: string | undefined, q: string): boolean {
  if (!initials || q.length < 3 || !/^[a-z0-9]+$/.test(q) || initials[0] !== q[0]) return false;
  let i = 0;
  for (const ch of initials) if (ch === q[i] && ++i === q.length) return true;
  return false;
}

// Ties go to the most specific thing (each kind's `search.rank`): a project is one building site, a cluster a whole industry.
const rank = (k: SearchKind) => KINDS[k].search.rank;

/**
 * Finds entries matching `query`, best first, at most `limit`.
 * Ranking: exact name (or project seq) > name prefix > pinyin/initials prefix > name substring >
 * pinyin substring > builder > initials in order with gaps; ties by kind (project, place, area, cluster), then shorter zh name, then id.
 * An empty (after normalising) query finds nothing.
 */
export function search(entries: readonly SearchEntry[], query: string, limit = 20): SearchEntry[] {
  const q = normalise(query);
  if (q.length === 0 || limit <= 0) return [];
  const hits: { e: SearchEntry; t: number }[] = [];
  for (const e of entries) {
    const t = tier(e, q);
    if (t >= 0) hits.push({ e, t });
  }
  hits.sort((a, b) =>
    a.t - b.t
    || rank(a.e.kind) - rank(b.e.kind)
    || a.e.name.zh.length - b.e.name.zh.length
    || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  return hits.slice(0, limit).map((h) => h.e);
}
