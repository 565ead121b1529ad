/**
 * Field checkers shared by the per-file schemas. Each records a Problem and returns whether the
 * value passed, so callers can skip checks that depend on it.
 */
import type { Problem } from '../problem.ts';

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects problems for one record (file + id) of the content. */
export class RecordCheck {
  constructor(readonly out: Problem[], readonly file: string, readonly id: string, readonly prefix = '') {}

  fail(field: string, message: string): false {
    this.out.push({ file: this.file, id: this.id, field: this.prefix + field, message });
    return false;
  }

  /** A non-empty string. */
  str(obj: Obj, field: string): obj is Obj {
    const v = obj[field];
    if (typeof v !== 'string' || v.trim() === '') return this.fail(field, v === undefined ? 'is missing' : 'must be a non-empty string');
    return true;
  }

  /** A bilingual text `{zh, en}`, both non-empty. */
  text(obj: Obj, field: string): boolean {
    const v = obj[field];
    if (!isObj(v)) return this.fail(field, v === undefined ? 'is missing (needs {zh, en})' : 'must be an object {zh, en}');
    let ok = true;
    for (const lang of ['zh', 'en'] as const) {
      const s = v[lang];
      if (typeof s !== 'string' || s.trim() === '') ok = this.fail(`${field}.${lang}`, s === undefined ? 'is missing' : 'must be a non-empty string');
    }
    return ok;
  }

  /** An array of bilingual texts. */
  texts(obj: Obj, field: string): boolean {
    const v = obj[field];
    if (!Array.isArray(v)) return this.fail(field, 'must be an array');
    const items: Obj = { ...v };
    const each = new RecordCheck(this.out, this.file, this.id, `${this.prefix}${field}.`);
    return v.map((_, i) => each.text(items, String(i))).every(Boolean);
  }

  oneOf<T extends string>(obj: Obj, field: string, allowed: readonly T[]): boolean {
    const v = obj[field];
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      return this.fail(field, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
    }
    return true;
  }

  /** A string id or null. */
  refOrNull(obj: Obj, field: string): boolean {
    const v = obj[field];
    if (v === null) return true;
    if (typeof v !== 'string' || !KEBAB_ID.test(v)) return this.fail(field, v === undefined ? 'is missing (use null for none)' : 'must be an id or null');
    return true;
  }

  int(obj: Obj, field: string, min: number, max: number): boolean {
    const v = obj[field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) return this.fail(field, `must be an integer from ${min} to ${max}`);
    return true;
  }

  dateOrNull(obj: Obj, field: string): boolean {
    const v = obj[field];
    if (v === null) return true;
    if (typeof v !== 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) return this.fail(field, 'must be a date YYYY-MM-DD or null');
    return true;
  }

  /** A non-empty array of citations `{doc, section}`; resolution is checked later. */
  sources(obj: Obj, field = 'sources'): boolean {
    const v = obj[field];
    if (!Array.isArray(v) || v.length === 0) return this.fail(field, 'must cite at least one {doc, section}');
    let ok = true;
    v.forEach((c, i) => {
      if (!isObj(c) || typeof c.doc !== 'string' || typeof c.section !== 'string') ok = this.fail(`${field}.${i}`, 'must be {doc, section}');
    });
    return ok;
  }
}
