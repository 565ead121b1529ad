import { render } from 'solid-js/web';
import { App, viewFromUrl } from './app/App';
import { dataset } from './data/load';
import './ui/app.css';

// The URL is read once, here; afterwards the app writes it (see app/history.ts).
render(() => <App dataset={dataset} initial={viewFromUrl(dataset, location.search)} />, document.getElementById('root')!);
