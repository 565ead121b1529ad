/**
 * The one validator of the map's content, used by `npm run validate`, the build and the tests.
 * Returns every problem found (`[]` = valid); never throws on bad input.
 */
import type { Problem } from '../problem.ts';
import type { RawContent } from '../types.ts';
import { checkGeometry } from './geometry.ts';
import { checkReferences, type KindRecords, type Records } from './references.ts';
import { GROUND_SCHEMA, INDICATOR_SCHEMA, KIND_SCHEMAS, checkFeatureCollection, checkRecords, checkRegister, checkStrategy } from './schema.ts';
import type { Checked } from './schema.ts';

const strategyRecords = (s: { entries: Checked[]; note: Checked[] }) => ({ strategy: s.entries, strategyNote: s.note });
import { KINDS, KIND_IDS } from '../kinds.ts';
import { checkDocuments, checkIndicatorTables } from './plans.ts';

export interface ValidateOptions {
  /** Colour tokens the palette defines; when given, every cluster's `colorToken` must be one of them. */
  colorTokens?: readonly string[];
}

export function validateContent(raw: RawContent, opts: ValidateOptions = {}): Problem[] {
  const out: Problem[] = [];
  try {
    // An unreadable register is reported by the reader; skip citation checks rather than flag every one.
    const docs = raw['register.json'] === undefined ? null : checkRegister(out, raw['register.json']);
    const kinds = Object.fromEntries(KIND_IDS.map((k) => {
      const { file, collection, spatial } = KINDS[k];
      const check = spatial ? checkFeatureCollection : checkRecords;
      return [collection, check(out, file, raw[file], KIND_SCHEMAS[k])];
    })) as KindRecords;
    const recs: Records = {
      ...kinds,
      indicators: checkRecords(out, 'indicators.json', raw['indicators.json'], INDICATOR_SCHEMA),
      ...strategyRecords(checkStrategy(out, raw['strategy.json'])),
      ground: checkFeatureCollection(out, 'ground.geojson', raw['ground.geojson'], GROUND_SCHEMA),
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
    checkIndicatorTables(out, raw['indicator-tables.json'], docs);
    checkDocuments(out, raw['documents.json'], docs);
  } catch (e) {
    out.push({ file: '-', id: '-', field: '-', message: `validator could not finish: ${(e as Error).message}` });
  }
  return out;
}

export { formatProblem, type Problem } from '../problem.ts';
