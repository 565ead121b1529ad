/**
 * Points that share a spot on screen. Several places and projects sit so close together that, at
 * the zooms visitors use, their dots overlap and a tap reaches only the top one. These pure
 * functions (screen pixels in, ids out) tell which dots a tap reaches and which dots form a stack,
 * for the map, the still picture and their tests alike.
 */

/** A point item's dot on screen: centre and radius in CSS px. */
export interface ScreenDot { kind: 'place' | 'project'; id: string; x: number; y: number; r: number }

/**
 * How far (CSS px) beyond a dot's edge a tap or click still reaches it: a fingertip covers about
 * 44 px, so half of that around the touch point; a mouse pointer is exact, so just the dot's rim
 * (its stroke, drawn outside the radius).
 */
export const TAP_TOLERANCE = { touch: 22, mouse: 2 } as const;

/** Dots whose centres are closer than this (CSS px) cannot be told apart by a tap: they form a stack. */
export const STACK_GAP = 22;

/**
 * The dots a tap at (x, y) reaches (its disc comes within `tolerance` px of the point), one per
 * item, nearest first (the one the visitor aimed at, most likely); at equal distance in the order
 * given (callers pass them topmost first).
 */
export function dotsNear(dots: readonly ScreenDot[], x: number, y: number, tolerance: number): ScreenDot[] {
  const seen = new Set<string>();
  return dots
    .map((d) => ({ d, dist: Math.hypot(d.x - x, d.y - y) }))
    .filter(({ d, dist }) => {
      if (seen.has(d.id) || dist > d.r + tolerance) return false;
      seen.add(d.id);
      return true;
    })
    .sort((a, b) => a.dist - b.dist)
    .map(({ d }) => d);
}

/**
 * Stacks: groups of two or more dots linked by centres closer than `gap` px (a chain of close dots
 * is one stack), each in the order given; dots on their own are left out.
 */
export function groupStacks(dots: readonly ScreenDot[], gap = STACK_GAP): ScreenDot[][] {
  const parent = dots.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < dots.length; i++) {
    for (let j = i + 1; j < dots.length; j++) {
      const a = dots[i]!, b = dots[j]!;
      if (Math.abs(a.x - b.x) < gap && Math.abs(a.y - b.y) < gap && Math.hypot(a.x - b.x, a.y - b.y) < gap) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, ScreenDot[]>();
  dots.forEach((d, i) => {
    const k = root(i);
    groups.set(k, [...(groups.get(k) ?? []), d]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
