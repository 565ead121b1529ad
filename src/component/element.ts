/**
 * `<g60-zone-map>`: the map as a web component for a host page, from one module script. The app
 * renders in the element's shadow root with its own styles (MapLibre's included), so several maps
 * on a page, and the page itself, never meet: each has its own selection, camera, search and ids,
 * none writes history, and each reports through DOM events on its element.
 *
 * Attributes: `selected`, `clusters` (comma-separated), `lang` (zh | en), `basemap`, `mode`
 * (embed, the default, or browse) and `interactive` ("false" keeps the map still). `mode` and
 * `interactive` are read once; the others also follow later changes.
 * Events (CustomEvent, bubbling out of the shadow root): `ready`, `select`, `viewchange`.
 */
import appCss from '../ui/app.css?inline';
import { maplibreCssUrl } from '../map/stylesheet';
import { loadDeployConfig } from '../app/deploy-config';
import type { Host } from '../app/host';
import type { Session } from '../app/session';
import { dataset } from '../data/load';
import { loadContext } from '../ui/context';
import { browse } from '../modes/browse';
import { embed } from '../modes/embed';
import type { MapIntrospection } from '../map/introspect';
import { attributeView, type ElementAttributes } from './attributes';

const HOST_CSS = ':host { display: block; position: relative; height: 420px; contain: content; } .root { height: 100%; }';
/** The site's folder: config.json and the assets sit beside this module. */
const BASE = new URL(/* @vite-ignore */ './', import.meta.url).href;

let sheets: Promise<CSSStyleSheet[]> | null = null;
/**
 * One set of constructed style sheets shared by every instance (no inline <style>: CSP-friendly).
 * MapLibre's stylesheet is fetched (the file the full page links), not carried in this module.
 */
function styleSheets(): Promise<CSSStyleSheet[]> {
  const sheet = (css: string) => { const s = new CSSStyleSheet(); s.replaceSync(css); return s; };
  return (sheets ??= fetch(new URL(maplibreCssUrl, import.meta.url), { mode: 'cors' })
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .catch((e: unknown) => { console.warn(`g60-zone-map: MapLibre's stylesheet did not load (${String(e)})`); return ''; })
    .then((maplibreCss) => [sheet(HOST_CSS), sheet(maplibreCss), sheet(appCss)]));
}

function elementHost(el: G60ZoneMap): Host {
  return {
    // The page's title and language are the host page's own.
    setDocument() {},
    signal(name, value) {
      if (value === null) el.removeAttribute(`data-${name}`); else el.setAttribute(`data-${name}`, value);
    },
    expose(map) { el.g60map = map; },
    history: null,
    emit(type, detail) { el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })); },
  };
}

const FOLLOWED = ['selected', 'clusters', 'lang', 'basemap'] as const;

export class G60ZoneMap extends HTMLElement {
  static observedAttributes = [...FOLLOWED, 'mode', 'interactive'];
  /** Read-only window onto the rendered map (as `window.g60map` on the full page). */
  g60map: MapIntrospection | null = null;
  #dispose: (() => void) | null = null;
  #session: Session | null = null;
  #starting = false;
  #basemaps = new Set<string>();

  connectedCallback() {
    if (this.#dispose || this.#starting) return;
    this.#starting = true;
    void this.#start();
  }

  disconnectedCallback() {
    this.#dispose?.();
    this.#dispose = null;
    this.#session = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    const session = this.#session;
    if (!session || old === value) return;
    if (name === 'mode' || name === 'interactive') { console.warn(`g60-zone-map: ${name} is read once, when the map starts; change ignored`); return; }
    const { view } = attributeView(this.#attributes(), dataset);
    const { intents } = session;
    if (name === 'selected') { if (view.sel) intents.open(view.sel, 'host'); else intents.close('host'); }
    else if (name === 'clusters') intents.goTo({ clusters: view.clusters }, 'host');
    else if (name === 'lang') intents.goTo({ lang: view.lang }, 'host');
    else if (name === 'basemap') {
      if (view.basemap === null || this.#basemaps.has(view.basemap)) intents.goTo({ basemap: view.basemap }, 'host');
      else console.warn(`g60-zone-map: basemap="${view.basemap.slice(0, 40)}" is not one of this deployment's; ignored`);
    }
  }

  #attributes(): ElementAttributes {
    const a: ElementAttributes = {};
    for (const n of G60ZoneMap.observedAttributes) { const v = this.getAttribute(n); if (v !== null) a[n as keyof ElementAttributes] = v; }
    return a;
  }

  async #start() {
    const sel = this.getAttribute('selected');
    // An item loaded on demand (a context item) named by `selected` waits for that content.
    const more = sel !== null && !dataset.byId.has(sel) ? loadContext().catch(() => undefined) : undefined;
    const [config, adopted] = await Promise.all([loadDeployConfig(BASE), styleSheets(), more]);
    this.#starting = false;
    this.#basemaps = new Set(config.basemaps.map((b) => b.id));
    if (!this.isConnected) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = adopted;
    const root = document.createElement('div');
    root.className = 'root';
    shadow.replaceChildren(root);
    const { search, mode, warnings } = attributeView(this.#attributes(), dataset);
    for (const w of warnings) console.warn(`g60-zone-map: ${w}`);
    const dispose = (mode === 'browse' ? browse : embed).enter({
      root, dataset, config, search, base: config.shareBase ?? BASE, host: elementHost(this),
      onStart: (s) => { this.#session = s; },
    });
    this.#dispose = () => { dispose(); root.remove(); };
  }
}

if (!customElements.get('g60-zone-map')) customElements.define('g60-zone-map', G60ZoneMap);
