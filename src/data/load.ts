/**
 * The one loader: bundles the content files with the app (so it works offline) and indexes them.
 * The build refuses content that does not validate, so nothing is re-checked at run time.
 */
import type { FeatureCollection } from 'geojson';
import areasJson from '../../data/areas.geojson';
import placesJson from '../../data/places.geojson';
import projectsJson from '../../data/projects.geojson';
import clustersJson from '../../data/clusters.json';
import indicatorsJson from '../../data/indicators.json';
import registerJson from 'virtual:g60-register';
import contextJson from '../../data/context.geojson';
import figures from 'virtual:g60-figures';
import type { Cluster, Indicator, Register } from '../domain/types';
import type { Dataset } from '../domain/dataset';
import { createDataset } from './dataset';

/** The map's content, bundled with the app. */
export const dataset: Dataset = createDataset({
  areas: areasJson as FeatureCollection,
  places: placesJson as FeatureCollection,
  projects: projectsJson as FeatureCollection,
  clusters: clustersJson as unknown as Cluster[],
  indicators: indicatorsJson as unknown as Indicator[],
  register: registerJson as unknown as Register,
  context: contextJson as FeatureCollection,
  figures,
});
