/**
 * The zone as one SVG string, from the Dataset: the picture before MapLibre loads, the map without
 * WebGL, the printed handout and the share image. Pure string building (no DOM, no MapLibre), so it
 * runs in the browser and at build time alike. Same camera, same pixels: see `projection.ts`.
 */
import type { Position } from 'geojson';
import type { Dataset } from '../domain/dataset';
import { passesClusterFilter } from '../domain/derive';
import { groupStacks } from '../domain/stacks';
import type { AreaTier, Lang } from '../domain/types';
import { PLACE_KIND_NAMES, t } from '../i18n/strings';
import { DARK, LIGHT } from '../map/palette';
import { MARGIN, credit, dash, legend, northArrow, scaleBar, tierStyle, title, type Part } from './chrome';
import { groundLabels, groundShapes } from './ground';
import { constrainCamera, fitCamera, frame, type Bounds, type Camera, type CameraLimits, type Padding } from './projection';
import { Collider, FONT_FAMILY, esc, num, placeLabel, textEl } from './text';

export { constrainCamera, fitCamera, metresPerPixel, project, screenProjector, unproject, TILE_SIZE } from './projection';
export type { Bounds, Camera, CameraLimits, Padding } from './projection';

export type StaticLayer = 'areas' | 'places' | 'projects' | 'context-areas' | 'context-places';
/** Layers drawn only when asked for (`true`), as the map's context layers. */
const OFF_UNLESS_ASKED: readonly StaticLayer[] = ['context-areas', 'context-places'];

interface Common {
  /** Size in CSS px. */
  width: number;
  height: number;
  lang: Lang;
  palette: 'light' | 'dark';
  legend?: boolean;
  scaleBar?: boolean;
  northArrow?: boolean;
  title?: boolean;
  /** The credit line (示意 / schematic, sources, © OpenStreetMap); on unless `false`. */
  credit?: boolean;
  /** Areas, places and projects become focusable buttons (`role`, `tabindex`, `aria-label`). */
  interactive?: boolean;
  /** Show only these clusters' places and projects, as the map's filter; `null` or absent = all. */
  clusters?: readonly string[] | null;
  /** Layers to hide (`false`), as the map's layer toggles; the context layers are drawn only when `true`. */
  layers?: Partial<Record<StaticLayer, boolean>>;
  /** The map's `maxBounds`, `minZoom`, `maxZoom`: applied to the camera (or the fitted one) as MapLibre does. */
  limits?: CameraLimits;
}
/** A MapLibre camera, or bounds framed as MapLibre's `fitBounds` frames them. */
export type StaticMapOptions = Common & (
  | { camera: Camera; fit?: undefined }
  | { fit: { bounds: Bounds; padding?: Padding; maxZoom?: number }; camera?: undefined });

/**
 * Credit of the ground this map draws: the built-in schematic basemap's attribution (the same text as
 * `SCHEMATIC_LIGHT.attribution` in map/basemaps/spec.ts, which this folder may not import; a test
 * keeps them equal). The ODbL asks for it wherever the road and metro alignments are shown.
 */
export const GROUND_CREDIT = '示意底图 Schematic basemap · 道路与地铁线位 road and metro alignments © OpenStreetMap contributors (ODbL)';

/** Drawing order of the tiers, as the map's `fill-sort-key` (later on top). */
const TIER_ORDER: AreaTier[] = ['extension', 'sub-area', 'base', 'core'];
/** Label priority: core first, as the map's `symbol-sort-key`. */
const LABEL_ORDER: AreaTier[] = ['core', 'base', 'sub-area', 'extension'];
const ZERO: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** Circle radius at `zoom`, linear from zoom 9 to 13 as the map's `circle-radius`. */
const radius = (zoom: number, r9: number, r13: number) => r9 + (r13 - r9) * Math.min(1, Math.max(0, (zoom - 9) / 4));

