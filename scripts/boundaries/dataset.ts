/**
 * Reads a deployer's administrative-boundary dataset (a GeoJSON FeatureCollection of town/district
 * polygons with NBS codes) and checks it can be trusted: JSON, a FeatureCollection, lon/lat degrees
 * in WGS84 or CGCS2000, no GCJ-02 offset, an NBS code on every feature. Every refusal is an
 * `InputError` with a one-line message for a person to act on.
 */
import { basename } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Bad input: the CLI prints the message on one line and exits 2. */
export class InputError extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One administrative unit of the dataset (features sharing a code are merged). */
export interface Unit {
  /** NBS code normalised to 6 digits (district) or 9 digits (town/street). */
  code: string;
  name: string | null;
  /** English name when the dataset has one (`name:en`, `name_en`). */
  nameEn: string | null;
  geometry: Polygon | MultiPolygon;
  /** Indexes of the features it came from. */
  features: number[];
}

export interface BoundaryDataset {
  /** The file as the user named it. */
  file: string;
  /** Name of the dataset for the notes: `--name`, else the file's `name`, else its file name. */
  name: string;
  /** Owner and licence for the notes: `--attribution`, else the file's `attribution` / `license`; see `requireAttribution`. */
  attribution: string | null;
  /** Which datum the file declares, for the report. */
  datum: string;
  units: Map<string, Unit>;
}

/** Property names that may hold the NBS code, in order of preference (matched case-insensitively). */
export const CODE_KEYS = ['nbs_code', 'nbsCode', 'ref:NBS', 'adcode', 'code', '区划代码', '行政区划代码', '乡镇代码', '县代码'];
const NAME_KEYS = ['name_zh', 'name:zh', 'name', '名称', '乡镇名称', '县名'];
const NAME_EN_KEYS = ['name:en', 'name_en'];
/** Top-level (or per-feature) members that may say which coordinate system the file uses. */
const DATUM_KEYS = ['crs_note', 'coordinate_system', 'coordinatesystem', 'coord_system', 'coordsys', 'datum', 'srs', 'spatial_reference'];

function lookup(p: Obj, keys: readonly string[]): [string, unknown] | null {
  const lower = new Map(Object.keys(p).map((k) => [k.toLowerCase(), k]));
  for (const k of keys) {
    const real = lower.get(k.toLowerCase());
    if (real !== undefined && p[real] !== null && p[real] !== undefined && p[real] !== '') return [real, p[real]];
  }
  return null;
}

/**
 * An NBS 统计用区划代码 as 6 digits (district) or 9 digits (town/street): 12-digit codes ending in
 * 000 lose their village part, 9-digit codes ending in 000 are districts. `null` if not a code.
 */
export function normaliseCode(v: unknown): string | null {
  let s: string;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) s = String(v);
  else if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) s = v.trim();
  else return null;
  if (s.length === 12) s = s.endsWith('000000') ? s.slice(0, 6) : s.endsWith('000') ? s.slice(0, 9) : s;
  if (s.length === 9 && s.endsWith('000')) s = s.slice(0, 6);
  return s.length === 6 || s.length === 9 || s.length === 12 ? s : null;
}

/** The accepted `crs` names: WGS84 lon/lat (CRS84, EPSG:4326) and CGCS2000 (EPSG:4490, within ~1 m of WGS84). */
function acceptedCrs(name: string): string | null {
  if (/crs:?84$/i.test(name)) return 'WGS84 (CRS84)';
  const m = /epsg\D*(?:\d+(?:\.\d+)*\D+)?(\d+)$/i.exec(name);
  if (m?.[1] === '4326') return 'WGS84 (EPSG:4326)';
  if (m?.[1] === '4490') return 'CGCS2000 (EPSG:4490, taken as WGS84 to within a metre)';
  return null;
}

