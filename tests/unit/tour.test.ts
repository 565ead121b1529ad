/** The tour: its file's checks, its schedule and the player that applies chapters through intents. */
import { describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { readFileSync } from 'node:fs';
import { validateTour, type TourKnown } from '../../src/domain/validate/tour';
import { formatProblem } from '../../src/domain/problem';
import { tourKnown, validateTourFile } from '../../scripts/validate-project';
import { readContent } from '../../scripts/content-files';
import { dwellsMs, stepFrom, tourAt } from '../../src/state/tour';
import { createTourPlayer, type TourClock } from '../../src/app/tour-player';
import { createSession } from '../../src/app/session';
import { DEFAULT_CONFIG } from '../../src/app/deploy-config';
import { DEFAULT_VIEW } from '../../src/state/view';
import type { Chapter } from '../../src/domain/tour';
import type { IntentEvent } from '../../src/state/intents';
import { MAX_BOUNDS, ZOOM_RANGE } from '../../src/map/limits';
import { datasetOf, validContent } from './fixture';

const known: TourKnown = { ids: new Set(['core', 'ext', 'lab', 'ai']), clusters: new Set(['ai']), bounds: MAX_BOUNDS, zoom: ZOOM_RANGE };
const good = (): Record<string, unknown>[] => [
  { id: 'start', camera: 'overview', card: null, caption: { zh: '总览', en: 'Overview' } },
  { id: 'core', camera: { fit: ['core'] }, card: 'core', caption: { zh: '核心区', en: 'Core' }, dwell: 8 },
  { id: 'ai', camera: { lon: 121.3, lat: 31.05, zoom: 12, bearing: 20, pitch: 30 }, show: { clusters: ['ai'], layers: { areas: false }, panel: 'list' }, card: 'ai', caption: { zh: '人工智能', en: 'AI' } },
];
const check = (mutate: (t: Record<string, unknown>[]) => void) => { const t = good(); mutate(t); return validateTour(t, known).map(formatProblem); };

describe('data/tour.json checks', () => {
  it('accept a good tour', () => expect(check(() => {})).toEqual([]));

  it('name file, chapter id and field for every kind of mistake', () => {
    const F = 'data/tour.json';
    expect(check((t) => { t[1]!.card = 'nowhere'; })).toEqual([`${F}  core  card  names no item "nowhere"`]);
    expect(check((t) => { t[1]!.camera = { fit: ['core', 'gone'] }; })).toEqual([`${F}  core  camera.fit.1  names no item "gone"`]);
    expect(check((t) => { t[2]!.camera = { lon: 118.0, lat: 31.05, zoom: 12 }; })).toEqual([expect.stringMatching(/^data\/tour\.json {2}ai {2}camera\.lon {2}must be a number from 120\.85 to 121\.55/)]);
    expect(check((t) => { t[2]!.camera = { lon: 121.3, lat: 31.05, zoom: 3 }; })).toEqual([expect.stringMatching(/ai {2}camera\.zoom {2}must be a number from 8\.5 to 17/)]);
    expect(check((t) => { t[2]!.camera = 'elsewhere'; })).toEqual([expect.stringMatching(/ai {2}camera {2}must be "overview"/)]);
    expect(check((t) => { delete (t[0]!.caption as Record<string, string>).en; })).toEqual([`${F}  start  caption.en  is missing`]);
    expect(check((t) => { t[2]!.show = { clusters: ['ai', 'fintech'] }; })).toEqual([`${F}  ai  show.clusters.1  names no cluster "fintech"`]);
    expect(check((t) => { t[2]!.show = { layers: { roads: true } }; })).toEqual([expect.stringMatching(/ai {2}show\.layers\.roads {2}is not a layer/)]);
    expect(check((t) => { t[2]!.show = { panel: 'legend' }; })).toEqual([`${F}  ai  show.panel  must be list, indicators or null`]);
    expect(check((t) => { t[1]!.dwell = 0; })).toEqual([expect.stringMatching(/core {2}dwell {2}must be a number of seconds/)]);
    expect(check((t) => { t[2]!.id = 'core'; })).toEqual([`${F}  core  id  is used by an earlier chapter`]);
    expect(check((t) => { delete t[0]!.card; })).toEqual([`${F}  start  card  is missing (use null for none)`]);
    expect(check((t) => { delete t[1]!.id; })).toEqual([`${F}  #1  id  is missing`]);
    expect(check((t) => { t[0]!.title = 'x'; })).toEqual([`${F}  start  title  is not a chapter field`]);
    expect(validateTour({ chapters: [] }, known).map(formatProblem)).toEqual([`${F}  -  -  must be an array of chapters`]);
  });

  it('know every item of every item file, so a new kind of item needs only its chapters', () => {
    const { raw } = readContent(process.cwd());
    const k = tourKnown({ ...raw, ['paths.json' as 'clusters.json']: [{ id: 'path-platforms' }] } as typeof raw);
    expect(k.ids.has('path-platforms')).toBe(true);
    expect(k.ids.has('core-lingang-songjiang') && k.ids.has('fintech') && k.ids.has('g60-starlink-plan')).toBe(true);
    // Not items: indicators, context, documents.
    expect([...k.ids].some((id) => (raw['indicators.json'] as { id: string }[]).some((i) => i.id === id))).toBe(false);
  });

  it('the real tour is valid and visits the overview, six areas, six clusters and the indicators', () => {
    const { raw } = readContent(process.cwd());
    expect(validateTourFile(process.cwd(), raw).map(formatProblem)).toEqual([]);
    const tour = JSON.parse(readFileSync('data/tour.json', 'utf8')) as Chapter[];
    expect(tour[0]!.camera).toBe('overview');
    expect(tour.filter((c) => c.card && /^(core|east-integration|west-integration|base-)/.test(c.card)).map((c) => c.card)).toHaveLength(6);
    const clusters = tour.filter((c) => c.show?.clusters?.length === 1);
    expect(clusters.map((c) => c.card)).toEqual(['industrial-internet', 'artificial-intelligence', 'satellite-internet', 'crypto-xinchuang', 'brain-intelligence', 'fintech']);
    for (const c of clusters) expect(c.show!.clusters).toEqual([c.card]);
    expect(tour.some((c) => c.show?.panel === 'indicators')).toBe(true);
  });
});

describe('the tour schedule', () => {
  const ch = [{ dwell: 10 }, {}, { dwell: 5 }]; // 10 s, 12 s (default), 5 s: 27 s a loop
  it('gives the chapter, the steps taken and the time to the next change', () => {
    expect(tourAt(ch, 1, 0)).toEqual({ index: 0, step: 0, untilNext: 10_000 });
    expect(tourAt(ch, 1, 9_999).index).toBe(0);
    expect(tourAt(ch, 1, 10_000)).toEqual({ index: 1, step: 1, untilNext: 12_000 });
    expect(tourAt(ch, 1, 26_000)).toEqual({ index: 2, step: 2, untilNext: 1_000 });
  });
  it('loops after the last chapter and counts steps across loops', () => {
    expect(tourAt(ch, 1, 27_000)).toEqual({ index: 0, step: 3, untilNext: 10_000 });
    expect(tourAt(ch, 1, 27_000 * 10 + 23_000)).toEqual({ index: 2, step: 32, untilNext: 4_000 });
  });
  it('starts at any chapter, and a pace scales every dwell', () => {
    expect(tourAt(ch, 1, 0, 2)).toEqual({ index: 2, step: 0, untilNext: 5_000 });
    expect(tourAt(ch, 1, 5_000, 2)).toEqual({ index: 0, step: 1, untilNext: 10_000 });
    expect(tourAt(ch, 0.01, 100)).toEqual({ index: 1, step: 1, untilNext: 120 });
    expect(dwellsMs(ch, 0.5)).toEqual([5_000, 6_000, 2_500]);
    expect(dwellsMs(ch, -1)).toEqual(dwellsMs(ch, 1));
  });
  it('an empty tour stays put; stepping wraps both ways', () => {
    expect(tourAt([], 1, 5_000).index).toBe(0);
    expect([stepFrom(2, 1, 3), stepFrom(0, -1, 3), stepFrom(1, 1, 3)]).toEqual([0, 2, 2]);
  });
});

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0, seq = 0;
  const timers = new Map<number, { at: number; cb: () => void }>();
  const clock: TourClock & { advance(ms: number): void; pending(): number } = {
    now: () => now,
    setTimeout: (cb, ms) => { timers.set(++seq, { at: now + ms, cb }); return seq; },
    clearTimeout: (h) => { timers.delete(h as number); },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].cb();
      }
      now = end;
    },
    pending: () => timers.size,
  };
  return clock;
}

