/**
 * Text for the static map: XML escaping, number rounding, a width estimate (no font metrics
 * without a DOM), line wrapping like MapLibre's `text-max-width`, and greedy label collision.
 */

/** Fonts for every text: CJK fonts first (their Latin is fine too), ending in the generic family. */
export const FONT_FAMILY = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei',sans-serif";

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** XML-safe text and attribute values; drops characters XML 1.0 cannot carry at all. */
export const esc = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A coordinate rounded to 0.1 px. */
export const num = (v: number) => String(Math.round(v * 10) / 10);

/** Estimated advance of one character in ems, after Noto Sans CJK SC (ideographs, full-width forms and CJK quotes are 1 em). */
function charEm(c: string): number {
  if (c >= '\u2e80' || '·‘’“”…—'.includes(c)) return 1;
  if (c === ' ' || c === '\u00a0') return 0.22;
  if (/[ijlI'.,:;|!f]/.test(c)) return 0.29;
  if (/[rt()[\]{}\-/]/.test(c)) return 0.37;
  if (/[sz"*?cxvyJ]/.test(c)) return 0.5;
  if (/[mwMW%@©]/.test(c)) return 0.87;
  return /[A-Z]/.test(c) ? 0.64 : 0.58;
}

/** Estimated width of `s` in px at `size` px (bold glyphs are about 6% wider). */
export const textWidth = (s: string, size: number, bold = false) => [...s].reduce((w, c) => w + charEm(c), 0) * size * (bold ? 1.06 : 1);

/**
 * Lines of `s` no wider than about `maxEm` ems, balanced like MapLibre's line breaking: as many
 * lines as needed, each near the average width. Ideographs break anywhere, other text at spaces.
 */
export function wrap(s: string, maxEm: number): string[] {
  const tokens = s.match(/[\u2e80-\u{10ffff}]|[^\s\u2e80-\u{10ffff}]+\s*|\s+/gu) ?? [];
  const total = textWidth(s, 1);
  if (total <= maxEm) return [s];
  const target = total / Math.ceil(total / maxEm);
  const lines: string[] = [];
  let cur = '', w = 0;
  for (const tok of tokens) {
    const tw = textWidth(tok.trimEnd(), 1);
    if (cur && w + tw > target + tw / 2) { lines.push(cur.trimEnd()); cur = ''; w = 0; }
    cur += tok; w += textWidth(tok, 1);
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}

/** A screen box: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** Keeps the boxes placed so far; a label is shown only where it overlaps none of them. */
export class Collider {
  private boxes: Box[] = [];
  constructor(private width: number, private height: number) {}
  /** Marks `b` as taken (legend, title …) without testing it. */
  block(b: Box) { this.boxes.push(b); }
  /** Takes `b` if it is free and its middle is on screen; says whether it did. */
  place(b: Box, pad = 2): boolean {
    const [x0, y0, x1, y1] = b, mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
    if (mx < 0 || my < 0 || mx > this.width || my > this.height) return false;
    if (this.boxes.some(([a0, b0, a1, b1]) => x0 - pad < a1 && x1 + pad > a0 && y0 - pad < b1 && y1 + pad > b0)) return false;
    this.boxes.push(b);
    return true;
  }
}

export interface TextSpec {
  lines: string[];
  /** Centre of the text block. */
  x: number;
  y: number;
  size: number;
  fill: string;
  /** Halo colour (1.5 px around each glyph, as the map's `text-halo-width`). */
  halo?: string;
  attrs?: string;
}

/** Line height in ems, as MapLibre's default `text-line-height`. */
export const LINE_HEIGHT = 1.2;

/** Box of a block of lines centred on (x, y). */
export function blockBox(lines: string[], size: number, x: number, y: number): Box {
  const w = Math.max(...lines.map((l) => textWidth(l, size))), h = lines.length * size * LINE_HEIGHT;
  return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
}

/** A centred `<text>`; the baseline is set from the line's middle (no reliance on dominant-baseline). */
export function textEl(t: TextSpec): string {
  const lh = t.size * LINE_HEIGHT, top = t.y - (t.lines.length * lh) / 2;
  const halo = t.halo ? ` stroke="${t.halo}" stroke-width="3"` : '';
  const base = (i: number) => num(top + (i + 0.5) * lh + t.size * 0.35);
  const body = t.lines.length === 1
    ? esc(t.lines[0]!)
    : t.lines.map((l, i) => `<tspan x="${num(t.x)}" y="${base(i)}">${esc(l)}</tspan>`).join('');
  return `<text x="${num(t.x)}" y="${base(0)}" font-size="${t.size}" fill="${t.fill}"${halo}${t.attrs ?? ''}>${body}</text>`;
}

export interface LabelSpec {
  /** The item it names (`data-label`). */
  id: string;
  name: string;
  /** Anchor point and text size, px. */
  x: number;
  y: number;
  size: number;
  /** `text-max-width` in ems; 0 = never wrap (labels along lines). */
  maxEm: number;
  /** `text-offset` below the point in ems with `text-anchor: top`; `null` = centred on the point. */
  below: number | null;
  fill: string;
  halo: string;
  /** Letter spacing in ems. */
  spacing?: number;
  /** Degrees clockwise, about the anchor (labels along lines). */
  rotate?: number;
}

/** The `<text>` of a label where it collides with nothing placed before, else `null`. */
export function placeLabel(col: Collider, l: LabelSpec): string | null {
  const lines = l.maxEm ? wrap(l.name, l.maxEm) : [l.name];
  const extra = l.spacing ? l.spacing * l.size * [...lines[0]!].length : 0;
  let [x0, y0, x1, y1] = blockBox(lines, l.size, l.x, l.y);
  x0 -= extra / 2; x1 += extra / 2;
  const dy = l.below === null ? 0 : l.y + l.below * l.size - y0;
  if (l.rotate) {
    const a = (l.rotate * Math.PI) / 180, w = x1 - x0, h = y1 - y0;
    const rw = Math.abs(w * Math.cos(a)) + Math.abs(h * Math.sin(a)), rh = Math.abs(w * Math.sin(a)) + Math.abs(h * Math.cos(a));
    [x0, y0, x1, y1] = [l.x - rw / 2, l.y - rh / 2, l.x + rw / 2, l.y + rh / 2];
  }
  if (!col.place([x0, y0 + dy, x1, y1 + dy])) return null;
  const attrs = ` data-label="${esc(l.id)}"${l.spacing ? ` letter-spacing="${num(l.spacing * l.size)}"` : ''}` +
    (l.rotate ? ` transform="rotate(${num(l.rotate)} ${num(l.x)} ${num(l.y)})"` : '');
  return textEl({ lines, x: l.x, y: l.y + dy, size: l.size, fill: l.fill, halo: l.halo, attrs });
}
