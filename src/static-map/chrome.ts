/**
 * What the static map draws around the zone: title, legend, scale bar, north arrow and credit line.
 * Each part returns its markup and its box, so labels keep clear of it.
 */
import type { Dataset } from '../domain/dataset';
import type { AreaTier, Lang } from '../domain/types';
import { t } from '../i18n/strings';
import type { Palette } from '../map/palette';
import { metresPerPixel } from './projection';
import { esc, num, textEl, textWidth, wrap, type Box } from './text';

export interface Part { svg: string; box: Box }

/** Distance of the chrome from the picture's edges, px. */
export const MARGIN = 12;

/** How the map draws an area of each tier (src/map/style.ts): colour, fill opacity, outline width. */
export function tierStyle(tier: AreaTier, p: Palette): { color: string; opacity: number; width: number } {
  const color = { core: p.core, extension: p.extension, 'sub-area': p.subArea, base: p.base }[tier];
  return { color, opacity: tier === 'extension' ? 0.12 : tier === 'sub-area' ? 0.22 : 0.3, width: tier === 'extension' ? 2 : tier === 'sub-area' ? 1 : 1.5 };
}

/** Outline dashes of schematic edges: the map's `line-dasharray` [3, 2], in line widths. */
export const dash = (width: number) => ` stroke-dasharray="${num(3 * width)} ${num(2 * width)}"`;

/** A rounded panel behind a part. */
const panel = ([x0, y0, x1, y1]: Box, p: Palette, opacity = 0.92) =>
  `<rect x="${num(x0)}" y="${num(y0)}" width="${num(x1 - x0)}" height="${num(y1 - y0)}" rx="4" fill="${p.background}" fill-opacity="${opacity}" stroke="${p.districtEdge}" stroke-width="0.5"/>`;

const left = (s: string, x: number, y: number, size: number, fill: string, bold = false) =>
  textEl({ lines: [s], x, y, size, fill, attrs: ` text-anchor="start"${bold ? ' font-weight="bold"' : ''}` });

/** The credit line, bottom right: the content's sources, 示意 / schematic, and the basemap's credit. */
export function credit(text: string, width: number, height: number, p: Palette): Part {
  const size = 10, lines = wrap(text, (width - 2 * MARGIN) / size);
  const w = Math.max(...lines.map((l) => textWidth(l, size))) + 8, h = lines.length * size * 1.2 + 4;
  const box: Box = [width - w, height - h, width, height];
  return { box, svg: `<g data-part="credit">${panel(box, p, 0.8)}${textEl({ lines, x: width - w / 2, y: height - h / 2, size, fill: p.text })}</g>` };
}

/** The title, top left. */
export function title(lang: Lang, width: number, room: number, p: Palette): Part {
  // At most half the width (a long English title takes two lines), less any north arrow's room.
  const size = 18, lines = wrap(t(lang, 'title'), Math.min(width - room - 2 * MARGIN - 20, Math.max(360, width / 2)) / (size * 1.06));
  const w = Math.max(...lines.map((l) => textWidth(l, size, true))) + 20, h = lines.length * size * 1.2 + 14;
  const box: Box = [MARGIN, MARGIN, MARGIN + w, MARGIN + h];
  return { box, svg: `<g data-part="title">${panel(box, p)}${textEl({ lines, x: MARGIN + w / 2, y: MARGIN + h / 2, size, fill: p.text, attrs: ' font-weight="bold"' })}</g>` };
}

