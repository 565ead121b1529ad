/**
 * From an OSM PBF extract to GeoJSON features of the basemap's layers, clipped to the region.
 *
 * Three streaming passes keep memory to what the region needs, whatever the extract's size:
 *  1. every block: coordinates of the nodes in the region (plus a margin), place nodes, and the
 *     multipolygon and boundary relations the basemap uses;
 *  2. way blocks: the ways the basemap uses that touch the region, and the member ways of those relations;
 *  3. node blocks again, only when needed: the nodes of those ways that lie outside the region.
 */
import type { Feature, Geometry } from 'geojson';
import { type BlobRef, decodeBlock, decodeHeader, KIND, type OsmHeader, OsmPbfFormatError, readBlobs, type Tags, walkBlobs } from './osm-pbf.ts';
import { IdSet, NodeStore } from './node-store.ts';
import { boundaryMinzoom, classifyNode, classifyRelation, classifyWay, INTERESTING_KEYS, type Pick } from './classify.ts';
import type { OsmSourceLayer } from '../../src/map/basemaps/osm-layers.ts';
import { type BBox, buildPolygons, clipLine, clipPolygon, joinRings, type Pos } from './geometry.ts';

/** The extract does not cover the region (the message says how). */
export class NoCoverageError extends Error {}

/** A basemap feature: GeoJSON plus the layer and first zoom it belongs to. */
export interface LayerFeature {
  layer: Pick['layer'];
  minzoom: number;
  feature: Feature<Geometry, Record<string, string | number>>;
}

/** What pass 1–3 found: compact OSM data, turned into GeoJSON one layer at a time by `features`. */
export interface ExtractResult {
  header: OsmHeader;
  /** The clipped features of one layer (built anew at each call: call it once per layer). */
  features(layer: OsmSourceLayer): LayerFeature[];
  stats: { blobs: number; nodesInRegion: number; waysKept: number; relationsKept: number; missingNodes: number };
}

interface WayRec { id: number; refs: Float64Array; picks: Pick[] }
interface RelRec { id: number; kind: 'multipolygon' | 'boundary'; picks: Pick[]; level: number; members: { way: number; role: string }[] }

/** Margin (degrees, ~2 km) around the region inside which node coordinates are kept in pass 1. */
const MARGIN = 0.02;

export type Log = (line: string) => void;

const gb = () => `${(process.memoryUsage().rss / 1073741824).toFixed(2)} GB`;

