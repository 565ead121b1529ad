/**
 * Switching the basemap on a live map, and falling back to the built-in schematic basemap when an
 * online one cannot load (offline hall, blocked host, bad key) so the map is never left blank.
 */
import type { Map as MLMap, MapSourceDataEvent, StyleSpecification } from 'maplibre-gl';
import { ZONE_SOURCE } from './sources';
import type { BasemapSpec } from './basemaps/spec';
import { isOnline } from './basemaps/spec';

/** How long an online basemap may take to deliver its first tile before we give up on it (ms). */
export const FAILOVER_MS = 5000;
/** Tile errors tolerated before giving up: one bad tile at the edge of coverage is no outage. */
const MAX_ERRORS = 3;

/**
 * Applies `style` (ours, with the basemap's sources and layers) to the map. A `style` basemap's
 * own style is fetched by MapLibre and ours is laid over it. Resolves when the style is in place.
 * `onFail` is called at most once if the basemap then fails to deliver tiles.
 */
export function applyBasemap(map: MLMap, basemap: BasemapSpec, style: StyleSpecification, onFail: (reason: string) => void): () => void {
  if (basemap.kind === 'style') {
    map.setStyle(basemap.url, {
      diff: false,
      transformStyle: (_prev, next) => ({
        ...next!,
        // Their glyphs stay (their labels need them); ours render locally either way.
        sources: { ...next!.sources, [ZONE_SOURCE]: style.sources[ZONE_SOURCE]! },
        layers: [...next!.layers, ...style.layers.filter((l) => 'source' in l && l.source === ZONE_SOURCE)],
      }),
    });
  } else {
    map.setStyle(style, { diff: true });
  }
  return isOnline(basemap) ? watchBasemap(map, onFail) : () => {};
}

/** Calls `onFail` when no basemap tile arrives in time or tiles keep failing; returns a canceller. */
function watchBasemap(map: MLMap, onFail: (reason: string) => void): () => void {
  let errors = 0, done = false;
  const finish = (reason: string | null) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    map.off('error', onError);
    map.off('sourcedata', onData);
    if (reason) onFail(reason);
  };
  const isBase = (id: string | undefined) => id !== undefined && id !== ZONE_SOURCE;
  const onError = (ev: unknown) => {
    // Tile errors carry the id of the source that failed.
    const e = ev as { sourceId?: string; error?: Error };
    if (isBase(e.sourceId) && ++errors >= MAX_ERRORS) finish(`tiles failed to load (${e.error?.message ?? 'error'})`);
  };
  const onData = (e: MapSourceDataEvent) => {
    if (isBase(e.sourceId) && e.tile && (e.tile as { state?: string }).state === 'loaded') finish(null);
  };
  const timer = setTimeout(() => finish(`no tile within ${FAILOVER_MS / 1000} s`), FAILOVER_MS);
  map.on('error', onError);
  map.on('sourcedata', onData);
  return () => finish(null);
}
