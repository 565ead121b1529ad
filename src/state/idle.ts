/**
 * The kiosk's idle schedule: what the stand should be doing, as a pure function of the time since
 * the last input (any pointer, touch, wheel or key) and the configured times. The kiosk mode wires
 * it to timers (modes/kiosk.tsx); nothing here reads a clock.
 *
 * - Nobody has changed anything since the last reset (the home view): after `attractAfterSeconds`
 *   the attract loop plays, until the next input.
 * - A visitor has changed something: after `resetAfterSeconds` a countdown ("Still there?") of
 *   `countdownSeconds`, then `reset` (back to the kiosk's defaults). Any input meanwhile: `active`.
 */
export type IdleState = 'active' | 'attract' | 'countdown' | 'reset';

export interface IdleTimes {
  attractAfterSeconds: number;
  resetAfterSeconds: number;
  countdownSeconds: number;
}

export interface IdleStatus {
  state: IdleState;
  /** Whole seconds left on the countdown (shown to the visitor); null outside it. */
  secondsLeft: number | null;
  /** Milliseconds until the status next changes without input (state or `secondsLeft`); null: never. */
  nextInMs: number | null;
}

/**
 * `idleMs`: time since the last input (a negative value, a clock set back, counts as 0).
 * `changed`: whether a visitor has touched the kiosk since its last reset (or since it started).
 */
export function idleStatus(idleMs: number, changed: boolean, t: IdleTimes): IdleStatus {
  const idle = Number.isFinite(idleMs) && idleMs > 0 ? idleMs : 0;
  if (!changed) {
    const attract = t.attractAfterSeconds * 1000;
    return idle < attract ? { state: 'active', secondsLeft: null, nextInMs: attract - idle } : { state: 'attract', secondsLeft: null, nextInMs: null };
  }
  const countdown = t.resetAfterSeconds * 1000, reset = countdown + t.countdownSeconds * 1000;
  if (idle < countdown) return { state: 'active', secondsLeft: null, nextInMs: countdown - idle };
  if (idle >= reset) return { state: 'reset', secondsLeft: null, nextInMs: null };
  const left = reset - idle;
  const secondsLeft = Math.ceil(left / 1000);
  return { state: 'countdown', secondsLeft, nextInMs: left - (secondsLeft - 1) * 1000 };
}
