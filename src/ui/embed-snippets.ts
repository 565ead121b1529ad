/**
 * The code a webmaster pastes to embed the map: an iframe, or the web component. Pure: the
 * generator in the share dialog shows what this returns and previews the same embed.
 */
import { formatView } from '../state/url';
import { DEFAULT_VIEW, type View } from '../state/view';

export interface EmbedChoice {
  /** Width in CSS px, or null for the full width of the host page's column. */
  width: number | null;
  /** Height in CSS px. */
  height: number;
  /** Which parts of the current view the embed opens with. */
  keep: { selection: boolean; filters: boolean; language: boolean; basemap: boolean };
  search: boolean;
  panel: boolean;
  interactive: boolean;
}

export const SIZE_PRESETS = [
  { id: 'small', width: 400, height: 300 },
  { id: 'medium', width: 640, height: 480 },
  { id: 'large', width: 960, height: 600 },
  { id: 'full', width: null, height: 480 },
] as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The view the embed opens with: the current one, less what the webmaster left out; never a camera. */
export function embedView(v: View, c: EmbedChoice): View {
  return {
    sel: c.keep.selection ? v.sel : null, lang: c.keep.language ? v.lang : 'zh', clusters: c.keep.filters ? v.clusters : null,
    layers: c.keep.filters ? { ...v.layers } : { ...DEFAULT_VIEW.layers }, cam: null, panel: c.panel ? v.panel : null,
    basemap: c.keep.basemap ? v.basemap : null,
  };
}

/** The embed's query string (without `?`): `mode=embed`, the view, and the embed's own options. */
export function embedQuery(v: View, c: EmbedChoice): string {
  const ui = [c.search && 'search', c.panel && 'panel'].filter(Boolean).join(',');
  const own = new URLSearchParams({ mode: 'embed', ...(ui ? { ui } : {}), ...(c.interactive ? {} : { interactive: '0' }) });
  return [own.toString(), formatView(embedView(v, c))].filter(Boolean).join('&').replace(/%2C/g, ',');
}

/** The iframe snippet; `base` is the public site's folder URL (ending in `/`). */
export function iframeSnippet(base: string, v: View, c: EmbedChoice, title: string): string {
  const width = c.width === null ? '100%' : String(c.width);
  return `<iframe title="${esc(title)}" src="${esc(`${base}?${embedQuery(v, c)}`)}" width="${width}" height="${c.height}" `
    + 'style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>';
}

/** The web-component snippet: one module script and the element with its attributes. */
export function componentSnippet(base: string, v: View, c: EmbedChoice): string {
  const e = embedView(v, c);
  const attrs = [
    e.sel && `selected="${esc(e.sel)}"`, e.clusters && `clusters="${esc(e.clusters.join(','))}"`, e.lang !== 'zh' && `lang="${e.lang}"`,
    e.basemap && `basemap="${esc(e.basemap)}"`, !c.interactive && 'interactive="false"',
    `style="display:block;width:${c.width === null ? '100%' : `${c.width}px`};height:${c.height}px"`,
  ].filter(Boolean);
  return `<script type="module" src="${esc(`${base}g60-zone-map.js`)}"></script>\n<g60-zone-map ${attrs.join(' ')}></g60-zone-map>`;
}
