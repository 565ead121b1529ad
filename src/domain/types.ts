/**
 * The content model of the map. Mirrors `data/README.md`; every user-visible text is bilingual.
 */
import type { Feature, Point, Polygon, MultiPolygon } from 'geojson';
import type { DetailKey, KindFile, KindId } from './kinds';

export type Lang = 'zh' | 'en';
/** A text in both languages; both are non-empty. */
export interface Text { zh: string; en: string }

/** A citation: a document of `seeds/register.json` and one of its sections. */
export interface Citation { doc: string; section: string }

/** How far a geometry can be trusted. */
export type Accuracy = 'surveyed' | 'approximate' | 'schematic';
export const ACCURACIES: readonly Accuracy[] = ['surveyed', 'approximate', 'schematic'];

// 一个核心区、两个拓展区、三个产业基地 — 松科委〔2022〕36号 序言
export type AreaTier = 'core' | 'extension' | 'sub-area' | 'base';
export const AREA_TIERS: readonly AreaTier[] = ['core', 'extension', 'sub-area', 'base'];

export type PlaceKind =
  | 'park' | 'base' | 'carrier' | 'platform' | 'lab' | 'centre'
  | 'data-centre' | 'factory' | 'incubator' | 'landmark';
export const PLACE_KINDS: readonly PlaceKind[] = [
  'park', 'base', 'carrier', 'platform', 'lab', 'centre', 'data-centre', 'factory', 'incubator', 'landmark',
];

interface Located {
  id: string;
  name: Text;
  accuracy: Accuracy;
  accuracyNote: Text;
  sources: Citation[];
}

export interface AreaProps extends Located {
  tier: AreaTier;
  /** Id of the extension zone a sub-area belongs to; `null` otherwise. */
  parent: string | null;
  summary: Text;
  /** Set when the area is defined by an administrative unit (NBS code). */
  admin?: { nbsCode: string; name: string; relation: 'whole' | 'part' };
}

/**
 * Where a point's position comes from: what the five documents say (the default, also when the
 * field is absent), or a source outside them (public reports, an address list), which the card says.
 */
export type PositionSource = 'documents' | 'outside';
export const POSITION_SOURCES: readonly PositionSource[] = ['documents', 'outside'];
/**
 * A position from outside the documents that contradicts them (e.g. a point outside the zone for
 * what the plan counts as inside it): both statements, each with its source. The card shows both.
 */
export interface PositionConflict {
  documents: { text: Text; sources: Citation[] };
  outside: { text: Text; source: Text };
}
interface Positioned {
  positionSource?: PositionSource;
  /** Only with `positionSource: "outside"`. */
  positionConflict?: PositionConflict;
}

export interface PlaceProps extends Located, Positioned {
  kind: PlaceKind;
  summary: Text;
  clusters: string[];
  /** Area id, or `null` when the place lies outside the zone's areas or its area is unknown. */
  area: string | null;
}

/** A figure of 附件1: `value.zh` exactly as written (e.g. "超450亿元"), `value.en` a faithful translation. */
export interface Figure { label: Text; value: Text }

export interface ProjectProps extends Located, Positioned {
  /** 附件1 序号, 1–13. */
  seq: number;
  field: Text;
  /** Cluster id; `null` for 综合 (cross-cutting). */
  cluster: string | null;
  builder: Text;
  content: Text;
  innovation: Text;
  figures: Figure[];
  area: string | null;
  place: string | null;
}

/**
 * What 松科委〔2022〕36号 calls an enterprise it names under a cluster (五, 一): 龙头企业, a “双跨”
 * industrial-internet platform, 骨干企业, a 专业服务机构, a 科研院所, the firm a platform is built on
 * (依托), a partner (合作), a firm it supports (支持), or one it sets out to attract (引进).
 */
export type EnterpriseRole =
  | 'leading' | 'platform' | 'backbone' | 'service' | 'institute' | 'anchor' | 'partner' | 'supported' | 'to-attract';
