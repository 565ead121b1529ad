/**
 * Known extents of Songjiang's towns, used only to recognise boundary data in the wrong datum:
 * a GCJ-02 (Amap/Tencent) dataset puts every town ~430 m east and ~220 m south of its WGS84 extent.
 * Bounding boxes (west, south, east, north; WGS84 degrees) of the towns' administrative boundaries
 * as listed in the project's reference facts (towns.csv, from OpenStreetMap, © OpenStreetMap
 * contributors, ODbL); the same figures the area notes quote. Facts, not geometry: nothing here is
 * drawn or written.
 */
import bbox from '@turf/bbox';
import type { MultiPolygon, Polygon } from 'geojson';
import { wgs84ToGcj02 } from './gcj02.ts';

export const TOWN_EXTENTS: ReadonlyMap<string, { name: string; bbox: readonly [number, number, number, number] }> = new Map([
  ['310117102', { name: '泗泾镇', bbox: [121.2169, 31.0887, 121.3058, 31.1385] }],
  ['310117106', { name: '洞泾镇', bbox: [121.2111, 31.0615, 121.3048, 31.1122] }],
  ['310117105', { name: '新桥镇', bbox: [121.2715, 31.0399, 121.3682, 31.1041] }],
  ['310117103', { name: '佘山镇', bbox: [121.0932, 31.047, 121.2272, 31.1454] }],
  ['310117121', { name: '小昆山镇', bbox: [121.0765, 30.9903, 121.178, 31.0667] }],
  ['310117104', { name: '车墩镇', bbox: [121.2307, 30.958, 121.3391, 31.0482] }],
  ['310117117', { name: '新浜镇', bbox: [121.0204, 30.9012, 121.1135, 30.972] }],
  ['310117116', { name: '石湖荡镇', bbox: [121.0907, 30.9472, 121.2173, 31.0153] }],
  ['310117109', { name: '泖港镇', bbox: [121.0959, 30.8997, 121.2433, 30.9696] }],
  ['310117120', { name: '叶榭镇', bbox: [121.2341, 30.8969, 121.3611, 30.9832] }],
] as const);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface ExtentVerdict {
  towns: string[];
  /** Median distance (m) of the dataset's town edges from the known WGS84 edges. */
  fromWgs84: number;
  /** The same, from where GCJ-02 would put those edges. */
  fromGcj02: number;
  gcj02: boolean;
}

/**
 * Compares the extents of the dataset's units with the known town extents, under both hypotheses
 * (WGS84, GCJ-02). `null` when no unit is a known town. A GCJ-02 verdict needs the edges to sit
 * clearly nearer the GCJ-02 positions (≤ 120 m, and under 40 % of the WGS84 distance).
 */
export function compareExtents(units: Iterable<{ code: string; geometry: Polygon | MultiPolygon }>): ExtentVerdict | null {
  const wgs: number[] = [], gcj: number[] = [], towns: string[] = [];
  for (const u of units) {
    const known = TOWN_EXTENTS.get(u.code);
    if (!known) continue;
    towns.push(known.name);
    const [W, S, E, N] = known.bbox;
    const [w, s, e, n] = bbox(u.geometry);
    const midLat = (S + N) / 2, midLon = (W + E) / 2;
    const mLon = 111320 * Math.cos((midLat * Math.PI) / 180), mLat = 110574;
    const g = { w: wgs84ToGcj02([W, midLat])[0], e: wgs84ToGcj02([E, midLat])[0], s: wgs84ToGcj02([midLon, S])[1], n: wgs84ToGcj02([midLon, N])[1] };
    wgs.push(Math.abs(w - W) * mLon, Math.abs(e - E) * mLon, Math.abs(s - S) * mLat, Math.abs(n - N) * mLat);
    gcj.push(Math.abs(w - g.w) * mLon, Math.abs(e - g.e) * mLon, Math.abs(s - g.s) * mLat, Math.abs(n - g.n) * mLat);
  }
  if (towns.length === 0) return null;
  const fromWgs84 = median(wgs), fromGcj02 = median(gcj);
  return { towns, fromWgs84, fromGcj02, gcj02: fromGcj02 <= 120 && fromGcj02 < 0.4 * fromWgs84 };
}
