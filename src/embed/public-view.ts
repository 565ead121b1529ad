/** The view as a host page sees it (events, command results): plain names, the basemap always given. */
import type { View as AppView } from '../state/view';
import type { View } from './protocol';

export function publicView(v: AppView, basemap: string): View {
  return {
    selected: v.sel, lang: v.lang, clusters: v.clusters ? [...v.clusters] : null,
    layers: { ...v.layers }, camera: v.cam ? { ...v.cam } : null, basemap,
  };
}
