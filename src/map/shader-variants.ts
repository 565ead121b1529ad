/**
 * MapLibre compiles a separate shader program for each combination of paint properties that are
 * constant (a uniform) or vary per feature (a vertex attribute). Our own fill, line and circle
 * layers mixed both, which made ten programs for three kinds of drawing; every program is compiled
 * when first drawn, and on software WebGL (weak laptops, kiosks without a GPU driver) each one
 * costs tens of milliseconds of the first complete frame.
 *
 * So every fill, line and circle layer of our own source writes the same properties as per-feature
 * values: a constant becomes "a property no feature has, else the constant". The picture is the
 * same; the layers of a kind then share one program. Pure, applied by the style builder.
 *
 * Lines: a dash pattern switches MapLibre to its dashed-line program, and schematic outlines are
 * dashed. Solid lines get the one-dash pattern [1, 0], which draws them solid with that program
 * (screenshots at z10–17 differ from plain lines by a few levels of antialiasing), so all lines
 * share one program instead of two.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ZONE_SOURCE } from './sources';

/** Paint properties written per feature in every layer of the kind. */
const PER_FEATURE: Record<string, Record<string, unknown>> = {
  // Name → the value MapLibre uses when the layer leaves it out (for the dash: solid, see above).
  fill: { 'fill-color': '#000000', 'fill-opacity': 1 },
  line: { 'line-color': '#000000', 'line-width': 1, 'line-dasharray': [1, 0] },
  circle: { 'circle-color': '#000000', 'circle-stroke-color': '#000000', 'circle-stroke-width': 0 },
};

/** No feature carries this property, so the expression always yields the constant. */
const NONE = '__constant';

/** True for a value that already varies per feature (reads a property or feature-state). */
const perFeature = (v: unknown) => /"(get|feature-state|has|properties|id|geometry-type)"/.test(JSON.stringify(v));
/** True for a value that varies with zoom only: left alone, camera values stay uniforms. */
const byZoom = (v: unknown) => JSON.stringify(v).includes('"zoom"');

export function shareShaderVariants(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((l) => {
    const props = PER_FEATURE[l.type];
    if (!props || !('source' in l) || l.source !== ZONE_SOURCE) return l;
    const paint: Record<string, unknown> = { ...(l.paint as Record<string, unknown> | undefined) };
    for (const [name, fallback] of Object.entries(props)) {
      const v = paint[name] ?? fallback;
      if (perFeature(v) || byZoom(v)) continue;
      // A constant array (a dash pattern) must be a literal inside an expression.
      paint[name] = ['coalesce', ['get', NONE], Array.isArray(v) && typeof v[0] === 'number' ? ['literal', v] : v] as ExpressionSpecification;
    }
    return { ...l, paint } as LayerSpecification;
  });
}
