/** Where to put an area's label: a point guaranteed inside the polygon, away from its edges. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Returns [lon, lat] inside the largest part of the polygon. Scans a grid over the part's bounding
 * box and keeps the inside point farthest from every vertex and edge sample — enough for the small,
 * simple outlines of this map without pulling in a polylabel dependency.
 */
export function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const parts: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const ring0 = (p: Position[][]) => p[0] ?? [];
  const span = (p: Position[][]) => {
    const xs = ring0(p).map((c) => c[0]!), ys = ring0(p).map((c) => c[1]!);
    return { w: Math.min(...xs), e: Math.max(...xs), s: Math.min(...ys), n: Math.max(...ys) };
  };
  const part = parts.reduce((a, b) => {
    const sa = span(a), sb = span(b);
    return (sb.e - sb.w) * (sb.n - sb.s) > (sa.e - sa.w) * (sa.n - sa.s) ? b : a;
  });
  const { w, e, s, n } = span(part);
  const poly: Polygon = { type: 'Polygon', coordinates: part };
  const edge: Position[] = [];
  for (const ring of part) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i]!, [x1, y1] = ring[i + 1]!;
      for (let t = 0; t < 1; t += 0.1) edge.push([x0! + (x1! - x0!) * t, y0! + (y1! - y0!) * t]);
    }
  }
  let best: [number, number] = [(w + e) / 2, (s + n) / 2], bestD = -1;
  const steps = 24;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!booleanPointInPolygon(p, poly)) continue;
      const d = Math.min(...edge.map(([x, y]) => (x! - p[0]) ** 2 + (y! - p[1]) ** 2));
      if (d > bestD) { bestD = d; best = p; }
    }
  }
  return best;
}
