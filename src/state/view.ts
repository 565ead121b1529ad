/**
 * The view: what is selected, which filters and layers, language, camera, open panel and basemap.
 * The store holds it; the URL, a host page and a tour read and change it through intents.
 */
import type { Lang } from '../domain/types';
import { LAYERS_OFF_BY_DEFAULT, LAYER_NAMES, type LayerName } from '../domain/kinds';

/** The layer toggles: each kind's `layer` in the kinds table. */
export { LAYERS_OFF_BY_DEFAULT, LAYER_NAMES, type LayerName };
export type Panel = 'list' | 'indicators' | 'plan';
export const PANELS: readonly Panel[] = ['list', 'indicators', 'plan'];

/** Camera: centre in degrees (WGS84) and zoom level; a tour's camera may also turn (bearing) and tilt (pitch). */
export interface Camera { lon: number; lat: number; zoom: number; bearing?: number; pitch?: number }

export interface View {
  sel: string | null;
  lang: Lang;
  /** Cluster ids to show; `null` = all clusters (no filter). */
  clusters: string[] | null;
  layers: Record<LayerName, boolean>;
  cam: Camera | null;
  panel: Panel | null;
  /** Basemap id; `null` = the deployment's default. */
  basemap: string | null;
}

export const DEFAULT_VIEW: View = {
  sel: null, lang: 'zh', clusters: null, layers: Object.fromEntries(LAYER_NAMES.map((l) => [l, !LAYERS_OFF_BY_DEFAULT.includes(l)])) as Record<LayerName, boolean>,
  cam: null, panel: null, basemap: null,
};

/** Who asked for a change of the view: the visitor, a link (URL, Back/Forward), a host page, a tour. */
export type Source = 'user' | 'link' | 'host' | 'tour';

/** The cluster filter after turning one cluster on or off; `null` (no filter) when all are on again. */
export function toggledClusters(cur: readonly string[] | null, id: string, all: readonly string[]): string[] | null {
  const on = cur ?? all;
  const next = on.includes(id) ? on.filter((c) => c !== id) : [...on, id];
  return next.length === all.length ? null : all.filter((c) => next.includes(c));
}

/** The cluster filter showing only `id`, or all again when it is already the only one. */
export function soloedClusters(cur: readonly string[] | null, id: string): string[] | null {
  return cur?.length === 1 && cur[0] === id ? null : [id];
}
