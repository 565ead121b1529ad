/**
 * What the host page is told: every selection with who made it, and every change of the view once
 * it has settled — a change that moves the map is told when the move ends, with the camera there.
 */
import { createEffect, on, onCleanup, type Accessor } from 'solid-js';
import { publicView } from '../embed/public-view';
import type { Intents } from '../state/intents';
import type { AppState } from '../state/store';
import type { View } from '../state/view';
import type { Host } from './host';

/** Wires the events; returns the view as the host sees it now (for `ready`). */
export function tellHost(o: { host: Host; intents: Intents; state: AppState; view: Accessor<View> }): () => ReturnType<typeof publicView> {
  const { host, intents, state } = o;
  const hostView = () => publicView(o.view(), state.basemap);
  let movePending = false, changed = false;
  const tellView = () => { changed = false; host.emit('viewchange', hostView()); };
  createEffect(on(intents.cameraRequest, (r) => { if (r && state.mapStatus === 'ready') movePending = true; }, { defer: true }));
  onCleanup(intents.listen((e) => {
    if (e.type === 'select') host.emit('select', { id: e.id, from: e.from });
    else { movePending = false; if (changed) tellView(); }
  }));
  createEffect(() => {
    o.view();
    if (state.mapStatus === 'loading') return;
    changed = true;
    queueMicrotask(() => { if (changed && !movePending) tellView(); });
  });
  return hostView;
}
