/** A small valid content set that tests copy and break on purpose. */
import type { FeatureCollection } from 'geojson';
import { createDataset, createDetails } from '../../src/data/dataset';
import type { Dataset, Details } from '../../src/domain/dataset';
import { areaFigures } from '../../src/domain/figures';
import { readFullContent, splitContent, type FullContent } from '../../src/domain/split';
import type { Cluster, RawContent, Register } from '../../src/domain/types';

const tx = (zh: string, en: string) => ({ zh, en });
const cite = [{ doc: 'plan', section: '五' }];
const square = (x: number, y: number, d: number) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const located = (id: string) => ({ id, name: tx(`名${id}`, `Name ${id}`), accuracy: 'schematic', accuracyNote: tx('示意', 'Schematic'), sources: cite });

export function validContent(): RawContent {
  return structuredClone({
    'register.json': {
      documents: [{ id: 'plan', title: '建设方案', issuer: '科委', number: '36号', date: '2022-09-27', sections: [{ id: '五', title: '产业集群' }, { id: '表1', title: '指标' }] }],
    },
    'areas.geojson': {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'ext', properties: { ...located('ext'), tier: 'extension', parent: null, summary: tx('拓展区', 'Extension') }, geometry: { type: 'Polygon', coordinates: square(121.20, 31.00, 0.05) } },
        { type: 'Feature', id: 'sub', properties: { ...located('sub'), tier: 'sub-area', parent: 'ext', summary: tx('片区', 'Section') }, geometry: { type: 'Polygon', coordinates: square(121.21, 31.01, 0.02) } },
        { type: 'Feature', id: 'core', properties: { ...located('core'), tier: 'core', parent: null, summary: tx('核心区', 'Core') }, geometry: { type: 'Polygon', coordinates: square(121.30, 31.08, 0.02) } },
      ],
    },
    'places.geojson': {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'lab', properties: { ...located('lab'), kind: 'lab', summary: tx('实验室', 'Lab'), clusters: ['ai'], area: 'core' }, geometry: { type: 'Point', coordinates: [121.31, 31.09] } }],
    },
    'projects.geojson': {
      type: 'FeatureCollection',
      features: [{
        type: 'Feature', id: 'proj', geometry: { type: 'Point', coordinates: [121.215, 31.015] },
        properties: {
          ...located('proj'), seq: 1, field: tx('人工智能', 'AI'), cluster: 'ai', builder: tx('公司', 'Company'), content: tx('内容', 'Content'),
          innovation: tx('创新', 'Innovation'), figures: [{ label: tx('总投资', 'Investment'), value: tx('超450亿元', 'over 45 billion yuan') }], area: 'sub', place: 'lab',
        },
      }],
    },
    'clusters.json': [{ id: 'ai', seq: 1, colorToken: 'cluster-ai', name: tx('人工智能', 'AI'), summary: tx('生态圈', 'Ecosystem'), enterprises: [{ name: tx('腾讯', 'Tencent'), role: 'leading' }], platforms: [], sources: cite }],
    'ground.geojson': {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'town-x', properties: { id: 'town-x', kind: 'town', name: tx('某镇', 'X Town'), accuracy: 'schematic', accuracyNote: tx('标注点', 'Label point') }, geometry: { type: 'Point', coordinates: [121.25, 31.05] } },
        { type: 'Feature', id: 'road-x', properties: { id: 'road-x', kind: 'expressway', name: tx('某高速', 'X Expressway'), accuracy: 'schematic', accuracyNote: tx('示意', 'Schematic') }, geometry: { type: 'LineString', coordinates: [[121.0, 31.0], [121.4, 31.1]] } },
      ],
    },
    // Context from another document: one area drawn, one not; one place placed, one not; a scene; a programme.
    'context-areas.geojson': {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'ctx-sector', properties: { ...located('ctx-sector'), doc: 'plan', group: 'manufacturing-sector', parent: null, summary: tx('三片之一', 'One of three sectors'), members: [tx('某镇', 'X Town')] }, geometry: { type: 'Polygon', coordinates: square(121.10, 30.95, 0.1) } },
        { type: 'Feature', id: 'ctx-key', properties: { ...located('ctx-key'), doc: 'plan', group: 'newcity-key-area', parent: null, summary: tx('重点区域', 'Key area'), mentions: { contextPlaces: ['ctx-hub'] } }, geometry: null },
      ],
    },
    'context-places.geojson': {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'ctx-hub', properties: { ...located('ctx-hub'), name: tx('松江枢纽', 'Songjiang hub'), docs: ['plan'], category: 'transport', summary: tx('枢纽', 'Hub'), area: 'ctx-key' }, geometry: { type: 'Point', coordinates: [121.226, 30.987] } },
        { type: 'Feature', id: 'ctx-school', properties: { ...located('ctx-school'), docs: ['plan'], category: 'education', summary: tx('学校', 'School'), area: null }, geometry: null },
      ],
    },
    'scenes.json': [{ id: 'scene-hub', seq: 1, super: true, tier: tx('超级场景', 'Super scene'), name: tx('智慧枢纽', 'Smart hub'), summary: tx('场景', 'Scene'), responsible: [tx('区交通委', 'District Transport Commission')], mentions: { contextPlaces: ['ctx-hub'], enterprises: [tx('某公司', 'X Co.')] }, sources: cite }],
    'programmes.json': [{ id: 'programme-ai', seq: 1, name: tx('人工智能工程', 'AI programme'), summary: tx('工程', 'Programme'), responsible: [tx('区科委', 'District S&T Commission')], towns: [], mentions: { contextAreas: ['ctx-sector'] }, sources: cite }],
    'indicator-tables.json': [{
      id: 'plan-table1', doc: 'plan', section: '表1', title: tx('主要指标', 'Main indicators'), geography: 'zone',
      columns: [{ key: 'seq', label: tx('序号', 'No.') }, { key: 'name', label: tx('指标名称', 'Indicator') }, { key: 'attribute', label: tx('属性', 'Attribute') }, { key: 'target', label: tx('目标值', 'Target') }],
      rows: [{ id: 'plan-table1-row-01', seq: 1, cells: { seq: '1', name: '比例', attribute: '预期性', target: '95以上' }, attribute: '预期性', en: { name: 'Share', attribute: 'anticipatory' } }],
    }],
    'documents.json': [{ doc: 'plan', geography: 'zone', about: tx('示范区的方案', 'The zone’s plan'), sources: cite }],
    'paths.json': [{ id: 'path-p', seq: 1, name: tx('聚平台', 'Platforms'), title: tx('打造平台', 'Build platforms'), summary: tx('平台', 'Platforms'), mentions: { clusters: ['ai'] }, sources: cite }],
    'actions.json': [{
      id: 'action-a', seq: 1, path: 'path-p', name: tx('产业聚能', 'Gathering Industry'), title: tx('提升硬实力', 'Hard strength'), summary: tx('集群', 'Clusters'),
      mentions: { places: ['lab'], projects: ['proj'], areas: ['core'], enterprises: [tx('腾讯', 'Tencent')], unplaced: [{ name: tx('某工厂', 'A factory'), note: tx('位置未知', 'Position unknown') }] },
      figures: [{ label: tx('企业', 'Firms'), value: tx('100家', '100') }], sources: cite,
    }],
    'strategy.json': {
      baseline: [{ id: 'base-firms', label: tx('企业', 'Firms'), value: tx('120余家', 'over 120'), about: ['ai', 'core'], sources: cite }],
      goals: [{ id: 'goal-x', text: tx('目标', 'Goal'), sources: cite }],
      guarantees: [{ id: 'guar-x', title: tx('保障', 'Guarantee'), summary: tx('保障', 'Guarantee'), mentions: { enterprises: [tx('临港集团', 'Lingang Group')] }, sources: cite }],
      indicatorNote: { text: tx('注', 'Note'), sources: [{ doc: 'plan', section: '表1' }] },
    },
    'indicators.json': [{ id: 'ind', seq: 1, category: tx('产业硬度', 'Industry'), name: tx('比例', 'Share'), attribute: tx('预期性', 'anticipatory'), unit: tx('%', '%'), target2025: tx('95以上', 'above 95'), current: null, sources: [{ doc: 'plan', section: '表1' }] }],
  }) as RawContent;
}

/** Shortcuts to the parts tests break. */
export const feat = (c: RawContent, file: 'areas.geojson' | 'places.geojson' | 'projects.geojson' | 'ground.geojson', i = 0) =>
  (c[file] as { features: { id: unknown; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] }).features[i]!;

/** The content files the build splits (see domain/split.ts). */
export const fullContent = (c: RawContent): FullContent => readFullContent((path) => c[path.slice('data/'.length) as keyof RawContent]);

/** The Dataset the app would build from this content (split and figures computed as the build does). */
export function datasetOf(c: RawContent): Dataset {
  return createDataset({
    ...splitContent(fullContent(c)).light,
    register: c['register.json'] as Register, ground: c['ground.geojson'] as FeatureCollection,
    figures: areaFigures(c['areas.geojson'] as never),
  });
}

/** The cards' Details the app would load for this content. */
export const detailsOf = (c: RawContent): Details => createDetails(splitContent(fullContent(c)).details);
