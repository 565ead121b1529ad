/**
 * App state: ids and UI choices only. Content lives in the frozen Dataset; anything derived from
 * both is a memo where it is used.
 */
import { createStore } from 'solid-js/store';
import { DEFAULT_VIEW, type LayerName, type Panel, type View } from '../state/view';
import type { Lang } from '../domain/types';

export interface AppState {
  lang: Lang;
  /** Id of the item whose card is open, or null. */
  selectedId: string | null;
  /** Cluster ids shown; `null` = no filter. */
  clusters: string[] | null;
  layers: Record<LayerName, boolean>;
  panel: Panel | null;
  /** Id of the basemap on screen. */
  basemap: string;
  /** One line telling the user the online basemap failed and the built-in one replaced it. */
  basemapNotice: string | null;
  mapStatus: 'loading' | 'ready' | 'unavailable';
}

export function createAppStore(view: View = DEFAULT_VIEW, defaultBasemap = 'schematic') {
  const [state, set] = createStore<AppState>({
    lang: view.lang, selectedId: view.sel, clusters: view.clusters,
    layers: { ...view.layers }, panel: view.panel, basemap: view.basemap ?? defaultBasemap, basemapNotice: null, mapStatus: 'loading',
  });
  const actions = {
    setLang: (lang: Lang) => set('lang', lang),
    select: (id: string | null) => set('selectedId', id),
    setMapStatus: (s: AppState['mapStatus']) => set('mapStatus', s),
    setPanel: (p: Panel | null) => set('panel', p),
    setLayer: (l: LayerName, on: boolean) => set('layers', l, on),
    setBasemap: (id: string, notice: string | null = null) => set({ basemap: id, basemapNotice: notice }),
    /** Toggles one cluster in the filter; the filter disappears when every cluster is on again. */
    toggleCluster(id: string, all: readonly string[]) {
      const cur = state.clusters ?? [...all];
      const next = cur.includes(id) ? cur.filter((c) => c !== id) : [...cur, id];
      set('clusters', next.length === all.length ? null : all.filter((c) => next.includes(c)));
    },
    /** Shows only one cluster, or all again when it is already the only one. */
    soloCluster(id: string) {
      set('clusters', state.clusters?.length === 1 && state.clusters[0] === id ? null : [id]);
    },
    clearClusters: () => set('clusters', null),
    /** Applies a view from the URL (back/forward). */
    applyView(v: View) {
      set({ lang: v.lang, selectedId: v.sel, clusters: v.clusters, layers: { ...v.layers }, panel: v.panel, ...(v.basemap ? { basemap: v.basemap } : {}) });
    },
  };
  return [state, actions] as const;
}
export type AppStore = ReturnType<typeof createAppStore>;
export type AppActions = AppStore[1];
