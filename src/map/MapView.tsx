/**
 * The one component that owns the map. From its first render it shows a still picture of the zone
 * (an SVG drawn from the same data, at the very camera the map will open with); the MapLibre map
 * is built over it as soon as the engine's chunk has loaded and replaces it, in place, on its first
 * complete frame. Without WebGL the still picture stays, and its items open cards. What the map
 * opens with (basemap, gestures, padding) comes from the mode's layout; it writes nothing outside
 * its own element.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MLMap, PaddingOptions } from 'maplibre-gl';
import { createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { renderZoneSvg } from '../static-map/svg';
import type { MapController, MapHit, MapItemKind } from './controller';
import type { StyleView } from './style';
import type { BasemapSpec } from './basemaps/spec';
import { MAX_BOUNDS, ZOOM_RANGE, type MapStart } from './limits';
import { isTouch } from './pointer';
import { TAP_TOLERANCE, dotsNear } from '../domain/stacks';

export interface MapViewProps {
  dataset: Dataset;
  /** Language, filters and layers: the map opens with them (later changes go through the controller); the still picture follows them. */
  view: StyleView;
  /** Where the map opens: a shared link's camera, or a box (the selection, or the whole zone). */
  start: MapStart;
  /** Credit for the content, shown in the attribution. */
  label: string;
  onReady: (c: MapController) => void;
  onPick: (hit: MapHit | null) => void;
  /**
   * A tap or click reached two or more places and projects (a stack): the caller lets the visitor
   * choose among them (and the area under the tap, last, if any). `at` is the point in px of the map's element.
   */
  onStack: (hits: MapHit[], at: [number, number]) => void;
  onHover: (hit: MapHit | null) => void;
  onUnavailable: (reason: string) => void;
  /** Called once the still picture of the zone is on screen. */
  onStill?: () => void;
  /**
   * The basemap the map opens with: a built-in (schematic) one, drawn without waiting for anything.
   * Others are applied through the controller once the map is ready.
   */
  basemap: BasemapSpec;
  /** Keeps framed things clear of the mode's panels, for the map's current size. */
  padding: (el: HTMLElement) => PaddingOptions;
  /** Gestures: `cooperative` = ctrl/⌘ + wheel zooms, two fingers pan (embedded in a scrolling page); `interactive: false` = no pan or zoom at all (clicks still pick). */
  gestures?: { cooperative?: boolean; interactive?: boolean };
  /** Sizes of the map's type, dots and lines for this element (a 4K kiosk: 2); 1 when not given. */
  scale?: (el: HTMLElement) => number;
  /** Language of the map's own hints (cooperative gestures). */
  lang: Lang;
  /** Whether the content loaded on demand is in the Dataset (the still picture is redrawn when it comes). */
  content?: boolean;
}

const LIMITS = { maxBounds: MAX_BOUNDS, minZoom: ZOOM_RANGE[0], maxZoom: ZOOM_RANGE[1] };
const toPadding = (p: PaddingOptions) => ({ top: p.top ?? 0, right: p.right ?? 0, bottom: p.bottom ?? 0, left: p.left ?? 0 });