export function renderZoneSvg(ds: Dataset, opts: StaticMapOptions): string {
  const { width: W, height: H, lang } = opts, p = opts.palette === 'dark' ? DARK : LIGHT;
  if (!opts.camera && !opts.fit) throw new Error('renderZoneSvg: give a camera or bounds to fit');
  const asked = opts.camera ?? fitCamera(opts.fit.bounds, opts.fit.padding ?? ZERO, W, H, opts.fit.maxZoom ?? opts.limits?.maxZoom);
  const cam = opts.limits ? constrainCamera(asked, W, H, opts.limits) : asked;
  const f = frame(cam, W, H), z = cam.zoom, show = (l: StaticLayer) => (OFF_UNLESS_ASKED.includes(l) ? opts.layers?.[l] === true : opts.layers?.[l] !== false);
  const inFilter = (ids: readonly (string | null)[]) => passesClusterFilter(ids.filter((c): c is string => c !== null), opts.clusters ?? null);
  const color = (cluster: string | null | undefined) => p.clusters[ds.clusters.find((c) => c.id === cluster)?.colorToken ?? ''] ?? p.neutral;
  /** An item's shape: plain, or wrapped in a focusable button when interactive. */
  const item = (kind: string, id: string, label: string, shape: string) => {
    const a = `data-item="${esc(id)}" data-kind="${kind}"`;
    return opts.interactive ? `<g ${a} role="button" tabindex="0" aria-label="${esc(label)}">${shape}</g>` : shape.replace(/^<(\w+)/, `<$1 ${a}`);
  };

  // The chrome first: labels keep clear of it.
  const parts: Part[] = [];
  const cr = opts.credit !== false ? credit(`${t(lang, 'attribution')} | ${GROUND_CREDIT}`, W, H, p) : null;
  const above = cr ? cr.box[1] - 6 : H - MARGIN;
  if (opts.title) parts.push(title(lang, W, opts.northArrow ? 50 : 0, p));
  if (opts.northArrow) parts.push(northArrow(W, p));
  if (opts.legend) {
    const lg = legend(ds, lang, p, H - MARGIN);
    parts.push(cr && lg.box[2] > cr.box[0] ? legend(ds, lang, p, above) : lg);
  }
  if (opts.scaleBar) parts.push(scaleBar(cam.lat, z, W, above, p));
  if (cr) parts.push(cr);
  const col = new Collider(W, H);
  for (const part of parts) col.block(part.box);

  // The zone's points on screen.
  type Dot = { id: string; name: string; x: number; y: number; r: number; fill: string; aria: string; seq?: number };
  const dot = (c: Position, d: Omit<Dot, 'x' | 'y'>): Dot | null => {
    const [x, y] = f.pt(c);
    return f.onScreen([x - d.r, y - d.r, x + d.r, y + d.r]) ? { ...d, x, y } : null;
  };
  const places = !show('places') ? [] : ds.places.flatMap((g) => g.geometry.type === 'Point' && inFilter(g.properties.clusters)
    ? [dot(g.geometry.coordinates, { id: g.properties.id, name: g.properties.name[lang], r: radius(z, 3, 7), fill: color(g.properties.clusters[0]), aria: PLACE_KIND_NAMES[g.properties.kind]?.[lang] ?? '' })] : []).filter((d): d is Dot => !!d);
  const projects = !show('projects') ? [] : ds.projects.flatMap((g) => inFilter([g.properties.cluster])
    ? [dot(g.geometry.coordinates, { id: g.properties.id, name: g.properties.name[lang], r: radius(z, 7, 11), fill: color(g.properties.cluster), aria: t(lang, 'project'), seq: g.properties.seq })] : []).filter((d): d is Dot => !!d);
  const areas = !show('areas') ? [] : TIER_ORDER.flatMap((k) => ds.areas.filter((a) => a.properties.tier === k));
  // The other documents' context, under the zone (only what has a position).
  const ctxAreas = !show('context-areas') ? [] : ds.contextAreas.flatMap((a) => (a.geometry ? [{ ...a, geometry: a.geometry }] : []));
  const ctxPlaces = !show('context-places') ? [] : ds.contextPlaces.flatMap((g) => (g.geometry
    ? [dot(g.geometry.coordinates, { id: g.properties.id, name: g.properties.name[lang], r: radius(z, 3, 5.5), fill: p.contextPlace, aria: t(lang, 'contextPlaces') })] : [])).filter((d): d is Dot => !!d);

  // Labels in the map's order (its top layers first); the ground's also keep clear of the zone's dots.
  const common = { fill: p.text, halo: p.textHalo };
  const zoneLabels = [
    ...(z >= 13 ? places.map((d) => placeLabel(col, { ...common, id: d.id, name: d.name, x: d.x, y: d.y, size: 10, maxEm: 9, below: 1 })) : []),
    ...(z >= 12 ? projects.map((d) => placeLabel(col, { ...common, id: d.id, name: d.name, x: d.x, y: d.y, size: 11, maxEm: 9, below: 1.4 })) : []),
    ...LABEL_ORDER.filter((k) => k !== 'sub-area' || z >= 11.5).flatMap((k) => areas.filter((a) => a.properties.tier === k)).map((a) => {
      const [x, y] = f.pt(ds.areaLabel.get(a.properties.id)!), k = a.properties.tier;
      return placeLabel(col, { ...common, id: a.properties.id, name: a.properties.name[lang], x, y, size: k === 'core' ? 15 : k === 'sub-area' ? 11 : 13, maxEm: 8, below: null });
    }),
    // The context's labels give way to the zone's (the map places them after the zone's too).
    ...ctxAreas.map((a) => {
      const g = a.geometry, pts = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
      const xs = pts.map((q) => q[0]!), ys = pts.map((q) => q[1]!);
      const [x, y] = f.pt([(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]);
      const cue = a.properties.accuracy === 'schematic' ? (lang === 'zh' ? '（示意）' : ' (schematic)') : '';
      return placeLabel(col, { fill: p.contextText, halo: p.textHalo, id: a.properties.id, name: `${a.properties.name[lang]}${cue}`, x, y, size: 11, maxEm: 8, below: null });
    }),
    ...(z >= 11.5 ? ctxPlaces.map((d) => placeLabel(col, { fill: p.contextText, halo: p.textHalo, id: d.id, name: d.name, x: d.x, y: d.y, size: 10, maxEm: 8, below: 0.9 })) : []),
  ];
  for (const d of [...places, ...projects]) col.block([d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r]);
  const ground = groundShapes(ds, p, f), gLabels = groundLabels(ds, lang, p, f, col);

  const areaSvg = areas.map((a) => {
    const st = tierStyle(a.properties.tier, p), surveyed = a.properties.accuracy === 'surveyed', g = a.geometry;
    const [d, box] = f.path(g.type === 'Polygon' ? g.coordinates : g.coordinates.flat(), true);
    return f.onScreen(box) ? item('area', a.properties.id, `${a.properties.name[lang]} · ${t(lang, a.properties.tier)}`,
      `<path d="${d}" fill="${st.color}" fill-opacity="${st.opacity}" fill-rule="evenodd" stroke="${st.color}" stroke-width="${surveyed ? 1.5 : st.width}"${surveyed ? '' : dash(st.width)}/>`) : '';
  });
  const ctxAreaSvg = ctxAreas.map((a) => {
    const g = a.geometry;
    const [d, box] = f.path(g.type === 'Polygon' ? g.coordinates : g.coordinates.flat(), true);
    return f.onScreen(box) ? item('context-area', a.properties.id, `${a.properties.name[lang]} · ${t(lang, 'contextAreas')} (${t(lang, a.properties.accuracy)})`,
      `<path d="${d}" fill="${p.contextFill}" fill-opacity="0.12" fill-rule="evenodd" stroke="${p.contextOutline}" stroke-width="1.4" stroke-dasharray="3 3"/>`) : '';
  });
  const dotSvg = (kind: string, d: Dot) => {
    const c = `<circle cx="${num(d.x)}" cy="${num(d.y)}" r="${num(d.r)}" fill="${d.fill}" stroke="${p.textHalo}" stroke-width="${d.seq ? 2 : 1.2}"/>`;
    const shape = d.seq ? `<g>${c}${textEl({ lines: [String(d.seq)], x: d.x, y: d.y, size: 11, fill: '#ffffff', attrs: ' font-weight="bold"' })}</g>` : c;
    return item(kind, d.id, `${d.seq ? `${d.seq}. ` : ''}${d.name} · ${d.aria}`, shape);
  };

  // Without the map, this picture is what visitors tap: its stacks (points too close to tap one by
  // one, whose tap lists them all) are marked as the map marks them, a pale disc ringed under the dots.
  const stackSvg = !opts.interactive ? [] : groupStacks([...projects.map((d) => ({ ...d, kind: 'project' as const })), ...places.map((d) => ({ ...d, kind: 'place' as const }))])
    .flat().map((d) => `<circle cx="${num(d.x)}" cy="${num(d.y)}" r="${num(d.r + 5)}" fill="${p.stackFill}" stroke="${p.text}" stroke-opacity="0.85" stroke-width="1.5"/>`);

  const name = `${t(lang, 'title')} · ${t(lang, 'schematicNote')}`;
  // No <style> element: pages with a strict CSP (style-src 'self') would refuse it. The app's own
  // stylesheet gives interactive items their pointer and focus ring (.g60-static-map [tabindex]).
  const layer = (part: string, body: (string | null)[], extra = '') => `<g data-part="${part}"${extra}>${body.filter(Boolean).join('')}</g>`;
  const halo = ' stroke-linejoin="round" paint-order="stroke" pointer-events="none"';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="g60-static-map" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ` +
    `role="${opts.interactive ? 'group' : 'img'}" aria-label="${esc(name)}" lang="${lang === 'zh' ? 'zh-CN' : 'en'}" ` +
    `font-family="${FONT_FAMILY}" text-anchor="middle" data-zoom="${Math.round(z * 1000) / 1000}">` +
    `<title>${esc(name)}</title><rect width="${W}" height="${H}" fill="${p.background}" data-part="background"/>` +
    layer('ground', [...ground, layer('ground-labels', gLabels, halo)], ' fill="none" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"') +
    layer('context-areas', ctxAreaSvg) + layer('context-places', ctxPlaces.map((d) => dotSvg('context-place', d))) +
    layer('areas', areaSvg) + (stackSvg.length ? layer('stacks', stackSvg, ' aria-hidden="true" pointer-events="none"') : '') + layer('places', places.map((d) => dotSvg('place', d))) + layer('projects', projects.map((d) => dotSvg('project', d))) +
    layer('labels', zoneLabels, `${halo} aria-hidden="true"`) + parts.map((x) => x.svg).join('') + '</svg>';
}
