/**
 * The tour player: applies chapters (data/tour.json) through intents tagged `tour`, by hand (next,
 * prev, go) or by itself on the schedule of state/tour.ts. Used by the presenter and the kiosk's
 * attract loop. Each chapter sets the filters, layers and panel it names — what it leaves out returns
 * to what was shown when the player was made, so a chapter's filter does not linger into the next —
 * opens its card (or closes the open one) and flies the camera there. `stop()` only stops the
 * timer: the screen stays as it is, for the visitor to take over. It writes no history.
 */
import { createSignal, type Accessor } from 'solid-js';
import type { Chapter } from '../domain/tour';
import type { View } from '../state/view';
import { dwellsMs, stepFrom, tourAt } from '../state/tour';
import type { Session } from './session';

/** Time and timers; tests and the soak pass their own. */
export interface TourClock {
  now(): number;
  setTimeout(cb: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TourPlayer {
  /** Plays by itself from chapter `i` (default 0): applies it at once, then each next after its dwell, looping. */
  start(i?: number): void;
  /** Stops playing; the screen stays as it is. */
  stop(): void;
  /** The next chapter (after the last: the first); keeps playing if it was. */
  next(): void;
  /** The previous chapter (before the first: the last); keeps playing if it was. */
  prev(): void;
  /** A chapter by index or id; an unknown one is ignored with a console warning. */
  go(target: number | string): void;
  /** The first chapter. */
  home(): void;
  /** Index of the chapter last applied (reactive). */
  index: Accessor<number>;
  /** Whether it plays by itself (reactive). */
  playing: Accessor<boolean>;
  /** Chapters applied since the player was made (reactive; for the soak test and the kiosk). */
  steps: Accessor<number>;
  readonly chapters: readonly Chapter[];
  /** Stops for good; later calls do nothing. */
  dispose(): void;
}

export interface TourPlayerOptions {
  chapters: readonly Chapter[];
  session: Session;
  /** Multiplies every chapter's dwell (1 = as configured; smaller is faster). */
  pace?: number;
  clock?: TourClock;
  /** Longest camera flight (ms); a flight also takes at most half its chapter's dwell. */
  flight?: number;
}

const browserClock: TourClock = {
  now: () => performance.now(),
  setTimeout: (cb, ms) => window.setTimeout(cb, ms),
  clearTimeout: (h) => window.clearTimeout(h as number),
};

export const FLIGHT_MS = 2400;

export function createTourPlayer(o: TourPlayerOptions): TourPlayer {
  const { chapters, session } = o;
  const { intents } = session;
  const [state] = session.store;
  const pace = o.pace ?? 1;
  const clock = o.clock ?? browserClock;
  const n = chapters.length;
  const dwell = dwellsMs(chapters, pace);
  const [index, setIndex] = createSignal(0);
  const [playing, setPlaying] = createSignal(false);
  const [steps, setSteps] = createSignal(0);
  // What a chapter that names no filter, layer or panel returns to.
  const base: Pick<View, 'clusters' | 'layers' | 'panel'> = {
    clusters: state.clusters ? [...state.clusters] : null, layers: { ...state.layers }, panel: state.panel,
  };
  let timer: unknown = null, startedAt = 0, startedFrom = 0, disposed = false;

  const apply = (i: number) => {
    const ch = chapters[i];
    if (!ch || disposed) return;
    const show = ch.show ?? {};
    intents.goTo({
      clusters: show.clusters !== undefined ? show.clusters : base.clusters,
      layers: { ...base.layers, ...show.layers },
      panel: show.panel !== undefined ? show.panel : base.panel,
      sel: ch.card,
    }, 'tour');
    const move = { duration: Math.round(Math.min(o.flight ?? FLIGHT_MS, dwell[i]! / 2)) };
    const cam = ch.camera;
    if (cam === 'overview') intents.overview('tour', move);
    else if ('fit' in cam) intents.frame(cam.fit, 'tour', move);
    else intents.goTo({ cam: { ...cam } }, 'tour', { animate: true, ...move });
    setIndex(i);
    setSteps((s) => s + 1);
  };

  const clear = () => { if (timer !== null) clock.clearTimeout(timer); timer = null; };
  const schedule = () => {
    clear();
    const at = tourAt(chapters, pace, clock.now() - startedAt, startedFrom);
    timer = clock.setTimeout(tick, Math.max(0, at.untilNext));
  };
  function tick() {
    timer = null;
    if (!playing() || disposed) return;
    const at = tourAt(chapters, pace, clock.now() - startedAt, startedFrom);
    if (at.index !== index()) apply(at.index);
    schedule();
  }
  const play = (i: number) => {
    startedAt = clock.now();
    startedFrom = i;
    apply(i);
    if (playing()) schedule();
  };
  const resolve = (target: number | string): number | null => {
    const i = typeof target === 'number' ? (Number.isInteger(target) && target >= 0 && target < n ? target : -1) : chapters.findIndex((c) => c.id === target);
    if (i < 0) { console.warn(`tour: no chapter ${JSON.stringify(target)}; ignored`); return null; }
    return i;
  };

  return {
    start(i = 0) {
      if (disposed || n === 0) return;
      const at = resolve(i);
      if (at === null) return;
      setPlaying(true);
      play(at);
    },
    stop() { clear(); setPlaying(false); },
    next() { if (n && !disposed) play(stepFrom(index(), 1, n)); },
    prev() { if (n && !disposed) play(stepFrom(index(), -1, n)); },
    go(target) {
      if (disposed) return;
      const i = resolve(target);
      if (i !== null) play(i);
    },
    home() { if (n && !disposed) play(0); },
    index, playing, steps, chapters,
    dispose() { clear(); setPlaying(false); disposed = true; },
  };
}
