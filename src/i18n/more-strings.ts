/**
 * The UI strings only cards, panels, dialogs and the stand's modes use: a module of its own, loaded
 * with them rather than with the page. Its `t` knows these and the page's own strings (strings.ts),
 * so a lazily loaded component imports its strings from here.
 */
import type { EnterpriseRole, Lang, Text } from '../domain/types';
import { STRINGS as PAGE_STRINGS, type StringKey as PageKey } from './strings';
export { PLACE_KIND_NAMES } from './strings';

export const MORE_STRINGS = {
  sources: { zh: '来源', en: 'Sources' },
  chapters: { zh: '章节', en: 'Chapters' },
  chapterOf: { zh: '第 {n} 章，共 {total} 章', en: 'Chapter {n} of {total}' },
  tourPlay: { zh: '自动播放', en: 'Play' },
  tourPause: { zh: '暂停播放', en: 'Pause' },
  presenterKeys: { zh: '翻页键或方向键切换章节 · B 黑屏 · P 自动播放', en: 'Page or arrow keys step · B blanks · P plays' },
  shareTitle: { zh: '分享当前视图', en: 'Share this view' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  copied: { zh: '已复制', en: 'Copied' },
  qrAlt: { zh: '当前视图链接的二维码', en: 'QR code of the link to this view' },
  subAreas: { zh: '所含片区', en: 'Sections' },
  areaSize: { zh: '示意面积', en: 'Schematic area' },
  areaSizeNote: { zh: '按示意范围计算，非规划面积', en: 'computed from the schematic outline, not a planned figure' },
  clustersPresent: { zh: '涉及产业集群', en: 'Clusters present' },
  belongsTo: { zh: '所在区域', en: 'Located in' },
  outsideZone: { zh: '不在示范区划定区域内或位置未知', en: 'Outside the zone’s areas, or location unknown' },
  partOf: { zh: '所属', en: 'Part of' },
  planSays: { zh: '建设方案要点（摘要）', en: 'What the plan sets out (summary)' },
  field: { zh: '相关领域', en: 'Field' },
  keyFigures: { zh: '主要数据', en: 'Key figures' },
  site: { zh: '项目所在', en: 'Site' },
  position: { zh: '位置', en: 'Position' },
  positionOutside: { zh: '位置来源于五份文件之外', en: 'Position from outside the five documents' },
  conflictDocuments: { zh: '文件的说法', en: 'What the documents say' },
  conflictOutside: { zh: '文件之外的说法', en: 'What the outside source says' },
  indicatorsTitle: { zh: '示范区发展指标（表1）', en: 'Development indicators (Table 1)' },
  category: { zh: '类别', en: 'Category' },
  indicator: { zh: '指标名称', en: 'Indicator' },
  attribute: { zh: '属性', en: 'Type' },
  unit: { zh: '单位', en: 'Unit' },
  target2025: { zh: '2025年目标值', en: '2025 target' },
  current: { zh: '当前值', en: 'Current' },
  notReported: { zh: '待填报', en: 'not yet reported' },
  shareLinkTab: { zh: '链接', en: 'Link' },
  embedTab: { zh: '嵌入', en: 'Embed' },
  embedSize: { zh: '尺寸', en: 'Size' },
  sizeSmall: { zh: '小', en: 'Small' },
  sizeMedium: { zh: '中', en: 'Medium' },
  sizeLarge: { zh: '大', en: 'Large' },
  sizeFull: { zh: '通栏宽度', en: 'Full width' },
  width: { zh: '宽', en: 'Width' },
  height: { zh: '高', en: 'Height' },
  embedShows: { zh: '嵌入内容', en: 'What it shows' },
  keepSelection: { zh: '当前选中项', en: 'Current selection' },
  keepFilters: { zh: '筛选与图层', en: 'Filters and layers' },
  keepLanguage: { zh: '当前语言', en: 'Current language' },
  keepBasemap: { zh: '当前底图', en: 'Current basemap' },
  showSearch: { zh: '搜索框', en: 'Search box' },
  showPanel: { zh: '图层与列表面板', en: 'Layers and list panel' },
  allowMove: { zh: '可拖动缩放', en: 'Pan and zoom' },
  preview: { zh: '预览', en: 'Preview' },
  iframeCode: { zh: 'iframe 代码', en: 'iframe code' },
  componentCode: { zh: '网页组件代码', en: 'Web component code' },
  copyCode: { zh: '复制代码', en: 'Copy code' },
  stackItems: { zh: '项在此处，请选择', en: 'items here: choose one' },
  handoutMap: { zh: '示范区范围示意图', en: 'Map of the zone (schematic)' },
  handoutProjects: { zh: '重点项目（附件1）', en: 'Key projects (Annex 1)' },
  projectName: { zh: '项目名称', en: 'Project' },
  handoutOnline: { zh: '在线交互地图', en: 'Interactive map online' },
  handoutScan: { zh: '扫描二维码，打开在线交互地图', en: 'Scan the code to open the interactive map' },
  handoutQrAlt: { zh: '在线交互地图链接的二维码', en: 'QR code of the link to the interactive map' },
  printedOn: { zh: '打印日期', en: 'Printed' },
  dataAsOf: { zh: '指标当前值截至', en: 'Current values as of' },
  documentsCited: { zh: '资料来源', en: 'Sources' },
  enterprisesNamed: { zh: '提及的企业', en: 'Enterprises named' },
  notOnMap: { zh: '未标注在地图上', en: 'Not on the map' },
  namedIn: { zh: '规划中提及', en: 'Named in the plan' },
  namedOnMap: { zh: '地图上已突出显示其提及的区域、园区与项目', en: 'What it names is highlighted on the map' },
  planTitle: { zh: '建设方案：基础、目标与保障', en: 'The plan: baseline, goals and guarantees' },
  baseline: { zh: '发展基础', en: 'Baseline' },
  goals: { zh: '发展目标', en: 'Goals' },
  guarantees: { zh: '保障机制', en: 'Guarantees' },
  inThePlan: { zh: '规划中的数据', en: 'In the plan' },
  note: { zh: '注', en: 'Note' },
  handoutUnavailable: { zh: '未能加载', en: 'could not be loaded' },

} satisfies Record<string, Text>;

/**
 * What 松科委〔2022〕36号 calls each enterprise it names (see EnterpriseRole): the zh label is the
 * document's own word; a card heads each group with it.
 */
export const ENTERPRISE_ROLE_NAMES: Record<EnterpriseRole, Text> = {
  leading: { zh: '龙头企业', en: 'Leading enterprises' },
  platform: { zh: '“双跨”工业互联网平台', en: 'Cross-industry, cross-sector industrial internet platforms' },
  backbone: { zh: '骨干企业', en: 'Backbone enterprises' },
  service: { zh: '专业服务机构', en: 'Specialist service providers' },
  institute: { zh: '科研院所', en: 'Research institutes' },
  anchor: { zh: '依托单位', en: 'Organisations the plan builds on' },
  partner: { zh: '深度合作方', en: 'Partners in close cooperation' },
  supported: { zh: '支持发展的企业', en: 'Enterprises the plan supports' },
  'to-attract': { zh: '积极引进', en: 'To be attracted' },
};

export type StringKey = PageKey | keyof typeof MORE_STRINGS;

/** The string `key` in `lang`, from either table. */
export const t = (lang: Lang, key: StringKey): string =>
  (key in MORE_STRINGS ? MORE_STRINGS[key as keyof typeof MORE_STRINGS] : PAGE_STRINGS[key as PageKey])[lang];
