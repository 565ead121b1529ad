import { render } from 'solid-js/web';
import { App, viewFromUrl } from './app/App';
import { loadDeployConfig } from './app/deploy-config';
import { dataset } from './data/load';
import './ui/app.css';

// The deploy-time config (basemaps) first, then the URL, read once here; afterwards the app
// writes the URL (see app/history.ts).
const config = await loadDeployConfig();
const initial = viewFromUrl(dataset, config, location.search);
document.getElementById('boot')?.remove();
render(() => <App dataset={dataset} config={config} initial={initial} />, document.getElementById('root')!);
