/**
 * The tour's schedule: where a playing tour is after some time. Pure; the player
 * (app/tour-player.ts) wires it to timers and the intents.
 */
import { DEFAULT_DWELL, type Chapter } from '../domain/tour';

/** Milliseconds each chapter stays at a pace (1 = the dwell the chapters give; 0.5 = twice as fast). */
export function dwellsMs(chapters: readonly Pick<Chapter, 'dwell'>[], pace: number): number[] {
  const p = Number.isFinite(pace) && pace > 0 ? pace : 1;
  return chapters.map((c) => Math.max(1, (c.dwell ?? DEFAULT_DWELL) * 1000 * p));
}

export interface TourPosition {
  /** Chapter on screen (0-based). */
  index: number;
  /** Chapter changes since the tour started (grows across loops). */
  step: number;
  /** Milliseconds until the next change. */
  untilNext: number;
}

/**
 * Where a tour is `elapsed` ms after it started playing at chapter `from`, looping after the last.
 * An empty tour stays at 0.
 */
export function tourAt(chapters: readonly Pick<Chapter, 'dwell'>[], pace: number, elapsed: number, from = 0): TourPosition {
  const n = chapters.length;
  if (n === 0) return { index: 0, step: 0, untilNext: Infinity };
  const dwell = dwellsMs(chapters, pace);
  const total = dwell.reduce((a, b) => a + b, 0);
  const start = ((from % n) + n) % n;
  // Time from the start of chapter 0 of the loop the tour started in.
  let t = Math.max(0, elapsed);
  for (let i = 0; i < start; i++) t += dwell[i]!;
  const loops = Math.floor(t / total);
  let rest = t - loops * total, index = 0;
  while (index < n - 1 && rest >= dwell[index]!) { rest -= dwell[index]!; index++; }
  return { index, step: loops * n + index - start, untilNext: dwell[index]! - rest };
}

/** The chapter `delta` steps from `i`, wrapping around. */
export const stepFrom = (i: number, delta: number, n: number) => (n === 0 ? 0 : (((i + delta) % n) + n) % n);
