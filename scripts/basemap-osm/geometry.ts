/**
 * Geometry work between OSM and tiles: joining the member ways of a multipolygon into rings, putting
 * inner rings in their outer ring, and clipping lines and polygons to the region's bounding box.
 */
export type Pos = [number, number];
export type BBox = readonly [number, number, number, number];

/**
 * Joins ways (lists of node ids) into closed rings by their end nodes, reversing ways where needed.
 * Ways that cannot be closed into a ring (an incomplete relation at the edge of an extract) are dropped.
 */
export function joinRings(ways: Float64Array[]): Float64Array[] {
  const rings: Float64Array[] = [];
  const open: Float64Array[] = [];
  for (const w of ways) {
    if (w.length < 2) continue;
    if (w[0] === w[w.length - 1]) {
      if (w.length >= 4) rings.push(w);
    } else open.push(w);
  }
  if (open.length === 0) return rings;
  // Ends of the open ways → their indices.
  const byEnd = new Map<number, number[]>();
  const addEnd = (id: number, i: number) => {
    const list = byEnd.get(id);
    if (list) list.push(i); else byEnd.set(id, [i]);
  };
  open.forEach((w, i) => { addEnd(w[0]!, i); addEnd(w[w.length - 1]!, i); });
  const used = new Uint8Array(open.length);
  const takeAt = (node: number): number => {
    const list = byEnd.get(node);
    if (!list) return -1;
    for (const i of list) if (!used[i]) return i;
    return -1;
  };
  for (let start = 0; start < open.length; start++) {
    if (used[start]) continue;
    used[start] = 1;
    let ring: number[] = Array.from(open[start]!);
    let reversedOnce = false;
    while (ring[0] !== ring[ring.length - 1]) {
      const end = ring[ring.length - 1]!;
      const next = takeAt(end);
      if (next < 0) {
        if (reversedOnce) break;
        // Stuck at this end: grow from the other end.
        ring = ring.reverse();
        reversedOnce = true;
        continue;
      }
      used[next] = 1;
      const w = open[next]!;
      if (w[0] === end) for (let k = 1; k < w.length; k++) ring.push(w[k]!);
      else for (let k = w.length - 2; k >= 0; k--) ring.push(w[k]!);
    }
    if (ring[0] === ring[ring.length - 1] && ring.length >= 4) rings.push(Float64Array.from(ring));
  }
  return rings;
}

/** Twice the signed area of a ring (positive when counter-clockwise in lon/lat). */
export function ringArea(ring: Pos[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return s;
}

export function pointInRing(p: Pos, ring: Pos[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
    if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Groups outer and inner rings into polygons: each inner goes into the smallest outer that holds it. */
export function buildPolygons(outers: Pos[][], inners: Pos[][]): Pos[][][] {
  const polys: Pos[][][] = outers.map((o) => [o]);
  if (outers.length === 0) return [];
  const areas = outers.map((o) => Math.abs(ringArea(o)));
  for (const inner of inners) {
    let best = -1;
    if (outers.length === 1) best = 0;
    else {
      for (let i = 0; i < outers.length; i++) {
        if ((best < 0 || areas[i]! < areas[best]!) && pointInRing(inner[0]!, outers[i]!)) best = i;
      }
    }
    if (best >= 0) polys[best]!.push(inner);
  }
  return polys;
}

function ringBBox(ring: Pos[]): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

const inside = (b: BBox, r: [number, number, number, number]) => r[0] >= b[0] && r[1] >= b[1] && r[2] <= b[2] && r[3] <= b[3];
const disjoint = (b: BBox, r: [number, number, number, number]) => r[2] < b[0] || r[0] > b[2] || r[3] < b[1] || r[1] > b[3];

/** Clips a line to the box; returns its parts inside. */
export function clipLine(line: Pos[], b: BBox): Pos[][] {
  if (line.length < 2) return [];
  const rb = ringBBox(line);
  if (inside(b, rb)) return [line];
  if (disjoint(b, rb)) return [];
  const parts: Pos[][] = [];
  let part: Pos[] = [];
  for (let i = 0; i < line.length - 1; i++) {
    const seg = clipSegment(line[i]!, line[i + 1]!, b);
    if (!seg) {
      if (part.length > 1) parts.push(part);
      part = [];
      continue;
    }
    const [a, c] = seg;
    const last = part[part.length - 1];
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      if (part.length > 1) parts.push(part);
      part = [a];
    }
    part.push(c);
    // The segment left the box: this part ends here.
    if (c !== line[i + 1]) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 1) parts.push(part);
  return parts;
}

/** Liang–Barsky: the part of segment p→q inside the box (returning p and q themselves when unclipped). */
function clipSegment(p: Pos, q: Pos, b: BBox): [Pos, Pos] | null {
  const dx = q[0] - p[0], dy = q[1] - p[1];
  let t0 = 0, t1 = 1;
  const edges: [number, number][] = [[-dx, p[0] - b[0]], [dx, b[2] - p[0]], [-dy, p[1] - b[1]], [dy, b[3] - p[1]]];
  for (const [pp, qq] of edges) {
    if (pp === 0) {
      if (qq < 0) return null;
    } else {
      const r = qq / pp;
      if (pp < 0) {
        if (r > t1) return null;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return null;
        if (r < t1) t1 = r;
      }
    }
  }
  const a: Pos = t0 === 0 ? p : [p[0] + t0 * dx, p[1] + t0 * dy];
  const c: Pos = t1 === 1 ? q : [p[0] + t1 * dx, p[1] + t1 * dy];
  return [a, c];
}

/** Clips a closed ring to the box (Sutherland–Hodgman); null when nothing is left. */
export function clipRing(ring: Pos[], b: BBox): Pos[] | null {
  const rb = ringBBox(ring);
  if (inside(b, rb)) return ring;
  if (disjoint(b, rb)) return null;
  let pts = ring.slice(0, -1);
  const edges: [(p: Pos) => boolean, (p: Pos, q: Pos) => Pos][] = [
    [(p) => p[0] >= b[0], (p, q) => atX(p, q, b[0])],
    [(p) => p[0] <= b[2], (p, q) => atX(p, q, b[2])],
    [(p) => p[1] >= b[1], (p, q) => atY(p, q, b[1])],
    [(p) => p[1] <= b[3], (p, q) => atY(p, q, b[3])],
  ];
  for (const [isIn, cross] of edges) {
    const out: Pos[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!, prev = pts[(i + pts.length - 1) % pts.length]!;
      const ci = isIn(cur), pi = isIn(prev);
      if (ci) {
        if (!pi) out.push(cross(prev, cur));
        out.push(cur);
      } else if (pi) out.push(cross(prev, cur));
    }
    pts = out;
    if (pts.length < 3) return null;
  }
  pts.push(pts[0]!);
  return pts;
}

const atX = (p: Pos, q: Pos, x: number): Pos => [x, p[1] + ((q[1] - p[1]) * (x - p[0])) / (q[0] - p[0])];
const atY = (p: Pos, q: Pos, y: number): Pos => [p[0] + ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]), y];

/** Clips a polygon (outer ring then holes); null when its outer ring is outside the box. */
export function clipPolygon(rings: Pos[][], b: BBox): Pos[][] | null {
  const outer = clipRing(rings[0]!, b);
  if (!outer) return null;
  const out = [outer];
  for (let i = 1; i < rings.length; i++) {
    const hole = clipRing(rings[i]!, b);
    if (hole) out.push(hole);
  }
  return out;
}
