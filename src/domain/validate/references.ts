/** Cross-file checks: unique ids, references that resolve, citations that name a real section. */
import type { Problem } from '../problem.ts';
import { RecordCheck, isObj, type Obj } from './fields.ts';
import type { Checked } from './schema.ts';
import { KINDS, KIND_IDS, MENTION_KEYS, MENTION_KINDS, type CollectionOf, type KindId } from '../kinds.ts';

/** Each kind's checked records, by its collection (areas, places …). */
export type KindRecords = { [K in KindId as CollectionOf<K>]: Checked[] };

export interface Records extends KindRecords {
  indicators: Checked[];
  /** strategy.json's baseline, goals and guarantees; and its footnote to 表1 (citations only). */
  strategy: Checked[];
  strategyNote: Checked[];
  /** Ground: checked for geometry only, and its ids may repeat none of the zone's. */
  ground: Checked[];
}

const propsOf = (r: Checked): Obj => (isObj(r.value.properties) ? r.value.properties : r.value);

export function checkReferences(out: Problem[], recs: Records, docs: Map<string, Set<string>> | null): void {
  const ofKind = (k: KindId): Checked[] => recs[KINDS[k].collection];
  const all = [...KIND_IDS.flatMap(ofKind), ...recs.indicators, ...recs.strategy];
  const everyId = [...all, ...recs.ground];
  const seen = new Map<string, string>();
  for (const r of everyId) {
    const other = seen.get(r.id);
    if (other !== undefined) new RecordCheck(out, r.file, r.id).fail('id', `is already used in ${other}`);
    else seen.set(r.id, r.file);
  }

  const ids = (list: Checked[]) => new Set(list.map((r) => r.id));
  const idsOf = Object.fromEntries(KIND_IDS.map((k) => [k, ids(ofKind(k))])) as Record<KindId, Set<string>>;
  const tierOf = new Map(recs.areas.map((r) => [r.id, propsOf(r).tier]));

  const ok = (list: Checked[]) => list.filter((r) => r.ok);
  for (const r of ok(recs.areas)) {
    const p = propsOf(r), c = new RecordCheck(out, r.file, r.id, 'properties.');
    if (p.tier === 'sub-area') {
      if (typeof p.parent !== 'string') c.fail('parent', 'a sub-area must name its extension zone');
      else if (tierOf.get(p.parent) !== 'extension') c.fail('parent', `names no extension zone "${p.parent}"`);
    } else if (p.parent !== null) c.fail('parent', `must be null for tier ${String(p.tier)}`);
  }
  // Every field the kinds table declares as a reference (`refs`) names an item of that kind.
  for (const k of KIND_IDS) {
    const refs: Readonly<Record<string, KindId>> = KINDS[k].refs;
    for (const r of ok(ofKind(k))) {
      const p = propsOf(r), c = new RecordCheck(out, r.file, r.id, p === r.value ? '' : 'properties.');
      for (const [field, kind] of Object.entries(refs)) {
        const v = p[field];
        if (typeof v === 'string' && !idsOf[kind].has(v)) c.fail(field, `names no ${kind} "${v}"`);
        else if (Array.isArray(v)) v.forEach((x, i) => { if (typeof x === 'string' && !idsOf[kind].has(x)) c.fail(`${field}.${i}`, `names no ${kind} "${x}"`); });
      }
    }
  }
  // What a record names (`mentions`) exists, as the kind each list holds; `about` names an area or cluster.
  const known = (kind: string) => (idsOf as Record<string, Set<string> | undefined>)[kind] ?? new Set<string>();
  for (const r of ok(all)) {
    const p = propsOf(r), c = new RecordCheck(out, r.file, r.id, p === r.value ? '' : 'properties.');
    const m = p.mentions;
    if (isObj(m)) {
      for (const key of MENTION_KEYS) {
        const list = m[key];
        if (Array.isArray(list)) list.forEach((x, i) => { if (!known(MENTION_KINDS[key]).has(String(x))) c.fail(`mentions.${key}.${i}`, `names no ${MENTION_KINDS[key]} "${String(x)}"`); });
      }
    }
    if (Array.isArray(p.about)) {
      p.about.forEach((x, i) => { if (!idsOf.area.has(String(x)) && !idsOf.cluster.has(String(x))) c.fail(`about.${i}`, `names no area or cluster "${String(x)}"`); });
    }
  }
  // A context item's document (`doc`, `docs`) is in the register.
  for (const k of KIND_IDS) {
    for (const r of ok(ofKind(k))) {
      const p = propsOf(r), prefix = p === r.value ? '' : 'properties.';
      if (docs) {
        const c = new RecordCheck(out, r.file, r.id, prefix);
        if (typeof p.doc === 'string' && !docs.has(p.doc)) c.fail('doc', `names no document "${p.doc}" in seeds/register.json`);
        if (Array.isArray(p.docs)) p.docs.forEach((d, i) => { if (!docs.has(String(d))) c.fail(`docs.${i}`, `names no document "${String(d)}" in seeds/register.json`); });
      }
    }
  }
  const seqs = new Map<number, string>();
  for (const r of ok(recs.projects)) {
    const p = propsOf(r), c = new RecordCheck(out, r.file, r.id, 'properties.');
    const prev = seqs.get(p.seq as number);
    if (prev) c.fail('seq', `${String(p.seq)} is also used by ${prev}`);
    else seqs.set(p.seq as number, r.id);
  }

  if (!docs) return;
  for (const r of ok([...all, ...recs.strategyNote])) {
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
