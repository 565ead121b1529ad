import type { Dataset } from '../domain/dataset';
import { REGION_BBOX } from '../domain/types';
import { ZOOM_RANGE } from '../map/limits';
import type { View } from '../state/view';
import type { DeployConfig } from './deploy-config';
import { parseView, type Known } from '../state/url';

/** What a link may name in this deployment: items, clusters, basemaps, the map's region and zooms. */
export function knownFor(ds: Dataset, config: DeployConfig): Known {
  return {
    ids: new Set(ds.byId.keys()), clusters: new Set(ds.clusters.map((c) => c.id)),
    basemaps: new Set(config.basemaps.map((b) => b.id)), bounds: REGION_BBOX, zoom: ZOOM_RANGE,
  };
}

/** Reads the view from a query string; anything it cannot use is reported as a console warning. */
export function viewFromUrl(ds: Dataset, config: DeployConfig, search: string, extra: readonly string[] = []): View {
  const { view, warnings } = parseView(search, knownFor(ds, config), extra);
  for (const w of warnings) console.warn(w);
  return view;
}
