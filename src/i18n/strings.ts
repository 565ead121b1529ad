/** Every UI string in both languages. Content fields carry their own `{zh, en}`. */
import type { Lang, Text } from '../domain/types';

export const STRINGS = {
  title: { zh: '松江新城G60数字经济创新产业示范区', en: 'Songjiang New City G60 Digital Economy Innovation Industry Demonstration Zone' },
  shortTitle: { zh: 'G60数字经济示范区地图', en: 'G60 Digital Economy Zone Map' },
  mapLabel: { zh: '示范区地图', en: 'Map of the demonstration zone' },
  schematicNote: {
    zh: '示意图：范围和位置为示意，非测绘边界',
    en: 'Schematic: outlines and positions are indicative, not surveyed boundaries',
  },
  schematic: { zh: '示意', en: 'schematic' },
  approximate: { zh: '近似', en: 'approximate' },
  surveyed: { zh: '测绘', en: 'surveyed' },
  legend: { zh: '图例', en: 'Legend' },
  core: { zh: '核心区', en: 'Core zone' },
  extension: { zh: '拓展区', en: 'Extension zone' },
  'sub-area': { zh: '片区', en: 'Section' },
  base: { zh: '产业基地', en: 'Industrial base' },
  places: { zh: '园区与载体', en: 'Parks and carriers' },
  projects: { zh: '重点项目', en: 'Key projects' },
  areas: { zh: '区域', en: 'Areas' },
  clusters: { zh: '产业集群', en: 'Industrial clusters' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  mapUnavailable: {
    zh: '此设备无法显示交互地图（WebGL 不可用）：下方为静态示意图，点击其中的区域、园区和项目或使用列表查看全部内容。',
    en: 'The interactive map cannot be shown on this device (WebGL unavailable): the still map below and the list give every card.',
  },
  // The basemap's own credit (e.g. OpenStreetMap for the schematic alignments) comes with its source.
  attribution: { zh: '示意图 · 内容来源：松科委〔2022〕36号等', en: 'Schematic map · Content: 松科委〔2022〕36号 and others' },
  close: { zh: '关闭', en: 'Close' },
  overview: { zh: '回到全景', en: 'Back to overview' },
  tabLegend: { zh: '图层', en: 'Layers' },
  tabList: { zh: '列表', en: 'List' },
  tabIndicators: { zh: '发展指标', en: 'Indicators' },
  panelTabs: { zh: '面板', en: 'Panels' },
  layersTitle: { zh: '显示图层', en: 'Show layers' },
  clusterFilter: { zh: '按产业集群筛选', en: 'Filter by industrial cluster' },
  allClusters: { zh: '全部集群', en: 'All clusters' },
  shown: { zh: '显示', en: 'shown' },
  searchLabel: { zh: '搜索区域、园区、项目', en: 'Search areas, parks, projects' },
  searchPlaceholder: { zh: '搜索：中文、拼音或英文', en: 'Search: Chinese, pinyin or English' },
  noResults: { zh: '没有匹配结果', en: 'No matches' },
  results: { zh: '个结果', en: 'results' },
  share: { zh: '分享', en: 'Share' },
  area: { zh: '区域', en: 'Area' },
  platforms: { zh: '平台与载体', en: 'Platforms and carriers' },
  seq: { zh: '序号', en: 'No.' },
  builder: { zh: '建设主体单位', en: 'Builder' },
  content: { zh: '项目建设内容（摘要）', en: 'What will be built (summary)' },
  innovation: { zh: '项目创新点（摘要）', en: 'What is new (summary)' },
  kind: { zh: '类型', en: 'Type' },
  positionConflict: { zh: '位置与文件的说法不一致', en: 'The position conflicts with the documents' },
  none: { zh: '无', en: 'None' },
  loading: { zh: '加载中…', en: 'Loading…' },
  project: { zh: '重点项目', en: 'Key project' },
  cluster: { zh: '产业集群', en: 'Industrial cluster' },
  place: { zh: '园区与载体', en: 'Park or carrier' },
  crossCutting: { zh: '综合', en: 'Cross-cutting' },
  count: { zh: '个', en: '' },
  basemap: { zh: '底图', en: 'Basemap' },
  basemapFailed: { zh: '在线底图无法加载，已切换到内置示意底图。', en: 'The online basemap could not load; switched to the built-in schematic basemap.' },
  sizeCustom: { zh: '自定义', en: 'Custom' },
  openFullMap: { zh: '打开完整地图 ↗', en: 'Open the full map ↗' },
  itemsInside: { zh: '区域内的园区与项目', en: 'Parks and projects inside' },
  dataAsOfLine: { zh: '数据截至', en: 'Data as of' },
  downloadData: { zh: '下载数据', en: 'Download data' },
  downloadNote: { zh: '几何为示意，除非要素的 accuracy 另有说明；坐标 WGS84。', en: 'Geometry is schematic unless a feature’s accuracy says otherwise; coordinates WGS84.' },
  dataLicence: { zh: '内容摘自五份来源文件，逐条注明出处；转用请注明出处并保留“示意”说明。', en: 'Content from the five source documents, cited per feature; when reusing, cite them and keep the schematic note.' },
  // The printed handout (src/ui/print/).
  print: { zh: '打印', en: 'Print' },
  printLabel: { zh: '打印宣传页（A4 横向）', en: 'Print a handout (A4 landscape)' },
  printPreparing: { zh: '准备打印…', en: 'Preparing…' },
  // The plan's strategy (建设方案 一, 三, 四, 六, 七).
  keyPaths: { zh: '三大关键路径', en: 'Three key paths' },
  actionPlans: { zh: '六大行动计划', en: 'Six action plans' },
  keyPath: { zh: '关键路径', en: 'Key path' },
  actionPlan: { zh: '行动计划', en: 'Action plan' },
  tabPlan: { zh: '规划', en: 'Plan' },
  // Context from the other documents (35号, 6号, 299号).
  'context-areas': { zh: '其他规划中的区域', en: 'Areas in the other plans' },
  'context-places': { zh: '其他规划点名的地点', en: 'Places named in the other plans' },
  contextAreas: { zh: '其他规划中的区域', en: 'Areas in the other plans' },
  contextPlaces: { zh: '其他规划点名的地点', en: 'Places named in the other plans' },
  scenes: { zh: '重点场景（6号）', en: 'Key scenes (No. 6)' },
  programmes: { zh: '数字经济产业工程（6号）', en: 'Digital-economy industry programmes (No. 6)' },
} satisfies Record<string, Text>;

/** Place kinds, in both languages. */
export const PLACE_KIND_NAMES: Record<string, Text> = {
  park: { zh: '园区', en: 'Park' },
  base: { zh: '基地', en: 'Base' },
  carrier: { zh: '载体', en: 'Carrier' },
  platform: { zh: '平台', en: 'Platform' },
  lab: { zh: '实验室', en: 'Laboratory' },
  centre: { zh: '中心', en: 'Centre' },
  'data-centre': { zh: '数据中心', en: 'Data centre' },
  factory: { zh: '工厂', en: 'Factory' },
  incubator: { zh: '孵化器', en: 'Incubator' },
  landmark: { zh: '地标建筑', en: 'Landmark building' },
};


export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const t = (lang: Lang, key: StringKey): string => STRINGS[key][lang];
