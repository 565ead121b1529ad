/**
 * Structure and field checks for each content file. Returns the records that are well-formed
 * enough for the cross-file and geometry checks that follow.
 */
import gjv from 'geojson-validation';
import type { Problem } from '../problem.ts';
import { ACCURACIES, AREA_TIERS, ENTERPRISE_ROLES, GROUND_KINDS, PLACE_KINDS, POSITION_SOURCES, type ContextAreaGroup, type ContextPlaceCategory } from '../types.ts';

const CONTEXT_AREA_GROUPS: readonly ContextAreaGroup[] = ['newcity-key-area', 'manufacturing-sector', 'corridor-zone'];
const CONTEXT_PLACE_CATEGORIES: readonly ContextPlaceCategory[] = ['heritage', 'education', 'culture-sport', 'park-green', 'carrier', 'transport', 'commerce', 'other'];
import { KEBAB_ID, RecordCheck, isObj, type Obj } from './fields.ts';
import { MENTION_KEYS, type KindId } from '../kinds.ts';

/** A record that passed its own checks, with where it came from. */
/** `ok` is false when the record has problems of its own; its id still resolves references. */
export interface Checked { file: string; id: string; value: Obj; ok: boolean }

type PropsCheck = (c: RecordCheck, p: Obj) => void;

function located(c: RecordCheck, p: Obj): void {
  c.text(p, 'name');
  c.oneOf(p, 'accuracy', ACCURACIES);
  c.text(p, 'accuracyNote');
  c.sources(p);
}

/** `positionSource` and, for a position from outside the documents, the conflict with them. */
function positioned(c: RecordCheck, p: Obj): void {
  if (p.positionSource !== undefined) c.oneOf(p, 'positionSource', POSITION_SOURCES);
  const pc = p.positionConflict;
  if (pc === undefined) return;
  if (p.positionSource !== 'outside') c.fail('positionConflict', 'only a position from outside the five documents (positionSource "outside") can conflict with them');
  if (!isObj(pc) || !isObj(pc.documents) || !isObj(pc.outside)) {
    c.fail('positionConflict', 'must be {documents: {text, sources}, outside: {text, source}}');
    return;
  }
  const d = new RecordCheck(c.out, c.file, c.id, `${c.prefix}positionConflict.documents.`);
  d.text(pc.documents, 'text');
  d.sources(pc.documents);
  const o = new RecordCheck(c.out, c.file, c.id, `${c.prefix}positionConflict.outside.`);
  o.text(pc.outside, 'text');
  o.text(pc.outside, 'source');
}

const AREA: PropsCheck = (c, p) => {
  located(c, p);
  c.oneOf(p, 'tier', AREA_TIERS);
  c.refOrNull(p, 'parent');
  c.text(p, 'summary');
  if (p.admin !== undefined) {
    const a = p.admin;
    if (!isObj(a) || typeof a.nbsCode !== 'string' || !/^\d{9}$/.test(a.nbsCode) || typeof a.name !== 'string' || !['whole', 'part'].includes(a.relation as string)) {
      c.fail('admin', 'must be {nbsCode: 9 digits, name, relation: whole|part}');
    }
  }
};

const PLACE: PropsCheck = (c, p) => {
  located(c, p);
  positioned(c, p);
  c.oneOf(p, 'kind', PLACE_KINDS);
  c.text(p, 'summary');
  c.refOrNull(p, 'area');
  if (!Array.isArray(p.clusters) || p.clusters.some((x) => typeof x !== 'string')) c.fail('clusters', 'must be an array of cluster ids');
};

const PROJECT: PropsCheck = (c, p) => {
  located(c, p);
  positioned(c, p);
  c.int(p, 'seq', 1, 99);
  for (const f of ['field', 'builder', 'content', 'innovation']) c.text(p, f);
  c.refOrNull(p, 'cluster');
  c.refOrNull(p, 'area');
  c.refOrNull(p, 'place');
  figures(c, p, true);
};

