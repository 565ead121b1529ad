/**
 * Figures computed from the area outlines with turf: size in km², a label point, the zone's bounds.
 * Run at build time (virtual:g60-figures) so the browser ships the numbers, not turf.
 */
import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from './label-point.ts';

export interface AreaFigures {
  /** km² of each area (geodesic). */
  km2: Record<string, number>;
  /** [lon, lat] inside each area for its label. */
  label: Record<string, [number, number]>;
  /** Bounds of all areas: [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
}

export function areaFigures(areas: FeatureCollection<Polygon | MultiPolygon, { id: string }>): AreaFigures {
  const km2: Record<string, number> = {}, label: Record<string, [number, number]> = {};
  for (const f of areas.features) {
    km2[f.properties.id] = Math.round((turfArea(f) / 1e6) * 1000) / 1000;
    const [x, y] = labelPoint(f.geometry);
    label[f.properties.id] = [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
  }
  const [w, s, e, n] = turfBbox(areas);
  return { km2, label, bounds: [w, s, e, n] };
}
