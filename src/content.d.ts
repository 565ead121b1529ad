/** `.geojson` files are loaded as JSON modules by the content plugin in vite.config.ts. */
declare module '*.geojson' {
  const value: unknown;
  export default value;
}
