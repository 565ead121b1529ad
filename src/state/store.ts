/**
 * App state: ids and UI choices only. Content lives in the frozen Dataset; anything derived from
 * both is a memo where it is used.
 */
import { createStore } from 'solid-js/store';
import type { Lang } from '../domain/types';

export interface AppState {
  lang: Lang;
  /** Id of the item whose card is open, or null. */
  selectedId: string | null;
  hoveredId: string | null;
  mapStatus: 'loading' | 'ready' | 'unavailable';
}

export function createAppStore(initial: Partial<AppState> = {}) {
  const [state, set] = createStore<AppState>({ lang: 'zh', selectedId: null, hoveredId: null, mapStatus: 'loading', ...initial });
  const actions = {
    setLang: (lang: Lang) => set('lang', lang),
    select: (id: string | null) => set('selectedId', id),
    hover: (id: string | null) => set('hoveredId', id),
    setMapStatus: (s: AppState['mapStatus']) => set('mapStatus', s),
  };
  return [state, actions] as const;
}
export type AppStore = ReturnType<typeof createAppStore>;
