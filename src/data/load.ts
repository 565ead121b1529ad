/**
 * The one loader: bundles the content files with the app (so it works offline) and indexes them;
 * the indicators are a chunk of their own, loaded on demand.
 * The build refuses content that does not validate, so nothing is re-checked at run time.
 */
import type { FeatureCollection } from 'geojson';
import areasJson from '../../data/areas.geojson';
import placesJson from '../../data/places.geojson';
import projectsJson from '../../data/projects.geojson';
import clustersJson from '../../data/clusters.json';
import registerJson from 'virtual:g60-register';
import contextJson from '../../data/context.geojson';
import figures from 'virtual:g60-figures';
import type { Cluster, Indicator, Register } from '../domain/types';
import type { Dataset } from '../domain/dataset';
import { createDataset, createIndicators } from './dataset';

/** The map's content, bundled with the app. */
export const dataset: Dataset = createDataset({
  areas: areasJson as FeatureCollection,
  places: placesJson as FeatureCollection,
  projects: projectsJson as FeatureCollection,
  clusters: clustersJson as unknown as Cluster[],
  register: registerJson as unknown as Register,
  context: contextJson as FeatureCollection,
  figures,
});

/** Calls `load` once; a failed load is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load().catch((e: unknown) => { pending = null; throw e; }));
}

/** The development indicators of 表1, in their order. */
export const loadIndicators: () => Promise<readonly Indicator[]> = once(() => import('../../data/indicators.json')
  .then((m) => createIndicators(m.default as unknown as Indicator[])));
