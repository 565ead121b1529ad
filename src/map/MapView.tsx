/**
 * The one component that owns the MapLibre map. It builds the map once from the style, reports
 * clicks and hover upward, and hands a controller to its parent once the first complete picture
 * is drawn. What the map opens with (basemap, gestures, padding) comes from the mode's layout; it
 * writes nothing outside its own element.
 */
import { Map as MLMap, type PaddingOptions, NavigationControl, ScaleControl, AttributionControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { onCleanup, onMount } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import { REGION_BBOX } from '../domain/types';
import type { Camera } from '../state/view';
import type { Lang } from '../domain/types';
import { createController, pickAt, type MapController, type MapHit } from './controller';
import type { StyleView } from './style';
import type { BasemapSpec } from './basemaps/spec';
import { styleFor } from './compose-style';

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
// Start the workers (and the download of their script) now, not when the map is created after the
// first render of the interface.
prewarm();

/** Panning is limited to Songjiang and its surroundings. */
const MAX_BOUNDS = [...REGION_BBOX] as [number, number, number, number];
/** Zoom range of the map; the URL parser checks shared cameras against the same values. */
export const ZOOM_RANGE = [8.5, 17] as const;

/** The point that stands for each item on the map: an area's label point, a feature's own point. */
function anchorsOf(ds: Dataset): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>(ds.areaLabel);
  for (const f of [...ds.places, ...ds.projects]) {
    if (f.geometry.type === 'Point') out.set(f.properties.id, f.geometry.coordinates as [number, number]);
  }
  return out;
}

export interface MapViewProps {
  dataset: Dataset;
  /** Language, filters and layers the map opens with; later changes go through the controller. */
  view: StyleView;
  /** Initial camera from a shared link; otherwise the map opens framed on the whole zone. */
  camera: Camera | null;
  /** Credit for the content, shown in the attribution. */
  label: string;
  onReady: (c: MapController) => void;
  onPick: (hit: MapHit | null) => void;
  onHover: (hit: MapHit | null) => void;
  onUnavailable: (reason: string) => void;
  /**
   * The basemap the map opens with: a built-in (schematic) one, drawn without waiting for anything.
   * Others are applied through the controller once the map is ready.
   */
  basemap: BasemapSpec;
  /** Keeps framed things clear of the mode's panels, for the map's current size. */
  padding: (el: HTMLElement) => PaddingOptions;
  /** Gestures: `cooperative` = ctrl/⌘ + wheel zooms, two fingers pan (embedded in a scrolling page); `interactive: false` = no pan or zoom at all (clicks still pick). */
  gestures?: { cooperative?: boolean; interactive?: boolean };
  /** Language of the map's own hints (cooperative gestures). */
  lang: Lang;
}

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

export function MapView(props: MapViewProps) {
  let el!: HTMLDivElement;
  /** Builds the map and wires its events; undefined when WebGL is unavailable (reported upward). */
  const create = (): MLMap | undefined => {
    let map: MLMap;
    try {
      map = new MLMap({
        container: el,
        style: styleFor(props.dataset, props.basemap, props.view),
        ...(props.camera
          ? { center: [props.camera.lon, props.camera.lat] as [number, number], zoom: props.camera.zoom }
          : { bounds: props.dataset.bounds as [number, number, number, number], fitBoundsOptions: { padding: props.padding(el) } }),
        maxBounds: MAX_BOUNDS,
        minZoom: ZOOM_RANGE[0],
        maxZoom: ZOOM_RANGE[1],
        attributionControl: false,
        localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'G60 CJK', sans-serif",
        dragRotate: false,
        pitchWithRotate: false,
        // Labels appear at once rather than fading in: no repaints after every move just for the fade.
        fadeDuration: 0,
        cooperativeGestures: props.gestures?.cooperative ?? false,
        locale: GESTURE_HINTS[props.lang],
      });
    } catch (e) {
      // Embedders and tests wait on this signal: say the map will not come rather than never answering.
      el.dataset.state = 'unavailable';
      props.onUnavailable((e as Error).message);
      return;
    }
    map.touchZoomRotate.disableRotation();
    if (props.gestures?.interactive === false) {
      // Not MapLibre's `interactive: false`, which would also stop clicks from opening cards.
      for (const h of [map.dragPan, map.scrollZoom, map.boxZoom, map.doubleClickZoom, map.keyboard, map.touchZoomRotate]) h.disable();
    }
    if (props.gestures?.interactive !== false) map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    // On phones the full credit line would cover the map: it folds into an ⓘ button there, closed.
    const compact = el.clientWidth < 720;
    map.addControl(new AttributionControl({ compact, customAttribution: props.label }), 'bottom-right');
    if (compact) el.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    map.on('error', (e) => console.warn('map:', e.error?.message ?? e));
    // MapLibre's `load`: every tile and glyph is in and the frame that shows them all has been drawn.
    // Not `idle`: with labels MapLibre draws one more, identical frame first (it re-runs label
    // placement after new tiles), which on a slow GPU only delays the signal (tests/e2e/first-screen).
    map.once('load', () => {
      const controller = createController(map, {
        anchors: anchorsOf(props.dataset), overviewBounds: props.dataset.bounds, padding: () => props.padding(el),
        view: props.view, styleFor: (b, v, s, osm) => styleFor(props.dataset, b, v, s, osm),
      });
      el.dataset.state = 'ready';
      props.onReady(controller);
    });
    map.on('click', (e) => props.onPick(pickAt(map, [e.point.x, e.point.y])));
    map.on('mousemove', (e) => {
      const hit = pickAt(map, [e.point.x, e.point.y]);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      props.onHover(hit);
    });
    map.on('mouseout', () => props.onHover(null));
    return map;
  };
  onMount(() => {
    // The map is made in a task of its own, after the one that built the interface: two shorter
    // tasks instead of one long one, so the page answers input sooner while it loads (Lighthouse's
    // total blocking time fell from ~190 to ~115 ms on desktop), and the map is ready no later.
    let map: MLMap | undefined;
    // A machine without a CJK font is loading the page's fallback subset ('G60 CJK') by now: labels
    // drawn before it arrives would keep their boxes (MapLibre draws each glyph once). Elsewhere
    // nothing is loading and the map starts at once.
    let disposed = false;
    const timer = setTimeout(() => {
      if (document.fonts.status !== 'loading') map = create();
      else void document.fonts.ready.then(() => { if (!disposed) map = create(); });
    });
    onCleanup(() => { disposed = true; clearTimeout(timer); map?.remove(); });
  });
  return <div ref={el} class="map" data-state="loading" role="region" aria-label={props.label} />;
}
