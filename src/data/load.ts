/**
 * The one loader: bundles the content the first screen needs with the app (so it works offline)
 * and indexes it; the cards' details and the indicators are chunks of their own, loaded on demand.
 * The build refuses content that does not validate, so nothing is re-checked at run time.
 */
import type { FeatureCollection } from 'geojson';
import content from 'virtual:g60-content';
import groundJson from '../../data/ground.geojson';
import figures from 'virtual:g60-figures';
import type { Indicator, IndicatorTable, PlanDocument, Register, Strategy } from '../domain/types';
import type { Chapter } from '../domain/tour';
import type { Dataset, Details } from '../domain/dataset';
import { completeDataset, completeDocuments, createDataset, createDetails, createIndicators } from './dataset';
import type { DetailRecords } from '../domain/split';

/** The map's content without the text only cards show, bundled with the app. */
export const dataset: Dataset = createDataset({
  ...content,
  ground: groundJson as FeatureCollection,
  figures,
});

/** Calls `load` once; a failed load is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load().catch((e: unknown) => { pending = null; throw e; }));
}

/**
 * The kinds loaded on demand (the other documents' context: kinds.ts `onDemand`), added to
 * `dataset` once. The app fetches them when the map is ready, or first when a link names one of
 * them; the list, search and the context layers wait for them.
 */
export const loadMore: () => Promise<{ details: Partial<DetailRecords> }> = once(() => import('virtual:g60-more').then((m) => {
  completeDataset(dataset, m.default.light);
  return { details: m.default.details };
}));


/**
 * The cards' details (summaries, accuracy notes, project content and figures, cluster lists), all
 * kinds', and the source documents the cards cite (`dataset.documents` is filled then).
 */
export const loadDetails: () => Promise<Details> = once(() => Promise.all([import('virtual:g60-details'), loadMore(), import('virtual:g60-register')])
  .then(([m, more, reg]) => {
    completeDocuments(dataset, reg.default as unknown as Register);
    return createDetails({ ...m.default, ...more.details } as DetailRecords);
  }));

/** The plans panel's three indicator tables (36号, 35号, 299号) and its documents. */
export const loadPlans: () => Promise<{ tables: readonly IndicatorTable[]; documents: readonly PlanDocument[] }> = once(() => import('virtual:g60-plans').then((m) => m.default));

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