export function MapView(props: MapViewProps) {
  let el!: HTMLDivElement;
  let still: HTMLDivElement | undefined;
  const [state, setState] = createSignal<'loading' | 'ready' | 'unavailable'>('loading');

  /** Draws the still picture at the opening camera (interactive once it is all there is). */
  const drawStill = () => {
    const w = el.clientWidth, h = el.clientHeight;
    if (!still || w === 0 || h === 0) return;
    const interactive = state() === 'unavailable';
    const common = {
      width: w, height: h, lang: props.view.lang, palette: props.basemap.kind === 'schematic' && props.basemap.theme === 'dark' ? 'dark' as const : 'light' as const,
      clusters: props.view.clusters, layers: props.view.layers, limits: LIMITS, credit: true, scaleBar: interactive, interactive,
    };
    const s = props.start;
    still.innerHTML = renderZoneSvg(props.dataset, 'camera' in s ? { ...common, camera: s.camera } : { ...common, fit: { bounds: s.box, padding: toPadding(props.padding(el)), maxZoom: s.maxZoom } });
  };
  /** Without WebGL the still picture's items open cards, by click or by keyboard. */
  const itemOf = (e: Event): MapHit | null => {
    const g = (e.target as Element).closest?.('[data-item][data-kind]');
    const kind = g?.getAttribute('data-kind') as MapItemKind | 'ground' | null;
    return g && kind && kind !== 'ground' ? { kind, id: g.getAttribute('data-item')! } : null;
  };
  /** The still picture's places and projects a tap or click reaches, topmost first (projects are drawn over places). */
  const stillHits = (e: MouseEvent): MapHit[] => {
    const box = el.getBoundingClientRect(), x = e.clientX - box.left, y = e.clientY - box.top;
    const dots = (['project', 'place'] as const).flatMap((kind) => [...(still?.querySelectorAll(`[data-kind="${kind}"]`) ?? [])].reverse().flatMap((g) => {
      const c = g.querySelector('circle');
      const cx = Number(c?.getAttribute('cx')), cy = Number(c?.getAttribute('cy')), r = Number(c?.getAttribute('r'));
      return c && Number.isFinite(cx + cy + r) ? [{ kind, id: g.getAttribute('data-item')!, x: cx, y: cy, r }] : [];
    }));
    return dotsNear(dots, x, y, isTouch(e) ? TAP_TOLERANCE.touch : TAP_TOLERANCE.mouse).map(({ kind, id }) => ({ kind, id }));
  };
  const onStillClick = (e: MouseEvent) => {
    if (state() !== 'unavailable') return;
    const hits = stillHits(e), under = itemOf(e);
    if (hits.length > 1) {
      const box = el.getBoundingClientRect();
      props.onStack(under?.kind === 'area' ? [...hits, under] : hits, [e.clientX - box.left, e.clientY - box.top]);
    } else props.onPick(under);
  };
  const onStillKey = (e: KeyboardEvent) => {
    if (state() !== 'unavailable' || (e.key !== 'Enter' && e.key !== ' ')) return;
    const hit = itemOf(e);
    if (hit) { e.preventDefault(); props.onPick(hit); }
  };
  // Without the map, the still picture follows the language and the filters.
  createEffect(() => { void props.content; if (state() === 'unavailable') drawStill(); });

  onMount(() => {
    drawStill();
    const ro = new ResizeObserver(() => { if (state() !== 'ready') drawStill(); });
    ro.observe(el);
    requestAnimationFrame(() => props.onStill?.());
    let map: MLMap | undefined, disposed = false;
    const unavailable = (reason: string) => {
      // Embedders and tests wait on this signal: say the map will not come rather than never answering.
      el.dataset.state = 'unavailable';
      setState('unavailable');
      props.onUnavailable(reason);
    };
    const create = async () => {
      const { createMap } = await import('./engine');
      // A machine without a CJK font is loading the page's fallback subset ('G60 CJK') by now: labels
      // drawn before it arrives would keep their boxes (MapLibre draws each glyph once). Elsewhere
      // nothing is loading and the map starts at once.
      if (document.fonts.status === 'loading') await document.fonts.ready;
      if (disposed) return;
      try {
        map = createMap(el, {
          dataset: props.dataset, view: props.view, start: props.start, basemap: props.basemap, padding: () => props.padding(el),
          gestures: props.gestures, scale: props.scale?.(el) ?? 1, lang: props.lang, label: props.label, onPick: props.onPick, onStack: props.onStack, onHover: props.onHover,
          onReady: (c) => {
            // The first complete frame is on screen: the map replaces the still picture in place.
            still?.remove();
            still = undefined;
            ro.disconnect();
            el.dataset.state = 'ready';
            setState('ready');
            props.onReady(c);
          },
        });
      } catch (e) {
        unavailable((e as Error).message);
      }
    };
    // The map is made in a task of its own, after the one that built the interface: two shorter
    // tasks instead of one long one, so the page answers input sooner while it loads.
    const timer = setTimeout(() => { create().catch((e: unknown) => unavailable(`the map engine did not load (${String(e)})`)); });
    onCleanup(() => { disposed = true; clearTimeout(timer); ro.disconnect(); map?.remove(); });
  });
  return (
    <div ref={el} class="map" data-state="loading" role="region" aria-label={props.label}>
      <div ref={still} class="map-still" data-testid="map-still" onClick={onStillClick} onKeyDown={onStillKey} />
    </div>
  );
}
