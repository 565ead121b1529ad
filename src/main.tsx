import { loadDeployConfig } from './app/deploy-config';
import { dataset } from './data/load';
import { loadMode, modeIdFor } from './modes';
import './ui/page.css';
import './ui/app.css';
import 'virtual:g60-font.css';

// The deploy-time config first, then the mode the URL (or the config) asks for, chosen once.
const config = await loadDeployConfig();
const mode = await loadMode(modeIdFor(location.search, config));
document.getElementById('boot')?.remove();
mode.enter({ root: document.getElementById('root')!, dataset, config, search: location.search, base: new URL('./', document.baseURI).href });
