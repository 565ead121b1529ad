/**
 * MapLibre itself: the map is built here, in a chunk that loads after the interface and the still
 * picture are on screen (the page preloads it at once). Only this module imports maplibre-gl's code.
 */
import { Map as MLMap, NavigationControl, ScaleControl, AttributionControl, prewarm, setWorkerUrl, type PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { createController, pickAt, pickNear, type MapController, type MapHit } from './controller';
import type { StyleView } from './style';
import type { BasemapSpec } from './basemaps/spec';
import { styleFor } from './compose-style';
import { isTouch } from './pointer';
import { MAX_BOUNDS, ZOOM_RANGE, type MapStart } from './limits';
import { itemBounds } from '../domain/derive';

/**
 * A browser starts workers only from the page's own origin. When this module is served from
 * another origin (the web component on a host page), the worker starts from a same-origin `blob:`
 * module that imports MapLibre's worker script from ours (served with CORS).
 */
function sameOriginWorker(url: string): string {
  const abs = new URL(url, import.meta.url);
  if (abs.origin === location.origin) return url;
  return URL.createObjectURL(new Blob([`import ${JSON.stringify(abs.href)};`], { type: 'text/javascript' }));
}
setWorkerUrl(sameOriginWorker(workerUrl));
// Start the workers (and the download of their script) as soon as this chunk has loaded.
prewarm();

/** The cooperative-gesture hints, in the map's language. */
const GESTURE_HINTS: Record<Lang, Record<string, string>> = {
  zh: {
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动滚轮缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动滚轮缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
  },
  en: {
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};

/** The point that stands for each item on the map: an area's label point, a feature's own point. */
function anchorsOf(ds: Dataset): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>(ds.areaLabel);
  for (const f of [...ds.places, ...ds.projects, ...ds.contextPlaces]) {
    if (f.geometry?.type === 'Point') out.set(f.properties.id, f.geometry.coordinates as [number, number]);
  }
  for (const f of ds.contextAreas) {
    const b = f.geometry ? itemBounds(ds, { kind: 'context-area', id: f.properties.id, feature: f }) : null;
    if (b) out.set(f.properties.id, [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
  }
  return out;
}

export interface EngineOptions {
  dataset: Dataset;
  view: StyleView;
  start: MapStart;
  basemap: BasemapSpec;
  padding: () => PaddingOptions;
  gestures?: { cooperative?: boolean; interactive?: boolean };
  /** Sizes of type, dots and lines (scale.ts): above 1 on a large screen seen from afar. */
  scale?: number;
  lang: Lang;
  /** Credit for the content, shown in the attribution. */
  label: string;
  onReady: (c: MapController) => void;
  onPick: (hit: MapHit | null) => void;
  /** A tap or click reached two or more places and projects: `at` is the point, in px of the map's element. */
  onStack: (hits: MapHit[], at: [number, number]) => void;
  onHover: (hit: MapHit | null) => void;
}

/** Builds the map in `el` and wires its events. Throws when WebGL is unavailable. */
export function createMap(el: HTMLElement, o: EngineOptions): MLMap {
  const start = 'camera' in o.start
    ? { center: [o.start.camera.lon, o.start.camera.lat] as [number, number], zoom: o.start.camera.zoom }
    : { bounds: [...o.start.box] as [number, number, number, number], fitBoundsOptions: { padding: o.padding(), maxZoom: o.start.maxZoom } };
  const map = new MLMap({
    container: el as HTMLElement,
    style: styleFor(o.dataset, o.basemap, o.view, undefined, undefined, o.scale),
    ...start,
    maxBounds: [...MAX_BOUNDS] as [number, number, number, number],
    minZoom: ZOOM_RANGE[0],
    maxZoom: ZOOM_RANGE[1],
    attributionControl: false,
    localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'G60 CJK', sans-serif",
    dragRotate: false,
    pitchWithRotate: false,
    // Labels appear at once rather than fading in: no repaints after every move just for the fade.
    fadeDuration: 0,
    cooperativeGestures: o.gestures?.cooperative ?? false,
    locale: GESTURE_HINTS[o.lang],
  });
  map.touchZoomRotate.disableRotation();
  if (o.gestures?.interactive === false) {
    // Not MapLibre's `interactive: false`, which would also stop clicks from opening cards.
    for (const h of [map.dragPan, map.scrollZoom, map.boxZoom, map.doubleClickZoom, map.keyboard, map.touchZoomRotate]) h.disable();
  } else {
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  }
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  // On phones the full credit line would cover the map: it folds into an ⓘ button there, closed.
  const compact = el.clientWidth < 720;
  map.addControl(new AttributionControl({ compact, customAttribution: o.label }), 'bottom-right');
  if (compact) el.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  map.on('error', (e) => console.warn('map:', e.error?.message ?? e));
  // MapLibre's `load`: every tile and glyph is in and the frame that shows them all has been drawn.
  // Not `idle`: with labels MapLibre draws one more, identical frame first (it re-runs label
  // placement after new tiles), which on a slow GPU only delays the signal (tests/e2e/first-screen).
  map.once('load', () => {
    const c = createController(map, {
      anchors: () => anchorsOf(o.dataset), basemap: o.basemap, boxes: new Map(o.dataset.areas.flatMap((a) => {
        const b = itemBounds(o.dataset, { kind: 'area', id: a.properties.id, feature: a });
        return b ? [[a.properties.id, b] as const] : [];
      })), overviewBounds: o.dataset.bounds, padding: o.padding,
      view: o.view, scale: o.scale, styleFor: (b, v, s, osm) => styleFor(o.dataset, b, v, s, osm, o.scale),
    });
    // The marks of stacked points are part of the first picture: when there are any, the map is
    // ready once the frame that shows them is drawn, so the picture at the signal is the final one.
    if (c.markStacks()) map.once('idle', () => o.onReady(c)); else o.onReady(c);
  });
  // Where several places and projects share the spot, the visitor chooses among them; otherwise the
  // item under the pointer opens, as it always has.
  map.on('click', (e) => {
    const point: [number, number] = [e.point.x, e.point.y];
    const hits = pickNear(map, point, isTouch(e.originalEvent), o.scale);
    const under = pickAt(map, point);
    // The area under the finger is there too: it joins the list rather than being out of reach.
    if (hits.length > 1) o.onStack(under?.kind === 'area' ? [...hits, under] : hits, point); else o.onPick(under);
  });
  map.on('mousemove', (e) => {
    const hit = pickAt(map, [e.point.x, e.point.y]);
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    o.onHover(hit);
  });
  map.on('mouseout', () => o.onHover(null));
  return map;
}
