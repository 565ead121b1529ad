/**
 * Rebuilds the outlines of the areas that are defined by administrative units (`admin` in
 * data/areas.geojson) from a boundary dataset:
 * - `relation: 'whole'` → the unit's boundary;
 * - `relation: 'part'`  → the drawn outline clipped to the unit's boundary;
 * - an extension zone whose sections no longer fit inside it grows to the union of itself and them.
 * Pure: takes and returns plain GeoJSON; the CLI does the reading and writing.
 */
import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanWithin from '@turf/boolean-within';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Accuracy, AreaProps, Text } from '../../src/domain/types.ts';
import { InputError, requireAttribution, type BoundaryDataset, type Unit } from './dataset.ts';
import { compareExtents } from './reference.ts';
import { wgs84ToGcj02 } from './gcj02.ts';

type Shape = Polygon | MultiPolygon;
export type AreaFC = FeatureCollection<Shape, AreaProps>;
type GroundFC = FeatureCollection<Point | Shape, { id: string; kind: string; name: Text }>;

/** The Songjiang district code and name: its outline replaces the basemap's drawn one. */
export const SONGJIANG_DISTRICT = { code: '310117', name: '松江区' };

export interface Change {
  id: string;
  name: string;
  /** What happened: took the unit whole, clipped to it, or grew to contain its sections. */
  how: 'whole' | 'part' | 'grown';
  /** False when a 'part' area already lay inside its unit, so only its accuracy and note change. */
  geometryChanged: boolean;
  unit?: { code: string; name: string };
  km2Before: number;
  km2After: number;
  accuracyBefore: Accuracy;
  accuracyAfter: Accuracy;
}

export interface RebuildResult {
  areas: AreaFC;
  changes: Change[];
  /** Things the user should know that do not stop the import. */
  notes: string[];
  /** Things that stop `--write` (the file would be wrong). */
  problems: string[];
}

export interface RebuildOptions {
  /** Accuracy for areas that take a unit's boundary whole (default `surveyed`). */
  accuracy?: 'surveyed' | 'approximate';
}

const km2 = (g: Shape) => turfArea(g) / 1e6;
const polygonsOf = (g: Shape): Polygon[] => (g.type === 'Polygon' ? [g] : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })));
/** The validator's own test: every polygon of the child within the parent. */
const inside = (child: Shape, parent: Shape) => polygonsOf(child).every((p) => booleanWithin(p, parent));

