/**
 * The other documents' context, loaded on demand: its content (data/load.ts `loadMore`) and its UI
 * strings (i18n/context-strings.ts), which also give its items their kind labels (describe.ts).
 * Everything that lists or shows context items waits for this.
 */
import { loadMore } from '../data/load';
import { setContextNames } from './describe';

let pending: Promise<void> | null = null;

export function loadContext(): Promise<void> {
  return (pending ??= Promise.all([loadMore(), import('../i18n/context-strings')])
    .then(([, m]) => setContextNames(m.CONTEXT_NAMES))
    .catch((e: unknown) => { pending = null; throw e; }));
}
