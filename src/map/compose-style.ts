/** The full style for a basemap, a view and a datum shift: content + palette + basemap → style. Pure. */
import type { StyleSpecification } from 'maplibre-gl';
import type { Dataset } from '../domain/dataset';
import { baseLayers, type OsmStyle } from './basemaps/base-layers';
import type { BasemapSpec } from './basemaps/spec';
import { DARK, LIGHT, type Palette } from './palette';
import type { Shift } from './shift';
import { IDENTITY } from './shift';
import { buildSources } from './sources';
import { buildStyle, type StyleView } from './style';
import { scaleStyle } from './scale';

/** The palette a basemap is drawn with: dark only for the dark schematic basemap. */
export const paletteFor = (b: BasemapSpec): Palette => (b.kind === 'schematic' && b.theme === 'dark' ? DARK : LIGHT);

/**
 * `osm`: the OSM street style, required for an `osm-vector` basemap (see loadOsmStyle). `scale`:
 * sizes of type, dots and lines (a 4K kiosk draws them twice as large; see scale.ts).
 */
export function styleFor(ds: Dataset, basemap: BasemapSpec, view: StyleView, shift: Shift = IDENTITY, osm?: OsmStyle, scale = 1): StyleSpecification {
  const palette = paletteFor(basemap);
  const src = buildSources(ds, palette, shift);
  return scaleStyle(buildStyle(src, palette, view, baseLayers(basemap, src.ground, palette, view.lang, osm)), scale);
}

/** Loads the OSM street style on demand. */
export async function loadOsmStyle(): Promise<OsmStyle> {
  const m = await import('./basemaps/osm-layers');
  return { layers: m.osmLayers, palette: m.OSM_LIGHT };
}
