/** Geometry sense with turf: rings, self-intersection, extent, containment. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanWithin from '@turf/boolean-within';
import kinks from '@turf/kinks';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Problem } from '../problem.ts';
import { REGION_BBOX, SONGJIANG_BBOX } from '../types.ts';
import { RecordCheck, isObj, type Obj } from './fields.ts';
import type { Checked } from './schema.ts';
import type { Records } from './references.ts';
import { KINDS, SPATIAL_KINDS } from '../kinds.ts';

type Area = Feature<Polygon | MultiPolygon>;

function positions(g: Obj): Position[] {
  const flat: Position[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') flat.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(g.coordinates);
  return flat;
}

function polygonsOf(g: Polygon | MultiPolygon): Polygon[] {
  return g.type === 'Polygon' ? [g] : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** Extent, closed rings and self-intersections of one feature. */
function checkShape(c: RecordCheck, f: Obj, bbox: readonly [number, number, number, number]): void {
  const g = f.geometry as Obj;
  const [w, s, e, n] = bbox;
  const outside = positions(g).find(([x, y]) => !(x! >= w && x! <= e && y! >= s && y! <= n));
  if (outside) c.fail('geometry.coordinates', `[${outside.join(', ')}] lies outside ${bbox === SONGJIANG_BBOX ? 'Songjiang' : 'the map region'} (${bbox.join(', ')}); coordinates must be WGS84 [lon, lat]`);
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return;
  for (const poly of polygonsOf(g as unknown as Polygon | MultiPolygon)) {
    for (const ring of poly.coordinates) {
      const a = ring[0], b = ring[ring.length - 1];
      if (ring.length < 4 || !a || !b || a[0] !== b[0] || a[1] !== b[1]) { c.fail('geometry.coordinates', 'every ring must be closed with at least 4 positions'); return; }
    }
    const k = kinks(poly);
    if (k.features.length > 0) {
      const p = k.features[0]!.geometry.coordinates;
      c.fail('geometry.coordinates', `ring intersects itself near [${p.map((v) => v.toFixed(5)).join(', ')}]`);
    }
  }
}

function inside(point: Position, area: Area): boolean {
  return booleanPointInPolygon(point, area);
}

export function checkGeometry(out: Problem[], recs: Records): void {
  const broken = new Set<string>();
  for (const r of SPATIAL_KINDS.flatMap((k) => recs[KINDS[k].collection])) {
    if (!r.ok) { broken.add(r.id); continue; }
    // An item listed without a position (a kind whose schema allows `null` geometry).
    if (r.value.geometry === null) continue;
    const before = out.length;
    checkShape(new RecordCheck(out, r.file, r.id), r.value, SONGJIANG_BBOX);
    if (out.length > before) broken.add(r.id);
  }
  for (const r of recs.ground.filter((x) => x.ok)) checkShape(new RecordCheck(out, r.file, r.id), r.value, REGION_BBOX);
  const areas = new Map(recs.areas.filter((r) => !broken.has(r.id)).map((r) => [r.id, r.value as unknown as Area]));

  for (const r of recs.areas) {
    const parentId = (r.value.properties as Obj).parent;
    const parent = typeof parentId === 'string' ? areas.get(parentId) : undefined;
    if (!parent || broken.has(r.id)) continue;
    const within = polygonsOf((r.value as unknown as Area).geometry).every((poly) => booleanWithin(poly, parent));
    if (!within) new RecordCheck(out, r.file, r.id).fail('geometry', `must lie inside its parent area "${String(parentId)}"`);
  }

  const claimed = (list: Checked[]) => {
    for (const r of list) {
      const p = r.value.properties as Obj;
      const area = typeof p.area === 'string' ? areas.get(p.area) : undefined;
      if (!area || broken.has(r.id) || !isObj(r.value.geometry)) continue;
      const g = r.value.geometry as Obj;
      const pts = g.type === 'Point' ? [g.coordinates as Position] : positions(g);
      if (!pts.every((pt) => inside(pt, area))) {
        new RecordCheck(out, r.file, r.id).fail('geometry', `does not lie inside the area it names ("${String(p.area)}")`);
      }
    }
  };
  claimed(recs.places);
  claimed(recs.projects);
}
