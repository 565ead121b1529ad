/**
 * UI strings of the parts that come with the context loaded on demand (the context layers' panel,
 * the context cards, the other documents' tables and the documents list): kept out of the first
 * load. The strings the first load needs (list sections, kind labels) are in strings.ts.
 */
import type { Lang, Text } from '../domain/types';
import { t as tm, type StringKey } from './more-strings';

export const CONTEXT_STRINGS = {
  superScene: { zh: '超级场景', en: 'Super scene' },
  scene: { zh: '重点场景', en: 'Key scene' },
  programme: { zh: '产业工程', en: 'Industry programme' },
  contextTitle: { zh: '规划背景（默认不显示）', en: 'Plan context (off by default)' },
  contextHint: {
    zh: '松江新城、全区的其他规划对示范区周边的安排；虚线为示意范围。未标注位置的条目见列表。',
    en: 'What the new city’s and the district’s other plans set around the zone; dashed outlines are schematic. Items without a position are in the list.',
  },
  onMap: { zh: '在图上', en: 'on the map' },
  notPlacedCount: { zh: '未标注位置', en: 'not placed' },
  notPlaced: { zh: '未标注位置', en: 'Not placed on the map' },
  contextArea: { zh: '规划区域', en: 'Planning area' },
  responsible: { zh: '责任单位', en: 'Responsible units' },
  towns: { zh: '责任街镇', en: 'Responsible towns' },
  members: { zh: '所含街镇', en: 'Towns and streets' },
  parts: { zh: '组成部分', en: 'Parts' },
  placesIn: { zh: '其中点名的地点', en: 'Places named in it' },
  document: { zh: '文件', en: 'Document' },
  summaryLabel: { zh: '摘要', en: 'Summary' },
  ctxNames: { zh: '点名的内容', en: 'What it names' },
  ctxEnterprises: { zh: '点名的企业', en: 'Enterprises named' },
  ctxUnplaced: { zh: '点名但未标注位置', en: 'Named but not placed' },
  contextLegend: { zh: '规划背景', en: 'Plan context' },
  contextAreaSwatch: { zh: '其他规划中的区域（示意）', en: 'Area in another plan (schematic)' },
  contextPlaceSwatch: { zh: '其他规划点名的地点', en: 'Place named in another plan' },
  indicatorTables: { zh: '各规划的指标表', en: 'The plans’ indicator tables' },
  geographyZone: { zh: '示范区', en: 'the zone' },
  'geographyNew-city': { zh: '松江新城', en: 'the new city' },
  geographyDistrict: { zh: '全区', en: 'the whole district' },
  coverage: { zh: '范围', en: 'Covers' },
  documentsTitle: { zh: '规划文件', en: 'The plan documents' },
  issuer: { zh: '发文单位', en: 'Issued by' },
  docNumber: { zh: '文号', en: 'Number' },
  docDate: { zh: '日期', en: 'Date' },
  aboutZone: { zh: '关于示范区', en: 'About the zone' },
  industrySystem: { zh: '产业体系', en: 'Industry system' },
  rowsCount: { zh: '行', en: 'rows' },
} satisfies Record<string, Text>;

export type ContextStringKey = keyof typeof CONTEXT_STRINGS | StringKey;

/** A string of this table or of the others (more-strings.ts, strings.ts) in `lang`. */
export const tc = (lang: Lang, key: ContextStringKey): string =>
  (key in CONTEXT_STRINGS ? CONTEXT_STRINGS[key as keyof typeof CONTEXT_STRINGS][lang] : tm(lang, key as StringKey));

/** Categories of the places the other documents name. */
export const CONTEXT_PLACE_CATEGORY_NAMES: Record<string, Text> = {
  heritage: { zh: '历史文化', en: 'Heritage' },
  education: { zh: '学校与高校', en: 'School or university' },
  'culture-sport': { zh: '文体场馆', en: 'Culture or sports venue' },
  'park-green': { zh: '公园绿地', en: 'Park or green space' },
  carrier: { zh: '园区与载体', en: 'Park or carrier' },
  transport: { zh: '交通枢纽', en: 'Transport hub' },
  commerce: { zh: '商业', en: 'Commerce' },
  other: { zh: '其他', en: 'Other' },
};

/** Groups of the other documents' areas. */
export const CONTEXT_AREA_GROUP_NAMES: Record<string, Text> = {
  'newcity-key-area': { zh: '35号 四大重点区域', en: 'No. 35: four key areas' },
  'manufacturing-sector': { zh: '299号 三片', en: 'No. 299: three sectors' },
  'corridor-zone': { zh: '299号 一廊九区', en: 'No. 299: one corridor, nine zones' },
};

/** What ui/describe.ts needs to label a context item (set once this module has loaded: ui/context.ts). */
export const CONTEXT_NAMES = {
  group: CONTEXT_AREA_GROUP_NAMES, category: CONTEXT_PLACE_CATEGORY_NAMES,
  scene: CONTEXT_STRINGS.scene, superScene: CONTEXT_STRINGS.superScene, programme: CONTEXT_STRINGS.programme,
};
export type ContextNames = typeof CONTEXT_NAMES;
