/**
 * The plans panel's files: the three indicator tables (indicator-tables.json) and the documents
 * (documents.json). Not item kinds (nothing on the map, no cards): checked for shape, for rows that
 * carry every column, and for documents and citations that exist.
 */
import type { Problem } from '../problem.ts';
import { KEBAB_ID, RecordCheck, isObj } from './fields.ts';

const GEOGRAPHIES = ['zone', 'new-city', 'district'] as const;
const ATTRIBUTES = ['预期性', '约束性'] as const;

function citations(c: RecordCheck, list: unknown, field: string, docs: Map<string, Set<string>> | null): void {
  if (!docs || !Array.isArray(list)) return;
  list.forEach((s, i) => {
    if (!isObj(s)) return;
    const sections = docs.get(String(s.doc));
    if (!sections) c.fail(`${field}.${i}.doc`, `names no document "${String(s.doc)}" in seeds/register.json`);
    else if (!sections.has(String(s.section))) c.fail(`${field}.${i}.section`, `document "${String(s.doc)}" has no section "${String(s.section)}"`);
  });
}

export function checkIndicatorTables(out: Problem[], raw: unknown, docs: Map<string, Set<string>> | null): void {
  const file = 'data/indicator-tables.json';
  if (raw === undefined) return;
  if (!Array.isArray(raw)) { new RecordCheck(out, file, '-').fail('', 'must be a JSON array of tables'); return; }
  const ids = new Set<string>();
  raw.forEach((tb: unknown, i: number) => {
    const id = isObj(tb) && typeof tb.id === 'string' ? tb.id : `#${i}`;
    const c = new RecordCheck(out, file, id);
    if (!isObj(tb)) { c.fail('', 'must be an object'); return; }
    if (typeof tb.id !== 'string' || !KEBAB_ID.test(tb.id)) c.fail('id', 'must be a kebab-case string id');
    else if (ids.has(tb.id)) c.fail('id', 'is used by another table'); else ids.add(tb.id);
    c.str(tb, 'doc');
    c.str(tb, 'section');
    if (docs && typeof tb.doc === 'string') {
      const sections = docs.get(tb.doc);
      if (!sections) c.fail('doc', `names no document "${tb.doc}" in seeds/register.json`);
      else if (typeof tb.section === 'string' && !sections.has(tb.section)) c.fail('section', `document "${tb.doc}" has no section "${tb.section}"`);
    }
    c.text(tb, 'title');
    c.oneOf(tb, 'geography', GEOGRAPHIES);
    const keys: string[] = [];
    if (!Array.isArray(tb.columns) || tb.columns.length === 0) c.fail('columns', 'must list the columns [{key, label}]');
    else tb.columns.forEach((col: unknown, j: number) => {
      const cc = new RecordCheck(out, file, id, `columns.${j}.`);
      if (!isObj(col)) { cc.fail('', 'must be {key, label}'); return; }
      if (cc.str(col, 'key')) keys.push(String(col.key));
      cc.text(col, 'label');
    });
    if (!Array.isArray(tb.rows) || tb.rows.length === 0) { c.fail('rows', 'must list the rows'); return; }
    tb.rows.forEach((row: unknown, j: number) => {
      const rid = isObj(row) && typeof row.id === 'string' ? row.id : `#${j}`;
      const rc = new RecordCheck(out, file, `${id}/${rid}`);
      if (!isObj(row)) { rc.fail('', 'must be an object'); return; }
      if (typeof row.id !== 'string' || !KEBAB_ID.test(row.id)) rc.fail('id', 'must be a kebab-case string id');
      else if (ids.has(row.id)) rc.fail('id', 'is used by another table or row'); else ids.add(row.id);
      rc.int(row, 'seq', 1, 99);
      if (!isObj(row.cells)) { rc.fail('cells', 'must be an object {<column key>: "text as printed"}'); return; }
      const cells = row.cells;
      const cc = new RecordCheck(out, file, `${id}/${rid}`, 'cells.');
      for (const k of keys) cc.str(cells, k);
      for (const k of Object.keys(cells)) if (!keys.includes(k)) cc.fail(k, 'is not a column of the table');
      if (row.attribute !== undefined) {
        if (rc.oneOf(row, 'attribute', ATTRIBUTES) && typeof cells.attribute === 'string' && cells.attribute !== row.attribute) rc.fail('attribute', `differs from the printed cell "${cells.attribute}"`);
      }
      if (row.en !== undefined) {
        if (!isObj(row.en)) rc.fail('en', 'must be an object {<column key>: "English"}');
        else for (const [k, v] of Object.entries(row.en)) {
          if (!keys.includes(k)) rc.fail(`en.${k}`, 'is not a column of the table');
          else if (typeof v !== 'string' || v.trim() === '') rc.fail(`en.${k}`, 'must be a non-empty string');
        }
      }
    });
  });
}

export function checkDocuments(out: Problem[], raw: unknown, docs: Map<string, Set<string>> | null): void {
  const file = 'data/documents.json';
  if (raw === undefined) return;
  if (!Array.isArray(raw)) { new RecordCheck(out, file, '-').fail('', 'must be a JSON array'); return; }
  const seen = new Set<string>();
  raw.forEach((d: unknown, i: number) => {
    const id = isObj(d) && typeof d.doc === 'string' ? d.doc : `#${i}`;
    const c = new RecordCheck(out, file, id);
    if (!isObj(d)) { c.fail('', 'must be an object'); return; }
    if (c.str(d, 'doc')) {
      if (seen.has(String(d.doc))) c.fail('doc', 'is listed twice');
      seen.add(String(d.doc));
      if (docs && !docs.has(String(d.doc))) c.fail('doc', `names no document "${String(d.doc)}" in seeds/register.json`);
    }
    c.oneOf(d, 'geography', GEOGRAPHIES);
    c.text(d, 'about');
    if (d.industries !== undefined) c.texts(d, 'industries');
    if (d.industryGroups !== undefined) {
      if (!Array.isArray(d.industryGroups)) c.fail('industryGroups', 'must be an array');
      else d.industryGroups.forEach((g: unknown, j: number) => {
        const gc = new RecordCheck(out, file, id, `industryGroups.${j}.`);
        if (!isObj(g)) { gc.fail('', 'must be {name, members, sources}'); return; }
        gc.text(g, 'name');
        gc.texts(g, 'members');
        if (gc.sources(g)) citations(gc, g.sources, 'sources', docs);
      });
    }
    if (c.sources(d)) citations(c, d.sources, 'sources', docs);
  });
}
