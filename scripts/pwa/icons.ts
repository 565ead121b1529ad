/**
 * The app's install icons, rasterised at build time from `public/favicon.svg` by resvg (no text in
 * it, so no font is needed): 192 and 512 px as drawn (rounded square), and a maskable 512 px one
 * whose artwork sits in the middle 80 % (the safe zone every mask shape keeps) on a full-bleed
 * square of the top bar's colour.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The top bar's colour (src/ui/app.css `--bar`), the icon's own ground. */
export const THEME_COLOR = '#123a5c';

export interface IconFile { fileName: string; size: number; purpose: 'any' | 'maskable'; png: Buffer }

export const ICONS = [
  { fileName: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { fileName: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { fileName: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** Share of a maskable icon's side that every mask keeps (the W3C safe zone: a circle of 40 % radius). */
const SAFE = 0.8;

/** A maskable version of `svg`: a full square of `ground`, with `svg` scaled into the safe zone. */
export function maskableSvg(svg: string, ground = THEME_COLOR): string {
  const inner = svg.replace(/<svg\b/, `<svg x="${(1 - SAFE) / 2 * 100}%" y="${(1 - SAFE) / 2 * 100}%" width="${SAFE * 100}%" height="${SAFE * 100}%"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${ground}"/>${inner}</svg>`;
}

const png = (svg: string, size: number): Buffer =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();

/** The icons of the project under `root`, from its `public/favicon.svg`. */
export function buildIcons(root: string): IconFile[] {
  const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
  return ICONS.map((i) => ({ ...i, png: png(i.purpose === 'maskable' ? maskableSvg(svg) : svg, i.size) }));
}
