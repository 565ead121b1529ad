/**
 * Embed: the map inside someone else's page (an iframe of the portal, or the web component).
 * Compact chrome, cooperative gestures so the host page keeps scrolling, a link to the full map,
 * no history entries, and — when the deployment allows host origins — the postMessage API.
 */
import { createEffect, onCleanup } from 'solid-js';
import { render } from 'solid-js/web';
import { App } from '../app/App';
import { documentHost, type Host } from '../app/host';
import { embedPadding, linkTo } from '../app/layout';
import { createSession } from '../app/session';
import { knownFor, viewFromUrl } from '../app/view-from-url';
import type { Bridge } from '../embed/bridge';
import { publicView } from '../embed/public-view';
import { viewOf } from '../state/store';
import type { Mode } from './mode';
import { EMBED_PARAMS, parseEmbedParams } from './embed-params';

/** Height (CSS px) the embed would like for its width: 16:10, at least 240. */
export const preferredHeight = (width: number) => Math.max(240, Math.round(width * 0.625));

export const embed: Mode = {
  id: 'embed',
  enter(ctx) {
    const { dataset: ds, config } = ctx;
    const { options, warnings } = parseEmbedParams(ctx.search);
    for (const w of warnings) console.warn(w);
    let bridge: Bridge | null = null, disposed = false;
    /** Events told before the bridge's module has loaded wait for it (the `ready` event may). */
    const queued: Parameters<Bridge['emit']>[] = [];
    const dispose = render(() => {
      const initial = viewFromUrl(ds, config, ctx.search, EMBED_PARAMS);
      const session = createSession(ds, config, initial);
      const [state] = session.store;
      const view = () => publicView(viewOf(state, config.defaultBasemap), state.basemap);
      let host: Host;
      if (ctx.host) host = ctx.host;
      else {
        // Only an iframe with a configured host origin talks to its parent; the API's code loads only then.
        const talks = config.allowedOrigins.length > 0 && window.parent !== window;
        const emit = (...e: Parameters<Bridge['emit']>) => { if (bridge) bridge.emit(...e); else if (talks) queued.push(e); };
        if (talks) {
          void import('../embed/bridge').then(({ createBridge }) => {
            if (disposed) return;
            bridge = createBridge({
              allowedOrigins: config.allowedOrigins, known: knownFor(ds, config), intents: session.intents, state, view,
              win: window, parent: window.parent, hostUrl: location.ancestorOrigins?.[0] ?? (document.referrer || undefined),
            });
            for (const e of queued.splice(0)) bridge.emit(...e);
          });
        }
        host = documentHost({ history: false, emit: (type, detail) => emit(type, detail as never) });
        // The height the embed would like, for a host page that resizes its iframe.
        if (talks) {
          let last = 0;
          const report = () => { const h = preferredHeight(ctx.root.clientWidth); if (h !== last) { last = h; emit('height', { height: h }); } };
          const ro = new ResizeObserver(report);
          ro.observe(ctx.root);
          createEffect(() => { if (state.mapStatus !== 'loading') report(); });
          onCleanup(() => ro.disconnect());
        }
      }
      ctx.onStart?.(session);
      const full = config.shareBase ?? ctx.base;
      return (
        <App dataset={ds} config={config} store={session.store} intents={session.intents} initial={initial} host={host}
          layout={{
            kind: 'embed', search: options.search, panel: options.panel, padding: embedPadding, siteBase: ctx.base,
            gestures: { cooperative: true, interactive: options.interactive },
            shareUrl: (v) => linkTo(full, v), fullMapUrl: (v) => linkTo(full, v),
          }} />
      );
    }, ctx.root);
    return () => { disposed = true; bridge?.dispose(); dispose(); };
  },
};
