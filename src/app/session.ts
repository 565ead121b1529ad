/** The state of one running app: its store and the intents that change it. */
import type { Dataset } from '../domain/dataset';
import { createAppStore, type AppStore } from '../state/store';
import { createIntents, type Intents } from '../state/intents';
import type { View } from '../state/view';
import type { DeployConfig } from './deploy-config';

export interface Session { store: AppStore; intents: Intents; initial: View }

/**
 * `home`: the view `reset` returns to (the mode's starting view; by default the one it opened with),
 * or a function giving it at each reset (a kiosk whose staff change its default language).
 */
export function createSession(ds: Dataset, config: DeployConfig, initial: View, home: View | (() => View) = initial): Session {
  const store = createAppStore(initial, config.defaultBasemap);
  const intents = createIntents(store, ds, { home: typeof home === 'function' ? home : () => home, defaultBasemap: config.defaultBasemap });
  return { store, intents, initial };
}