const GROUND: PropsCheck = (c, p) => {
  c.oneOf(p, 'kind', GROUND_KINDS);
  c.text(p, 'name');
  c.oneOf(p, 'accuracy', ACCURACIES);
  c.text(p, 'accuracyNote');
};

/** Ids of register documents (checked against seeds/register.json with the citations). */
function docIds(c: RecordCheck, p: Obj, field: string): void {
  const v = p[field];
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !KEBAB_ID.test(x))) c.fail(field, 'must be a non-empty array of document ids');
}

const CONTEXT_AREA: PropsCheck = (c, p) => {
  located(c, p);
  c.str(p, 'doc');
  c.oneOf(p, 'group', CONTEXT_AREA_GROUPS);
  c.refOrNull(p, 'parent');
  c.text(p, 'summary');
  if (p.members !== undefined) c.texts(p, 'members');
  checkMentions(c, p, false);
};

const CONTEXT_PLACE: PropsCheck = (c, p) => {
  located(c, p);
  docIds(c, p, 'docs');
  c.oneOf(p, 'category', CONTEXT_PLACE_CATEGORIES);
  c.text(p, 'summary');
  c.refOrNull(p, 'area');
};

const SCENE: PropsCheck = (c, r) => {
  c.int(r, 'seq', 1, 99);
  if (typeof r.super !== 'boolean') c.fail('super', 'must be true or false');
  for (const f of ['tier', 'name', 'summary']) c.text(r, f);
  c.texts(r, 'responsible');
  checkMentions(c, r, false);
  c.sources(r);
};

const PROGRAMME: PropsCheck = (c, r) => {
  c.int(r, 'seq', 1, 99);
  for (const f of ['name', 'summary']) c.text(r, f);
  c.texts(r, 'responsible');
  c.texts(r, 'towns');
  checkMentions(c, r, false);
  c.sources(r);
};

/**
 * How a kind's records are checked: their properties, and for a kind on the map its geometry types
 * (`nullable`: an item may have `null` geometry, listed without a position).
 */
export interface Schema { geometry?: readonly string[]; nullable?: boolean; props: PropsCheck }
/** `figures`: `[{label: {zh,en}, value: {zh,en}}]` (zh exactly as written); optional unless `required`. */
function figures(c: RecordCheck, p: Obj, required: boolean): void {
  if (p.figures === undefined && !required) return;
  if (!Array.isArray(p.figures)) { c.fail('figures', 'must be an array of {label, value}'); return; }
  p.figures.forEach((f, i) => {
    const each = new RecordCheck(c.out, c.file, c.id, `${c.prefix}figures.${i}.`);
    if (!isObj(f)) { each.fail('', 'must be {label, value}'); return; }
    each.text(f, 'label');
    each.text(f, 'value');
  });
}

/** An optional array of ids (existence is checked with the references). */
function ids(c: RecordCheck, p: Obj, field: string): void {
  const v = p[field];
  if (v === undefined) return;
  if (!Array.isArray(v)) { c.fail(field, 'must be an array of ids'); return; }
  v.forEach((x, i) => { if (typeof x !== 'string' || !KEBAB_ID.test(x)) c.fail(`${field}.${i}`, 'must be a kebab-case id'); });
}

