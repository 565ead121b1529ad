/** Cross-file checks: unique ids, references that resolve, citations that name a real section. */
import type { Problem } from '../problem.ts';
import { RecordCheck, isObj, type Obj } from './fields.ts';
import type { Checked } from './schema.ts';

export interface Records {
  areas: Checked[];
  places: Checked[];
  projects: Checked[];
  clusters: Checked[];
  indicators: Checked[];
  /** Ground context: checked for geometry only, and its ids may repeat none of the zone's. */
  context: Checked[];
}

const propsOf = (r: Checked): Obj => (isObj(r.value.properties) ? r.value.properties : r.value);

export function checkReferences(out: Problem[], recs: Records, docs: Map<string, Set<string>> | null): void {
  const all = [...recs.areas, ...recs.places, ...recs.projects, ...recs.clusters, ...recs.indicators];
  const everyId = [...all, ...recs.context];
  const seen = new Map<string, string>();
  for (const r of everyId) {
    const other = seen.get(r.id);
    if (other !== undefined) new RecordCheck(out, r.file, r.id).fail('id', `is already used in ${other}`);
    else seen.set(r.id, r.file);
  }

  const ids = (list: Checked[]) => new Set(list.map((r) => r.id));
  const areaIds = ids(recs.areas), placeIds = ids(recs.places), clusterIds = ids(recs.clusters);
  const tierOf = new Map(recs.areas.map((r) => [r.id, propsOf(r).tier]));

  const ref = (c: RecordCheck, p: Obj, field: string, known: Set<string>, what: string) => {
    const v = p[field];
    if (typeof v === 'string' && !known.has(v)) c.fail(field, `names no ${what} "${v}"`);
  };

  const ok = (list: Checked[]) => list.filter((r) => r.ok);
  for (const r of ok(recs.areas)) {
    const p = propsOf(r), c = new RecordCheck(out, r.file, r.id, 'properties.');
    if (p.tier === 'sub-area') {
      if (typeof p.parent !== 'string') c.fail('parent', 'a sub-area must name its extension zone');
      else if (tierOf.get(p.parent) !== 'extension') c.fail('parent', `names no extension zone "${p.parent}"`);
    } else if (p.parent !== null) c.fail('parent', `must be null for tier ${String(p.tier)}`);
  }
  for (const r of ok(recs.places)) {
    const p = propsOf(r), c = new RecordCheck(out, r.file, r.id, 'properties.');
    ref(c, p, 'area', areaIds, 'area');
    (p.clusters as string[]).forEach((k, i) => { if (!clusterIds.has(k)) c.fail(`clusters.${i}`, `names no cluster "${k}"`); });
  }
  const seqs = new Map<number, string>();
  for (const r of ok(recs.projects)) {
    const p = propsOf(r), c = new RecordCheck(out, r.file, r.id, 'properties.');
    ref(c, p, 'area', areaIds, 'area');
    ref(c, p, 'place', placeIds, 'place');
    ref(c, p, 'cluster', clusterIds, 'cluster');
    const prev = seqs.get(p.seq as number);
    if (prev) c.fail('seq', `${String(p.seq)} is also used by ${prev}`);
    else seqs.set(p.seq as number, r.id);
  }

  if (!docs) return;
  for (const r of ok(all)) {
    const p = propsOf(r);
    const prefix = p === r.value ? '' : 'properties.';
    const c = new RecordCheck(out, r.file, r.id, prefix);
    const cited = (list: Obj[], field: string) => list.forEach((s, i) => {
      const sections = docs.get(s.doc as string);
      if (!sections) c.fail(`${field}.${i}.doc`, `names no document "${String(s.doc)}" in seeds/register.json`);
      else if (!sections.has(s.section as string)) c.fail(`${field}.${i}.section`, `document "${String(s.doc)}" has no section "${String(s.section)}"`);
    });
    cited(p.sources as Obj[], 'sources');
    const conflict = p.positionConflict;
    if (isObj(conflict) && isObj(conflict.documents)) cited(conflict.documents.sources as Obj[], 'positionConflict.documents.sources');
  }
}