/** In the order a card lists them. */
export const ENTERPRISE_ROLES: readonly EnterpriseRole[] = [
  'leading', 'platform', 'backbone', 'service', 'institute', 'anchor', 'partner', 'supported', 'to-attract',
];
export interface Enterprise { name: Text; role: EnterpriseRole }

export interface Cluster {
  id: string;
  seq: number;
  colorToken: string;
  name: Text;
  title?: Text;
  summary: Text;
  enterprises: Enterprise[];
  platforms: Text[];
  sources: Citation[];
}

export interface Indicator {
  id: string;
  seq: number;
  category: Text;
  name: Text;
  attribute: Text;
  unit: Text;
  /** 2025年目标值: `zh` exactly as written, e.g. "95以上"; `en` its translation, "above 95". */
  target2025: Text;
  current: { value: string; date: string; source: Text } | null;
  sources: Citation[];
}

export interface SourceDocument {
  id: string;
  file?: string;
  title: string;
  issuer: string;
  number: string;
  date: string | null;
  editionOf?: string;
  sections: { id: string; title: string }[];
  facts?: unknown[];
}
export interface Register { documents: SourceDocument[] }

/**
 * What a record of the plan names (`mentions`): ids of the map's items, which must exist, by the
 * collection they belong to; enterprises exactly as written; and names that cannot be put on the
 * map honestly, each with a note saying why.
 */
export interface Mentions {
  areas?: string[];
  places?: string[];
  projects?: string[];
  clusters?: string[];
  contextPlaces?: string[];
  contextAreas?: string[];
  enterprises?: Text[];
  unplaced?: { name: Text; note: Text }[];
}

/** A key path (三大关键路径, 建设方案 四) or an action plan (六大行动计划, 六). */
export interface StrategyProps {
  id: string;
  seq: number;
  /** The name the plan gives it, e.g. 聚平台, 产业聚能. */
  name: Text;
  /** The section heading after the colon, exactly as written. */
  title: Text;
  summary: Text;
  mentions: Mentions;
  figures?: Figure[];
  sources: Citation[];
}
export type PathProps = StrategyProps;
export interface ActionProps extends StrategyProps {
  /** The key path the plan ties it to, if any. */
  path?: string;
}

/** strategy.json: the plan's baseline counts, goals beyond 表1, guarantees and 表1's footnote. */
export interface Strategy {
  baseline: { id: string; label: Text; value: Text; about?: string[]; sources: Citation[] }[];
  goals: { id: string; text: Text; figures?: Figure[]; about?: string[]; sources: Citation[] }[];
  guarantees: { id: string; title: Text; summary: Text; mentions?: Mentions; sources: Citation[] }[];
  indicatorNote: { text: Text; sources: Citation[] };
}

/** Ground drawn under the zone: towns, stations, roads, metro. Not part of the zone. */
export type GroundKind = 'district' | 'town' | 'station' | 'landmark' | 'metro' | 'expressway' | 'road';
export const GROUND_KINDS: readonly GroundKind[] = ['district', 'town', 'station', 'landmark', 'metro', 'expressway', 'road'];
export interface GroundProps { id: string; kind: GroundKind; name: Text; accuracy: Accuracy; accuracyNote: Text }

export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProps>;
export type PlaceFeature = Feature<Point | Polygon, PlaceProps>;
export type ProjectFeature = Feature<Point, ProjectProps>;

/**
 * Fields only a card shows (each kind's `detailKeys` in kinds.ts). The first load carries the
 * content without them (the `Light…` types, what the Dataset holds); the cards' details come later,
 * keyed by item id (see dataset.ts).
 */
export { DETAIL_KEYS, type DetailKey } from './kinds';
export type DetailKind = KindId;

export type AreaDetails = Pick<AreaProps, DetailKey<'area'>>;
export type PlaceDetails = Pick<PlaceProps, DetailKey<'place'>>;
export type ProjectDetails = Pick<ProjectProps, DetailKey<'project'>>;
export type ClusterDetails = Pick<Cluster, DetailKey<'cluster'>>;