/** `mentions` (types.ts `Mentions`): id lists, enterprises, unplaced names with their notes; all keys optional. */
export function checkMentions(c: RecordCheck, p: Obj, required: boolean): void {
  const m = p.mentions;
  if (m === undefined && !required) return;
  if (!isObj(m)) { c.fail('mentions', 'must be an object {areas?, places?, projects?, clusters?, enterprises?, unplaced? …}'); return; }
  const mc = new RecordCheck(c.out, c.file, c.id, `${c.prefix}mentions.`);
  for (const key of Object.keys(m)) {
    if ((MENTION_KEYS as string[]).includes(key)) ids(mc, m, key);
    else if (key === 'enterprises') mc.texts(m, key);
    else if (key === 'unplaced') {
      if (!Array.isArray(m.unplaced)) { mc.fail(key, 'must be an array of {name, note}'); continue; }
      m.unplaced.forEach((u, i) => {
        const uc = new RecordCheck(c.out, c.file, c.id, `${c.prefix}mentions.unplaced.${i}.`);
        if (!isObj(u)) { uc.fail('', 'must be {name, note}'); return; }
        uc.text(u, 'name');
        uc.text(u, 'note');
      });
    } else mc.fail(key, `is not something a record can name (${[...MENTION_KEYS, 'enterprises', 'unplaced'].join(', ')})`);
  }
}

const STRATEGY_ITEM: PropsCheck = (c, r) => {
  c.int(r, 'seq', 1, 99);
  for (const f of ['name', 'title', 'summary']) c.text(r, f);
  checkMentions(c, r, true);
  figures(c, r, false);
  c.sources(r);
};

const ACTION: PropsCheck = (c, r) => {
  STRATEGY_ITEM(c, r);
  if (r.path !== undefined && (typeof r.path !== 'string' || !KEBAB_ID.test(r.path))) c.fail('path', 'must be a path id (or be left out)');
};


/** The ground under the zone: not an item kind, checked for shape only. */
export const GROUND_SCHEMA: Schema = { geometry: ['Point', 'LineString', 'Polygon', 'MultiPolygon'], props: GROUND };

