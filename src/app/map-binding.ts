/**
 * The store → map edge: keeps the drawn map in step with the state (language, filters, layers,
 * selection, hover, basemap) and plays the camera moves the intents ask for. The map's own moves
 * come back only as `intents.moved`, never as a request, so it never reacts to itself.
 */
import { createEffect, on, type Accessor } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import { namedIds } from '../domain/derive';
import { LAYER_NAMES, isSpatial } from '../domain/kinds';
import type { MapController } from '../map/controller';
import { SCHEMATIC_LIGHT, type BasemapSpec } from '../map/basemaps/spec';
import type { AppStore } from '../state/store';
import type { Intents } from '../state/intents';
import { t } from '../i18n/strings';
import type { Host } from './host';

const markable = (ds: Dataset, id: string | null) => {
  const item = id ? ds.byId.get(id) : undefined;
  return item && isSpatial(item.kind) ? { kind: item.kind, id: item.id } : null;
};

export function bindMap(opts: {
  map: Accessor<MapController | null>; store: AppStore; intents: Intents; dataset: Dataset; host: Host;
  basemap: Accessor<BasemapSpec>; initialBasemap: BasemapSpec;
}): void {
  const { map, dataset: ds, host, intents } = opts;
  const [state, actions] = opts.store;
  createEffect(on([map, () => state.lang], ([m, lang]) => m?.setLanguage(lang)));
  createEffect(on([map, () => state.clusters], ([m, c]) => m?.setClusterFilter(c ?? null)));
  createEffect(() => {
    const m = map();
    if (m) for (const l of LAYER_NAMES) m.setLayerVisible(l, state.layers[l]);
  });
  createEffect(() => map()?.setSelected(markable(ds, state.selectedId)));
  createEffect(() => map()?.setHovered(markable(ds, state.hoveredId)));
  // A selected path or action of the plan: everything it names on the map is marked.
  createEffect(() => {
    const item = state.selectedId ? ds.byId.get(state.selectedId) : undefined;
    const hits = item ? namedIds(ds, item).flatMap((id) => markable(ds, id) ?? []) : [];
    map()?.setNamed(hits);
  });
  // The map opens on the mode's initial basemap; any other is applied once it is ready, and for
  // 天地图 its annotation language follows the app's. <html data-basemap="id"> (or the component's
  // attribute) says which basemap is drawn.
  createEffect(on([map, opts.basemap, () => (opts.basemap().kind === 'tianditu' ? state.lang : null)], ([m, spec], prev) => {
    if (!m) return;
    if (!prev?.[0] && spec.id === opts.initialBasemap.id) { host.signal('basemap', spec.id); return; }
    host.signal('basemap', null);
    void m.setBasemap(spec, (reason) => {
      console.warn(`basemap ${spec.id} failed: ${reason}; switching to the built-in schematic basemap`);
      actions.setBasemap(SCHEMATIC_LIGHT.id, t(state.lang, 'basemapFailed'));
    }).then(() => host.signal('basemap', spec.id));
  }));
  // Camera moves asked for by an intent (a request made before the map was ready waits for it).
  createEffect(on([map, intents.cameraRequest], ([m, r]) => {
    if (!m || !r) return;
    const q = r.request;
    if (q.kind === 'frame') m.frame(q.box, q.animate === undefined ? {} : { animate: q.animate });
    else if (q.kind === 'overview') m.overview(q.animate);
    else m.moveTo(q.camera, q.animate ?? false);
  }));
}
