/**
 * English mode shows English: no Chinese left in the English text of the content or the UI strings
 * (but for the exact proper names listed below), one English name per Chinese name across the data
 * files, and one rendering of the terms the review fixed.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/content-files';
import { PLACE_KIND_NAMES, STRINGS } from '../../src/i18n/strings';
import { ENTERPRISE_ROLE_NAMES, MORE_STRINGS } from '../../src/i18n/more-strings';
import type { Text } from '../../src/domain/types';

const { raw } = readContent(process.cwd());
const DATA_FILES = ['areas.geojson', 'places.geojson', 'projects.geojson', 'clusters.json', 'indicators.json', 'ground.geojson'] as const;

/** Han characters, CJK punctuation (〔〕、，。：（）《》) and full-width forms. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/**
 * Chinese that English text may quote exactly, each for a reason: the two spellings of one builder
 * that a note compares, the plan's document number, and the language switch, which names the
 * language it switches to in that language.
 */
const ALLOWED_IN_ENGLISH = ['华城金锐', '华诚金锐', '松科委〔2022〕36号', '中文'];

interface Found { where: string; text: Text }

const isText = (o: unknown): o is Text =>
  typeof o === 'object' && o !== null && typeof (o as Text).zh === 'string' && typeof (o as Text).en === 'string';

/** Every `{zh, en}` in `o`, with its path. */
function texts(o: unknown, where: string, out: Found[] = []): Found[] {
  if (isText(o)) out.push({ where, text: o });
  if (Array.isArray(o)) o.forEach((x, i) => texts(x, `${where}[${i}]`, out));
  else if (typeof o === 'object' && o !== null) for (const [k, v] of Object.entries(o)) texts(v, `${where}.${k}`, out);
  return out;
}

const records = (file: typeof DATA_FILES[number]): { id: string; value: unknown }[] => {
  const f = raw[file] as { features?: { id: string; properties: unknown }[] } | { id: string }[];
  return Array.isArray(f) ? f.map((r) => ({ id: r.id, value: r })) : f.features!.map((x) => ({ id: x.id, value: x.properties }));
};
const contentTexts = (): Found[] => DATA_FILES.flatMap((file) => records(file).flatMap((r) => texts(r.value, `${file} ${r.id}`)));
const uiTexts = (): Found[] => [
  ...texts(STRINGS, 'STRINGS'), ...texts(MORE_STRINGS, 'MORE_STRINGS'), ...texts(ENTERPRISE_ROLE_NAMES, 'ENTERPRISE_ROLE_NAMES'), ...texts(PLACE_KIND_NAMES, 'PLACE_KIND_NAMES'),
];

/** The English texts that still hold Chinese once the allowed names are taken out. */
const chineseInEnglish = (found: Found[]) => found
  .filter(({ text }) => CJK.test(ALLOWED_IN_ENGLISH.reduce((s, name) => s.split(name).join(''), text.en)))
  .map(({ where, text }) => `${where}: ${text.en}`);

describe('English text', () => {
  it('finds Chinese where it is (the check itself)', () => {
    expect(chineseInEnglish([{ where: 'x', text: { zh: '95以上', en: '95以上' } }])).toEqual(['x: 95以上']);
    expect(chineseInEnglish([{ where: 'x', text: { zh: '（摘要）', en: 'What is new（summary）' } }])).toHaveLength(1);
    expect(chineseInEnglish([{ where: 'x', text: { zh: '华城金锐', en: 'spelled 华城金锐' } }])).toEqual([]);
    expect(contentTexts().length).toBeGreaterThan(400);
  });

  it('of the content holds no Chinese but the allowed proper names', () => {
    expect(chineseInEnglish(contentTexts())).toEqual([]);
  });

  it('of the UI strings holds no Chinese but the allowed proper names', () => {
    expect(chineseInEnglish(uiTexts())).toEqual([]);
  });
});

describe('one English name per thing', () => {
  /** The names the data gives: every `name`, a cluster's enterprises and platforms, a project's builder. */
  function names(): Found[] {
    const out: Found[] = [];
    for (const file of DATA_FILES) {
      for (const { id, value } of records(file)) {
        const r = value as { name?: unknown; builder?: unknown; enterprises?: { name: unknown }[]; platforms?: unknown[] };
        const add = (t: unknown, field: string) => { if (isText(t)) out.push({ where: `${file} ${id}.${field}`, text: t }); };
        add(r.name, 'name');
        add(r.builder, 'builder');
        r.enterprises?.forEach((e, i) => add(e.name, `enterprises[${i}].name`));
        r.platforms?.forEach((p, i) => add(p, `platforms[${i}]`));
      }
    }
    return out;
  }

  it('maps the same Chinese name to the same English name in every data file', () => {
    const byZh = new Map<string, Map<string, string[]>>();
    for (const { where, text } of names()) {
      const ens = byZh.get(text.zh) ?? new Map<string, string[]>();
      ens.set(text.en, [...(ens.get(text.en) ?? []), where]);
      byZh.set(text.zh, ens);
    }
    const differing = [...byZh].filter(([, ens]) => ens.size > 1).map(([zh, ens]) => `${zh}: ${[...ens].map(([en, w]) => `"${en}" (${w.join(', ')})`).join(' vs ')}`);
    expect(differing).toEqual([]);
    // The check sees the names that recur across files.
    expect([...byZh.get('脑智专业孵化器')!.values()].flat().length).toBeGreaterThan(1);
  });

  // Each term in any Chinese text → the one English rendering its English text must use.
  const GLOSSARY: [RegExp, RegExp, string][] = [
    [/卡奥斯|COSMOPlat/, /COSMOPlat/, 'COSMOPlat'],
    [/脑智/, /brain-intelligence/i, 'brain-intelligence'],
    [/预期性/, /^anticipatory$/, 'anticipatory'],
    [/约束性/, /^binding$/, 'binding'],
  ];

  it.each(GLOSSARY)('renders %s one way everywhere', (zh, en, rendering) => {
    const all = [...contentTexts(), ...uiTexts()].filter(({ text }) => zh.test(text.zh));
    const wrong = all.filter(({ text }) => !en.test(text.en)).map(({ where, text }) => `${where}: ${text.en}`);
    expect(wrong, `should say "${rendering}"`).toEqual([]);
    if (rendering !== 'binding') expect(all.length).toBeGreaterThan(0); // 表1 has no 约束性 row; the rule waits for one
  });

  it('uses no other rendering of those terms in English', () => {
    const other = /\bkaos\b|naozhi|brain intelligence|brain science and intelligence innovation|\bexpected\b/i;
    expect([...contentTexts(), ...uiTexts()].filter(({ text }) => other.test(text.en)).map(({ where, text }) => `${where}: ${text.en}`)).toEqual([]);
  });
});
