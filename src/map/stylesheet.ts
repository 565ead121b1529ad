/** URL of MapLibre's stylesheet as built, for a shadow root that fetches it (the web component). */
export { default as maplibreCssUrl } from 'maplibre-gl/dist/maplibre-gl.css?url';
