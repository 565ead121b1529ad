/**
 * Vite plugin: the page asks for MapLibre's chunk (and the engine module that builds the map) at
 * once, in `<link rel="modulepreload">` tags, although the app imports them only after its first
 * render (so the still picture of the zone does not wait for ~300 kB of map engine). Vite preloads
 * a dynamic import's chunks only when the import runs; this starts the download with the page.
 */
import type { Plugin } from 'vite';

/** Chunks to preload: MapLibre's own (vite.config.ts names it `maplibre`) and the engine module. */
const PRELOADED = /^assets\/(?:maplibre|engine)-(?!gl-worker)[\w-]+\.js$/;

export function preloadEnginePlugin(): Plugin {
  return {
    name: 'g60-preload-engine',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => PRELOADED.test(f)).sort();
        if (files.length === 0) return html;
        return {
          html,
          tags: files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}
