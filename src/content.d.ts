/** `.geojson` files are loaded as JSON modules by the content plugin in vite.config.ts. */
/** seeds/register.json without its facts (see vite.config.ts). */
declare module 'virtual:g60-register' {
  const value: unknown;
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
