/**
 * What the app needs to know about the offline OSM basemap without loading its style layers
 * (osm-layers.ts, loaded only when that basemap is chosen).
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Attribution that must be shown whenever the basemap is on the map. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL 1.0';

/** Zoom range of the tiles (the source's `minzoom`/`maxzoom` with the default build). */
export const OSM_MINZOOM = 8;
export const OSM_MAXZOOM = 14;

/** `text-field` of the basemap's labels: the OSM name, or its English name (falling back to `name`). */
export const osmNameField = (lang: 'zh' | 'en'): ExpressionSpecification =>
  lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];

/** Ids of the label layers, for relabelling on a language change (`setLayoutProperty(id, 'text-field', …)`). */
export const osmLabelLayerIds = (sourceId: string): string[] =>
  [`${sourceId}-waterway-label`, `${sourceId}-road-label`, `${sourceId}-place-label`];
