/**
 * The item kinds: one declarative entry per kind of thing a card can show. Everything generic about
 * a kind (its data file, where its items live in the Dataset, what only its card shows, how it is
 * searched, listed, drawn and filtered) is read from here; the code that is really specific to a
 * kind (its schema checks in `validate/schema.ts`, its card in `ui/cards/registry.tsx`) is keyed by
 * the same ids, and TypeScript refuses a kind that lacks either. Pure data: no imports of code.
 */
import type {
  ActionProps, AreaProps, Cluster, ContextAreaProps, ContextPlaceProps, PathProps, PlaceProps, ProgrammeProps, ProjectProps, SceneProps,
} from './types';
import type { MultiPolygon, Point, Polygon } from 'geojson';

/** The types behind each kind: its full record, and its geometry (`null`: not on the map). */
export interface KindTypes {
  area: { props: AreaProps; geometry: Polygon | MultiPolygon };
  place: { props: PlaceProps; geometry: Point | Polygon };
  project: { props: ProjectProps; geometry: Point };
  cluster: { props: Cluster; geometry: null };
  path: { props: PathProps; geometry: null };
  action: { props: ActionProps; geometry: null };
  /** Context from the other documents: areas and places they name (geometry `null`: not placed). */
  'context-area': { props: ContextAreaProps; geometry: Polygon | MultiPolygon | null };
  'context-place': { props: ContextPlaceProps; geometry: Point | null };
  scene: { props: SceneProps; geometry: null };
  programme: { props: ProgrammeProps; geometry: null };
}

/** A map layer the visitor may show or hide (`hide=` / `show=` in the URL). */
export type LayerName = 'areas' | 'places' | 'projects' | 'context-areas' | 'context-places';

/** Layers hidden until the visitor shows them (`show=` in the URL): the zone stays the first thing seen. */
export const LAYERS_OFF_BY_DEFAULT: readonly LayerName[] = ['context-areas', 'context-places'];

/** One kind's entry; `P` is its full record type. */
export interface KindSpec<P> {
  /** Its file in `data/`: a GeoJSON FeatureCollection when the kind is spatial, else a JSON array. */
  file: string;
  /** Its list in the Dataset (and the key of its content in the build's split). */
  collection: string;
  /** Drawn on the map (items are GeoJSON features) or not (plain records). */
  spatial: boolean;
  /**
   * Fields only its card shows: kept out of the first load (see split.ts). `a.b` names a field `b` of
   * the object field `a` (what a path or action names in words — enterprises, unplaced names — goes
   * to the card, while the ids it names stay for the map and the back-links).
   */
  detailKeys: readonly ((keyof P & string) | `${keyof P & string}.${string}`)[];
  search: {
    /** Ties are broken by this rank (lower first): the more specific thing wins. */
    rank: number;
    /** A number typed alone finds the item whose field this is (a project's 附件1 序号). */
    seq?: keyof P & string;
    /** Lower-weight texts also searched (a project's builder). */
    secondary?: readonly (keyof P & string)[];
  };
  /** Field naming the area an item lies in (an area's `parent`), or null. */
  areaField: (keyof P & string) | null;
  /** The list panel's section: its order and the UI string that heads it (`i18n/strings.ts`). */
  list: { order: number; label: string };
  /** The map layer toggle that shows or hides its items, if any. */
  layer: LayerName | null;
  /**
   * How the cluster filter (`clusters=` in the URL) applies: the field with the item's cluster id(s),
   * `self` for a cluster, or null when the filter does not apply to the kind.
   */
  clusterFilter: (keyof P & string) | 'self' | null;
  /** The Dataset keeps items in file order, or sorted by this number field (a document's 序号). */
  sortBy: (keyof P & string) | null;
  /**
   * Fields that name other items, and the kind each must be (a string id, `null`, or a list of ids);
   * `validate/references.ts` checks that every one exists.
   */
  refs: { readonly [F in keyof P & string]?: keyof KindTypes };
  /** Opening an item from the map frames it (a picked area is already in view). */
  frameOnPick: boolean;
  /**
   * Not part of the first load: its content is a chunk of its own, fetched once the map is ready
   * (or at once when a link, the list or search needs it; see data/load.ts `loadMore`).
   */
  onDemand?: boolean;
}

