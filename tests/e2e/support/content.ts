/** The project's own content, read from disk so tests can check the page against it. */
import { readFileSync } from 'node:fs';

interface Props { id: string; name: { zh: string; en: string }; [k: string]: unknown }
const features = (file: string) => (JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { features: { properties: Props }[] }).features.map((f) => f.properties);

export const areas = features('areas.geojson');
export const places = features('places.geojson') as (Props & { clusters: string[]; area: string | null })[];
export const projects = features('projects.geojson') as (Props & { seq: number; cluster: string | null; figures: { value: { zh: string; en: string } }[] })[];
export const clusters = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as Props[];
export const paths = JSON.parse(readFileSync('data/paths.json', 'utf8')) as Props[];
export const actions = JSON.parse(readFileSync('data/actions.json', 'utf8')) as Props[];
export const contextAreas = features('context-areas.geojson');
export const contextPlaces = features('context-places.geojson');
export const scenes = JSON.parse(readFileSync('data/scenes.json', 'utf8')) as Props[];
export const programmes = JSON.parse(readFileSync('data/programmes.json', 'utf8')) as Props[];
