/** `.geojson` files are loaded as JSON modules by the content plugin in vite.config.ts. */
/** seeds/register.json without its facts (see vite.config.ts). */
declare module 'virtual:g60-register' {
  const value: unknown;
  export default value;
}

/** The content without the fields only cards show (see domain/split.ts and vite.config.ts). */
declare module 'virtual:g60-content' {
  const value: import('./domain/split').LightContent;
  export default value;
}

/** The fields only cards show, by kind and item id: a chunk loaded on demand (see data/load.ts). */
declare module 'virtual:g60-details' {
  const value: import('./domain/split').DetailRecords;
  export default value;
}

/** Area figures computed from data/areas.geojson at build time (see vite.config.ts). */
declare module 'virtual:g60-figures' {
  const value: import('./domain/figures').AreaFigures;
  export default value;
}

declare module '*.geojson' {
  const value: unknown;
  export default value;
}
