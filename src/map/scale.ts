/**
 * A style for a large screen seen from afar (a 4K kiosk): the same style with its type, dots and
 * lines `k` times as large. Pure. MapLibre has no such setting (its `pixelRatio` changes sharpness,
 * not size), and zoom curves must stay the top-level expression of a property, so a curve's outputs
 * are scaled one by one; any other expression is multiplied as a whole.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/** The properties that set a size on screen (px). */
const SIZES = ['text-size', 'text-halo-width', 'circle-radius', 'circle-stroke-width', 'line-width'] as const;

type Value = number | ExpressionSpecification | unknown;

/** `v` times `k`: a number, a zoom curve's outputs, or `['*', v, k]`. */
export function scaleValue(v: Value, k: number): Value {
  if (typeof v === 'number') return v * k;
  if (!Array.isArray(v)) return v;
  const [op] = v as unknown[];
  if (op === 'interpolate' || op === 'interpolate-hcl' || op === 'interpolate-lab') {
    // [op, interpolation, input, stop, output, stop, output …]
    return v.map((x, i) => (i >= 4 && i % 2 === 0 ? scaleValue(x, k) : x));
  }
  if (op === 'step') {
    // ['step', input, output0, stop, output, …]
    return v.map((x, i) => (i === 2 || (i > 2 && i % 2 === 0) ? scaleValue(x, k) : x));
  }
  return ['*', v, k];
}

/** The style with every size `k` times as large (unchanged when `k` is 1). */
export function scaleStyle(style: StyleSpecification, k: number): StyleSpecification {
  if (k === 1) return style;
  const layers = style.layers.map((layer) => {
    const l = { ...layer } as LayerSpecification & { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
    for (const part of ['paint', 'layout'] as const) {
      const props = l[part];
      if (!props) continue;
      const next = { ...props };
      for (const key of SIZES) if (key in next && next[key] !== undefined) next[key] = scaleValue(next[key], k);
      (l as Record<string, unknown>)[part] = next;
    }
    return l as LayerSpecification;
  });
  return { ...style, layers };
}
