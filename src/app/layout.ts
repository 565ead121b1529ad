/**
 * What a mode decides about the shell: which chrome shows, how the map is framed and handled,
 * and where links out of the app point.
 */
import type { Accessor, JSX } from 'solid-js';
import type { Lang } from '../domain/types';
import type { PaddingOptions } from '../map/controller';
import type { View } from '../state/view';
import { formatView } from '../state/url';

export interface Layout {
  /** `full`: top bar and side panel (browse); `embed`: compact chrome for an iframe or a component. */
  kind: 'full' | 'embed';
  /** Search box (always in `full`). */
  search: boolean;
  /** The layers / list / indicators panel; the card shows either way. */
  panel: boolean;
  /** Frame padding (px) that keeps framed things clear of this layout's panels. */
  padding: (el: HTMLElement) => PaddingOptions;
  gestures?: { cooperative?: boolean; interactive?: boolean };
  /** Sizes of the map's type, dots and lines (a kiosk's large screen); 1 when not given. */
  mapScale?: (el: HTMLElement) => number;
  /** The public link of a view (share dialog, QR code). */
  shareUrl: (v: View) => string;
  /** This site's folder URL (for the embed generator's live preview). */
  siteBase: string;
  /** The public site's folder URL the embed snippets point at; absent: no embed generator. */
  embedBase?: string;
  /** The full map's link of a view ("open the full map"); absent: no such link. */
  fullMapUrl?: (v: View) => string;
  /**
   * An exhibition stand (modes/kiosk.tsx): nothing that leaves the screen (no share dialog, print
   * button or data downloads), a footer under every card (its QR hand-off), and an `epoch` that
   * changes when the app must drop its passing state (search text, dialogs) at the kiosk's reset.
   */
  kiosk?: { cardFooter: (id: string, lang: Lang) => JSX.Element; epoch: Accessor<number> };
}

/** `base` (a folder URL ending in `/`) with a view's query string. */
export function linkTo(base: string, v: View, extra: Record<string, string> = {}): string {
  const q = [formatView(v), new URLSearchParams(extra).toString()].filter(Boolean).join('&');
  return `${base}${q ? `?${q}` : ''}`;
}

/** Padding of the full layout: the side panel on wide screens, the bottom sheet on phones. */
export function fullPadding(el: HTMLElement): PaddingOptions {
  const wide = el.clientWidth >= 720;
  return wide ? { top: 40, bottom: 40, right: 60, left: 400 } : { top: 30, bottom: Math.round(el.clientHeight * 0.5), right: 30, left: 30 };
}

/** Padding of the embed layout: a small margin; the card overlays the map. */
export function embedPadding(el: HTMLElement): PaddingOptions {
  const m = Math.round(Math.min(el.clientWidth, el.clientHeight) * 0.06);
  return { top: m + 28, bottom: m, left: m, right: m };
}