export type LightAreaProps = Omit<AreaProps, DetailKey<'area'>>;
export type LightPlaceProps = Omit<PlaceProps, DetailKey<'place'>>;
export type LightProjectProps = Omit<ProjectProps, DetailKey<'project'>>;
export type LightCluster = Omit<Cluster, DetailKey<'cluster'>>;
export type LightAreaFeature = Feature<Polygon | MultiPolygon, LightAreaProps>;
export type LightPlaceFeature = Feature<Point | Polygon, LightPlaceProps>;
export type LightProjectFeature = Feature<Point, LightProjectProps>;

/** The raw files as read from `data/` and `seeds/`, before validation: each kind's, and the rest. */
export type RawContent = { [F in KindFile]: unknown } & {
  'indicators.json': unknown;
  'indicator-tables.json': unknown;
  'documents.json': unknown;
  'strategy.json': unknown;
  'ground.geojson': unknown;
  'register.json': unknown;
};
export type ContentFile = keyof RawContent;

/** Songjiang District's bounding box in degrees (west, south, east, north), with ~500 m margin. */
/** The region the map may show (degrees: west, south, east, north); ground lines may run this far. */
export const REGION_BBOX: readonly [number, number, number, number] = [120.85, 30.80, 121.55, 31.26];

export const SONGJIANG_BBOX: readonly [number, number, number, number] = [121.015, 30.892, 121.373, 31.170];

// ---- Context from the other documents (35号, 6号, 299号): data/README.md "Context from the other documents".

/** What a context record names: the same shape as the plan's (see `Mentions`). */
export type ContextMentions = Mentions;

export type ContextAreaGroup = 'newcity-key-area' | 'manufacturing-sector' | 'corridor-zone';

export interface ContextAreaProps extends Located {
  /** The document that defines it (register id). */
  doc: string;
  group: ContextAreaGroup;
  /** The context area it is a named part of, or null. */
  parent: string | null;
  summary: Text;
  /** The towns, streets or units that define it, exactly as written. */
  members?: Text[];
  mentions?: ContextMentions;
}

export type ContextPlaceCategory = 'heritage' | 'education' | 'culture-sport' | 'park-green' | 'carrier' | 'transport' | 'commerce' | 'other';

export interface ContextPlaceProps extends Located {
  /** The documents that name it (register ids). */
  docs: string[];
  category: ContextPlaceCategory;
  summary: Text;
  /** The context area it lies in, or null. */
  area: string | null;
}

/** A key scene of 6号 附件(二) (three of them the super scenes of 六(19)). */
export interface SceneProps {
  id: string;
  seq: number;
  super: boolean;
  tier: Text;
  name: Text;
  summary: Text;
  /** 责任单位, exactly as written. */
  responsible: Text[];
  mentions?: ContextMentions;
  sources: Citation[];
}

/** A digital-economy industry programme of 6号 附件(三). */
export interface ProgrammeProps {
  id: string;
  seq: number;
  name: Text;
  summary: Text;
  responsible: Text[];
  /** The towns among the responsible units. */
  towns: Text[];
  mentions?: ContextMentions;
  sources: Citation[];
}

/** One of the indicator tables (表1) of 36号, 35号 and 299号, every cell as printed. */
export interface IndicatorTable {
  id: string;
  doc: string;
  section: string;
  title: Text;
  geography: 'zone' | 'new-city' | 'district';
  columns: { key: string; label: Text }[];
  rows: { id: string; seq: number; cells: Record<string, string>; attribute?: '预期性' | '约束性'; en?: Record<string, string> }[];
}

/** A source document as the plans panel presents it. */
export interface PlanDocument {
  doc: string;
  geography: 'zone' | 'new-city' | 'district';
  about: Text;
  industries?: Text[];
  /** 299号's tiers of its industries (“6+X”, 千亿级 …), names exact. */
  industryGroups?: { name: Text; members: Text[]; sources: Citation[] }[];
  sources?: Citation[];
}
