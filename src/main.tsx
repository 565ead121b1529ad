import { render } from 'solid-js/web';
import { App } from './app/App';
import { dataset } from './data/load';
import './ui/app.css';

render(() => <App dataset={dataset} />, document.getElementById('root')!);
