/**
 * The host: the only code that touches the page outside the app's own root. A mode provides it.
 * The page modes (browse, embed) own their document: title, `<html lang>`, `<html data-*>` signals
 * and `window.g60map`; only browse writes history (an iframe's entries would land in the host
 * page's Back button). The web component's host writes to its own element and dispatches DOM events.
 */
import type { MapIntrospection } from '../map/introspect';

/** The address bar, for the mode that owns it: the query string only. */
export interface HistoryPort {
  push(query: string): void;
  replace(query: string): void;
  /** Calls `cb` with the new query string on Back/Forward; returns the function that stops it. */
  onPop(cb: (search: string) => void): () => void;
}

/** Events a host page is told about (see README: For embedders). */
export type HostEventType = 'ready' | 'select' | 'viewchange';

export interface Host {
  /** The page's title and language, where the page is the app's own. */
  setDocument(title: string, lang: string): void;
  /**
   * Readiness signals: `zone-visible` = `true` once the still picture of the zone is on screen;
   * `map-ready` = `true` | `unavailable`; `basemap` = id drawn, or null while switching.
   */
  signal(name: 'zone-visible' | 'map-ready' | 'basemap', value: string | null): void;
  /** The read-only window onto the rendered map, for tests and embedders; null removes it. */
  expose(map: MapIntrospection | null): void;
  /** History, or null: the mode never writes it. */
  history: HistoryPort | null;
  /** Tells the host page what happened (a no-op where nobody listens). */
  emit(type: HostEventType, detail: unknown): void;
}

/** A host for a mode that owns the whole document (browse, embed). */
export function documentHost(opts: { history: boolean; emit?: Host['emit'] }): Host {
  const html = document.documentElement;
  const path = () => `${location.pathname}`;
  return {
    setDocument(title, lang) {
      document.title = title;
      html.lang = lang;
    },
    signal(name, value) {
      const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      if (value === null) delete html.dataset[key]; else html.dataset[key] = value;
      // For the benchmark and embedders' own timing: when each signal was first given.
      if (value !== null && performance.getEntriesByName(`g60:${name}`).length === 0) performance.mark(`g60:${name}`);
    },
    expose(map) {
      if (map) window.g60map = map; else delete window.g60map;
    },
    history: opts.history ? {
      push: (q) => history.pushState(null, '', `${path()}${q ? `?${q}` : ''}${location.hash}`),
      replace: (q) => history.replaceState(null, '', `${path()}${q ? `?${q}` : ''}${location.hash}`),
      onPop(cb) {
        const pop = () => cb(location.search);
        window.addEventListener('popstate', pop);
        return () => window.removeEventListener('popstate', pop);
      },
    } : null,
    emit: opts.emit ?? (() => {}),
  };
}
