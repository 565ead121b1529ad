/**
 * The one component that owns the MapLibre map. It builds the map once from the style, reports
 * clicks and hover upward, and hands a controller to its parent once the first complete picture
 * is drawn.
 */
import { Map as MLMap, NavigationControl, ScaleControl, AttributionControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { onCleanup, onMount } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import { REGION_BBOX } from '../domain/types';
import type { Camera } from '../state/view';
import { createController, pickAt, type MapController, type MapHit } from './controller';
import type { StyleView } from './style';
import { SCHEMATIC_LIGHT } from './basemaps/spec';
import { styleFor } from './compose-style';
import { exposeIntrospection } from './introspect';

setWorkerUrl(workerUrl);
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

/** Frame padding (px) that keeps the overview clear of the side panel or the bottom sheet. */
export function overviewPadding(el: HTMLElement) {
  // Wide screens: the panel covers the left 380 px. Phones: the bottom sheet covers the lower part.
  const wide = el.clientWidth >= 720;
  return wide ? { top: 40, bottom: 40, right: 60, left: 400 } : { top: 30, bottom: Math.round(el.clientHeight * 0.5), right: 30, left: 30 };
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
}

export function MapView(props: MapViewProps) {
  let el!: HTMLDivElement;
  /** Builds the map and wires its events; undefined when WebGL is unavailable (reported upward). */
  const create = (): MLMap | undefined => {
    let map: MLMap;
    try {
      map = new MLMap({
        container: el,
        style: styleFor(props.dataset, SCHEMATIC_LIGHT, props.view),
        ...(props.camera
          ? { center: [props.camera.lon, props.camera.lat] as [number, number], zoom: props.camera.zoom }
          : { bounds: props.dataset.bounds as [number, number, number, number], fitBoundsOptions: { padding: overviewPadding(el) } }),
        maxBounds: MAX_BOUNDS,
        minZoom: ZOOM_RANGE[0],
        maxZoom: ZOOM_RANGE[1],
        attributionControl: false,
        localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
        dragRotate: false,
        pitchWithRotate: false,
        // Labels appear at once rather than fading in: no repaints after every move just for the fade.
        fadeDuration: 0,
      });
    } catch (e) {
      // Embedders and tests wait on this signal: say the map will not come rather than never answering.
      el.dataset.state = 'unavailable';
      document.documentElement.dataset.mapReady = 'unavailable';
      props.onUnavailable((e as Error).message);
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
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
        anchors: anchorsOf(props.dataset), overviewBounds: props.dataset.bounds, padding: () => overviewPadding(el),
        view: props.view, styleFor: (b, v, s, osm) => styleFor(props.dataset, b, v, s, osm),
      });
      exposeIntrospection(controller);
      props.onReady(controller);
      el.dataset.state = 'ready';
      document.documentElement.dataset.mapReady = 'true';
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
    const timer = setTimeout(() => { map = create(); });
    onCleanup(() => { clearTimeout(timer); map?.remove(); });
  });
  return <div ref={el} class="map" data-state="loading" role="region" aria-label={props.label} />;
}
