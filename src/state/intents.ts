/**
 * Intents: the one way to change what is shown. The visitor's clicks, a link (the URL, Back and
 * Forward), a host page's commands and a tour all call these, each saying who asked (`from`), so
 * the map never reacts to its own movement, a host page is told what the visitor did, and a tour
 * can tell a touch from its own steps.
 *
 * The camera is state like the rest: the map reports where it is (`moved`), and moves only when an
 * intent asks it to (`cameraRequest`), never because the camera in the store changed.
 */
import { batch, createSignal, type Accessor } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import { itemBounds } from '../domain/derive';
import type { AppStore } from './store';
import type { Camera, Source, View } from './view';

/** A box in degrees (WGS84): west, south, east, north. */
export type Box = readonly [number, number, number, number];

/**
 * A move the map should make. `animate` undefined: the map's default (animated unless reduced motion).
 * `duration` (ms): a flight of that length instead of the map's usual short move (a tour's chapters).
 */
export type CameraRequest =
  | { kind: 'frame'; box: Box; animate?: boolean; duration?: number }
  | { kind: 'camera'; camera: Camera; animate?: boolean; duration?: number }
  | { kind: 'overview'; animate?: boolean; duration?: number };

/** How a move is made: animated or not (undefined: the map's default), and how long a flight takes (ms). */
export interface MoveOptions { animate?: boolean; duration?: number }

/** What the intents tell their listeners (a host page, a tour): selections, and the map's moves. */
export type IntentEvent = { type: 'select'; id: string | null; from: Source } | { type: 'moved'; camera: Camera };

export interface Intents {
  /** Opens an item's card; `frame` (default true) also moves the map to show it. Unknown ids do nothing. */
  open(id: string, from: Source, opts?: { frame?: boolean } & MoveOptions): void;
  close(from: Source): void;
  /** Marks an item as under the pointer (map feature-state, list rows); `null` clears. */
  hover(id: string | null, from: Source): void;
  /** Applies the parts of a view that are given; a camera in it moves the map. */
  goTo(view: Partial<View>, from: Source, opts?: MoveOptions): void;
  /** Back to the mode's starting view: its selection, filters, layers, language, panel and camera. */
  reset(from: Source): void;
  /** The map's own report of where it is after a move: recorded, never sent back to the map. */
  moved(camera: Camera): void;
  /** Frames the whole zone. */
  overview(from: Source, opts?: MoveOptions): void;
  /** Frames several items together (their joint bounds); unknown ids and items without a place are passed over. */
  frame(ids: readonly string[], from: Source, opts?: MoveOptions): void;
  /** The newest camera move asked of the map (a new object each time), with who asked. */
  cameraRequest: Accessor<{ request: CameraRequest; from: Source } | null>;
  /** Listens to what the intents do; returns the function that stops listening. */
  listen(cb: (e: IntentEvent) => void): () => void;
}

export function createIntents(store: AppStore, ds: Dataset, opts: { home: () => View; defaultBasemap: string }): Intents {
  const [state, actions] = store;
  const [cameraRequest, setCameraRequest] = createSignal<{ request: CameraRequest; from: Source } | null>(null, { equals: false });
  const listeners = new Set<(e: IntentEvent) => void>();
  const move = (request: CameraRequest, from: Source) => setCameraRequest({ request, from });
  const how = (o: MoveOptions) => ({ ...(o.animate === undefined ? {} : { animate: o.animate }), ...(o.duration === undefined ? {} : { duration: o.duration }) });
  const select = (id: string | null, from: Source) => {
    const changed = state.selectedId !== id;
    actions.select(id, from);
    if (changed) for (const l of listeners) l({ type: 'select', id, from });
  };

  const intents: Intents = {
    open(id, from, o = {}) {
      const item = ds.byId.get(id);
      if (!item) return;
      select(id, from);
      const box = o.frame === false ? null : itemBounds(ds, item);
      if (box) move({ kind: 'frame', box, ...how(o) }, from);
    },
    close: (from) => select(null, from),
    hover: (id) => actions.hover(id !== null && ds.byId.has(id) ? id : null),
    goTo(v, from, o = {}) {
      batch(() => {
        if (v.lang !== undefined) actions.setLang(v.lang);
        if (v.clusters !== undefined) actions.setClusters(v.clusters ? [...v.clusters] : null);
        if (v.layers !== undefined) actions.setLayers(v.layers);
        if (v.panel !== undefined) actions.setPanel(v.panel);
        if (v.basemap !== undefined) actions.setBasemap(v.basemap ?? opts.defaultBasemap);
        if (v.sel !== undefined && (v.sel === null || ds.byId.has(v.sel))) select(v.sel, from);
      });
      if (v.cam) move({ kind: 'camera', camera: v.cam, animate: o.animate, ...(o.duration === undefined ? {} : { duration: o.duration }) }, from);
    },
    reset(from) {
      const home = opts.home();
      intents.goTo({ ...home, basemap: home.basemap }, from, { animate: false });
      if (!home.cam) {
        const item = home.sel ? ds.byId.get(home.sel) : undefined;
        const box = item && itemBounds(ds, item);
        move(box ? { kind: 'frame', box, animate: false } : { kind: 'overview', animate: false }, from);
      }
    },
    moved(camera) {
      actions.setCamera(camera);
      for (const l of listeners) l({ type: 'moved', camera });
    },
    overview: (from, o = {}) => move({ kind: 'overview', ...how(o) }, from),
    frame(ids, from, o = {}) {
      const boxes = ids.flatMap((id) => { const item = ds.byId.get(id); const b = item && itemBounds(ds, item); return b ? [b] : []; });
      if (boxes.length === 0) return;
      const box: Box = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
      move({ kind: 'frame', box, ...how(o) }, from);
    },
    cameraRequest,
    listen(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return intents;
}
