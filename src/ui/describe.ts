/** How items are named and labelled in the UI, in the current language. */
import type { Dataset, Item } from '../domain/dataset';
import type { Citation, Lang } from '../domain/types';
import { PLACE_KIND_NAMES, t } from '../i18n/strings';

export function itemName(item: Item, lang: Lang): string {
  return item.kind === 'cluster' ? item.cluster.name[lang] : item.feature.properties.name[lang];
}

/** A short label of what an item is: "核心区", "实验室", "重点项目 6", "产业集群". */
export function itemKindLabel(item: Item, lang: Lang): string {
  switch (item.kind) {
    case 'area': return t(lang, item.feature.properties.tier);
    case 'place': return PLACE_KIND_NAMES[item.feature.properties.kind]![lang];
    case 'project': return `${t(lang, 'project')} ${item.feature.properties.seq}`;
    case 'cluster': return t(lang, 'cluster');
  }
}

/** Name of the area an item lies in, or null. */
export function itemAreaName(ds: Dataset, item: Item, lang: Lang): string | null {
  const areaId = item.kind === 'place' || item.kind === 'project' ? item.feature.properties.area
    : item.kind === 'area' ? item.feature.properties.parent : null;
  const area = areaId ? ds.byId.get(areaId) : undefined;
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