/** A guess at the projected CRS of coordinates in metres around Songjiang. */
export function guessProjected([x, y]: readonly number[]): string {
  const X = x ?? NaN, Y = y ?? NaN;
  if (X > 1.2e7 && X < 1.55e7 && Y > 1e6 && Y < 7e6) return 'EPSG:3857 Web Mercator?';
  if (X > 3.5e7 && X < 4.6e7 && Y > 2e6 && Y < 6e6) return 'EPSG:4528 CGCS2000 3-degree Gauss-Kruger zone 40?';
  if (X > 2.5e5 && X < 4.5e5 && Y > 2e6 && Y < 6e6) return 'EPSG:32651 WGS 84 / UTM zone 51N?';
  if (X > 5.5e5 && X < 7e5 && Y > 2e6 && Y < 6e6) return 'EPSG:4549 CGCS2000 3-degree Gauss-Kruger CM 120E?';
  if (Math.abs(X) < 1.5e5 && Math.abs(Y) < 1.5e5) return 'a local city grid such as Shanghai 城建坐标?';
  return 'EPSG:…?';
}

/** Says so when a file or feature declares GCJ-02 or BD-09 coordinates. */
function declaredOffset(o: Obj, where: string, file: string): void {
  for (const key of DATUM_KEYS) {
    const hit = lookup(o, [key]);
    if (!hit) continue;
    const text = typeof hit[1] === 'string' ? hit[1] : JSON.stringify(hit[1]);
    const converted = /wgs|4326|cgcs|4490|convert/i.test(text);
    if (/gcj|火星|mars/i.test(text) && !converted) {
      throw new InputError(`${file}: ${where}declares ${hit[0]}: ${JSON.stringify(text)}, i.e. GCJ-02 (Amap/Tencent) coordinates, offset ~500 m from WGS84; convert to WGS84 first`);
    }
    if (/bd-?09|baidu|百度/i.test(text) && !converted) {
      throw new InputError(`${file}: ${where}declares ${hit[0]}: ${JSON.stringify(text)}, i.e. BD-09 (Baidu) coordinates, offset ~1 km from WGS84; convert to WGS84 first`);
    }
  }
}

