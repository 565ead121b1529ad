/**
 * The WGS84 ↔ GCJ-02 shift the map uses for 高德 Amap basemaps (gcoord), checked against a
 * published pair, an independent implementation of the same transform, and its own inverse.
 */
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { shiftFor, IDENTITY, shiftGeometry } from '../../src/map/shift';
import { wgs84ToGcj02 } from '../../scripts/boundaries/gcj02';

/** Metres between two lon/lat points (equirectangular; fine over a few km). */
const metres = (a: readonly number[], b: readonly number[]) =>
  Math.hypot((a[0]! - b[0]!) * 111_320 * Math.cos((a[1]! * Math.PI) / 180), (a[1]! - b[1]!) * 110_574);

// Known places in Songjiang (reference points), WGS84.
const SONGJIANG = [[121.219118, 31.032581], [121.311525, 31.094623], [121.22647, 30.986969], [121.1921, 31.096486], [121.063342, 30.934292]];

describe('the GCJ-02 shift', async () => {
  const gcj = await shiftFor('gcj02');

  it('reproduces the published gcoord example (WGS84 → BD-09, which goes through GCJ-02)', () => {
    const [x, y] = gcoord.transform([116.403988, 39.914266], gcoord.WGS84, gcoord.BD09);
    expect(x).toBeCloseTo(116.41661560068297, 9);
    expect(y).toBeCloseTo(39.92196580126834, 9);
  });

  it('agrees with an independent implementation of the transform to within 1 cm', () => {
    for (const p of SONGJIANG) expect(metres(gcj.toMap(p), wgs84ToGcj02(p))).toBeLessThan(0.01);
  });

  it('moves Songjiang by 250–550 m, as the reference says', () => {
    for (const p of SONGJIANG) {
      const d = metres(p, gcj.toMap(p));
      expect(d).toBeGreaterThan(250);
      expect(d).toBeLessThan(550);
    }
  });

  it('shifts back to within 1 m, so shared positions stay WGS84', () => {
    for (const p of SONGJIANG) expect(metres(p, gcj.fromMap(gcj.toMap(p)))).toBeLessThan(1);
  });

  it('leaves WGS84 basemaps alone and shifts every vertex of a polygon otherwise', () => {
    const poly = { type: 'Polygon' as const, coordinates: [[[121.3, 31.08], [121.32, 31.08], [121.32, 31.1], [121.3, 31.08]]] };
    expect(shiftGeometry(poly, IDENTITY)).toBe(poly);
    const moved = shiftGeometry(poly, gcj);
    moved.coordinates[0]!.forEach((p, i) => expect(metres(p, gcj.toMap(poly.coordinates[0]![i]!))).toBe(0));
  });
});
