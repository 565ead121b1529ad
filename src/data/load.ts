/**
 * The one loader: bundles the content the first screen needs with the app (so it works offline)
 * and indexes it; the cards' details and the indicators are chunks of their own, loaded on demand.
 * The build refuses content that does not validate, so nothing is re-checked at run time.
 */
import type { FeatureCollection } from 'geojson';
import content from 'virtual:g60-content';
import registerJson from 'virtual:g60-register';
import groundJson from '../../data/ground.geojson';
import figures from 'virtual:g60-figures';
import type { Indicator, Register, Strategy } from '../domain/types';
import type { Chapter } from '../domain/tour';
import type { Dataset, Details } from '../domain/dataset';
import { createDataset, createDetails, createIndicators } from './dataset';

/** The map's content without the text only cards show, bundled with the app. */
export const dataset: Dataset = createDataset({
  ...content,
  register: registerJson as unknown as Register,
  ground: groundJson as FeatureCollection,
  figures,
});

/** Calls `load` once; a failed load is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load().catch((e: unknown) => { pending = null; throw e; }));
}

/** The cards' details (summaries, accuracy notes, project content and figures, cluster lists). */
export const loadDetails: () => Promise<Details> = once(() => import('virtual:g60-details').then((m) => createDetails(m.default)));

/** strategy.json: the plan's baseline counts, goals, guarantees and 表1's footnote (the Plan panel, some cards). */
export const loadStrategy: () => Promise<Strategy> = once(() => import('../../data/strategy.json')
  .then((m) => Object.freeze(m.default as unknown as Strategy)));

/** The development indicators of 表1, in their order. */
export const loadIndicators: () => Promise<readonly Indicator[]> = once(() => import('../../data/indicators.json')
  .then((m) => createIndicators(m.default as unknown as Indicator[])));

/** The tour's chapters (data/tour.json, checked by the build), for the modes that play it. */
export const loadTour: () => Promise<readonly Chapter[]> = once(() => import('../../data/tour.json')
  .then((m) => deepFreezeTour(m.default as unknown as Chapter[])));

const deepFreezeTour = (t: Chapter[]): readonly Chapter[] => Object.freeze(structuredClone(t).map((c) => Object.freeze(c)));