export const KINDS = {
  area: {
    file: 'areas.geojson', collection: 'areas', spatial: true,
    detailKeys: ['summary', 'accuracyNote'],
    search: { rank: 2 }, areaField: 'parent',
    list: { order: 0, label: 'areas' }, layer: 'areas', clusterFilter: null, sortBy: null, refs: {}, frameOnPick: false,
  },
  place: {
    file: 'places.geojson', collection: 'places', spatial: true,
    detailKeys: ['summary', 'accuracyNote', 'positionConflict'],
    search: { rank: 1 }, areaField: 'area',
    list: { order: 3, label: 'places' }, layer: 'places', clusterFilter: 'clusters', sortBy: null, refs: { area: 'area', clusters: 'cluster' }, frameOnPick: true,
  },
  project: {
    file: 'projects.geojson', collection: 'projects', spatial: true,
    detailKeys: ['content', 'innovation', 'figures', 'accuracyNote', 'positionConflict'],
    search: { rank: 0, seq: 'seq', secondary: ['builder'] }, areaField: 'area',
    list: { order: 2, label: 'projects' }, layer: 'projects', clusterFilter: 'cluster', sortBy: 'seq', refs: { area: 'area', place: 'place', cluster: 'cluster' }, frameOnPick: true,
  },
  cluster: {
    file: 'clusters.json', collection: 'clusters', spatial: false,
    detailKeys: ['title', 'summary', 'enterprises', 'platforms'],
    search: { rank: 3 }, areaField: null,
    list: { order: 1, label: 'clusters' }, layer: null, clusterFilter: 'self', sortBy: 'seq', refs: {}, frameOnPick: true,
  },
  path: {
    file: 'paths.json', collection: 'paths', spatial: false,
    detailKeys: ['title', 'summary', 'figures', 'mentions.enterprises', 'mentions.unplaced'],
    search: { rank: 4 }, areaField: null,
    list: { order: 4, label: 'keyPaths' }, layer: null, clusterFilter: null, sortBy: 'seq', refs: {}, frameOnPick: true,
  },
  action: {
    file: 'actions.json', collection: 'actions', spatial: false,
    detailKeys: ['title', 'summary', 'figures', 'mentions.enterprises', 'mentions.unplaced'],
    search: { rank: 5 }, areaField: null,
    list: { order: 5, label: 'actionPlans' }, layer: null, clusterFilter: null, sortBy: 'seq', refs: { path: 'path' }, frameOnPick: true,
  },
  'context-area': {
    file: 'context-areas.geojson', collection: 'contextAreas', spatial: true, onDemand: true,
    detailKeys: ['summary', 'members', 'accuracyNote'],
    search: { rank: 7 }, areaField: 'parent',
    list: { order: 10, label: 'contextAreas' }, layer: 'context-areas', clusterFilter: null, sortBy: null, refs: { parent: 'context-area' }, frameOnPick: false,
  },
  'context-place': {
    file: 'context-places.geojson', collection: 'contextPlaces', spatial: true, onDemand: true,
    detailKeys: ['summary', 'accuracyNote'],
    search: { rank: 6 }, areaField: 'area',
    list: { order: 11, label: 'contextPlaces' }, layer: 'context-places', clusterFilter: null, sortBy: null, refs: { area: 'context-area' }, frameOnPick: true,
  },
  scene: {
    file: 'scenes.json', collection: 'scenes', spatial: false, onDemand: true,
    detailKeys: ['summary', 'responsible'],
    search: { rank: 8 }, areaField: null,
    list: { order: 12, label: 'scenes' }, layer: null, clusterFilter: null, sortBy: 'seq', refs: {}, frameOnPick: true,
  },
  programme: {
    file: 'programmes.json', collection: 'programmes', spatial: false, onDemand: true,
    detailKeys: ['summary', 'responsible', 'towns'],
    search: { rank: 9 }, areaField: null,
    list: { order: 13, label: 'programmes' }, layer: null, clusterFilter: null, sortBy: 'seq', refs: {}, frameOnPick: true,
  },
} as const satisfies { [K in keyof KindTypes]: KindSpec<KindTypes[K]['props']> };

export type KindId = keyof typeof KINDS;
/** Every kind, in the order of the table. */
export const KIND_IDS = Object.keys(KINDS) as KindId[];
/** Kinds drawn on the map. */
export type SpatialKind = { [K in KindId]: (typeof KINDS)[K]['spatial'] extends true ? K : never }[KindId];
export const isSpatial = (k: KindId): k is SpatialKind => KINDS[k].spatial;
export const SPATIAL_KINDS = KIND_IDS.filter(isSpatial);
/** Kinds whose content is fetched on demand, not in the first load. */
export const isOnDemand = (k: KindId): boolean => 'onDemand' in KINDS[k] && (KINDS[k] as { onDemand?: boolean }).onDemand === true;
export const ON_DEMAND_KINDS = KIND_IDS.filter(isOnDemand);
export type OnDemandKind = { [K in KindId]: (typeof KINDS)[K] extends { onDemand: true } ? K : never }[KindId];
/** The Dataset's list of each kind. */
export type CollectionOf<K extends KindId> = (typeof KINDS)[K]['collection'];
/** The data file of each kind. */
export type KindFile = (typeof KINDS)[KindId]['file'];
export const KIND_FILES = KIND_IDS.map((k) => KINDS[k].file) as KindFile[];

/** Map layer toggles, in the order of the table. */
export const LAYER_NAMES: readonly LayerName[] = KIND_IDS.flatMap((k) => (KINDS[k].layer ? [KINDS[k].layer] : []));

/** Fields only a card shows, by kind. */
export const DETAIL_KEYS = Object.fromEntries(KIND_IDS.map((k) => [k, KINDS[k].detailKeys])) as { [K in KindId]: (typeof KINDS)[K]['detailKeys'] };
export type DetailKey<K extends KindId> = (typeof KINDS)[K]['detailKeys'][number];

/** A kind's search entry, widened for code that reads any kind's. */
export interface SearchSpec { rank: number; seq?: string; secondary?: readonly string[] }
export const searchOf = (k: KindId): SearchSpec => KINDS[k].search;

/**
 * The id lists of a `mentions` object (types.ts `Mentions`) and the kind each id must be. The context
 * kinds are named for the context layers' data; until a kind of that name exists, an id there is reported.
 */
export const MENTION_KINDS = {
  areas: 'area', places: 'place', projects: 'project', clusters: 'cluster', contextPlaces: 'context-place', contextAreas: 'context-area',
} as const;
export type MentionKey = keyof typeof MENTION_KINDS;
export const MENTION_KEYS = Object.keys(MENTION_KINDS) as MentionKey[];
