/**
 * The layout shell: top bar (search, language, share), the map, and the side panel (a bottom
 * sheet on phones) with layers, list, indicators and the open card. Effects here are the edges:
 * they push state to the map, the URL and the document.
 */
import { Match, Show, Switch, batch, createEffect, createMemo, createSignal, lazy, on } from 'solid-js';
import type { Dataset, Details } from '../domain/dataset';
import { loadDetails, loadIndicators } from '../data/load';
import type { MapController } from '../map/controller';
import { MapView, ZOOM_RANGE } from '../map/MapView';
import { REGION_BBOX } from '../domain/types';
import { itemBounds } from '../domain/derive';
import { createAppStore } from '../state/store';
import { Legend } from '../ui/Legend';
import { Filters } from '../ui/Filters';
import { SearchBox } from '../ui/SearchBox';
import { Card } from '../ui/cards/Card';
import { t } from '../i18n/strings';
import { parseView, type Known } from './url';
import type { Camera, Panel, View as UrlView } from '../state/view';
import type { DeployConfig } from './deploy-config';
import { SCHEMATIC_LIGHT } from '../map/basemaps/spec';
import { BasemapPicker } from '../ui/BasemapPicker';
import { syncHistory } from './history';

// Not needed to show the map and the first card: loaded when first opened.
const ShareDialog = lazy(() => import('../ui/ShareDialog').then((m) => ({ default: m.ShareDialog })));
const ListView = lazy(() => import('../ui/ListView').then((m) => ({ default: m.ListView })));
// The indicators' data is fetched along with their module, not after it.
const Indicators = lazy(() => Promise.all([import('../ui/Indicators'), loadIndicators()]).then(([m]) => ({ default: m.Indicators })));

/** Reads the view from the URL; anything it cannot use is reported as a console warning. */
export function viewFromUrl(ds: Dataset, config: DeployConfig, search: string): UrlView {
  const known: Known = {
    ids: new Set(ds.byId.keys()), clusters: new Set(ds.clusters.map((c) => c.id)),
    basemaps: new Set(config.basemaps.map((b) => b.id)), bounds: REGION_BBOX, zoom: ZOOM_RANGE,
  };
  const { view, warnings } = parseView(search, known);
  for (const w of warnings) console.warn(w);
  return view;
}

