/** How items are named and labelled in the UI, in the current language. */
import type { Dataset, Item } from '../domain/dataset';
import type { Lang } from '../domain/types';
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
