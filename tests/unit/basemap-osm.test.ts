/**
 * The offline OSM basemap builder end to end: the test writes a small .osm.pbf itself (encoded with `pbf`
 * after OSM's fileformat.proto / osmformat.proto), runs the real CLI on it and decodes the tiles.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import { REGION_BBOX } from '../../src/domain/types';
import { clipLine, clipRing, joinRings, type Pos } from '../../scripts/basemap-osm/geometry';
import { main } from '../../scripts/basemap-osm/build';

import { osmPbf, type OsmNode, type OsmRelation, type OsmWay, type Tags } from '../support/osm-pbf';

// ---- the test extract, around 121.23, 31.03 in Songjiang ----

let nextId = 1000;
const nodes: OsmNode[] = [];
const node = (lon: number, lat: number, tags?: Tags): number => {
  const id = nextId++;
  nodes.push({ id, lon, lat, tags });
  return id;
};
const line = (pts: [number, number][]) => pts.map(([x, y]) => node(x, y));
const ring = (w: number, s: number, e: number, n: number) => {
  const ids = line([[w, s], [e, s], [e, n], [w, n]]);
  return [...ids, ids[0]!];
};

const motorway = line([[121.20, 31.03], [121.22, 31.0305], [121.24, 31.0302], [121.26, 31.031]]);
const residential = line([[121.228, 31.032], [121.2315, 31.0322]]);
const subway = line([[121.22, 31.021], [121.245, 31.022]]);
const lake = ring(121.235, 31.025, 121.24, 31.028);
const park = ring(121.225, 31.035, 121.228, 31.037);
const building = ring(121.2300, 31.0300, 121.2304, 31.0303);
// A multipolygon lake with an island: the outer ring in two ways, the inner one closed.
const [o1, o2, o3, o4] = line([[121.21, 31.04], [121.22, 31.04], [121.22, 31.05], [121.21, 31.05]]);
const island = ring(121.214, 31.044, 121.216, 31.046);
// A river that leaves the region to the east (its last node is far outside, beyond the margin).
const river = line([[121.50, 31.0], [121.53, 31.0], [121.65, 31.0]]);
const boundary = line([[121.10, 31.10], [121.15, 31.11]]);
node(121.23, 31.035, { place: 'town', name: '测试镇', 'name:en': 'Ceshi Town' });
node(121.233, 31.036, { place: 'village', name: '测试村' });
node(121.233, 31.037, { place: 'town' }); // no name: no label
node(116.40, 39.90, { place: 'city', name: '北京' }); // outside the region
nodes.sort((a, b) => a.id - b.id);

const ways: OsmWay[] = [
  { id: 1, refs: motorway, tags: { highway: 'motorway', ref: 'G60', name: '沪昆高速', 'name:en': 'Shanghai–Kunming Expressway' } },
  { id: 2, refs: residential, tags: { highway: 'residential', name: '测试路', 'name:en': 'Ceshi Road' } },
  { id: 3, refs: subway, tags: { railway: 'subway', name: '9号线' } },
  { id: 4, refs: lake, tags: { natural: 'water' } },
  { id: 5, refs: park, tags: { leisure: 'park', name: '测试公园' } },
  { id: 6, refs: building, tags: { building: 'yes' } },
  { id: 7, refs: [o1!, o2!, o3!], tags: {} },
  { id: 8, refs: [o1!, o4!, o3!], tags: {} },
  { id: 9, refs: island, tags: {} },
  { id: 10, refs: river, tags: { waterway: 'river', name: '黄浦江', 'name:en': 'Huangpu River' } },
  { id: 11, refs: boundary, tags: {} },
  { id: 12, refs: [motorway[0]!, motorway[1]!], tags: { highway: 'construction' } }, // not kept
];
const relations: OsmRelation[] = [
  { id: 1, tags: { type: 'multipolygon', natural: 'water', water: 'lake' }, members: [
    { type: 1, ref: 7, role: 'outer' }, { type: 1, ref: 8, role: 'outer' }, { type: 1, ref: 9, role: 'inner' }] },
  { id: 2, tags: { type: 'boundary', boundary: 'administrative', admin_level: '6', name: '松江区' }, members: [{ type: 1, ref: 11, role: 'outer' }] },
  { id: 3, tags: { type: 'route', route: 'bus' }, members: [{ type: 1, ref: 2, role: '' }] },
];

// ---- helpers ----

const ROOT = join(import.meta.dirname, '../..');
interface Run { code: number; stdout: string; stderr: string }
const cli = (args: string[]): Promise<Run> => new Promise((done) => {
  execFile('npx', ['vite-node', 'scripts/basemap-osm/cli.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
    done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
  });
});

const lon2tile = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2tile = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

let dir = '';
let out = '';
let built: Run;
const tileAt = (lon: number, lat: number, z: number) => {
  const x = lon2tile(lon, z), y = lat2tile(lat, z);
  const buf = readFileSync(join(out, String(z), String(x), `${y}.pbf`));
  return { tile: new VectorTile(new PbfReader(buf)), x, y, z };
};
const props = (layer: VectorTileLayer | undefined) => Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i).properties);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'basemap-osm-'));
  out = join(dir, 'out');
  writeFileSync(join(dir, 'songjiang.osm.pbf'), osmPbf({ nodes, ways, relations }));
  built = await cli([join(dir, 'songjiang.osm.pbf'), '--out', out, '--maxzoom', '14']);
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('basemap:osm CLI', () => {
  it('builds the tile folder and says what it did', () => {
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/pass 1\/3/);
    expect(built.stdout).toMatch(/done in .* tiles/);
    expect(readdirSync(out).sort()).toEqual(['10', '11', '12', '13', '14', '8', '9', 'metadata.json']);
  });

  it('writes metadata.json', () => {
    const meta = JSON.parse(readFileSync(join(out, 'metadata.json'), 'utf8'));
    expect(meta).toMatchObject({
      bounds: [...REGION_BBOX], minzoom: 8, maxzoom: 14, format: 'pbf', compression: 'none',
      attribution: '© OpenStreetMap contributors, ODbL 1.0',
      source: { file: 'songjiang.osm.pbf', timestamp: '2024-01-02T00:00:00Z', writingProgram: 'g60-basemap-test' },
    });
    expect(meta.layers).toEqual(expect.arrayContaining(['roads', 'rail', 'water', 'waterways', 'parks', 'buildings', 'places', 'boundaries']));
    expect(Date.now() - Date.parse(meta.built)).toBeLessThan(120_000);
    // Every tile over the region, from zoom 8 to 14.
    let tiles = 0;
    for (let z = 8; z <= 14; z++) tiles += (lon2tile(REGION_BBOX[2], z) - lon2tile(REGION_BBOX[0], z) + 1) * (lat2tile(REGION_BBOX[1], z) - lat2tile(REGION_BBOX[3], z) + 1);
    expect(meta.stats.tiles).toBe(tiles);
  });

  it('puts the motorway in the zoom-12 tile at 121.23, 31.03, with its class, ref and names', () => {
    const { tile, x, y, z } = tileAt(121.23, 31.03, 12);
    const roads = tile.layers.roads!;
    const all = props(roads);
    const i = all.findIndex((p) => p.class === 'motorway');
    expect(all[i]).toEqual({ class: 'motorway', ref: 'G60', name: '沪昆高速', name_en: 'Shanghai–Kunming Expressway' });
    const geo = roads.feature(i).toGeoJSON(x, y, z);
    expect(geo.geometry.type).toBe('LineString');
    // Gzip is not applied: the file is a raw protobuf (no 1f 8b magic).
    const raw = readFileSync(join(out, '12', String(x), `${y}.pbf`));
    expect(raw[0] === 0x1f && raw[1] === 0x8b).toBe(false);
  });

  it('keeps minor roads and their names from zoom 12, not below', () => {
    const z14 = props(tileAt(121.23, 31.032, 14).tile.layers.roads);
    expect(z14).toContainEqual({ class: 'minor', name: '测试路', name_en: 'Ceshi Road' });
    expect(props(tileAt(121.23, 31.032, 11).tile.layers.roads).map((p) => p.class)).toEqual(['motorway']);
    expect(props(tileAt(121.23, 31.032, 8).tile.layers.roads).map((p) => p.class)).toEqual(['motorway']);
  });

  it('draws buildings only at zoom 14', () => {
    expect(tileAt(121.2302, 31.0301, 14).tile.layers.buildings?.length).toBe(1);
    for (const z of [8, 12, 13]) expect(tileAt(121.2302, 31.0301, z).tile.layers.buildings).toBeUndefined();
  });

  it('has water (with the multipolygon island as a hole), parks, rail and waterways', () => {
    const t = tileAt(121.215, 31.045, 14);
    const water = t.tile.layers.water!;
    expect(water.length).toBe(1);
    const geo = water.feature(0).toGeoJSON(t.x, t.y, t.z);
    expect(geo.geometry.type).toBe('Polygon');
    expect((geo.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);
    expect(props(tileAt(121.2375, 31.0265, 14).tile.layers.water)).toHaveLength(1);
    expect(props(tileAt(121.226, 31.036, 12).tile.layers.parks)).toEqual([{ class: 'park' }]);
    expect(props(tileAt(121.23, 31.0215, 12).tile.layers.rail)).toEqual([{ class: 'subway', name: '9号线' }]);
    expect(props(tileAt(121.51, 31.0, 10).tile.layers.waterways)).toEqual([{ class: 'river', name: '黄浦江', name_en: 'Huangpu River' }]);
    expect(props(tileAt(121.12, 31.105, 10).tile.layers.boundaries)).toEqual([{ admin_level: 6 }]);
  });

  it('clips to the region: the river stops at its east edge', () => {
    const t = tileAt(REGION_BBOX[2] - 0.001, 31.0, 12);
    const geo = t.tile.layers.waterways!.feature(0).toGeoJSON(t.x, t.y, t.z).geometry as unknown as { coordinates: Pos[] };
    const east = Math.max(...geo.coordinates.map((p) => p[0]));
    expect(east).toBeGreaterThan(REGION_BBOX[2] - 0.001);
    expect(east).toBeLessThan(REGION_BBOX[2] + 0.0005);
    expect(existsSync(join(out, '12', String(lon2tile(121.6, 12))))).toBe(false);
  });

  it('labels named places in the region only, with both names', () => {
    const places = props(tileAt(121.23, 31.035, 12).tile.layers.places);
    expect(places).toContainEqual({ class: 'town', name: '测试镇', name_en: 'Ceshi Town' });
    expect(places).toContainEqual({ class: 'village', name: '测试村' });
    expect(places).toHaveLength(2);
    expect(props(tileAt(121.23, 31.035, 8).tile.layers.places)).toEqual([{ class: 'town', name: '测试镇', name_en: 'Ceshi Town' }]);
  });
});

describe('basemap:osm CLI input errors', () => {
  const oneLine = (r: Run, re: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(re);
  };

  it('exits 2 with one line on a file that is not a PBF, and on an extract without the region', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello, not a pbf\n');
    writeFileSync(join(dir, 'beijing.osm.pbf'), osmPbf({ nodes: [{ id: 1, lon: 116.4, lat: 39.9 }, { id: 2, lon: 116.41, lat: 39.91 }] }));
    const [text, empty] = await Promise.all([
      cli([join(dir, 'notes.txt'), '--out', join(dir, 'o1')]),
      cli([join(dir, 'beijing.osm.pbf'), '--out', join(dir, 'o2')]),
    ]);
    oneLine(text, /notes\.txt is not an OpenStreetMap PBF file/);
    oneLine(empty, /the extract has no nodes in the Songjiang region/);
    for (const o of ['o1', 'o2']) expect(existsSync(join(dir, o))).toBe(false);
  }, 60_000);

  // The same command in-process (cli.ts only calls `main`): quicker for the other input errors.
  const runMain = (args: string[]): Run => {
    const stdout: string[] = [], stderr: string[] = [];
    const code = main(args, (l) => stdout.push(l), (l) => stderr.push(l));
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  };

  it('says so for a missing file, OSM XML, an extract elsewhere, a foreign --out folder and bad options', () => {
    writeFileSync(join(dir, 'map.osm'), '<?xml version="1.0"?><osm version="0.6"></osm>\n');
    writeFileSync(join(dir, 'beijing-bbox.osm.pbf'), osmPbf({ bbox: [115.4, 39.4, 117.5, 41.1], nodes: [{ id: 1, lon: 116.4, lat: 39.9 }] }));
    mkdirSync(join(dir, 'foreign'));
    writeFileSync(join(dir, 'foreign', 'keep.txt'), 'not ours');
    oneLine(runMain([join(dir, 'nope.osm.pbf'), '--out', join(dir, 'o3')]), /input file not found: .*nope\.osm\.pbf/);
    oneLine(runMain([join(dir, 'map.osm'), '--out', join(dir, 'o4')]), /is not an OpenStreetMap PBF file \(it is OSM XML/);
    oneLine(runMain([join(dir, 'beijing-bbox.osm.pbf'), '--out', join(dir, 'o5')]), /does not reach the Songjiang region/);
    oneLine(runMain([join(dir, 'songjiang.osm.pbf'), '--out', join(dir, 'foreign')]), /refusing to replace .*foreign/);
    oneLine(runMain(['--maxzoom', '22']), /--maxzoom must be a whole number from 10 to 16/);
    oneLine(runMain([]), /no input file; usage:/);
    oneLine(runMain(['a.pbf', '--zoom', '3']), /unknown option --zoom/);
    for (const o of ['o3', 'o4', 'o5']) expect(existsSync(join(dir, o))).toBe(false);
    expect(readdirSync(join(dir, 'foreign'))).toEqual(['keep.txt']);
  });

  it('rebuilds over its own earlier output', () => {
    const again = runMain([join(dir, 'songjiang.osm.pbf'), '--out', out, '--maxzoom', '12']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/buildings left out/);
    expect(JSON.parse(readFileSync(join(out, 'metadata.json'), 'utf8')).maxzoom).toBe(12);
    expect(existsSync(join(out, '13'))).toBe(false);
    // With --maxzoom 12 the minor roads and paths come into the zoom-12 tiles.
    expect(props(tileAt(121.23, 31.032, 12).tile.layers.roads).map((p) => p.class).sort()).toEqual(['minor', 'motorway']);
  });
});

describe('basemap:osm geometry', () => {
  it('joins multipolygon member ways into rings, in either direction', () => {
    expect(joinRings([Float64Array.from([1, 2, 3]), Float64Array.from([1, 4, 3])]).map((r) => Array.from(r))).toEqual([[1, 2, 3, 4, 1]]);
    expect(joinRings([Float64Array.from([1, 2]), Float64Array.from([2, 3])])).toEqual([]); // cannot close
  });

  it('clips lines and rings to a box', () => {
    const b = [0, 0, 10, 10] as const;
    expect(clipLine([[-5, 5], [5, 5], [15, 5]], b)).toEqual([[[0, 5], [5, 5], [10, 5]]]);
    expect(clipLine([[2, 2], [2, 20], [4, 20], [4, 2]], b)).toEqual([[[2, 2], [2, 10]], [[4, 10], [4, 2]]]);
    expect(clipLine([[20, 20], [30, 30]], b)).toEqual([]);
    const sq = clipRing([[-5, -5], [5, -5], [5, 5], [-5, 5], [-5, -5]], b)!;
    expect(sq[0]).toEqual(sq[sq.length - 1]);
    const xs = sq.map((p) => p[0]), ys = sq.map((p) => p[1]);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([0, 5, 0, 5]);
  });
});
