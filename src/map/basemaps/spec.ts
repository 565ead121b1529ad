/**
 * Basemaps the map can draw under the zone. The two schematic ones are built in and need no
 * network; the others come from the deploy-time config (public/config.json).
 */
import type { Text } from '../../domain/types';

/** Which datum a basemap's tiles are in. CGCS2000 (天地图) is WGS84 to within a metre. */
export type Datum = 'wgs84' | 'gcj02';

interface Common {
  id: string;
  name: Text;
  /** Credit shown on the map while this basemap is active (provider's terms). */
  attribution: string;
  /** 审图号 shown with providers that require it. */
  reviewNumber?: string;
}

export type BasemapSpec =
  | (Common & { kind: 'schematic'; theme: 'light' | 'dark' })
  | (Common & { kind: 'raster'; tiles: string[]; tileSize: number; minzoom: number; maxzoom: number; datum: Datum })
  | (Common & { kind: 'tianditu'; key: string; layer: 'vec' | 'img' })
  | (Common & { kind: 'style'; url: string; datum: Datum })
  | (Common & { kind: 'osm-vector'; tiles: string[]; minzoom: number; maxzoom: number });

export const SCHEMATIC_LIGHT: BasemapSpec = {
  id: 'schematic', kind: 'schematic', theme: 'light', name: { zh: '示意底图', en: 'Schematic' },
  attribution: '示意底图 Schematic basemap · 道路与地铁线位 road and metro alignments © OpenStreetMap contributors (ODbL)',
};
export const SCHEMATIC_DARK: BasemapSpec = {
  ...SCHEMATIC_LIGHT, id: 'schematic-dark', theme: 'dark', name: { zh: '示意底图（深色）', en: 'Schematic (dark)' },
};
export const BUILT_IN: readonly BasemapSpec[] = [SCHEMATIC_LIGHT, SCHEMATIC_DARK];

/** The datum overlays must be shifted into to line up with a basemap. */
export function datumOf(b: BasemapSpec): Datum {
  return b.kind === 'raster' || b.kind === 'style' ? b.datum : 'wgs84';
}

/** Whether a basemap needs the network (and can therefore fail and fall back). */
export const isOnline = (b: BasemapSpec) => b.kind !== 'schematic' && !(b.kind === 'osm-vector' && b.tiles.every((t) => !/^https?:/.test(t)));
