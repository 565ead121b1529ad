/**
 * Keeps the address bar in step with the view, for the mode that owns it. A new selection or panel
 * is a history entry (so Back returns to the previous card); camera, filters and language replace
 * the current entry.
 */
import { createEffect, onCleanup } from 'solid-js';
import { formatView } from '../state/url';
import type { View } from '../state/view';
import type { HistoryPort } from './host';

export function syncHistory(port: HistoryPort, view: () => View, onPop: (search: string) => void): void {
  let last = { sel: view().sel, panel: view().panel, query: formatView(view()) };
  // While Back/Forward is being applied the view follows the URL; writing it back would cut off
  // the forward history.
  let popping = false;
  createEffect(() => {
    const v = view();
    const query = formatView(v);
    if (popping || query === last.query) return;
    if (v.sel !== last.sel || v.panel !== last.panel) port.push(query);
    else port.replace(query);
    last = { sel: v.sel, panel: v.panel, query };
  });
  onCleanup(port.onPop((search) => {
    popping = true;
    try { onPop(search); } finally { popping = false; }
    // The view now equals the URL: remember it so the effect does not push it again.
    last = { sel: view().sel, panel: view().panel, query: formatView(view()) };
  }));
}