/** Drops repeated vertices and unwraps a one-polygon MultiPolygon; never moves a vertex (containment is exact). */
function tidy(g: Shape): Shape {
  const ring = (rg: Position[]) => rg.filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  if (g.coordinates.length === 1) return { type: 'Polygon', coordinates: g.coordinates[0]!.map(ring) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

const BOUNDARY_IMPORT = { zh: /边界导入：.*$/s, en: /\s*Boundary import: .*$/s };

export interface TownRef { id: string; zh: string; en: string; point: Position }

/** Town label points of data/ground.geojson, by Chinese name. */
export function townRefs(ground: unknown): Map<string, TownRef> {
  const out = new Map<string, TownRef>();
  for (const f of (ground as GroundFC | undefined)?.features ?? []) {
    const p = f.properties;
    if (p?.kind === 'town' && f.geometry?.type === 'Point') out.set(p.name.zh, { id: p.id, zh: p.name.zh, en: p.name.en, point: f.geometry.coordinates });
  }
  return out;
}

const nameMatches = (a: string | null, b: string) => a !== null && (a.includes(b) || b.includes(a));

/**
 * Refuses a dataset our areas cannot use: none of the codes they need, or a needed unit that misses
 * its town's label point (and, if the label point shifted by the GCJ-02 offset falls inside, says
 * the data are GCJ-02). Checks every unit whose town has a label point for the GCJ-02 offset.
 */
export function checkDataset(ds: BoundaryDataset, areas: AreaFC, towns: Map<string, TownRef>): void {
  const needed = new Map<string, string>();
  for (const f of areas.features) if (f.properties.admin) needed.set(f.properties.admin.nbsCode, f.properties.admin.name);
  const found = [...ds.units.keys()];
  if (![...needed.keys()].some((c) => ds.units.has(c))) {
    const list = found.length > 20 ? `${found.slice(0, 20).join(', ')}, … (${found.length} in all)` : found.join(', ');
    const district = findDistrict(ds) ? ` (it has the ${SONGJIANG_DISTRICT.name} district outline ${SONGJIANG_DISTRICT.code}, which the map cannot take yet)` : '';
    throw new InputError(`${ds.file} has no unit with a code our areas need: needed ${[...needed].map(([c, n]) => `${c} (${n})`).join(', ')}; found ${list || 'none'}${district}`);
  }
  for (const unit of ds.units.values()) {
    if (unit.code.length !== 9) continue; // towns and streets only
    const townName = needed.get(unit.code) ?? unit.name;
    const ref = townName ? towns.get(townName) ?? [...towns.values()].find((t) => nameMatches(townName, t.zh)) : undefined;
    if (!ref) continue;
    const inWgs = booleanPointInPolygon(ref.point, unit.geometry);
    if (inWgs) continue;
    const shifted = wgs84ToGcj02(ref.point);
    const where = `${unit.code} (${unit.name ?? ref.zh}) does not contain the label point of ${ref.zh} [${ref.point.join(', ')}] (data/ground.geojson ${ref.id})`;
    if (booleanPointInPolygon(shifted, unit.geometry)) {
      throw new InputError(`${ds.file}: looks like GCJ-02 (Amap/Tencent) coordinates; convert to WGS84 first (unit ${where}, but does contain it shifted by the GCJ-02 offset)`);
    }
    if (needed.has(unit.code)) throw new InputError(`${ds.file}: unit ${where}: wrong code, or coordinates in another datum?`);
  }
  const ext = compareExtents(ds.units.values());
  if (ext?.gcj02) {
    throw new InputError(`${ds.file}: looks like GCJ-02 (Amap/Tencent) coordinates; convert to WGS84 first (the extents of ${ext.towns.join('、')} lie a median ${Math.round(ext.fromWgs84)} m from their WGS84 positions but ${Math.round(ext.fromGcj02)} m from where GCJ-02 puts them)`);
  }
}

interface Credit { name: string; attribution: string }

function wholeNote(u: { code: string; zh: string; en: string }, c: Credit): Text {
  return {
    zh: `${u.zh}（统计用区划代码 ${u.code}）行政边界，取自“${c.name}”（${c.attribution}）。`,
    en: `Administrative boundary of ${u.en} (NBS code ${u.code}) from "${c.name}" (${c.attribution}).`,
  };
}

function partNote(u: { code: string; zh: string; en: string }, c: Credit): Text {
  return {
    zh: `手绘范围，限定在“${c.name}”（${c.attribution}）中${u.zh}（统计用区划代码 ${u.code}）的行政边界之内，越出镇界的部分已裁去；镇内边线为示意。`,
    en: `Drawn by hand and kept within the administrative boundary of ${u.en} (NBS code ${u.code}) from "${c.name}" (${c.attribution}), anything outside the town cut off; its edges inside the town remain schematic.`,
  };
}

function grownNote(old: Text, sections: AreaProps[], ds: Credit): Text {
  const zh = old.zh.replace(BOUNDARY_IMPORT.zh, '');
  const en = old.en.replace(BOUNDARY_IMPORT.en, '');
  return {
    zh: `${zh}边界导入：外包轮廓已扩展，以包含按“${ds.name}”重建的${sections.map((s) => s.name.zh).join('、')}。`,
    en: `${en} Boundary import: outline grown to contain ${sections.map((s) => s.name.en).join(', ')} as rebuilt from "${ds.name}".`,
  };
}

const sameGeometry = (a: Shape, b: Shape) => JSON.stringify(a) === JSON.stringify(b);

/** Rebuilds the outlines; the input collection is not modified. */
export function rebuildAreas(input: AreaFC, ds: BoundaryDataset, towns: Map<string, TownRef>, opts: RebuildOptions = {}): RebuildResult {
  const credit: Credit = { name: ds.name, attribution: requireAttribution(ds) };
  const areas = structuredClone(input);
  const before = new Map(input.features.map((f) => [f.properties.id, f]));
  const changes: Change[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  const changed = new Set<string>();

  const record = (f: Feature<Shape, AreaProps>, how: Change['how'], unit?: Unit) => {
    const old = before.get(f.properties.id)!;
    if (sameGeometry(old.geometry, f.geometry) && old.properties.accuracy === f.properties.accuracy && JSON.stringify(old.properties.accuracyNote) === JSON.stringify(f.properties.accuracyNote)) return;
    changed.add(f.properties.id);
    changes.push({
      id: f.properties.id, name: f.properties.name.zh, how, geometryChanged: !sameGeometry(old.geometry, f.geometry),
      ...(unit ? { unit: { code: unit.code, name: f.properties.admin?.name ?? unit.name ?? unit.code } } : {}),
      km2Before: km2(old.geometry), km2After: km2(f.geometry),
      accuracyBefore: old.properties.accuracy, accuracyAfter: f.properties.accuracy,
    });
  };

  for (const f of areas.features) {
    const admin = f.properties.admin;
    if (!admin) continue;
    const unit = ds.units.get(admin.nbsCode);
    if (!unit) { notes.push(`${f.properties.id} (${f.properties.name.zh}) keeps its drawn outline: ${admin.nbsCode} ${admin.name} is not in the dataset`); continue; }
    if (unit.name !== null && !nameMatches(unit.name, admin.name)) {
      notes.push(`${f.properties.id}: the dataset calls ${admin.nbsCode} "${unit.name}", our data "${admin.name}"; check the code`);
    }
    const town = towns.get(admin.name);
    const u = { code: admin.nbsCode, zh: admin.name, en: town?.en ?? unit.nameEn ?? admin.name };
    if (admin.relation === 'whole') {
      f.geometry = unit.geometry;
      f.properties.accuracy = opts.accuracy ?? 'surveyed';
      f.properties.accuracyNote = wholeNote(u, credit);
      record(f, 'whole', unit);
    } else {
      if (!inside(f.geometry, unit.geometry)) {
        const clipped = intersect(featureCollection([feature(f.geometry), feature(unit.geometry)]));
        if (!clipped) {
          problems.push(`${f.properties.id} (${f.properties.name.zh}): its drawn outline does not overlap ${admin.name} (${admin.nbsCode}) in the dataset at all; redraw it inside the town`);
          continue;
        }
        f.geometry = tidy(clipped.geometry);
      }
      // Inner edges stay hand-drawn: never better than approximate.
      f.properties.accuracy = 'approximate';
      f.properties.accuracyNote = partNote(u, credit);
      record(f, 'part', unit);
    }
  }

  // Extension zones must still contain their sections.
  for (const ext of areas.features.filter((f) => f.properties.tier === 'extension')) {
    const sections = areas.features.filter((f) => f.properties.parent === ext.properties.id);
    if (!sections.some((s) => changed.has(s.properties.id))) continue;
    const outside = sections.filter((s) => !inside(s.geometry, ext.geometry));
    if (outside.length === 0) continue;
    const grown = union(featureCollection([feature(ext.geometry), ...outside.map((s) => feature(s.geometry))]));
    if (!grown) { problems.push(`${ext.properties.id}: could not grow the outline to contain its sections`); continue; }
    ext.geometry = tidy(grown.geometry);
    const still = outside.filter((s) => !inside(s.geometry, ext.geometry));
    if (still.length) problems.push(`${ext.properties.id}: grown outline still does not contain ${still.map((s) => s.properties.id).join(', ')}`);
    ext.properties.accuracyNote = grownNote(ext.properties.accuracyNote, outside.map((s) => s.properties), credit);
    record(ext, 'grown');
  }

  // Sections that now overlap a sibling: allowed, but worth a look.
  for (const id of changed) {
    const f = areas.features.find((x) => x.properties.id === id)!;
    if (f.properties.tier !== 'sub-area') continue;
    for (const s of areas.features) {
      if (s === f || s.properties.parent !== f.properties.parent || (changed.has(s.properties.id) && s.properties.id < id)) continue;
      const both = intersect(featureCollection([feature(f.geometry), feature(s.geometry)]));
      const overlap = both ? km2(both.geometry) : 0;
      if (overlap >= 0.05) notes.push(`${id} (${f.properties.name.zh}) now overlaps ${s.properties.id} (${s.properties.name.zh}) by ${overlap.toFixed(2)} km²`);
    }
  }
  return { areas, changes, notes, problems };
}

/**
 * The basemap's Songjiang outline (`songjiang-district` in data/ground.geojson) replaced by the
 * dataset's, or null when the dataset has none or it is already the same.
 */
export function rebuildDistrict(ground: unknown, ds: BoundaryDataset): { ground: unknown; km2Before: number; km2After: number } | null {
  const unit = findDistrict(ds);
  const fc = structuredClone(ground) as GroundFC;
  const f = fc.features.find((x) => x.properties.id === 'songjiang-district');
  if (!unit || !f || JSON.stringify(f.geometry) === JSON.stringify(unit.geometry)) return null;
  const km2Before = km2(f.geometry as Shape);
  f.geometry = unit.geometry;
  Object.assign(f.properties, {
    accuracy: 'surveyed',
    accuracyNote: {
      zh: `区界取自边界数据集“${ds.name}”（${ds.attribution}）中的${unit.name ?? SONGJIANG_DISTRICT.name}（${unit.code}）。`,
      en: `District boundary from the boundary dataset "${ds.name}" (${ds.attribution}), unit ${unit.code}.`,
    },
  });
  return { ground: fc, km2Before, km2After: km2(unit.geometry) };
}

/** The Songjiang district outline, when the dataset has it. */
export function findDistrict(ds: BoundaryDataset): Unit | undefined {
  return ds.units.get(SONGJIANG_DISTRICT.code) ?? [...ds.units.values()].find((u) => u.name === SONGJIANG_DISTRICT.name);
}

export { km2 };
