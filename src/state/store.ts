/**
 * App state: ids and UI choices only. Content lives in the frozen Dataset; anything derived from
 * both is a memo where it is used. Only the intents (intents.ts) and the map's reports change it.
 */
import { createStore } from 'solid-js/store';
import { DEFAULT_VIEW, type Camera, type LayerName, type Panel, type Source, type View } from './view';
import type { Lang } from '../domain/types';

export interface AppState {
  lang: Lang;
  /** Id of the item whose card is open, or null. */
  selectedId: string | null;
  /** Who opened the card on screen. */
  selectedFrom: Source;
  /** Id of the item under the pointer (on the map or in a list), or null. */
  hoveredId: string | null;
  /** Cluster ids shown; `null` = no filter. */
  clusters: string[] | null;
  layers: Record<LayerName, boolean>;
  panel: Panel | null;
  /** Id of the basemap on screen. */
  basemap: string;
  /** One line telling the user the online basemap failed and the built-in one replaced it. */
  basemapNotice: string | null;
  /** Where the map is (WGS84), as it last reported after a move; `null` until it has. */
  camera: Camera | null;
  mapStatus: 'loading' | 'ready' | 'unavailable';
}

export function createAppStore(view: View = DEFAULT_VIEW, defaultBasemap = 'schematic') {
  const [state, set] = createStore<AppState>({
    lang: view.lang, selectedId: view.sel, selectedFrom: 'link', hoveredId: null, clusters: view.clusters,
    layers: { ...view.layers }, panel: view.panel, basemap: view.basemap ?? defaultBasemap, basemapNotice: null,
    camera: view.cam, mapStatus: 'loading',
  });
  const actions = {
    setLang: (lang: Lang) => set('lang', lang),
    select: (id: string | null, from: Source) => set({ selectedId: id, selectedFrom: from }),
    hover: (id: string | null) => set('hoveredId', id),
    setMapStatus: (s: AppState['mapStatus']) => set('mapStatus', s),
    setPanel: (p: Panel | null) => set('panel', p),
    setLayers: (layers: Partial<Record<LayerName, boolean>>) => set('layers', (l) => ({ ...l, ...layers })),
    setClusters: (clusters: string[] | null) => set('clusters', clusters),
    setBasemap: (id: string, notice: string | null = null) => set({ basemap: id, basemapNotice: notice }),
    setCamera: (camera: Camera) => set('camera', camera),
  };
  return [state, actions] as const;
}
/**
 * The view the state shows (what a link holds; `basemap` null when it is the deployment's default).
 * Every field is read, so a memo of it follows the camera too: the store merges a new camera into
 * the same object.
 */
export function viewOf(state: AppState, defaultBasemap: string): View {
  return {
    sel: state.selectedId, lang: state.lang, clusters: state.clusters ? [...state.clusters] : null,
    layers: { ...state.layers }, cam: state.camera ? { ...state.camera } : null, panel: state.panel,
    basemap: state.basemap === defaultBasemap ? null : state.basemap,
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
export type AppActions = AppStore[1];
