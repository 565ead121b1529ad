/**
 * Moving overlays between datums. Everything is stored in WGS84; a GCJ-02 basemap (高德 Amap)
 * needs the overlays shifted into GCJ-02 to line up, and anything read back from the map (camera,
 * clicks) shifted back before the app sees it.
 */
import type { Geometry, Position } from 'geojson';
import type { Datum } from './basemaps/spec';

export interface Shift {
  datum: Datum;
  /** WGS84 [lon, lat] → the map's datum. */
  toMap(p: readonly number[]): [number, number];
  /** The map's datum → WGS84. */
  fromMap(p: readonly number[]): [number, number];
}

export const IDENTITY: Shift = {
  datum: 'wgs84',
  toMap: (p) => [p[0]!, p[1]!],
  fromMap: (p) => [p[0]!, p[1]!],
};

/** The shift for a datum; GCJ-02 loads its transform (gcoord) only when first needed. */
export async function shiftFor(datum: Datum): Promise<Shift> {
  if (datum === 'wgs84') return IDENTITY;
  const { default: gcoord } = await import('gcoord');
  return {
    datum,
    toMap: (p) => gcoord.transform([p[0]!, p[1]!] as [number, number], gcoord.WGS84, gcoord.GCJ02) as [number, number],
    fromMap: (p) => gcoord.transform([p[0]!, p[1]!] as [number, number], gcoord.GCJ02, gcoord.WGS84) as [number, number],
  };
}

/** A copy of a geometry with every position shifted. */
export function shiftGeometry<G extends Geometry>(g: G, shift: Shift): G {
  if (shift === IDENTITY) return g;
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? shift.toMap(c as Position) : (c as unknown[]).map(walk));
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map((x) => shiftGeometry(x, shift)) };
  return { ...g, coordinates: walk(g.coordinates) } as G;
}
