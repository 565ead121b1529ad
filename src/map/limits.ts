/** The map's limits and where it opens: shared by MapLibre, the still picture and the URL parser. */
import { REGION_BBOX } from '../domain/types';
import type { Camera } from '../state/view';

/** Panning is limited to Songjiang and its surroundings (degrees: west, south, east, north). */
export const MAX_BOUNDS = REGION_BBOX;
/** Zoom range of the map; the URL parser checks shared cameras against the same values. */
export const ZOOM_RANGE = [8.5, 17] as const;
/** Zoom a single point is framed at (a place or a project), as the controller's `frame`. */
export const POINT_ZOOM = 13.5;
/** Highest zoom a framed box is shown at. */
export const FRAME_MAX_ZOOM = 14;

/** Where the map opens: a camera (a shared link), or a box framed with the layout's padding. */
export type MapStart = { camera: Camera } | { box: readonly [number, number, number, number]; maxZoom: number };

/** The opening of a box: framed, or for a single point centred at {@link POINT_ZOOM}. */
export function startAt(box: readonly [number, number, number, number], maxZoom = FRAME_MAX_ZOOM): MapStart {
  const [w, s, e, n] = box;
  return w === e && s === n ? { camera: { lon: w, lat: s, zoom: POINT_ZOOM } } : { box, maxZoom };
}
