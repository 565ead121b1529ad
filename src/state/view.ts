/**
 * The view: what is selected, which filters and layers, language, camera, open panel and basemap.
 * The store holds it; the URL, a host page and a tour read and change it through intents.
 */
import type { Lang } from '../domain/types';

export type LayerName = 'areas' | 'places' | 'projects';
export const LAYER_NAMES: readonly LayerName[] = ['areas', 'places', 'projects'];
export type Panel = 'list' | 'indicators';

/** Camera: centre in degrees (WGS84) and zoom level. */
export interface Camera { lon: number; lat: number; zoom: number }

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
  sel: null, lang: 'zh', clusters: null, layers: { areas: true, places: true, projects: true }, cam: null, panel: null, basemap: null,
};
