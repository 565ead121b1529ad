/**
 * Colour tokens of the map. The style and the UI read colours only through these names, so a
 * palette can be swapped (light / dark) without touching either.
 */
export interface Palette {
  background: string;
  water: string;
  /** Inside Songjiang, against the background outside it. */
  land: string;
  districtEdge: string;
  road: string;
  roadCasing: string;
  metro: string;
  groundText: string;
  text: string;
  textHalo: string;
  /** The pale disc under a stack of points (the halo colour, nearly opaque). */
  stackFill: string;
  /** Fill and outline of the areas, by tier. */
  core: string;
  extension: string;
  subArea: string;
  base: string;
  outline: string;
  selected: string;
  hover: string;
  /** What a selected path or action of the plan names. */
  named: string;
  /** Cluster colours, keyed by the `colorToken` of `data/clusters.json`. */
  clusters: Record<string, string>;
  /** Places and projects with no cluster. */
  neutral: string;
  /** Context layers (the other documents' areas and places): muted, under the zone. */
  contextFill: string;
  contextOutline: string;
  contextPlace: string;
  contextText: string;
}

/** Cluster colours chosen to stay distinct for common colour-vision deficiencies (Okabe–Ito based). */
const CLUSTERS: Record<string, string> = {
  'cluster-industrial-internet': '#0072b2',
  'cluster-ai': '#d55e00',
  'cluster-satellite': '#6a3d9a',
  'cluster-crypto': '#009e73',
  'cluster-brain': '#cc79a7',
  'cluster-fintech': '#b8860b',
};

export const LIGHT: Palette = {
  background: '#eef1ee',
  water: '#bcd7e6',
  land: '#f7f8f4',
  districtEdge: '#9aa5ad',
  road: '#f6d8a8',
  roadCasing: '#c9a877',
  // Shanghai Metro Line 9's line colour.
  metro: '#71c5e8',
  groundText: '#6b7680',
  text: '#1f2a33',
  textHalo: '#ffffff',
  stackFill: 'rgba(255, 255, 255, 0.9)',
  core: '#c0392b',
  extension: '#2e86ab',
  subArea: '#5fa8c8',
  base: '#7b4fa0',
  outline: '#33424f',
  selected: '#f5b700',
  hover: '#ffd75e',
  named: '#d4145a',
  clusters: CLUSTERS,
  neutral: '#56616b',
  contextFill: '#97a27a',
  contextOutline: '#5f6e3f',
  contextPlace: '#7d8670',
  contextText: '#5b6450',
};

/** For the big screen of an exhibition stand: dark ground, bright zone, same cluster hues (lightened). */
export const DARK: Palette = {
  background: '#0f1a24',
  water: '#1d3b52',
  land: '#16232f',
  districtEdge: '#4a5b69',
  road: '#4b4434',
  roadCasing: '#2b2a24',
  metro: '#3d8fb3',
  groundText: '#9fb0bd',
  text: '#eef3f7',
  textHalo: '#0f1a24',
  stackFill: 'rgba(15, 26, 36, 0.9)',
  core: '#ff6b5b',
  extension: '#4fb3e8',
  subArea: '#7cc6ea',
  base: '#c39bec',
  outline: '#d6e2ea',
  selected: '#ffd23f',
  hover: '#ffe38a',
  named: '#ff6f9c',
  clusters: {
    'cluster-industrial-internet': '#56b4e9',
    'cluster-ai': '#ff8c42',
    'cluster-satellite': '#b79cf2',
    'cluster-crypto': '#2fd3a0',
    'cluster-brain': '#f29ccf',
    'cluster-fintech': '#f0c850',
  },
  neutral: '#a9b6c0',
  contextFill: '#7d8b66',
  contextOutline: '#b3c19c',
  contextPlace: '#a3ad94',
  contextText: '#b9c3ab',
};

export const COLOR_TOKENS: readonly string[] = Object.keys(CLUSTERS);
