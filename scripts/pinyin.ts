/**
 * Pinyin of zh texts, computed at build time (Node) so the browser needs no pinyin library.
 * Used by `pinyin-plugin.ts`; the result feeds `buildSearchEntries` in `src/domain/search.ts`.
 */
import { pinyin } from 'pinyin-pro';
import { normalise, type PinyinTable } from '../src/domain/search.ts';

// `consecutive` keeps a run such as "G60" as one token in both forms (initials `g60kcyl`, not `gkcyl`);
// `v` writes ü as v (绿 → lv), the way pinyin keyboards type it. pinyin-pro picks polyphone
// readings from context (长三角 → chang, 行长 → hang zhang).
const OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;

/**
 * Maps each text to its full pinyin and initials: lowercase, no tones, no separators; non-Han
 * letters and digits kept (`G60科创云廊` → `g60kechuangyunlang` / `g60kcyl`).
 */
export function pinyinTable(texts: Iterable<string>): PinyinTable {
  const table: Record<string, { full: string; initials: string }> = {};
  for (const text of texts) {
    if (Object.hasOwn(table, text)) continue;
    const full = pinyin(text, OPTIONS).map(normalise).join('');
    const initials = pinyin(text, { ...OPTIONS, pattern: 'first' }).map(normalise).join('');
    table[text] = { full, initials };
  }
  return table;
}
