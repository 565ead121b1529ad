/**
 * The view in the URL: what is selected, filters, layers, language, camera and open panel.
 * Parsing is pure and forgiving: anything malformed or unknown is dropped with a warning,
 * so a shared link never breaks the page.
 */
import { DEFAULT_VIEW, LAYER_NAMES, PANELS, type Camera, type LayerName, type Panel, type View } from './view';

/** What the parser checks ids against. */
export interface Known {
  ids: ReadonlySet<string>;
  clusters: ReadonlySet<string>;
  basemaps: ReadonlySet<string>;
  /** Camera bounds (west, south, east, north) in degrees and zoom range. */
  bounds: readonly [number, number, number, number];
  zoom: readonly [number, number];
}

const PARAMS = ['sel', 'lang', 'clusters', 'hide', 'show', 'cam', 'panel', 'basemap'] as const;

/**
 * Parses `location.search`. Never throws; every ignored part yields one warning. `extra`: further
 * parameter names that another reader handles (a mode's own), passed over without a warning.
 */
export function parseView(search: string, known: Known, extra: readonly string[] = []): { view: View; warnings: string[] } {
  const view: View = structuredClone(DEFAULT_VIEW);
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view, warnings: ['URL parameters could not be read; showing the default view'] };
  }
  const warn = (key: string, value: string, why: string) => warnings.push(`URL parameter ${key}=${JSON.stringify(value.slice(0, 80))} ignored: ${why}`);
  for (const [key, value] of params) {
    if (extra.includes(key)) continue;
    if (!(PARAMS as readonly string[]).includes(key)) { warn(key, value, 'unknown parameter'); continue; }
    switch (key) {
      case 'sel':
        if (known.ids.has(value)) view.sel = value; else warn(key, value, 'no such item');
        break;
      case 'lang':
        if (value === 'zh' || value === 'en') view.lang = value; else warn(key, value, 'use zh or en');
        break;
      case 'clusters': {
        const ids = value === '' ? [] : value.split(',');
        const good = ids.filter((c) => known.clusters.has(c));
        if (good.length < ids.length) warn(key, value, `unknown cluster(s) ${ids.filter((c) => !known.clusters.has(c)).join(', ')}`);
        if (good.length > 0 || ids.length === 0) view.clusters = [...new Set(good)];
        break;
      }
      // `hide=` turns off layers shown by default, `show=` turns on those hidden by default.
      case 'hide':
      case 'show':
        for (const l of value.split(',').filter(Boolean)) {
          if ((LAYER_NAMES as readonly string[]).includes(l)) view.layers[l as LayerName] = key === 'show'; else warn(key, l, 'no such layer');
        }
        break;
      case 'cam': {
        const cam = parseCamera(value, known);
        if (cam) view.cam = cam; else warn(key, value, 'expected lon,lat,zoom inside the map region');
        break;
      }
      case 'basemap':
        if (known.basemaps.has(value)) view.basemap = value; else warn(key, value, 'no such basemap in this deployment');
        break;
      case 'panel':
        if ((PANELS as readonly string[]).includes(value)) view.panel = value as Panel; else warn(key, value, `use ${PANELS.join(', ')}`);
        break;
    }
  }
  return { view, warnings };
}

function parseCamera(value: string, known: Known): Camera | null {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  const [w, s, e, n] = known.bounds;
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  if (lon < w || lon > e || lat < s || lat > n || zoom < known.zoom[0] || zoom > known.zoom[1]) return null;
  return { lon, lat, zoom };
}

/** The query string for a view (without `?`), leaving out defaults, in a stable order. */
export function formatView(v: View): string {
  const p = new URLSearchParams();
  if (v.sel) p.set('sel', v.sel);
  if (v.lang !== DEFAULT_VIEW.lang) p.set('lang', v.lang);
  if (v.clusters) p.set('clusters', v.clusters.join(','));
  const hidden = LAYER_NAMES.filter((l) => !v.layers[l] && DEFAULT_VIEW.layers[l]);
  if (hidden.length) p.set('hide', hidden.join(','));
  const shown = LAYER_NAMES.filter((l) => v.layers[l] && !DEFAULT_VIEW.layers[l]);
  if (shown.length) p.set('show', shown.join(','));
  if (v.cam) p.set('cam', `${v.cam.lon.toFixed(5)},${v.cam.lat.toFixed(5)},${v.cam.zoom.toFixed(2)}`);
  if (v.panel) p.set('panel', v.panel);
  if (v.basemap) p.set('basemap', v.basemap);
  return p.toString().replace(/%2C/g, ',');
}
