/**
 * The kiosk's host: the page host of browse (title, language, readiness signals, `window.g60map`;
 * no history: a stand's visitors have no Back button) plus what a kiosk does to the page it owns:
 * the dark theme, a page that cannot be selected, zoomed, scrolled past its edges or left (links
 * out are caught and shown as QR codes), the input that counts as activity, the staff's saved
 * settings, and leaving kiosk mode.
 */
import { documentHost, type Host } from './host';

export interface KioskPort {
  /**
   * Locks the page down: no text selection (but in text fields), context menu, drag, page
   * pinch-zoom (touch, ctrl+wheel, ctrl +/-), overscroll or history swipe, browser print/save/open
   * keys; `onLinkOut(href)` gets any link that would leave the app instead of the browser.
   * Returns the function that undoes it.
   */
  lockDown(root: HTMLElement, onLinkOut: (href: string) => void): () => void;
  /** Calls `cb` on every pointer, touch, wheel or key input anywhere on the page; returns the stop function. */
  onInput(cb: (e: Event) => void): () => void;
  /**
   * Swallows the click that ends the press now under way (within a second): a touch that took an
   * overlay away (the countdown, the attract loop) must not also act on what was under it.
   */
  swallowClick(): void;
  /** Calls `cb` on the staff's key combination, Ctrl+Alt+K; returns the stop function. */
  onStaffKeys(cb: () => void): () => void;
  /** A kiosk signal on `<html data-kiosk-*>` (idle state, attract), for tests and the stand's own checks; null removes it. */
  signal(name: 'idle' | 'attract', value: string | null): void;
  /** JSON saved under `key`, or undefined (a warning when it is there but not JSON). */
  load(key: string): unknown;
  /** Saves `value` as JSON under `key`; null removes it. */
  save(key: string, value: unknown): void;
  /** Leaves the kiosk: loads the app again with `query` (e.g. `mode=browse`). */
  leave(query: string): void;
}

export type KioskHost = Host & { kiosk: KioskPort };

/** The app's own page (same origin and path): the only place a link may go. */
const stays = (href: string) => {
  try { const u = new URL(href, document.baseURI); return u.origin === location.origin && u.pathname === location.pathname && !u.search; } catch { return false; }
};
const editable = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || t.matches('input, textarea'));
/** Inside the map: its own gestures (pinch, two-finger pan, wheel zoom) stay. */
const inMap = (t: EventTarget | null) => t instanceof Element && !!t.closest('.maplibregl-canvas-container, .map');

export function kioskHost(): KioskHost {
  const base = documentHost({ history: false });
  const html = document.documentElement;
  const kiosk: KioskPort = {
    lockDown(root, onLinkOut) {
      html.dataset.theme = 'dark';
      html.dataset.kiosk = '';
      // Chrome on touch screens follows touch-action (kiosk.css); the viewport also refuses zoom.
      const meta = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
      const metaBefore = meta?.content;
      if (meta) meta.content = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover';
      const stop = (e: Event) => e.preventDefault();
      const onSelect = (e: Event) => { if (!editable(e.target)) e.preventDefault(); };
      const onWheel = (e: WheelEvent) => { if (e.ctrlKey && !inMap(e.target)) e.preventDefault(); };
      const onTouch = (e: TouchEvent) => { if (e.touches.length > 1 && !inMap(e.target)) e.preventDefault(); };
      const onKey = (e: KeyboardEvent) => {
        const k = e.key.toLowerCase();
        // Page zoom, print, save, open, new window/tab, address bar, find; Back/Forward (Alt+arrows, the Back key).
        if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0', 'p', 's', 'o', 'n', 't', 'l', 'f', 'g', 'h', 'j', 'u'].includes(k)) e.preventDefault();
        else if ((e.altKey && (k === 'arrowleft' || k === 'arrowright' || k === 'home')) || k === 'browserback' || k === 'browserforward') e.preventDefault();
      };
      const onClick = (e: MouseEvent) => {
        const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
        if (!(a instanceof HTMLAnchorElement) || stays(a.href)) return;
        e.preventDefault();
        onLinkOut(a.href);
      };
      const opts = { capture: true, passive: false } as const;
      const on: [EventTarget, string, (e: never) => void][] = [
        [document, 'contextmenu', stop], [document, 'selectstart', onSelect], [document, 'dragstart', stop],
        [document, 'gesturestart', stop], [window, 'wheel', onWheel], [document, 'touchmove', onTouch],
        [document, 'keydown', onKey], [root, 'click', onClick], [root, 'auxclick', onClick],
      ];
      for (const [t, type, f] of on) t.addEventListener(type, f as EventListener, opts);
      return () => {
        for (const [t, type, f] of on) t.removeEventListener(type, f as EventListener, opts);
        if (meta && metaBefore !== undefined) meta.content = metaBefore;
        delete html.dataset.kiosk;
      };
    },
    onInput(cb) {
      const types = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown'] as const;
      // A move counts only while pressed (a drag): browsers send moves of their own when the page
      // under a resting mouse changes (a dialog opening), which are nobody's input.
      const f = (e: Event) => { if (e.type !== 'pointermove' || (e as PointerEvent).buttons !== 0) cb(e); };
      for (const t of types) window.addEventListener(t, f, { capture: true, passive: true });
      return () => { for (const t of types) window.removeEventListener(t, f, { capture: true }); };
    },
    swallowClick() {
      const swallow = (e: Event) => { e.preventDefault(); e.stopImmediatePropagation(); done(); };
      const done = () => { clearTimeout(timer); window.removeEventListener('click', swallow, true); };
      const timer = setTimeout(done, 1000);
      window.addEventListener('click', swallow, true);
    },
    onStaffKeys(cb) {
      const f = (e: KeyboardEvent) => { if (e.ctrlKey && e.altKey && e.code === 'KeyK') { e.preventDefault(); cb(); } };
      document.addEventListener('keydown', f, true);
      return () => document.removeEventListener('keydown', f, true);
    },
    signal(name, value) {
      const key = `kiosk${name[0]!.toUpperCase()}${name.slice(1)}`;
      if (value === null) delete html.dataset[key]; else html.dataset[key] = value;
    },
    load(key) {
      let raw: string | null = null;
      try { raw = localStorage.getItem(key); } catch { return undefined; }
      if (raw === null) return undefined;
      try { return JSON.parse(raw) as unknown; } catch { console.warn(`kiosk: localStorage ${key} is not JSON; ignored`); return undefined; }
    },
    save(key, value) {
      try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value)); } catch (e) { console.warn(`kiosk: could not save ${key}: ${(e as Error).message}`); }
    },
    leave(query) {
      location.assign(`${location.pathname}?${query}`);
    },
  };
  return { ...base, kiosk };
}
