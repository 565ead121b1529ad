/**
 * The "bare MapLibre" baseline: the app's content (areas, places, projects, ground) drawn as
 * plain fill/line/circle layers, with no app UI, no labels and no interaction handlers. It is what
 * the app would cost if it were only a map, so app/bare ratios show the app's own overhead.
 *
 * It loads MapLibre exactly as src/map/MapView.tsx does (same worker set-up, same CSS, same chunking
 * in vite.bare.config.ts), frames the same bounds with the same padding, and signals readiness the
 * same way: `<html data-map-ready="true">` on the map's `load` (its first complete frame).
 *
 * `?scale=N` adds N synthetic enterprises as a clustered GeoJSON source, fetched from
 * `enterprises-N.geojson` beside the page (written by the bench, see ../scale-data.ts) so that, as
 * with a real register, MapLibre's worker fetches and parses it off the main thread;
 * `&cluster=ID` keeps only one cluster's enterprises, through the source's `filter` option.
 */
import { Map as MLMap, setWorkerUrl, type ExpressionSpecification, type LayerSpecification, type SourceSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import areasJson from '../../../data/areas.geojson';
import placesJson from '../../../data/places.geojson';
import projectsJson from '../../../data/projects.geojson';
import groundJson from '../../../data/ground.geojson';
import clusterIds from 'virtual:bench-cluster-ids';
import { enterprisesFile } from '../scale-data';

setWorkerUrl(workerUrl);

const areas = areasJson as FeatureCollection;

/** Bounding box of the area outlines: what the app frames on first load (its `figures.bounds`). */
function bboxOf(fc: FeatureCollection): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return [w, s, e, n];
}

/** Same rule as the app's `fullPadding` (src/app/layout.ts), so both pages open at the same zoom on the same screen. */
function padding(el: HTMLElement) {
  return el.clientWidth >= 720
    ? { top: 40, bottom: 40, right: 60, left: 400 }
    : { top: 30, bottom: Math.round(el.clientHeight * 0.35), right: 30, left: 30 };
}

/** One colour per cluster id, in data order; enough to tell clusters apart on screen. */
const CLUSTER_COLORS = ['#0072b2', '#d55e00', '#6a3d9a', '#009e73', '#cc79a7', '#b8860b'];
// Cast: the `match` tuple type cannot describe a spread of label/colour pairs built at run time.
const clusterColor = [
  'match', ['get', 'cluster'],
  ...clusterIds.flatMap((id, i) => [id, CLUSTER_COLORS[i % CLUSTER_COLORS.length]!]),
  '#56616b',
] as unknown as ExpressionSpecification;

function style(params: URLSearchParams): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    ground: { type: 'geojson', data: groundJson as FeatureCollection },
    areas: { type: 'geojson', data: areas },
    places: { type: 'geojson', data: placesJson as FeatureCollection },
    projects: { type: 'geojson', data: projectsJson as FeatureCollection },
  };
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': '#eef1ee' } },
    { id: 'ground-line', type: 'line', source: 'ground', filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': ['match', ['get', 'kind'], 'metro', '#71c5e8', '#e0b070'], 'line-width': 2.5 } },
    { id: 'ground-point', type: 'circle', source: 'ground', filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 3, 'circle-color': '#ffffff', 'circle-stroke-color': '#71c5e8', 'circle-stroke-width': 1.5 } },
    { id: 'area-fill', type: 'fill', source: 'areas',
      paint: { 'fill-color': ['match', ['get', 'tier'], 'core', '#c0392b', 'extension', '#2e86ab', 'base', '#7b4fa0', '#5fa8c8'], 'fill-opacity': 0.25 } },
    { id: 'area-line', type: 'line', source: 'areas', paint: { 'line-color': '#33424f', 'line-width': 1.2 } },
    { id: 'place-circle', type: 'circle', source: 'places',
      paint: { 'circle-radius': 4, 'circle-color': '#56616b', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 } },
    { id: 'project-circle', type: 'circle', source: 'projects',
      paint: { 'circle-radius': 8, 'circle-color': clusterColor, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
  ];

  const scale = Number(params.get('scale') ?? 0);
  if (Number.isInteger(scale) && scale > 0) {
    const only = params.get('cluster');
    sources.enterprises = {
      type: 'geojson',
      data: new URL(enterprisesFile(scale), location.href).href,
      cluster: true, clusterRadius: 50, clusterMaxZoom: 14,
      // The source-level filter runs in the worker before clustering, so cluster counts follow it.
      ...(only ? { filter: ['==', ['get', 'cluster'], only] } : {}),
    };
    layers.push(
      { id: 'enterprise-cluster', type: 'circle', source: 'enterprises', filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#1f2a33', 'circle-opacity': 0.7,
          'circle-radius': ['step', ['get', 'point_count'], 8, 25, 12, 100, 16, 500, 22],
          'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5,
        } },
      { id: 'enterprise-point', type: 'circle', source: 'enterprises', filter: ['!', ['has', 'point_count']],
        paint: { 'circle-radius': 3.5, 'circle-color': clusterColor, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.8 } },
    );
  }
  return { version: 8, sources, layers };
}

const el = document.getElementById('map')!;
try {
  const map = new MLMap({
    container: el,
    style: style(new URLSearchParams(location.search)),
    bounds: bboxOf(areas),
    fitBoundsOptions: { padding: padding(el) },
    // Same limits as the app, so the scripted pan and zoom move the same way on both pages.
    maxBounds: [120.85, 30.8, 121.55, 31.26],
    minZoom: 8.5,
    maxZoom: 17,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.once('load', () => {
    document.documentElement.dataset.mapReady = 'true';
  });
} catch (e) {
  document.documentElement.dataset.mapReady = 'unavailable';
  console.error('map unavailable:', (e as Error).message);
}
