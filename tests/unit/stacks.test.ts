/**
 * Points that share a spot on screen (src/domain/stacks.ts): which dots a tap reaches, which dots
 * form a stack, and where the project's own places and projects stack at the zooms visitors use.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/content-files';
import { STACK_GAP, TAP_TOLERANCE, dotsNear, groupStacks, type ScreenDot } from '../../src/domain/stacks';
import { dotRadius } from '../../src/map/style';
import { project } from '../../src/static-map/svg';
import { datasetOf } from './fixture';

const dot = (id: string, x: number, y: number, r = 7, kind: ScreenDot['kind'] = 'place'): ScreenDot => ({ kind, id, x, y, r });
const ids = (ds: ScreenDot[]) => ds.map((d) => d.id);

describe('the dots a tap reaches', () => {
  const dots = [dot('a', 100, 100, 11, 'project'), dot('b', 108, 100), dot('c', 100, 125), dot('d', 200, 200)];

  it('takes every dot whose disc comes within the tolerance of the tap, nearest first', () => {
    expect(ids(dotsNear(dots, 106, 100, TAP_TOLERANCE.touch))).toEqual(['b', 'a', 'c']);
    // c's edge is about 19 px from the tap: out of reach of a mouse, within a finger's.
    expect(ids(dotsNear(dots, 106, 100, TAP_TOLERANCE.mouse))).toEqual(['b', 'a']);
    expect(ids(dotsNear(dots, 200, 200, TAP_TOLERANCE.touch))).toEqual(['d']);
    expect(dotsNear(dots, 400, 400, TAP_TOLERANCE.touch)).toEqual([]);
  });

  it('measures from the dot\'s edge, not its centre', () => {
    // 30 px from the centre: a 7 px place is out of a 22 px reach (30 > 29), an 11 px project within (30 ≤ 33).
    expect(ids(dotsNear([dot('p', 0, 0, 7)], 30, 0, 22))).toEqual([]);
    expect(ids(dotsNear([dot('q', 0, 0, 11, 'project')], 30, 0, 22))).toEqual(['q']);
  });

  it('lists an item once, however many of its features are drawn (a point repeated across tiles)', () => {
    expect(ids(dotsNear([dot('a', 0, 0), dot('a', 1, 0), dot('b', 2, 0)], 0, 0, 3))).toEqual(['a', 'b']);
  });

  it('keeps the given order (topmost first) at equal distance', () => {
    expect(ids(dotsNear([dot('top', 10, 0, 11, 'project'), dot('under', 10, 0)], 0, 0, 3))).toEqual(['top', 'under']);
  });
});

describe('stacks', () => {
  it('groups dots whose centres are closer than the gap, a chain of close dots being one stack', () => {
    const stacks = groupStacks([dot('a', 0, 0), dot('b', 15, 0), dot('c', 30, 0), dot('lone', 100, 0), dot('x', 0, 100), dot('y', 0, 110)]);
    expect(stacks.map(ids).sort()).toEqual([['a', 'b', 'c'], ['x', 'y']]);
  });

  it('leaves out dots on their own, and dots just a gap apart', () => {
    expect(groupStacks([dot('a', 0, 0), dot('b', STACK_GAP, 0)])).toEqual([]);
    expect(groupStacks([dot('a', 0, 0), dot('b', STACK_GAP - 0.5, 0)])).toHaveLength(1);
    expect(groupStacks([])).toEqual([]);
  });
});

describe('the project\'s own stacks', () => {
  const ds = datasetOf(readContent(process.cwd()).raw);
  /** Every place and project as a dot at `zoom` (world px). */
  const dotsAt = (zoom: number): ScreenDot[] => [
    ...ds.projects.map((f) => ({ kind: 'project' as const, f })),
    ...ds.places.filter((f) => f.geometry.type === 'Point').map((f) => ({ kind: 'place' as const, f })),
  ].map(({ kind, f }) => {
    const [x, y] = project(...(f.geometry.coordinates as [number, number]), zoom);
    return { kind, id: f.properties.id, x, y, r: dotRadius(kind, zoom) };
  });
  const stackOf = (zoom: number, id: string) => groupStacks(dotsAt(zoom)).find((s) => s.some((d) => d.id === id));

  it('G60科创云廊 shares its spot with its neighbours on the overview, and stands alone up close', () => {
    expect(ids(stackOf(11, 'g60-science-innovation-cloud-corridor') ?? []).length).toBeGreaterThanOrEqual(3);
    expect(stackOf(14, 'g60-science-innovation-cloud-corridor')).toBeUndefined();
  });

  it('a place and the project at the same site stack until zoom 13 or so, then part', () => {
    for (const [place, proj] of [['tencent-ai-computing-centre', 'tencent-ai-computing-centre-project'], ['finance-ak-cloud-data-centre', 'finance-ak-cloud-data-centre-project']]) {
      expect(ids(stackOf(12, proj!) ?? [])).toContain(place);
      expect(stackOf(14.5, proj!)).toBeUndefined();
    }
  });

  it('nothing stacks once the map is zoomed in (every item has a spot of its own)', () => {
    expect(groupStacks(dotsAt(14.5))).toEqual([]);
  });
});
