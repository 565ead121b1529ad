/**
 * Code that runs inside the measured page. Installed before any page script (addInitScript), so
 * observers see the first paint and every long task, and the ready flag's flip is timestamped by the
 * page itself rather than by a round trip from Node.
 *
 * These functions are serialised by Playwright and must not reference anything outside themselves.
 */

/** What the probes record, on `window.__bench`. */
export interface PageRecord {
  /** first-contentful-paint startTime (ms since navigation start), null if it never painted. */
  fcp: number | null;
  /** performance.now() when `<html data-map-ready>` was first set, and to what. */
  readyAt: number | null;
  readyState: string | null;
  /** performance.now() when `<html data-zone-visible>` was first set (the still picture of the zone); null on a page without one. */
  zoneAt: number | null;
  /** [startTime, duration] of every long task (> 50 ms on the main thread). */
  longTasks: [number, number][];
  /** requestAnimationFrame counter for the interaction phase. */
  frames: { n: number; t0: number; t1: number; on: boolean };
}

/*
 * `window.__bench` is reached through casts, not `declare global`: scripts/ shares one TypeScript
 * program with src/, and the app's Window type should not grow bench-only fields.
 */

/** Installs the observers. */
export function installProbes(): void {
  const rec: PageRecord = { fcp: null, readyAt: null, readyState: null, zoneAt: null, longTasks: [], frames: { n: 0, t0: 0, t1: 0, on: false } };
  (window as unknown as { __bench: PageRecord }).__bench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') rec.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* an engine without these entry types: leave nulls, the report shows "–" */ }
  // The document node exists before <html> does, so observe it with subtree to catch the attribute.
  new MutationObserver(() => {
    const d = document.documentElement?.dataset;
    const v = d?.mapReady;
    if (v && rec.readyAt === null) { rec.readyAt = performance.now(); rec.readyState = v; }
    if (d?.zoneVisible && rec.zoneAt === null) rec.zoneAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready', 'data-zone-visible'] });
}

/** Starts counting requestAnimationFrame callbacks (one per frame the main thread manages to run). */
export function startFrames(): void {
  const f = (window as unknown as { __bench: PageRecord }).__bench.frames;
  Object.assign(f, { n: 0, t0: performance.now(), t1: 0, on: true });
  const tick = () => {
    if (!f.on) return;
    f.n++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops counting; returns frames per second over the counted span. */
export function stopFrames(): number {
  const f = (window as unknown as { __bench: PageRecord }).__bench.frames;
  f.on = false;
  f.t1 = performance.now();
  return (f.n * 1000) / (f.t1 - f.t0);
}

/**
 * A point on the map canvas that no UI covers (panel, bottom sheet, top bar, controls), nearest the
 * canvas centre, so drags and wheel events reach the map on both pages and both profiles.
 */
export function freeMapPoint(): [number, number] | null {
  const canvas = document.querySelector('canvas.maplibregl-canvas');
  if (!canvas) return null;
  const r = canvas.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  let best: [number, number] | null = null, bestD = Infinity;
  // Keep 130 px clear of the edges: the drag circles 100 px around the point.
  for (let x = r.left + 130; x <= r.right - 130; x += 20) {
    for (let y = r.top + 130; y <= r.bottom - 130; y += 20) {
      if (document.elementFromPoint(x, y) !== canvas) continue;
      // The whole drag circle must stay on the canvas too.
      const ok = [0, 90, 180, 270].every((a) => document.elementFromPoint(x + 100 * Math.cos(a * Math.PI / 180), y + 100 * Math.sin(a * Math.PI / 180)) === canvas);
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      if (ok && d < bestD) { best = [x, y]; bestD = d; }
    }
  }
  return best;
}