/** The legend, bottom left above `bottom`: tiers, places and projects, the six clusters, the schematic note. */
export function legend(ds: Dataset, lang: Lang, p: Palette, bottom: number): Part {
  const size = 12, row = 19, pad = 10;
  const tiers: AreaTier[] = ['core', 'extension', 'sub-area', 'base'];
  const texts = [...tiers.map((k) => t(lang, k)), t(lang, 'places'), t(lang, 'projects'), ...ds.clusters.map((c) => c.name[lang])];
  const inner = Math.max(150, ...texts.map((s) => textWidth(s, size) + 28), textWidth(t(lang, 'clusters'), size));
  const note = wrap(t(lang, 'schematicNote'), inner / 11);
  const h = pad * 2 + row * (texts.length + 2) + note.length * 11 * 1.2 + 6;
  const x = MARGIN, y = bottom - h, w = inner + 2 * pad, tx = x + pad + 28, sx = x + pad;
  let cy = y + pad + row / 2;
  const out = [panel([x, y, x + w, bottom], p), left(t(lang, 'legend'), sx, cy, 13, p.text, true)];
  const line = (s: string, key: string, swatch: () => string) => {
    cy += row;
    out.push(`<g data-legend="${esc(key)}">${swatch()}${left(s, tx, cy, size, p.text)}</g>`);
  };
  for (const k of tiers) {
    const st = tierStyle(k, p);
    line(t(lang, k), k, () => `<rect x="${num(sx + 1)}" y="${num(cy - 6)}" width="18" height="12" fill="${st.color}" fill-opacity="${st.opacity}" stroke="${st.color}" stroke-width="${st.width}"${dash(st.width)}/>`);
  }
  const dot = (r: number, fill: string, w: number) => `<circle cx="${num(sx + 10)}" cy="${num(cy)}" r="${r}" fill="${fill}" stroke="${p.textHalo}" stroke-width="${w}"/>`;
  line(t(lang, 'places'), 'places', () => dot(3.5, p.neutral, 1.2));
  line(t(lang, 'projects'), 'projects', () => dot(7, p.neutral, 2) + textEl({ lines: ['1'], x: sx + 10, y: cy, size: 10, fill: '#ffffff', attrs: ' font-weight="bold"' }));
  cy += row;
  out.push(left(t(lang, 'clusters'), sx, cy, size, p.text, true));
  for (const c of ds.clusters) line(c.name[lang], c.id, () => dot(5, p.clusters[c.colorToken] ?? p.neutral, 1));
  out.push(textEl({ lines: note, x: sx, y: cy + row / 2 + 3 + (note.length * 11 * 1.2) / 2, size: 11, fill: p.groundText, attrs: ' text-anchor="start"' }));
  return { box: [x, y, x + w, bottom], svg: `<g data-part="legend">${out.join('')}</g>` };
}

/** Round distance for the scale bar, as MapLibre's scale control picks it (1, 2, 3, 5 × 10ⁿ). */
function roundNum(v: number): number {
  const pow = 10 ** (String(Math.floor(v)).length - 1), d = v / pow;
  return pow * (d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
}

/** A metric scale bar at most 100 px long (measured at the map's centre), bottom right above `bottom`. */
export function scaleBar(lat: number, zoom: number, width: number, bottom: number, p: Palette): Part {
  const max = 100 * metresPerPixel(lat, zoom), d = roundNum(max >= 1000 ? max / 1000 : max);
  const label = `${d}\u00a0${max >= 1000 ? 'km' : 'm'}`, w = (100 * d * (max >= 1000 ? 1000 : 1)) / max;
  const x1 = width - MARGIN, x0 = x1 - Math.max(w, textWidth(label, 11)) - 12, y0 = bottom - 34;
  const bx = x0 + 6;
  return {
    box: [x0, y0, x1, bottom],
    svg: `<g data-part="scale-bar" data-metres="${d * (max >= 1000 ? 1000 : 1)}">${panel([x0, y0, x1, bottom], p, 0.8)}` +
      left(label, bx, y0 + 11, 11, p.text) +
      `<path d="M${num(bx)} ${num(bottom - 14)}V${num(bottom - 8)}H${num(bx + w)}V${num(bottom - 14)}" fill="none" stroke="${p.text}" stroke-width="1.5"/></g>`,
  };
}

/** A north arrow (the map is never rotated), top right. */
export function northArrow(width: number, p: Palette): Part {
  const cx = width - MARGIN - 18, cy = MARGIN + 26;
  return {
    box: [cx - 18, MARGIN, cx + 18, MARGIN + 50],
    svg: `<g data-part="north-arrow" aria-hidden="true">${panel([cx - 18, MARGIN, cx + 18, MARGIN + 50], p, 0.8)}` +
      `<path d="M${num(cx)} ${num(cy - 8)}l8 20-8-5-8 5z" fill="${p.text}"/>` +
      textEl({ lines: ['N'], x: cx, y: cy - 15, size: 11, fill: p.text, attrs: ' font-weight="bold"' }) + '</g>',
  };
}
