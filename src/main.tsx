import { loadDeployConfig } from './app/deploy-config';
import { dataset } from './data/load';
import { loadContext } from './ui/context';
import { loadMode, modeIdFor } from './modes';
import './ui/page.css';
import './ui/app.css';
import 'virtual:g60-font.css';

/** localStorage: "1" when config.json's defaultMode was kiosk at the last load (read by public/early.js). */
const KIOSK_DEFAULT = 'g60.kiosk.default';

// The deploy-time config first, then the mode the URL (or the config) asks for, chosen once.
const config = await loadDeployConfig();
const modeId = modeIdFor(location.search, config);
const mode = await loadMode(modeId);
// public/early.js paints a kiosk dark before any of this runs; for a URL without mode= it needs to
// know the deployment's default, from the last load. Only a change is written.
try {
  if (!new URLSearchParams(location.search).has('mode') && (localStorage.getItem(KIOSK_DEFAULT) === '1') !== (config.defaultMode === 'kiosk')) {
    localStorage.setItem(KIOSK_DEFAULT, config.defaultMode === 'kiosk' ? '1' : '0');
  }
} catch { /* no storage: the kiosk turns dark when its mode starts */ }
if (modeId !== 'kiosk') delete document.documentElement.dataset.theme;
// A link that names content loaded on demand (a context item, a context layer) waits for it.
const params = new URLSearchParams(location.search);
const sel = params.get('sel');
if ((sel !== null && !dataset.byId.has(sel)) || params.has('show')) await loadContext().catch((e: unknown) => console.warn(`context content did not load: ${String(e)}`));
document.getElementById('boot')?.remove();
mode.enter({ root: document.getElementById('root')!, dataset, config, search: location.search, base: new URL('./', document.baseURI).href });
// Offline use (an exhibition stand): the service worker, registered once the map is drawn, by a
// module loaded only now. Not in embeds: they stay light, and the host page's visitors need none.
if (modeId !== 'embed') void import('./app/sw').then((m) => m.registerServiceWorker());
