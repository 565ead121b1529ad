/**
 * Web Mercator as MapLibre does it: 512-px tiles, so the world is 512 · 2^zoom px wide, north up
 * (bearing 0, pitch 0). With the same width, height, centre and zoom a point lands on the same pixel
 * as on the MapLibre map; `fitCamera` is MapLibre's `fitBounds` camera (`cameraForBounds`).
 */
import type { Position } from 'geojson';
import { num, type Box } from './text';

/** A MapLibre camera: centre in degrees (WGS84), zoom in MapLibre's 512-px tile scale. */
export interface Camera { lon: number; lat: number; zoom: number }
/** West, south, east, north in degrees. */
export type Bounds = readonly [number, number, number, number];
export interface Padding { top: number; right: number; bottom: number; left: number }

/** MapLibre's tile size in px. */
export const TILE_SIZE = 512;
/** Latitude where Web Mercator ends (MapLibre clamps to it). */
const MAX_LAT = 85.051129;
/** Earth radius MapLibre measures distances with (LngLat.distanceTo), in metres. */
const EARTH_RADIUS = 6371008.8;

/** Mercator x, y in [0, 1] (x east from 180°W, y south from the top of the world). */
function merc(lon: number, lat: number): [number, number] {
  const φ = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(180 + lon) / 360, (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + φ / 2))) / 360];
}

function unmerc(x: number, y: number): [number, number] {
  return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90];
}

/** World pixel coordinates of a point at `zoom`: [0, 0] is the top-left of the world. */
export function project(lon: number, lat: number, zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const [x, y] = merc(lon, lat);
  return [x * size, y * size];
}

/** Inverse of `project`. */
export function unproject(x: number, y: number, zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  return unmerc(x / size, y / size);
}

/** Screen position (CSS px from the top-left of a width × height map) of [lon, lat] under `cam`. */
export function screenProjector(cam: Camera, width: number, height: number): (lon: number, lat: number) => [number, number] {
  const [cx, cy] = project(cam.lon, cam.lat, cam.zoom);
  return (lon, lat) => {
    const [x, y] = project(lon, lat, cam.zoom);
    return [x - cx + width / 2, y - cy + height / 2];
  };
}

/** What drawing needs of a camera on a width × height picture. */
export interface Frame {
  width: number;
  height: number;
  zoom: number;
  /** Screen position of [lon, lat]. */
  pt(c: Position): [number, number];
  /** SVG path data of rings (closed) or a line, rounded to 0.1 px, and its screen box. */
  path(rings: Position[][], close: boolean): [string, Box];
  /** Whether a screen box reaches into the picture (with a margin for strokes and halos). */
  onScreen(b: Box): boolean;
}

export function frame(cam: Camera, width: number, height: number): Frame {
  const at = screenProjector(cam, width, height), m = 20;
  const pt = (c: Position) => at(c[0]!, c[1]!);
  return {
    width, height, zoom: cam.zoom, pt,
    onScreen: ([x0, y0, x1, y1]) => x1 >= -m && y1 >= -m && x0 <= width + m && y0 <= height + m,
    path(rings, close) {
      const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
      const d = rings.map((ring) => {
        const out: string[] = [];
        for (const c of ring) {
          const [x, y] = pt(c), s = `${num(x)} ${num(y)}`;
          box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
          if (out[out.length - 1] !== s) out.push(s);
        }
        return `M${out.join(' ')}${close ? 'Z' : ''}`;
      }).join('');
      return [d, box];
    },
  };
}

/**
 * The camera MapLibre's `fitBounds(bounds, { padding, maxZoom })` moves to on a width × height map
 * (bearing 0, no map padding): the largest zoom at which the box fits inside the padded frame, and
 * the box's Mercator middle at the middle of that frame.
 */
export function fitCamera(bounds: Bounds, padding: Padding, width: number, height: number, maxZoom = 22): Camera {
  const [w, s, e, n] = bounds;
  const [x0, y0] = merc(w, n), [x1, y1] = merc(e, s);
  const availW = width - padding.left - padding.right, availH = height - padding.top - padding.bottom;
  if (availW < 0 || availH < 0) throw new Error('fitCamera: the padding leaves no room for the bounds');
  const zoom = Math.min(Math.log2(Math.min(availW / ((x1 - x0) * TILE_SIZE), availH / ((y1 - y0) * TILE_SIZE))), maxZoom);
  const size = TILE_SIZE * 2 ** zoom;
  const [lon, lat] = unmerc(
    (x0 + x1) / 2 - (padding.left - padding.right) / 2 / size,
    (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / size,
  );
  return { lon, lat, zoom };
}

/** Metres per CSS px at latitude `lat` and `zoom`, as MapLibre's scale control measures them. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** The limits a MapLibre map keeps every camera within (its `maxBounds`, `minZoom`, `maxZoom` options). */
export interface CameraLimits { maxBounds?: Bounds; minZoom?: number; maxZoom?: number }

/**
 * `cam` as a width × height MapLibre map with these limits shows it (its Mercator constrain): the zoom
 * clamped; then, if the view is wider or taller than `maxBounds`, zoomed in until it is not and
 * centred on them along that axis; otherwise panned until no edge of the view passes theirs.
 */
export function constrainCamera(cam: Camera, width: number, height: number, limits: CameraLimits): Camera {
  const zoom = Math.min(Math.max(cam.zoom, limits.minZoom ?? 0), limits.maxZoom ?? 22);
  if (!limits.maxBounds) return { ...cam, zoom };
  const size = TILE_SIZE * 2 ** zoom, [w, s, e, n] = limits.maxBounds;
  const [x0, y0] = merc(w, n).map((v) => v * size) as [number, number], [x1, y1] = merc(e, s).map((v) => v * size) as [number, number];
  let [x, y] = merc(cam.lon, cam.lat).map((v) => v * size) as [number, number];
  const sx = x1 - x0 < width ? width / (x1 - x0) : 0, sy = y1 - y0 < height ? height / (y1 - y0) : 0;
  if (sx || sy) {
    const [lon, lat] = unmerc((sx ? (x0 + x1) / 2 : x) / size, (sy ? (y0 + y1) / 2 : y) / size);
    return { lon, lat, zoom: zoom + Math.log2(Math.max(sx, sy)) };
  }
  if (y - height / 2 < y0) y = y0 + height / 2;
  if (y + height / 2 > y1) y = y1 - height / 2;
  if (x - width / 2 < x0) x = x0 + width / 2;
  if (x + width / 2 > x1) x = x1 - width / 2;
  const [lon, lat] = unmerc(x / size, y / size);
  return { lon, lat, zoom };
}
