/**
 * A read-only window onto the rendered map, for end-to-end tests and for embedders checking what
 * is on screen (the page modes put it on `window.g60map`, the web component on its element). It
 * changes nothing.
 */
import type { Camera } from '../state/view';
import type { MapController, MapHit, MapItemKind } from './controller';

export interface MapIntrospection {
  /** Ids of the items of a kind drawn in the current viewport. */
  renderedIds(kind: MapItemKind): string[];
  /** CSS pixel position of an item's anchor (area label point, or the point itself), or null. */
  screenPoint(id: string): [number, number] | null;
  /** CSS pixel box (left, top, right, bottom) of an area's outline, or null. */
  screenBox(id: string): [number, number, number, number] | null;
  /** The item a click at page position (x, y) would pick, or null. */
  hitAt(x: number, y: number): MapHit | null;
  /** The feature-state of an item on the map (`selected`, `hover`, `named`). */
  featureState(kind: MapItemKind, id: string): Record<string, unknown>;
  /** Current camera: centre (WGS84 degrees) and zoom. */
  camera(): Camera;
  /** The map's own centre, in the datum of the basemap on screen (GCJ-02 for Amap). */
  rawCenter(): [number, number];
}

declare global {
  interface Window { g60map?: MapIntrospection }
}

export function introspection(c: MapController): MapIntrospection {
  return {
    renderedIds: (k) => c.renderedIds(k), screenPoint: (id) => c.screenPoint(id), screenBox: (id) => c.screenBox(id), hitAt: (x, y) => c.hitAt(x, y), featureState: (kind, id) => c.stateOf({ kind, id }), camera: () => c.getCamera(), rawCenter: () => c.rawCenter(),
  };
}
