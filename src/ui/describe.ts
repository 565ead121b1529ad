/** How items are named and labelled in the UI, in the current language. */
import { propsOf, type Dataset, type Item, type ItemOf } from '../domain/dataset';
import { KINDS, type KindId } from '../domain/kinds';
import type { Citation, Lang } from '../domain/types';
import { PLACE_KIND_NAMES, t } from '../i18n/strings';
import type { ContextNames } from '../i18n/context-strings';

export function itemName(item: Item, lang: Lang): string {
  return propsOf(item).name[lang];
}

/** The context's group and category names, once loaded with it (see ui/context.ts). */
let ctx: ContextNames | null = null;
export function setContextNames(names: ContextNames): void { ctx = names; }

/** Each kind's short label of what an item is: "核心区", "实验室", "重点项目 6", "产业集群". */
const KIND_LABELS: { [K in KindId]: (item: ItemOf<K>, lang: Lang) => string } = {
  area: (i, lang) => t(lang, i.feature.properties.tier),
  place: (i, lang) => PLACE_KIND_NAMES[i.feature.properties.kind]![lang],
  project: (i, lang) => `${t(lang, 'project')} ${i.feature.properties.seq}`,
  cluster: (_, lang) => t(lang, 'cluster'),
  path: (i, lang) => `${t(lang, 'keyPath')} ${i.record.seq}`,
  action: (i, lang) => `${t(lang, 'actionPlan')} ${i.record.seq}`,
  // The context's labels come with it (ui/context.ts); until then, its list section's heading.
  'context-area': (i, lang) => ctx?.group[i.feature.properties.group]?.[lang] ?? t(lang, 'contextAreas'),
  'context-place': (i, lang) => ctx?.category[i.feature.properties.category]?.[lang] ?? t(lang, 'contextPlaces'),
  scene: (i, lang) => (!ctx ? t(lang, 'scenes') : i.record.super ? ctx.superScene[lang] : `${ctx.scene[lang]} ${i.record.seq}`),
  programme: (i, lang) => (ctx ? `${ctx.programme[lang]} ${i.record.seq}` : t(lang, 'programmes')),
};

/** A document's short name by its number: "35号", "No. 35" (the number as written if it has no 〔year〕n号 part). */
export function docShortName(ds: Dataset, doc: string, lang: Lang): string {
  const number = ds.documents.get(doc)?.number ?? doc;
  const n = /〔\d+〕(\d+)号/.exec(number)?.[1];
  return n ? (lang === 'zh' ? `${n}号` : `No. ${n}`) : number;
}

/** A short label of what an item is. */
export function itemKindLabel(item: Item, lang: Lang): string {
  return (KIND_LABELS[item.kind] as (i: Item, l: Lang) => string)(item, lang);
}

/** Name of the area an item lies in (its kind's `areaField`), or null. */
export function itemAreaName(ds: Dataset, item: Item, lang: Lang): string | null {
  const field = KINDS[item.kind].areaField;
  const areaId = field ? (propsOf(item) as unknown as Record<string, unknown>)[field] : null;
  const area = typeof areaId === 'string' ? ds.byId.get(areaId) : undefined;
  return area ? itemName(area, lang) : null;
}

/**
 * Citations as a reader sees them: the document's title and number once, then each section with
 * its title from seeds/register.json ("五(二) 打造人工智能产业生态圈"), not a bare id. Titles are the
 * documents' own words, so they stay in Chinese in both languages; only the punctuation follows `lang`.
 */
export function citationText(documents: Dataset['documents'], cites: readonly Citation[], lang: Lang): string {
  const [open, close, join] = lang === 'zh' ? ['（', '）', '；'] : [' (', ')', '; '];
  const groups: { doc: string; sections: string[] }[] = [];
  for (const c of cites) {
    const d = documents.get(c.doc);
    const title = d?.sections.find((s) => s.id === c.section)?.title;
    const section = !title ? c.section : title.startsWith(c.section) ? title : `${c.section} ${title}`;
    const last = groups[groups.length - 1];
    if (last && last.doc === c.doc) last.sections.push(section);
    else groups.push({ doc: c.doc, sections: [section] });
  }
  return groups.map((g) => {
    const d = documents.get(g.doc);
    return `${d ? `《${d.title}》${open}${d.number}${close}` : g.doc} · ${g.sections.join(join)}`;
  }).join(join);
}