function positionsOf(coords: unknown, depth: number, out: Position[]): boolean {
  if (!Array.isArray(coords)) return false;
  if (depth === 0) {
    if (coords.length < 2 || !coords.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
    out.push(coords as Position);
    return true;
  }
  return coords.every((c) => positionsOf(c, depth - 1, out));
}

const fmt = (p: Position) => `[${p.map((n) => +n.toFixed(6)).join(', ')}]`;

function describe(i: number, name: string | null): string {
  return name ? `feature #${i} ("${name}")` : `feature #${i}`;
}

export interface ReadOptions {
  /** Overrides the dataset's own attribution / licence. */
  attribution?: string;
  /** Overrides the dataset's own name. */
  name?: string;
}

/** Parses and checks the dataset text; throws `InputError` on anything it cannot use. */
export function readDataset(text: string, file: string, opts: ReadOptions = {}): BoundaryDataset {
  let fc: unknown;
  try {
    fc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${file} is not JSON (${(e as Error).message})`);
  }
  if (!isObj(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    const what = isObj(fc) ? (typeof fc.type === 'string' ? `type "${fc.type}"` : 'an object without "type"') : Array.isArray(fc) ? 'an array' : typeof fc;
    throw new InputError(`${file} is not a GeoJSON FeatureCollection (found ${what}); give a FeatureCollection of Polygon/MultiPolygon boundaries`);
  }

  let datum = 'WGS84 (no crs member: RFC 7946 default)';
  if (fc.crs !== undefined && fc.crs !== null) {
    const crs = fc.crs;
    const name = isObj(crs) && isObj(crs.properties) && typeof crs.properties.name === 'string' ? crs.properties.name : null;
    const ok = name === null ? null : acceptedCrs(name);
    if (!ok) {
      throw new InputError(`${file} declares crs ${name === null ? JSON.stringify(crs) : `"${name}"`}; only WGS84 lon/lat (CRS84, EPSG:4326) or CGCS2000 (EPSG:4490) is accepted: reproject to WGS84 first`);
    }
    datum = ok;
  }
  declaredOffset(fc, '', file);
  if (fc.features.length === 0) throw new InputError(`${file} has no features`);

  const units = new Map<string, Unit>();
  fc.features.forEach((f: unknown, i: number) => {
    if (!isObj(f) || f.type !== 'Feature') throw new InputError(`${file}: feature #${i} is not a GeoJSON Feature`);
    const props = isObj(f.properties) ? f.properties : {};
    const nameHit = lookup(props, NAME_KEYS);
    const name = nameHit && typeof nameHit[1] === 'string' ? nameHit[1].trim() : null;
    const enHit = lookup(props, NAME_EN_KEYS);
    const nameEn = enHit && typeof enHit[1] === 'string' ? enHit[1].trim() : null;
    const who = describe(i, name);
    declaredOffset(props, `${who} `, file);

    const g = f.geometry;
    if (!isObj(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      const t = isObj(g) ? String(g.type) : 'null';
      throw new InputError(`${file}: ${who} has geometry ${t}; only Polygon and MultiPolygon boundaries are accepted`);
    }
    const pts: Position[] = [];
    if (!positionsOf(g.coordinates, g.type === 'Polygon' ? 2 : 3, pts) || pts.length < 4) {
      throw new InputError(`${file}: ${who} has ${g.type} coordinates that are not GeoJSON positions`);
    }
    const swapped = pts.every(([x, y]) => x! > 15 && x! < 56 && y! > 70 && y! < 140);
    if (swapped) throw new InputError(`${file}: ${who} has coordinates like ${fmt(pts[0]!)} in [lat, lon] order; GeoJSON needs [lon, lat]: swap them`);
    const bad = pts.find(([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90);
    if (bad) {
      throw new InputError(`${file}: coordinates are not lon/lat degrees (${who} has ${fmt(bad)}): looks like a projected CRS (${guessProjected(bad)}) in metres; convert to WGS84 lon/lat (EPSG:4326)`);
    }

    const codeHit = lookup(props, CODE_KEYS);
    if (!codeHit) {
      const keys = Object.keys(props);
      throw new InputError(`${file}: ${who} has no NBS code (looked for ${CODE_KEYS.slice(0, 5).join(', ')}); its properties are: ${keys.length ? keys.join(', ') : '(none)'}`);
    }
    const code = normaliseCode(codeHit[1]);
    if (!code) throw new InputError(`${file}: ${who} has ${codeHit[0]} ${JSON.stringify(codeHit[1])}, which is not an NBS code (6, 9 or 12 digits, e.g. 310117104)`);

    const geometry = structuredClone(g) as unknown as Polygon | MultiPolygon;
    const prev = units.get(code);
    if (!prev) {
      units.set(code, { code, name, nameEn, geometry, features: [i] });
    } else {
      // Several features with one code: one unit made of all their polygons.
      const parts = (x: Polygon | MultiPolygon) => (x.type === 'Polygon' ? [x.coordinates] : x.coordinates);
      prev.geometry = { type: 'MultiPolygon', coordinates: [...parts(prev.geometry), ...parts(geometry)] };
      prev.features.push(i);
    }
  });

  const own = (k: string) => (typeof fc[k] === 'string' && (fc[k] as string).trim() ? (fc[k] as string).trim() : null);
  let attribution = opts.attribution?.trim() || null;
  if (!attribution) {
    const a = own('attribution'), l = own('license') ?? own('licence');
    attribution = a && l ? (a.includes(l) ? a : `${a}, ${l}`) : a ?? l;
  }
  const name = opts.name?.trim() || own('name') || basename(file);
  return { file, name, attribution, datum, units };
}

/** The attribution the notes must carry; refuses a dataset that has none (checked after the codes). */
export function requireAttribution(ds: BoundaryDataset): string {
  if (!ds.attribution) {
    throw new InputError(`${ds.file} names no attribution or license; pass --attribution "…" naming the owner and licence of the boundaries`);
  }
  return ds.attribution;
}