export function App(props: { dataset: Dataset; config: DeployConfig; initial: UrlView }) {
  const ds = props.dataset;
  const [state, actions] = createAppStore(props.initial, props.config.defaultBasemap);
  const basemapSpec = createMemo(() => props.config.basemaps.find((b) => b.id === state.basemap) ?? SCHEMATIC_LIGHT);
  const [map, setMap] = createSignal<MapController | null>(null);
  const [camera, setCamera] = createSignal<Camera | null>(props.initial.cam);
  const [sharing, setSharing] = createSignal(false);
  const selected = createMemo(() => (state.selectedId ? ds.byId.get(state.selectedId) ?? null : null));
  const [details, setDetails] = createSignal<Details>();
  /**
   * Fetches the cards' details (once): when the map is ready or unavailable, so they are there
   * before a visitor opens a card, or at once when a card opens first (a shared link, an early click).
   */
  const prefetchDetails = () => {
    loadDetails().then(setDetails, (e: unknown) => console.warn(`card details did not load: ${String(e)}`));
  };
  createEffect(on(selected, (item) => { if (item && !details()) prefetchDetails(); }));
  /** What had focus when a card opened (an element, or the id of a list/search item that re-renders). */
  let opener: { el: HTMLElement; item?: string } | null = null;
  /** False while the card on screen came from the link the page opened with. */
  const [userOpened, setUserOpened] = createSignal(false);

  const view = createMemo<UrlView>(() => ({
    sel: state.selectedId, lang: state.lang, clusters: state.clusters ? [...state.clusters] : null,
    layers: { ...state.layers }, cam: camera(), panel: state.panel,
    basemap: state.basemap === props.config.defaultBasemap ? null : state.basemap,
  }));
  syncHistory(view, (search) => {
    const v = viewFromUrl(ds, props.config, search);
    batch(() => { actions.applyView(v); if (v.cam) { setCamera(v.cam); map()?.jumpTo(v.cam); } });
  });

  /** Opens an item's card and frames it on the map. */
  const open = (id: string, frame = true) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest('.card')) opener = { el: active, item: active.dataset.item };
    setUserOpened(true);
    actions.select(id);
    const item = ds.byId.get(id);
    const box = item && itemBounds(ds, item);
    if (frame && box) map()?.frame(box);
  };
  /** Marks an item on the map as hovered (from the map itself or from the list): map feature-state only. */
  const hover = (id: string | null) => {
    const item = id ? ds.byId.get(id) : undefined;
    map()?.setHovered(item && item.kind !== 'cluster' ? { kind: item.kind, id: item.id } : null);
  };
  const close = () => {
    actions.select(null);
    // The panel re-renders its list when the card goes: find the opener again by its item id.
    const back = opener?.el.isConnected ? opener.el
      : opener?.item ? document.querySelector<HTMLElement>(`.panel [data-item="${CSS.escape(opener.item)}"]`) : null;
    (back ?? document.getElementById('search-input'))?.focus();
    opener = null;
  };

  createEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(state.lang, 'shortTitle');
  });
  createEffect(on([map, () => state.lang], ([m, lang]) => m?.setLanguage(lang)));
  createEffect(on([map, () => state.clusters], ([m, c]) => m?.setClusterFilter(c ?? null)));
  createEffect(() => {
    const m = map();
    if (m) for (const l of ['areas', 'places', 'projects'] as const) m.setLayerVisible(l, state.layers[l]);
  });
  // The basemap, and for 天地图 its annotation language. The map opens on the light schematic
  // basemap; any other is applied once it is ready.
  createEffect(on([map, basemapSpec, () => (basemapSpec().kind === 'tianditu' ? state.lang : null)], ([m, spec], prev) => {
    if (!m || (!prev?.[0] && spec.id === SCHEMATIC_LIGHT.id)) { if (m) document.documentElement.dataset.basemap = spec.id; return; }
    delete document.documentElement.dataset.basemap;
    // <html data-basemap="id"> says which basemap is drawn, for embedders and tests.
    void m.setBasemap(spec, (reason) => {
      console.warn(`basemap ${spec.id} failed: ${reason}; switching to the built-in schematic basemap`);
      actions.setBasemap(SCHEMATIC_LIGHT.id, t(state.lang, 'basemapFailed'));
    }).then(() => { document.documentElement.dataset.basemap = spec.id; });
  }));
  createEffect(() => {
    const m = map(), item = selected();
    m?.setSelected(item && item.kind !== 'cluster' ? { kind: item.kind, id: item.id } : null);
  });

  const onMapReady = (c: MapController) => {
    c.onMoveEnd(setCamera);
    // A shared link with a selection but no camera: frame the selection.
    const item = selected();
    const box = item && !props.initial.cam ? itemBounds(ds, item) : null;
    if (box) c.frame(box, { animate: false });
    batch(() => { setMap(c); actions.setMapStatus('ready'); });
    prefetchDetails();
  };
  const onMapUnavailable = (reason: string) => {
    console.warn(`map unavailable: ${reason}`);
    batch(() => { actions.setMapStatus('unavailable'); if (!state.panel) actions.setPanel('list'); });
    prefetchDetails();
  };

  const tab = (p: Panel | null, label: string) => (
    <button type="button" role="tab" id={`tab-${p ?? 'layers'}`} aria-selected={state.panel === p} aria-controls="panel-body"
      onClick={() => { actions.select(null); actions.setPanel(p); }}>{label}</button>
  );

  return (
    <div class="app" classList={{ 'no-map': state.mapStatus === 'unavailable' }}>
      <header class="topbar">
        <h1><span class="long">{t(state.lang, 'title')}</span><span class="short">{t(state.lang, 'shortTitle')}</span></h1>
        <SearchBox dataset={ds} lang={state.lang} open={(id) => open(id)} />
        <button type="button" class="top-button" onClick={() => setSharing(true)}>{t(state.lang, 'share')}</button>
        <button type="button" class="top-button" lang={state.lang === 'zh' ? 'en' : 'zh-CN'} title={t(state.lang, 'languageLabel')}
          onClick={() => actions.setLang(state.lang === 'zh' ? 'en' : 'zh')}>{t(state.lang, 'language')}</button>
      </header>
      <main class="stage">
        <MapView
          dataset={ds} camera={props.initial.cam} label={t(state.lang, 'attribution')}
          view={{ lang: state.lang, clusters: state.clusters, layers: { ...state.layers } }}
          onReady={onMapReady}
          onPick={(hit) => (hit ? open(hit.id, hit.kind !== 'area') : actions.select(null))}
          onHover={(hit) => hover(hit?.id ?? null)}
          onUnavailable={onMapUnavailable}
        />
        <Show when={state.mapStatus === 'ready'}>
          <button type="button" class="overview-button" onClick={() => map()?.overview()}>{t(state.lang, 'overview')}</button>
        </Show>
        <Show when={state.basemapNotice}>
          {(msg) => <p class="basemap-notice" role="status">{msg()} <button type="button" class="link" onClick={() => actions.setBasemap(state.basemap)}>{t(state.lang, 'close')}</button></p>}
        </Show>
        <Show when={state.mapStatus === 'unavailable'}>
          <p class="map-unavailable" role="alert">{t(state.lang, 'mapUnavailable')}</p>
        </Show>
        <aside class="panel" aria-label={t(state.lang, 'panelTabs')}>
          <Show when={selected()} fallback={
            <>
              <div role="tablist" class="tabs" aria-label={t(state.lang, 'panelTabs')}>
                {tab(null, t(state.lang, 'tabLegend'))}{tab('list', t(state.lang, 'tabList'))}{tab('indicators', t(state.lang, 'tabIndicators'))}
              </div>
              <div id="panel-body" role="tabpanel" tabindex="0" aria-labelledby={`tab-${state.panel ?? 'layers'}`} class="panel-body">
                <Switch>
                  <Match when={state.panel === null}>
                    <Legend dataset={ds} lang={state.lang} />
                    <Filters dataset={ds} state={state} actions={actions} />
                    <BasemapPicker basemaps={props.config.basemaps} state={state} onPick={(id) => actions.setBasemap(id)} />
                  </Match>
                  <Match when={state.panel === 'list'}><ListView dataset={ds} state={state} open={(id) => { hover(null); open(id); }} hover={hover} /></Match>
                  <Match when={state.panel === 'indicators'}><Indicators dataset={ds} lang={state.lang} /></Match>
                </Switch>
              </div>
            </>
          }>
            {(item) => <Card ctx={{ dataset: ds, lang: state.lang, open: (id) => open(id) }} item={item()} details={details()} focus={userOpened()} onClose={close} />}
          </Show>
        </aside>
      </main>
      <Show when={sharing()}>
        <ShareDialog lang={state.lang} url={location.href} onClose={() => setSharing(false)} />
      </Show>
    </div>
  );
}
