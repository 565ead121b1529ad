/**
 * The ground under the zone, as the built-in schematic basemap draws it (src/map/basemaps/base-layers.ts):
 * Songjiang's outline, landmarks, expressways and roads over their casings, metro Line 9 and its
 * stations; towns are label points only.
 */
import type { Position } from 'geojson';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import type { Palette } from '../map/palette';
import type { Frame } from './projection';
import { esc, num, placeLabel, textWidth, type Collider } from './text';

type Ground = Dataset['ground']['features'][number];
const ofKind = (ds: Dataset, ...k: string[]) => ds.ground.features.filter((f) => k.includes(f.properties.kind));
const coords = <T>(f: Ground) => (f.geometry as unknown as { coordinates: T }).coordinates;
/** Tags a shape with the ground feature it draws. */
const tag = (id: string, shape: string, attr = 'data-item') => shape.replace(/^<(\w+)/, `<$1 ${attr}="${esc(id)}" data-kind="ground"`);

/** Ground labels in the map's order (stations, lines, then towns and landmarks), where they fit. */
export function groundLabels(ds: Dataset, lang: Lang, p: Palette, f: Frame, col: Collider): string[] {
  const out: (string | null)[] = [], z = f.zoom;
  const common = { fill: p.groundText, halo: p.background, maxEm: 10 };
  if (z >= 11.5) {
    for (const s of ofKind(ds, 'station')) out.push(placeLabel(col, { ...common, id: s.properties.id, name: s.properties.name[lang], ...xy(f, s), size: 10, below: 0.9 }));
    // One label per line, on its longest stretch between waypoints that is on screen and holds the name.
    for (const l of ofKind(ds, 'expressway', 'metro')) {
      const pts = coords<Position[]>(l).map(f.pt), name = l.properties.name[lang], need = textWidth(name, 10) + 12;
      let best: [number, number, number, number] | null = null, bestLen = 0;
      for (let i = 1; i < pts.length; i++) {
        const [ax, ay] = pts[i - 1]!, [bx, by] = pts[i]!, len = Math.hypot(bx - ax, by - ay), mx = (ax + bx) / 2, my = (ay + by) / 2;
        if (len >= need && len > bestLen && mx > 0 && my > 0 && mx < f.width && my < f.height) { best = [mx, my, bx - ax, by - ay]; bestLen = len; }
      }
      if (!best) continue;
      let angle = (Math.atan2(best[3], best[2]) * 180) / Math.PI;
      if (angle > 90) angle -= 180; else if (angle < -90) angle += 180;
      out.push(placeLabel(col, { ...common, id: l.properties.id, name, x: best[0], y: best[1], size: 10, maxEm: 0, below: null, rotate: angle }));
    }
  }
  for (const t of ofKind(ds, 'town', 'landmark')) {
    const town = t.properties.kind === 'town';
    if (town || z >= 11) {
      out.push(placeLabel(col, { ...common, id: t.properties.id, name: t.properties.name[lang], ...xy(f, t), size: town ? 12 : 10, below: town ? null : 0.8, ...(town ? { spacing: 0.1 } : {}) }));
    }
  }
  return out.filter((s): s is string => s !== null);
}

const xy = (f: Frame, g: Ground) => { const [x, y] = f.pt(coords<Position>(g)); return { x, y }; };

/** Ground shapes, bottom to top as the map's layers. */
export function groundShapes(ds: Dataset, p: Palette, f: Frame): string[] {
  const out: string[] = [];
  for (const d of ofKind(ds, 'district')) {
    const g = d.geometry as { type: string; coordinates: unknown };
    const rings = g.type === 'Polygon' ? (g.coordinates as Position[][]) : (g.coordinates as Position[][][]).flat();
    out.push(tag(d.properties.id, `<path d="${f.path(rings, true)[0]}" fill="${p.land}" fill-rule="evenodd" stroke="${p.districtEdge}" stroke-width="1.5" stroke-dasharray="6 4.5"/>`));
  }
  const dots = (kind: string, r: number, style: string) => {
    for (const g of ofKind(ds, kind)) {
      const { x, y } = xy(f, g);
      if (f.onScreen([x, y, x, y])) out.push(tag(g.properties.id, `<circle cx="${num(x)}" cy="${num(y)}" r="${r}" ${style}/>`));
    }
  };
  const lines = (kinds: string[], attr: string, style: (kind: string) => string) => {
    for (const l of ofKind(ds, ...kinds)) {
      const [d, box] = f.path([coords<Position[]>(l)], false);
      if (f.onScreen(box)) out.push(tag(l.properties.id, `<path d="${d}" ${style(l.properties.kind)}/>`, attr));
    }
  };
  const road = (color: string, expressway: number, other: number) => (kind: string) =>
    `stroke="${color}" stroke-width="${kind === 'expressway' ? expressway : other}"`;
  dots('landmark', 3, `fill="${p.groundText}"`);
  // Casings first, under every road, so crossings read as on the map.
  lines(['expressway', 'road'], 'data-casing', road(p.roadCasing, 5, 3.5));
  lines(['expressway', 'road'], 'data-item', road(p.road, 3, 2));
  lines(['metro'], 'data-item', () => `stroke="${p.metro}" stroke-width="3"`);
  dots('station', 3.5, `fill="${p.background}" stroke="${p.metro}" stroke-width="2"`);
  return out;
}