/** Checks a FeatureCollection: GeoJSON structure (geojson-validation), ids, geometry type, properties. */
export function checkFeatureCollection(out: Problem[], name: string, fc: unknown, spec: Schema): Checked[] {
  const file = `data/${name}`;
  const geometry = spec.geometry ?? [];
  const whole = new RecordCheck(out, file, '-');
  if (fc === undefined) return []; // unreadable: already reported by the reader
  if (!isObj(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    whole.fail('type', 'must be a GeoJSON FeatureCollection with a features array');
    return [];
  }
  const good: Checked[] = [];
  fc.features.forEach((f: unknown, i: number) => {
    const id = isObj(f) && typeof f.id === 'string' ? f.id : `#${i}`;
    const c = new RecordCheck(out, file, id);
    if (!isObj(f)) { c.fail('', 'must be a GeoJSON Feature'); return; }
    const before = out.length;
    const traces: string[] = spec.nullable && f.geometry === null ? [] : gjv.valid(f, true);
    for (const t of traces) c.fail('geometry' in f ? 'geometry' : 'feature', `invalid GeoJSON: ${t}`);
    if (typeof f.id !== 'string' || !KEBAB_ID.test(f.id)) c.fail('id', 'must be a kebab-case string id');
    const p = f.properties;
    if (!isObj(p)) { c.fail('properties', 'is missing'); return; }
    if (p.id !== f.id) c.fail('properties.id', `must equal the feature id (${JSON.stringify(f.id)})`);
    const g = f.geometry;
    if (g === null && spec.nullable) { /* listed without a position */ }
    else if (!isObj(g) || !geometry.includes(g.type as string)) {
      c.fail('geometry.type', `must be ${geometry.join(' or ')}${spec.nullable ? ' or null' : ''}`);
    }
    spec.props(new RecordCheck(out, file, id, 'properties.'), p);
    good.push({ file, id, value: f, ok: out.length === before });
  });
  return good;
}

const CLUSTER: PropsCheck = (c, r) => {
  c.int(r, 'seq', 1, 99);
  c.str(r, 'colorToken');
  c.text(r, 'name');
  if (r.title !== undefined) c.text(r, 'title');
  c.text(r, 'summary');
  if (!Array.isArray(r.enterprises)) c.fail('enterprises', 'must be an array of {name, role}');
  else r.enterprises.forEach((e, i) => {
    const each = new RecordCheck(c.out, c.file, c.id, `${c.prefix}enterprises.${i}.`);
    if (!isObj(e)) { each.fail('', 'must be {name: {zh, en}, role}'); return; }
    each.text(e, 'name');
    each.oneOf(e, 'role', ENTERPRISE_ROLES);
  });
  c.texts(r, 'platforms');
  c.sources(r);
};

const INDICATOR: PropsCheck = (c, r) => {
  c.int(r, 'seq', 1, 99);
  for (const f of ['category', 'name', 'attribute', 'unit']) c.text(r, f);
  c.text(r, 'target2025');
  if (r.current !== null) {
    const cur = r.current;
    const cc = new RecordCheck(c.out, c.file, c.id, 'current.');
    if (!isObj(cur)) c.fail('current', 'must be null or {value, date, source}');
    else { cc.str(cur, 'value'); cc.dateOrNull(cur, 'date'); cc.text(cur, 'source'); }
  }
  c.sources(r);
};

/** Each kind's schema (the kinds table, kinds.ts, names its file); TypeScript refuses a kind without one. */
export const KIND_SCHEMAS: { [K in KindId]: Schema } = {
  area: { geometry: ['Polygon', 'MultiPolygon'], props: AREA },
  place: { geometry: ['Point', 'Polygon'], props: PLACE },
  project: { geometry: ['Point'], props: PROJECT },
  cluster: { props: CLUSTER },
  'context-area': { geometry: ['Polygon', 'MultiPolygon'], nullable: true, props: CONTEXT_AREA },
  'context-place': { geometry: ['Point'], nullable: true, props: CONTEXT_PLACE },
  scene: { props: SCENE },
  programme: { props: PROGRAMME },
  path: { props: STRATEGY_ITEM },
  action: { props: ACTION },
};

/** strategy.json's lists: how each entry is checked (ids, texts, figures, `about` ids, mentions, citations). */
export const STRATEGY_PARTS: Record<'baseline' | 'goals' | 'guarantees', PropsCheck> = {
  baseline: (c, r) => { c.text(r, 'label'); c.text(r, 'value'); ids(c, r, 'about'); c.sources(r); },
  goals: (c, r) => { c.text(r, 'text'); figures(c, r, false); ids(c, r, 'about'); c.sources(r); },
  guarantees: (c, r) => { c.text(r, 'title'); c.text(r, 'summary'); checkMentions(c, r, false); c.sources(r); },
};

/**
 * Checks data/strategy.json; returns its entries for the cross-file checks, and the footnote (not an
 * item: named `indicator-note` in problems, its citations checked like any other).
 */
export function checkStrategy(out: Problem[], s: unknown): { entries: Checked[]; note: Checked[] } {
  const file = 'data/strategy.json';
  if (s === undefined) return { entries: [], note: [] };
  const whole = new RecordCheck(out, file, '-');
  if (!isObj(s)) { whole.fail('', 'must be an object {baseline, goals, guarantees, indicatorNote}'); return { entries: [], note: [] }; }
  const good: Checked[] = [];
  for (const [part, check] of Object.entries(STRATEGY_PARTS)) {
    const list = s[part];
    if (!Array.isArray(list)) { whole.fail(part, 'must be an array'); continue; }
    list.forEach((r: unknown, i: number) => {
      const id = isObj(r) && typeof r.id === 'string' ? r.id : `${part}.${i}`;
      const c = new RecordCheck(out, file, id);
      if (!isObj(r)) { c.fail('', 'must be an object'); return; }
      const before = out.length;
      if (typeof r.id !== 'string' || !KEBAB_ID.test(r.id)) c.fail('id', 'must be a kebab-case string id');
      check(c, r);
      good.push({ file, id, value: r, ok: out.length === before });
    });
  }
  const note = s.indicatorNote;
  const nc = new RecordCheck(out, file, 'indicator-note', 'indicatorNote.');
  if (!isObj(note)) { whole.fail('indicatorNote', 'must be {text, sources}'); return { entries: good, note: [] }; }
  const before = out.length;
  nc.text(note, 'text');
  nc.sources(note);
  return { entries: good, note: [{ file, id: 'indicator-note', value: note, ok: out.length === before }] };
}

export const INDICATOR_SCHEMA: Schema = { props: INDICATOR };

/** Checks an array of records (clusters, indicators). */
export function checkRecords(out: Problem[], name: string, list: unknown, spec: Schema): Checked[] {
  const file = `data/${name}`;
  if (list === undefined) return [];
  if (!Array.isArray(list)) { new RecordCheck(out, file, '-').fail('', 'must be a JSON array'); return []; }
  const good: Checked[] = [];
  list.forEach((r: unknown, i: number) => {
    const id = isObj(r) && typeof r.id === 'string' ? r.id : `#${i}`;
    const c = new RecordCheck(out, file, id);
    if (!isObj(r)) { c.fail('', 'must be an object'); return; }
    const before = out.length;
    if (typeof r.id !== 'string' || !KEBAB_ID.test(r.id)) c.fail('id', 'must be a kebab-case string id');
    spec.props(c, r);
    good.push({ file, id, value: r, ok: out.length === before });
  });
  return good;
}

/** Checks `seeds/register.json`; returns document id → set of section ids. */
export function checkRegister(out: Problem[], reg: unknown): Map<string, Set<string>> {
  const file = 'seeds/register.json';
  const docs = new Map<string, Set<string>>();
  if (reg === undefined) return docs;
  if (!isObj(reg) || !Array.isArray(reg.documents)) {
    new RecordCheck(out, file, '-').fail('documents', 'must be an array of documents');
    return docs;
  }
  const editions: [RecordCheck, string][] = [];
  reg.documents.forEach((d: unknown, i: number) => {
    const id = isObj(d) && typeof d.id === 'string' ? d.id : `#${i}`;
    const c = new RecordCheck(out, file, id);
    if (!isObj(d)) { c.fail('', 'must be an object'); return; }
    if (typeof d.id !== 'string' || !KEBAB_ID.test(d.id)) { c.fail('id', 'must be a kebab-case string id'); return; }
    if (docs.has(d.id)) { c.fail('id', 'is used by another document'); return; }
    for (const f of ['title', 'issuer', 'number']) c.str(d, f);
    c.dateOrNull(d, 'date');
    if (d.editionOf !== undefined) editions.push([c, String(d.editionOf)]);
    const sections = new Set<string>();
    if (!Array.isArray(d.sections) || d.sections.length === 0) c.fail('sections', 'must list the sections that can be cited');
    else d.sections.forEach((s: unknown, j: number) => {
      if (!isObj(s) || typeof s.id !== 'string' || typeof s.title !== 'string') c.fail(`sections.${j}`, 'must be {id, title}');
      else if (sections.has(s.id)) c.fail(`sections.${j}.id`, `section "${s.id}" is listed twice`);
      else sections.add(s.id);
    });
    if (d.facts !== undefined) {
      if (!Array.isArray(d.facts)) c.fail('facts', 'must be an array');
      else d.facts.forEach((f: unknown, j: number) => {
        const fc = new RecordCheck(out, file, id, `facts.${j}.`);
        if (!isObj(f)) { fc.fail('', 'must be an object'); return; }
        fc.str(f, 'id');
        fc.text(f, 'text');
        if (typeof f.section !== 'string' || !sections.has(f.section)) fc.fail('section', `names no section of this document (${JSON.stringify(f.section)})`);
      });
    }
    docs.set(d.id, sections);
  });
  for (const [c, target] of editions) if (!docs.has(target)) c.fail('editionOf', `names no document "${target}"`);
  return docs;
}
