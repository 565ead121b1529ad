/**
 * Cuts the basemap features into Mapbox Vector Tiles (`geojson-vt` + `vt-pbf`, default simplification) and
 * writes them as a static folder `{z}/{x}/{y}.pbf` (uncompressed, so any static server can serve them).
 *
 * Memory: one layer is tiled at a time. A vector tile is a list of layer messages, so each layer's encoded
 * bytes are appended to the tile files and the layer's index is dropped before the next one. Within a layer,
 * features are grouped by the zoom they start at, one tile index per group, so a tile of zoom z carries
 * only the features meant for z and above (minor roads from 12, buildings from 14 …).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { GeoJSONVT, type GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { OsmSourceLayer } from '../../src/map/basemaps/osm-layers.ts';
import type { BBox } from './geometry.ts';
import type { LayerFeature, Log } from './extract.ts';

export const EXTENT = 4096;

export interface TileStats {
  /** Features of each layer. */
  counts: Partial<Record<OsmSourceLayer, number>>;
  tiles: number;
  empty: number;
  bytes: number;
  maxBytes: number;
  byZoom: Record<number, { tiles: number; bytes: number }>;
}

/** Tile x of a longitude and tile y of a latitude at zoom z (Web Mercator, XYZ scheme). */
export const lon2tile = (lon: number, z: number): number => Math.floor(((lon + 180) / 360) * 2 ** z);
export const lat2tile = (lat: number, z: number): number => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** The tiles of zoom z that cover the box: [x0, y0, x1, y1] inclusive. */
export function tileRange(b: BBox, z: number): [number, number, number, number] {
  return [lon2tile(b[0], z), lat2tile(b[3], z), lon2tile(b[2], z), lat2tile(b[1], z)];
}

/** geojson-vt's tile id (`toID`): the zoom is the id modulo 32. */
const toID = (z: number, x: number, y: number): number => ((1 << z) * y + x) * 32 + z;

interface VtInternalTile { source: unknown[] | null; features: unknown[] }

/**
 * Frees what a geojson-vt index no longer needs while zoom `z` is written: cached tiles above zoom `z` that
 * were split already (`source` null: their children exist) go, and those not split yet keep only the data
 * to split. This reaches into the index's tile cache and does nothing when that is not there (another
 * geojson-vt version): it only saves memory. (A tile lookup climbs to the nearest cached ancestor; when
 * that one is gone or was split, the area has no features, so dropping split tiles changes no result.)
 */
function prune(index: GeoJSONVT, z: number): void {
  const tiles = cache(index);
  if (!tiles) return;
  for (const key in tiles) {
    const id = Number(key);
    if (id % 32 >= z) continue;
    const tile = tiles[id]!;
    if (!tile.source) delete tiles[id];
    else tile.features = [];
  }
}

const cache = (index: GeoJSONVT): Record<number, VtInternalTile> | null => {
  const tiles = (index as unknown as { tileIndex?: { tiles?: Record<number, VtInternalTile> } }).tileIndex?.tiles;
  return tiles && typeof tiles === 'object' ? tiles : null;
};

/** Drops one written tile of the last zoom from the index's cache (see `prune`). */
function drop(index: GeoJSONVT, z: number, x: number, y: number): void {
  const tiles = cache(index);
  if (tiles) delete tiles[toID(z, x, y)];
}

/**
 * Writes the tiles of zooms `minzoom`–`maxzoom` over `region` for `layers`, asking `features` for each
 * layer's features in turn (so only one layer's GeoJSON and index are in memory at a time).
 */
export function writeTiles(
  features: (layer: OsmSourceLayer) => LayerFeature[],
  opts: { out: string; region: BBox; minzoom: number; maxzoom: number; layers: readonly OsmSourceLayer[]; log: Log },
): TileStats {
  const { out, region, minzoom, maxzoom, log } = opts;
  log(`tiling, one layer at a time`);

  // Every tile over the region exists, empty until a layer adds to it.
  const sizes = new Map<string, number>();
  for (let z = minzoom; z <= maxzoom; z++) {
    const [x0, y0, x1, y1] = tileRange(region, z);
    for (let x = x0; x <= x1; x++) {
      mkdirSync(join(out, String(z), String(x)), { recursive: true });
      for (let y = y0; y <= y1; y++) {
        writeFileSync(join(out, String(z), String(x), `${y}.pbf`), new Uint8Array(0));
        sizes.set(`${z}/${x}/${y}`, 0);
      }
    }
  }

  const t0 = Date.now();
  const counts: Partial<Record<OsmSourceLayer, number>> = {};
  for (const layer of opts.layers) {
    // Zoom a feature starts at → features. Features of zooms past maxzoom go into the maxzoom tiles.
    const groups = new Map<number, Feature<Geometry>[]>();
    let count = 0;
    for (const f of features(layer)) {
      const mz = Math.max(minzoom, Math.min(f.minzoom, maxzoom));
      let list = groups.get(mz);
      if (!list) groups.set(mz, (list = []));
      list.push(f.feature);
      count++;
    }
    counts[layer] = count;
    const indexes: { minzoom: number; index: GeoJSONVT }[] = [];
    for (const [mz, list] of groups) {
      indexes.push({ minzoom: mz, index: new GeoJSONVT({ type: 'FeatureCollection', features: list }, { maxZoom: maxzoom, extent: EXTENT, buffer: 64, tolerance: 3, indexMaxZoom: 5 }) });
      list.length = 0;
    }
    groups.clear();
    let bytes = 0;
    for (let z = minzoom; z <= maxzoom; z++) {
      const [x0, y0, x1, y1] = tileRange(region, z);
      const active = indexes.filter((g) => g.minzoom <= z);
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const feats: GeoJSONVTFeature[] = [];
          for (const g of active) {
            const t = g.index.getTile(z, x, y);
            if (t) for (const f of t.features) feats.push(f);
            if (z === maxzoom) drop(g.index, z, x, y);
          }
          if (feats.length === 0) continue;
          const data = fromGeojsonVt({ [layer]: { features: feats } }, { version: 2, extent: EXTENT });
          const key = `${z}/${x}/${y}`;
          appendFileSync(join(out, key + '.pbf'), data);
          sizes.set(key, sizes.get(key)! + data.length);
          bytes += data.length;
        }
        for (const g of active) prune(g.index, z);
      }
    }
    indexes.length = 0;
    log(`  ${layer}: ${count.toLocaleString('en')} features, ${(bytes / 1048576).toFixed(1)} MB of tiles (${((Date.now() - t0) / 1000).toFixed(1)} s, memory ${(process.memoryUsage().rss / 1073741824).toFixed(2)} GB)`);
  }

  const stats: TileStats = { counts, tiles: 0, empty: 0, bytes: 0, maxBytes: 0, byZoom: {} };
  for (const [key, size] of sizes) {
    const z = Number(key.slice(0, key.indexOf('/')));
    const zs = (stats.byZoom[z] ??= { tiles: 0, bytes: 0 });
    zs.tiles++;
    zs.bytes += size;
    stats.tiles++;
    if (size === 0) stats.empty++;
    stats.bytes += size;
    stats.maxBytes = Math.max(stats.maxBytes, size);
  }
  for (const [z, zs] of Object.entries(stats.byZoom)) log(`  zoom ${z}: ${zs.tiles} tiles, ${(zs.bytes / 1024).toFixed(0)} KB`);
  return stats;
}
