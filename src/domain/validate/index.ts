/**
 * The one validator of the map's content, used by `npm run validate`, the build and the tests.
 * Returns every problem found (`[]` = valid); never throws on bad input.
 */
import type { Problem } from '../problem.ts';
import type { RawContent } from '../types.ts';
import { checkGeometry } from './geometry.ts';
import { checkReferences, type Records } from './references.ts';
import { checkFeatureCollection, checkRecords, checkRegister } from './schema.ts';

export interface ValidateOptions {
  /** Colour tokens the palette defines; when given, every cluster's `colorToken` must be one of them. */
  colorTokens?: readonly string[];
}

export function validateContent(raw: RawContent, opts: ValidateOptions = {}): Problem[] {
  const out: Problem[] = [];
  try {
    // An unreadable register is reported by the reader; skip citation checks rather than flag every one.
    const docs = raw['register.json'] === undefined ? null : checkRegister(out, raw['register.json']);
    const recs: Records = {
      areas: checkFeatureCollection(out, 'areas.geojson', raw['areas.geojson']),
      places: checkFeatureCollection(out, 'places.geojson', raw['places.geojson']),
      projects: checkFeatureCollection(out, 'projects.geojson', raw['projects.geojson']),
      clusters: checkRecords(out, 'clusters.json', raw['clusters.json']),
      indicators: checkRecords(out, 'indicators.json', raw['indicators.json']),
      ground: checkFeatureCollection(out, 'ground.geojson', raw['ground.geojson']),
    };
    if (opts.colorTokens) {
      for (const r of recs.clusters) {
        if (!opts.colorTokens.includes(r.value.colorToken as string)) {
          out.push({ file: r.file, id: r.id, field: 'colorToken', message: `"${String(r.value.colorToken)}" is not a palette colour (${opts.colorTokens.join(', ')})` });
        }
      }
    }
    checkReferences(out, recs, docs);
    checkGeometry(out, recs);
  } catch (e) {
    out.push({ file: '-', id: '-', field: '-', message: `validator could not finish: ${(e as Error).message}` });
  }
  return out;
}

export { formatProblem, type Problem } from '../problem.ts';