describe('the tour player', () => {
  const ds = datasetOf(validContent());
  const chapters: Chapter[] = [
    { id: 'start', camera: 'overview', card: null, caption: { zh: '总览', en: 'Overview' }, dwell: 10 },
    { id: 'ai', camera: { fit: ['ai'] }, show: { clusters: ['ai'], panel: 'list' }, card: 'ai', caption: { zh: '人工智能', en: 'AI' }, dwell: 10 },
    { id: 'here', camera: { lon: 121.3, lat: 31.05, zoom: 12 }, show: { layers: { areas: false } }, card: 'core', caption: { zh: '核心区', en: 'Core' }, dwell: 10 },
  ];
  const run = (fn: (p: ReturnType<typeof createTourPlayer>, s: ReturnType<typeof createSession>, clock: ReturnType<typeof fakeClock>, events: IntentEvent[]) => void) => createRoot((dispose) => {
    const s = createSession(ds, DEFAULT_CONFIG, { ...DEFAULT_VIEW, lang: 'en' });
    const clock = fakeClock();
    const events: IntentEvent[] = [];
    s.intents.listen((e) => events.push(e));
    const p = createTourPlayer({ chapters, session: s, clock, pace: 1 });
    fn(p, s, clock, events);
    p.dispose();
    dispose();
  });

  it('applies each chapter through intents tagged tour: card, filters, panel, a camera flight', () => run((p, { store: [state], intents }, _c, events) => {
    p.go('ai');
    expect(p.index()).toBe(1);
    expect(state.selectedId).toBe('ai');
    expect(state.clusters).toEqual(['ai']);
    expect(state.panel).toBe('list');
    const r = intents.cameraRequest()!;
    expect(r.from).toBe('tour');
    expect(r.request).toMatchObject({ kind: 'frame', duration: 2400 });
    expect(events.filter((e) => e.type === 'select')).toEqual([{ type: 'select', id: 'ai', from: 'tour' }]);
    // The next chapter names no filter or panel: the ones the tour started with come back.
    p.next();
    expect(state.clusters).toBeNull();
    expect(state.panel).toBeNull();
    expect(state.layers.areas).toBe(false);
    expect(state.selectedId).toBe('core');
    expect(intents.cameraRequest()!.request).toMatchObject({ kind: 'camera', camera: { lon: 121.3, lat: 31.05, zoom: 12 }, animate: true, duration: 2400 });
    p.next(); // wraps to the first
    expect(p.index()).toBe(0);
    expect(state.selectedId).toBeNull();
    expect(state.layers.areas).toBe(true);
    expect(intents.cameraRequest()!.request).toMatchObject({ kind: 'overview', duration: 2400 });
    p.prev();
    expect(p.index()).toBe(2);
    p.home();
    expect(p.index()).toBe(0);
  }));

  it('plays by itself on the schedule, looping, and stop leaves the screen as it is', () => run((p, { store: [state] }, clock) => {
    p.start();
    expect(p.playing()).toBe(true);
    expect(p.index()).toBe(0);
    clock.advance(9_999);
    expect(p.index()).toBe(0);
    clock.advance(1);
    expect(p.index()).toBe(1);
    clock.advance(20_000);
    expect(p.index()).toBe(0);
    expect(p.steps()).toBe(4);
    clock.advance(10_000);
    p.stop();
    expect(p.playing()).toBe(false);
    expect(clock.pending()).toBe(0);
    const shown = { sel: state.selectedId, clusters: state.clusters };
    clock.advance(60_000);
    expect(p.index()).toBe(1);
    expect({ sel: state.selectedId, clusters: state.clusters }).toEqual(shown);
  }));

  it('stepping by hand while playing restarts the dwell there', () => run((p, _s, clock) => {
    p.start(0);
    clock.advance(9_000);
    p.next();
    expect(p.index()).toBe(1);
    clock.advance(9_000);
    expect(p.index()).toBe(1);
    clock.advance(1_000);
    expect(p.index()).toBe(2);
  }));

  it('ignores unknown chapters with a warning; after dispose nothing moves', () => run((p, { store: [state] }, clock) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    p.go('nope');
    p.go(7);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(p.steps()).toBe(0);
    warn.mockRestore();
    p.start(1);
    p.dispose();
    const sel = state.selectedId;
    p.next();
    clock.advance(100_000);
    expect(p.index()).toBe(1);
    expect(state.selectedId).toBe(sel);
    expect(p.playing()).toBe(false);
  }));
});