/** Prints progress of a pass in steps of 10 %. */
function progressPrinter(log: Log, label: string): (done: number, total: number) => void {
  let next = 10;
  const t0 = Date.now();
  return (done, total) => {
    const pct = total > 0 ? (done / total) * 100 : 100;
    if (pct >= next || done === total) {
      if (pct >= 100 && next > 100) return;
      log(`  ${label}: ${Math.min(100, Math.floor(pct))} % (${(done / 1048576).toFixed(1)} of ${(total / 1048576).toFixed(1)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      while (next <= pct) next += 10;
      if (done === total) next = 101;
    }
  };
}

export function extractFeatures(input: string, region: BBox, log: Log): ExtractResult {
  const outer: BBox = [region[0] - MARGIN, region[1] - MARGIN, region[2] + MARGIN, region[3] + MARGIN];
  const w7 = Math.round(outer[0] * 1e7), s7 = Math.round(outer[1] * 1e7), e7 = Math.round(outer[2] * 1e7), n7 = Math.round(outer[3] * 1e7);
  const rw7 = Math.round(region[0] * 1e7), rs7 = Math.round(region[1] * 1e7), re7 = Math.round(region[2] * 1e7), rn7 = Math.round(region[3] * 1e7);

  const nodes = new NodeStore();
  const places: LayerFeature[] = [];
  const relations: RelRec[] = [];
  const blobs: BlobRef[] = [];
  const state: { header: OsmHeader | null } = { header: null };

  // ---- pass 1: nodes in the region, place nodes, relations ----
  log('pass 1/3: nodes in the region and relations');
  walkBlobs(input, (ref, blob) => {
    if (ref.type === 'OSMHeader') {
      state.header = decodeHeader(blob);
      const b = state.header.bbox;
      if (b && (b[2] < region[0] || b[0] > region[2] || b[3] < region[1] || b[1] > region[3])) {
        throw new NoCoverageError(`the extract covers ${b.map((v) => v.toFixed(2)).join(',')} (W,S,E,N), which does not reach the Songjiang region ${region.join(',')}; download an extract of Shanghai or China`);
      }
      return;
    }
    if (ref.type !== 'OSMData') return;
    if (!state.header) throw new OsmPbfFormatError('corrupt file: data before the OSMHeader block');
    ref.kinds = decodeBlock(blob, {
      nodeTags: true,
      node(id, lon, lat, tags) {
        if (lon < w7 || lon > e7 || lat < s7 || lat > n7) return;
        nodes.add(id, lon, lat);
        if (tags && tags.place && lon >= rw7 && lon <= re7 && lat >= rs7 && lat <= rn7) {
          const pick = classifyNode(tags);
          if (pick) places.push({ layer: pick.layer, minzoom: pick.minzoom, feature: { type: 'Feature', properties: pick.props, geometry: { type: 'Point', coordinates: [lon / 1e7, lat / 1e7] } } });
        }
      },
      relation(id, tags, memberIds, types, roles) {
        const c = classifyRelation(tags);
        if (!c) return;
        const members: RelRec['members'] = [];
        for (let i = 0; i < memberIds.length; i++) {
          if (types[i] === 1 && roles[i] !== 'subarea' && roles[i] !== 'label') members.push({ way: memberIds[i]!, role: roles[i] ?? '' });
        }
        if (members.length === 0) return;
        relations.push(c.kind === 'multipolygon'
          ? { id, kind: 'multipolygon', picks: c.picks, level: 0, members }
          : { id, kind: 'boundary', picks: [], level: c.level, members });
      },
    });
    blobs.push(ref);
  }, progressPrinter(log, 'pass 1'));
  const header = state.header;
  if (!header) throw new OsmPbfFormatError('no OSMHeader block');
  nodes.freeze();
  log(`  ${nodes.size.toLocaleString('en')} nodes in the region, ${relations.length.toLocaleString('en')} candidate relations (memory ${gb()})`);
  if (nodes.size === 0) {
    throw new NoCoverageError(`the extract has no nodes in the Songjiang region (${region.join(', ')}); download an extract of Shanghai or China`);
  }

  // ---- pass 2: ways ----
  const memberIds = new IdSet(relations.flatMap((r) => r.members.map((m) => m.way)));
  const ways: WayRec[] = [];
  const members = new Map<number, Float64Array>();
  const touching = new Set<number>();
  const touches = (refs: Float64Array): boolean => {
    for (let i = 0; i < refs.length; i++) if (nodes.indexOf(refs[i]!) >= 0) return true;
    return false;
  };
  log('pass 2/3: ways');
  readBlobs(input, blobs.filter((b) => b.kinds & KIND.ways), (_ref, blob) => {
    decodeBlock(blob, {
      way(id, refs, tags) {
        const isMember = memberIds.size > 0 && memberIds.has(id);
        let picks: Pick[] | null = null;
        if (hasInterestingKey(tags)) {
          const closed = refs.length >= 4 && refs[0] === refs[refs.length - 1];
          const p = classifyWay(tags, closed);
          if (p.length > 0) picks = p;
        }
        if (!picks && !isMember) return;
        const touch = touches(refs);
        if (isMember) {
          members.set(id, refs.slice());
          if (touch) touching.add(id);
        }
        if (picks && touch) ways.push({ id, refs: isMember ? members.get(id)! : refs.slice(), picks });
      },
    });
  }, progressPrinter(log, 'pass 2'));
  // Relations that reach the region; member ways of the others are dropped.
  const kept = relations.filter((r) => r.members.some((m) => touching.has(m.way)));
  const keptMembers = new Set(kept.flatMap((r) => r.members.map((m) => m.way)));
  for (const id of [...members.keys()]) if (!keptMembers.has(id)) members.delete(id);
  log(`  ${ways.length.toLocaleString('en')} ways and ${kept.length.toLocaleString('en')} relations reach the region (memory ${gb()})`);

  // ---- pass 3: nodes outside the region that those ways use ----
  const far = new Map<number, Pos>();
  const missing: number[] = [];
  const collect = (refs: Float64Array) => {
    for (let i = 0; i < refs.length; i++) if (nodes.indexOf(refs[i]!) < 0) missing.push(refs[i]!);
  };
  for (const w of ways) collect(w.refs);
  for (const refs of members.values()) collect(refs);
  const missingSet = new IdSet(missing);
  missing.length = 0;
  if (missingSet.size > 0) {
    log(`pass 3/3: ${missingSet.size.toLocaleString('en')} nodes of those ways outside the region`);
    readBlobs(input, blobs.filter((b) => b.kinds & KIND.nodes), (_ref, blob) => {
      decodeBlock(blob, {
        node(id, lon, lat) {
          if (missingSet.has(id)) far.set(id, [lon / 1e7, lat / 1e7]);
        },
      });
    }, progressPrinter(log, 'pass 3'));
  } else log('pass 3/3: not needed (every node is in the region)');

  // ---- geometry, one layer at a time ----
  const position = (id: number): Pos | undefined => {
    const i = nodes.indexOf(id);
    return i >= 0 ? nodes.position(i) : far.get(id);
  };
  const line = (refs: Float64Array): Pos[] | null => {
    const out: Pos[] = [];
    for (let i = 0; i < refs.length; i++) {
      const p = position(refs[i]!);
      if (p) out.push(p);
    }
    return out.length >= 2 ? out : null;
  };
  const ring = (refs: Float64Array): Pos[] | null => {
    const out: Pos[] = [];
    for (let i = 0; i < refs.length; i++) {
      const p = position(refs[i]!);
      if (!p) return null; // a ring with a missing node would be distorted
      out.push(p);
    }
    return out.length >= 4 ? out : null;
  };
  const feature = (pick: Pick, geometry: Geometry | null): LayerFeature | null =>
    geometry ? { layer: pick.layer, minzoom: pick.minzoom, feature: { type: 'Feature', properties: pick.props, geometry } } : null;

  // Boundaries: each member way once, at the lowest (widest) admin level of the relations using it.
  const boundaryLevel = new Map<number, number>();
  for (const r of kept) {
    if (r.kind !== 'boundary') continue;
    for (const m of r.members) {
      const prev = boundaryLevel.get(m.way);
      if (prev === undefined || r.level < prev) boundaryLevel.set(m.way, r.level);
    }
  }

  const features = (layer: OsmSourceLayer): LayerFeature[] => {
    const out: LayerFeature[] = layer === 'places' ? places.slice() : [];
    const add = (f: LayerFeature | null) => { if (f) out.push(f); };
    for (const w of ways) {
      for (const pick of w.picks) {
        if (pick.layer !== layer) continue;
        if (pick.geom === 'line') {
          const l = line(w.refs);
          if (l) add(feature(pick, lineGeometry(clipLine(l, region))));
        } else {
          const r = ring(w.refs);
          if (r) add(feature(pick, polygonGeometry([[r]], region)));
        }
      }
    }
    for (const r of kept) {
      if (r.kind !== 'multipolygon' || !r.picks.some((p) => p.layer === layer)) continue;
      const outerRefs: Float64Array[] = [];
      const innerRefs: Float64Array[] = [];
      for (const m of r.members) {
        const refs = members.get(m.way);
        if (refs) (m.role === 'inner' ? innerRefs : outerRefs).push(refs);
      }
      const outers = joinRings(outerRefs).map(ring).filter((x): x is Pos[] => x !== null);
      const inners = joinRings(innerRefs).map(ring).filter((x): x is Pos[] => x !== null);
      const geometry = polygonGeometry(buildPolygons(outers, inners), region);
      for (const pick of r.picks) if (pick.layer === layer) add(feature(pick, geometry));
    }
    if (layer === 'boundaries') {
      for (const [wayId, level] of boundaryLevel) {
        const refs = members.get(wayId);
        const l = refs && line(refs);
        if (l) add(feature({ layer: 'boundaries', geom: 'line', minzoom: boundaryMinzoom(level), props: { admin_level: level } }, lineGeometry(clipLine(l, region))));
      }
    }
    return out;
  };

  return {
    header,
    features,
    stats: { blobs: blobs.length, nodesInRegion: nodes.size, waysKept: ways.length, relationsKept: kept.length, missingNodes: missingSet.size },
  };
}

function hasInterestingKey(tags: Tags): boolean {
  for (const k in tags) if (INTERESTING_KEYS.has(k)) return true;
  return false;
}

function lineGeometry(parts: Pos[][]): Geometry | null {
  if (parts.length === 0) return null;
  return parts.length === 1 ? { type: 'LineString', coordinates: parts[0]! } : { type: 'MultiLineString', coordinates: parts };
}

function polygonGeometry(polys: Pos[][][], region: BBox): Geometry | null {
  const clipped = polys.map((p) => clipPolygon(p, region)).filter((p): p is Pos[][] => p !== null);
  if (clipped.length === 0) return null;
  return clipped.length === 1 ? { type: 'Polygon', coordinates: clipped[0]! } : { type: 'MultiPolygon', coordinates: clipped };
}
