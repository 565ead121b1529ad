/**
 * Checks `data/tour.json`: its shape, ids that name items and clusters of the content, cameras inside
 * the map's bounds and zoom range, captions in both languages. Returns every problem (file, chapter
 * id, field); never throws.
 */
import type { Problem } from '../problem.ts';
import { CHAPTER_LAYERS, CHAPTER_PANELS, DWELL_RANGE } from '../tour.ts';
import { KEBAB_ID, RecordCheck, isObj, type Obj } from './fields.ts';

export interface TourKnown {
  /** Ids of every item a card can show (any kind). */
  ids: ReadonlySet<string>;
  clusters: ReadonlySet<string>;
  /** The map's bounds (west, south, east, north) and zoom range. */
  bounds: readonly [number, number, number, number];
  zoom: readonly [number, number];
}

export const TOUR_FILE = 'data/tour.json';

export function validateTour(raw: unknown, known: TourKnown, file = TOUR_FILE): Problem[] {
  const out: Problem[] = [];
  if (!Array.isArray(raw)) { out.push({ file, id: '-', field: '-', message: 'must be an array of chapters' }); return out; }
  if (raw.length === 0) out.push({ file, id: '-', field: '-', message: 'has no chapter' });
  const seen = new Set<string>();
  raw.forEach((ch: unknown, i) => {
    const label = isObj(ch) && typeof ch.id === 'string' && ch.id ? ch.id : `#${i}`;
    const c = new RecordCheck(out, file, label);
    if (!isObj(ch)) { c.fail('-', 'must be an object'); return; }
    if (typeof ch.id !== 'string' || !KEBAB_ID.test(ch.id)) c.fail('id', ch.id === undefined ? 'is missing' : 'must be a kebab-case id');
    else if (seen.has(ch.id)) c.fail('id', 'is used by an earlier chapter');
    else seen.add(ch.id);
    checkCamera(c, ch, known);
    checkShow(c, ch, known);
    if (ch.card === undefined) c.fail('card', 'is missing (use null for none)');
    else if (ch.card !== null && (typeof ch.card !== 'string' || !known.ids.has(ch.card))) c.fail('card', `names no item ${JSON.stringify(ch.card)}`);
    c.text(ch, 'caption');
    if (ch.dwell !== undefined && (typeof ch.dwell !== 'number' || !(ch.dwell >= DWELL_RANGE[0] && ch.dwell <= DWELL_RANGE[1]))) {
      c.fail('dwell', `must be a number of seconds from ${DWELL_RANGE[0]} to ${DWELL_RANGE[1]}`);
    }
    for (const k of Object.keys(ch)) if (!['id', 'camera', 'show', 'card', 'caption', 'dwell'].includes(k)) c.fail(k, 'is not a chapter field');
  });
  return out;
}

function checkCamera(c: RecordCheck, ch: Obj, known: TourKnown): void {
  const cam = ch.camera;
  if (cam === 'overview') return;
  if (!isObj(cam)) { c.fail('camera', cam === undefined ? 'is missing' : 'must be "overview", {fit: [ids]} or {lon, lat, zoom}'); return; }
  if ('fit' in cam) {
    const ids = cam.fit;
    if (!Array.isArray(ids) || ids.length === 0) { c.fail('camera.fit', 'must be a non-empty array of item ids'); return; }
    ids.forEach((id, j) => { if (typeof id !== 'string' || !known.ids.has(id)) c.fail(`camera.fit.${j}`, `names no item ${JSON.stringify(id)}`); });
    if (Object.keys(cam).length > 1) c.fail('camera', 'a framing camera has only "fit"');
    return;
  }
  const [w, s, e, n] = known.bounds;
  const num = (f: string, min: number, max: number, required: boolean) => {
    const v = cam[f];
    if (v === undefined && !required) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) c.fail(`camera.${f}`, v === undefined ? 'is missing' : `must be a number from ${min} to ${max} (inside the map's bounds)`);
  };
  num('lon', w, e, true);
  num('lat', s, n, true);
  num('zoom', known.zoom[0], known.zoom[1], true);
  num('bearing', -180, 180, false);
  num('pitch', 0, 60, false);
  for (const k of Object.keys(cam)) if (!['lon', 'lat', 'zoom', 'bearing', 'pitch'].includes(k)) c.fail(`camera.${k}`, 'is not a camera field');
}

function checkShow(c: RecordCheck, ch: Obj, known: TourKnown): void {
  const show = ch.show;
  if (show === undefined) return;
  if (!isObj(show)) { c.fail('show', 'must be an object {clusters?, layers?, panel?}'); return; }
  if (show.clusters !== undefined && show.clusters !== null) {
    if (!Array.isArray(show.clusters)) c.fail('show.clusters', 'must be an array of cluster ids or null');
    else show.clusters.forEach((id, j) => { if (typeof id !== 'string' || !known.clusters.has(id)) c.fail(`show.clusters.${j}`, `names no cluster ${JSON.stringify(id)}`); });
  }
  if (show.layers !== undefined) {
    if (!isObj(show.layers)) c.fail('show.layers', 'must be an object {areas?, places?, projects?: boolean}');
    else for (const [k, v] of Object.entries(show.layers)) {
      if (!(CHAPTER_LAYERS as readonly string[]).includes(k)) c.fail(`show.layers.${k}`, `is not a layer (${CHAPTER_LAYERS.join(', ')})`);
      else if (typeof v !== 'boolean') c.fail(`show.layers.${k}`, 'must be true or false');
    }
  }
  if (show.panel !== undefined && show.panel !== null && !(CHAPTER_PANELS as readonly unknown[]).includes(show.panel)) {
    c.fail('show.panel', `must be ${CHAPTER_PANELS.join(', ')} or null`);
  }
  for (const k of Object.keys(show)) if (!['clusters', 'layers', 'panel'].includes(k)) c.fail(`show.${k}`, 'is not a show field');
}
