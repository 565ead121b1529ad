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
    zh: '此设备无法显示地图（WebGL 不可用）。以下列表仍提供全部内容。',
    en: 'The map cannot be shown on this device (WebGL unavailable). The list below still gives every card.',
  },
  attribution: {
    zh: '示意图 · 内容来源：松科委〔2022〕36号等 · 道路与地铁线位 © OpenStreetMap 贡献者（ODbL）',
    en: 'Schematic map · Content: 松科委〔2022〕36号 and others · Road and metro alignments © OpenStreetMap contributors (ODbL)',
  },
} satisfies Record<string, Text>;

export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const t = (lang: Lang, key: StringKey): string => STRINGS[key][lang];
