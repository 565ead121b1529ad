/**
 * The layout shell: top bar (search, language, share), the map, and the side panel (a bottom
 * sheet on phones) with layers, list, indicators and the open card. The mode gives it its store,
 * intents, host and layout; it changes the view only through the intents and touches nothing
 * outside its own root but through the host.
 */
import { Match, Show, Switch, batch, createEffect, createMemo, createSignal, createUniqueId, lazy, on, onCleanup, onMount, untrack } from 'solid-js';
import type { Dataset, Details } from '../domain/dataset';
import { KINDS } from '../domain/kinds';
import { loadDetails, loadIndicators, loadPlans, loadStrategy } from '../data/load';
import { loadContext } from '../ui/context';
import { isComplete } from '../data/dataset';
import type { MapController, MapHit } from '../map/controller';
import { MapView } from '../map/MapView';
import { ZOOM_RANGE, startAt, type MapStart } from '../map/limits';
import { itemBounds } from '../domain/derive';
import { introspection } from '../map/introspect';
import { SCHEMATIC_LIGHT, type BasemapSpec } from '../map/basemaps/spec';
import { viewOf, type AppStore } from '../state/store';
import type { Intents } from '../state/intents';
import type { Panel, View } from '../state/view';
import { Legend } from '../ui/Legend';
import { Filters } from '../ui/Filters';
import { SearchBox } from '../ui/SearchBox';
import { Card } from '../ui/cards/Card';
import { preloadCards } from '../ui/cards/registry';
import { BasemapPicker } from '../ui/BasemapPicker';
import { DataDownload } from '../ui/DataDownload';
import { DataAsOf } from '../ui/DataAsOf';
import { PrintButton } from '../ui/print/PrintButton';
import { t } from '../i18n/strings';
import type { DeployConfig } from './deploy-config';
import type { Host } from './host';
import type { Layout } from './layout';
import { bindMap } from './map-binding';
import { tellHost } from './host-events';
import { syncHistory } from './history';
import { viewFromUrl } from './view-from-url';

// Not needed to show the map and the first card: loaded when first opened.
const ShareDialog = lazy(() => import('../ui/ShareDialog').then((m) => ({ default: m.ShareDialog })));
// The list a tap on a stack opens (fetched once the map is up, before the first tap).
const loadStackChooser = () => import('../ui/StackChooser');
const StackChooser = lazy(() => loadStackChooser().then((m) => ({ default: m.StackChooser })));
// The list shows the context loaded on demand too: it waits for it.
const ListView = lazy(() => Promise.all([import('../ui/ListView'), loadContext()]).then(([m]) => ({ default: m.ListView })));
// The plan's strategy.json comes with its panel.
const PlanPanel = lazy(() => Promise.all([import('../ui/PlanPanel'), loadStrategy(), loadPlans(), loadDetails()]).then(([m]) => ({ default: m.PlanPanel })));
// The indicators' data is fetched along with their module, not after it.
const Indicators = lazy(() => Promise.all([import('../ui/Indicators'), loadIndicators(), loadPlans(), loadDetails()]).then(([m]) => ({ default: m.Indicators })));
// The context layers' toggles and legend: with their content, loaded on demand.
const ContextLayers = lazy(() => Promise.all([import('../ui/ContextLayers'), loadContext()]).then(([m]) => ({ default: m.ContextLayers })));

export interface AppProps {
  dataset: Dataset;
  config: DeployConfig;
  store: AppStore;
  intents: Intents;
  host: Host;
  layout: Layout;
  /** The view the app opened with (a link's camera is applied by the map itself). */
  initial: View;
}

export function App(props: AppProps) {
  const ds = props.dataset, intents = props.intents, layout = props.layout, host = props.host;
  const [state, actions] = props.store;
  const uid = createUniqueId();
  const specOf = (id: string) => props.config.basemaps.find((b) => b.id === id);
  const basemapSpec = createMemo<BasemapSpec>(() => specOf(state.basemap) ?? SCHEMATIC_LIGHT);
  // A built-in basemap is drawn from the start (no light flash before a dark one); others after.
  const first = basemapSpec();
  const initialBasemap = first.kind === 'schematic' ? first : SCHEMATIC_LIGHT;
  const [map, setMap] = createSignal<MapController | null>(null);
  const [sharing, setSharing] = createSignal(false);
  /** The stack a tap reached: its items' ids and the tap (px in the stage), with what had focus. */
  const [stack, setStack] = createSignal<{ hits: MapHit[]; at: [number, number]; back: HTMLElement | null } | null>(null);
  const selected = createMemo(() => (state.selectedId ? ds.byId.get(state.selectedId) ?? null : null));
  const [details, setDetails] = createSignal<Details>();
  // The context loaded on demand (data/load.ts loadMore) is in the Dataset: the map draws it then.
  const [moreLoaded, setMoreLoaded] = createSignal(isComplete(ds));
  /**
   * Fetches the cards' details (once): when the map is ready or unavailable, so they are there
   * before a visitor opens a card, or at once when a card opens first (a shared link, an early click).
   */
  const prefetchDetails = () => {
    loadContext().then(() => setMoreLoaded(true), () => {});
    loadDetails().then(setDetails, (e: unknown) => console.warn(`card details did not load: ${String(e)}`));
    preloadCards();
  };
  createEffect(on([map, moreLoaded], ([m, loaded]) => { if (m && loaded) m.refreshContent(); }));
  createEffect(on(selected, (item) => { if (item && !details()) prefetchDetails(); }));
  let root!: HTMLDivElement;
  /** What had focus when a card opened (an element, or the id of a list/search item that re-renders). */
  let opener: { el: HTMLElement; item?: string } | null = null;

  const view = createMemo<View>(() => viewOf(state, props.config.defaultBasemap));
  if (host.history) {
    syncHistory(host.history, view, (search) => intents.goTo(viewFromUrl(ds, props.config, search), 'link'));
  }
  const hostView = tellHost({ host, intents, state, view });

  const activeElement = () => (root.getRootNode() as Document | ShadowRoot).activeElement;
  /** Opens an item's card from this interface, remembering what had focus. */
  const open = (id: string, frame = true) => {
    const active = activeElement();
    if (active instanceof HTMLElement && root.contains(active) && !active.closest('.card')) opener = { el: active, item: active.dataset.item };
    intents.open(id, 'user', { frame });
  };
  const close = () => {
    intents.close('user');
    // The panel re-renders its list when the card goes: find the opener again by its item id.
    const back = opener?.el.isConnected ? opener.el
      : opener?.item ? root.querySelector<HTMLElement>(`.panel [data-item="${CSS.escape(opener.item)}"]`) : null;
    (back ?? root.querySelector<HTMLElement>('[data-focus-fallback]') ?? root.querySelector<HTMLElement>('.maplibregl-canvas'))?.focus();
    opener = null;
  };
  const hover = (id: string | null) => intents.hover(id, 'user');
  const openStack = (hits: MapHit[], at: [number, number]) => {
    const active = activeElement();
    setStack({ hits, at, back: active instanceof HTMLElement && root.contains(active) ? active : null });
  };
  const closeStack = (refocus: boolean) => {
    const s = stack();
    setStack(null);
    if (refocus) (s?.back?.isConnected ? s.back : root.querySelector<HTMLElement>('.maplibregl-canvas'))?.focus();
  };
  // A move of the map leaves the list beside nothing: it closes.
  createEffect(on(() => [state.camera?.lon, state.camera?.lat, state.camera?.zoom], () => setStack(null), { defer: true }));
  // Escape closes the card from anywhere in this app's document or shadow root.
  onMount(() => {
    const scope = root.getRootNode() as Document | ShadowRoot;
    const onKey = (e: Event) => {
      if ((e as KeyboardEvent).key === 'Escape' && !e.defaultPrevented && state.selectedId) { e.preventDefault(); close(); }
    };
    scope.addEventListener('keydown', onKey);
    onCleanup(() => scope.removeEventListener('keydown', onKey));
  });

  createEffect(() => host.setDocument(t(state.lang, 'shortTitle'), state.lang === 'zh' ? 'zh-CN' : 'en'));
  bindMap({ map, store: props.store, intents, dataset: ds, host, basemap: basemapSpec, initialBasemap });

  // Where the map opens: a link's camera, else its selection framed, else the whole zone.
  const start: MapStart = (() => {
    if (props.initial.cam) return { camera: props.initial.cam };
    const item = props.initial.sel ? ds.byId.get(props.initial.sel) : undefined;
    const box = item && itemBounds(ds, item);
    return box ? startAt(box) : { box: ds.bounds, maxZoom: ZOOM_RANGE[1] };
  })();
  const onMapReady = (c: MapController) => {
    c.onMoveEnd((cam) => intents.moved(cam));
    intents.moved(c.getCamera());
    host.expose(introspection(c));
    batch(() => { setMap(c); actions.setMapStatus('ready'); });
    host.signal('map-ready', 'true');
    host.emit('ready', hostView());
    prefetchDetails();
    void loadStackChooser();
  };
  const onMapUnavailable = (reason: string) => {
    console.warn(`map unavailable: ${reason}`);
    batch(() => { actions.setMapStatus('unavailable'); if (!state.panel && layout.panel) actions.setPanel('list'); });
    host.signal('map-ready', 'unavailable');
    host.emit('ready', hostView());
    prefetchDetails();
  };
  onCleanup(() => host.expose(null));
  // A kiosk's reset: dialogs close, and the search box starts again (empty) below.
  if (layout.kiosk) createEffect(on(layout.kiosk.epoch, () => setSharing(false), { defer: true }));
  const search = () => { layout.kiosk?.epoch(); return untrack(() => <SearchBox dataset={ds} lang={state.lang} open={(id) => open(id)} />); };

  const tabId = (p: Panel | null) => `${uid}-tab-${p ?? 'layers'}`;
  const tab = (p: Panel | null, label: string) => (
    <button type="button" role="tab" id={tabId(p)} aria-selected={state.panel === p} aria-controls={`${uid}-panel`}
      data-tab={p ?? 'layers'} onClick={() => intents.goTo({ sel: null, panel: p }, 'user')}>{label}</button>
  );
  const L = (k: Parameters<typeof t>[1]) => t(state.lang, k);
  const card = (item: () => NonNullable<ReturnType<typeof selected>>) => (
    <Card ctx={{ dataset: ds, lang: state.lang, open: (id) => open(id) }} item={item()} details={details()} focus={state.selectedFrom === 'user'} onClose={close} />
  );

  return (
    <div ref={root} class={`app layout-${layout.kind}`} classList={{ kiosk: !!layout.kiosk, 'no-map': state.mapStatus === 'unavailable', 'has-card': !!selected() }} lang={state.lang === 'zh' ? 'zh-CN' : 'en'}>
      <Show when={layout.kind === 'full'}>
        <header class="topbar">
          <h1><span class="long">{L('title')}</span><span class="short">{L('shortTitle')}</span></h1>
          {search()}
          <Show when={!layout.kiosk}>
            <button type="button" class="top-button" onClick={() => setSharing(true)}>{L('share')}</button>
            <PrintButton dataset={ds} lang={state.lang} url={layout.shareUrl(view())} />
          </Show>
          <button type="button" class="top-button" lang={state.lang === 'zh' ? 'en' : 'zh-CN'} title={L('languageLabel')}
            onClick={() => intents.goTo({ lang: state.lang === 'zh' ? 'en' : 'zh' }, 'user')}>{L('language')}</button>
        </header>
      </Show>
      <main class="stage">
        <MapView
          dataset={ds} content={moreLoaded()} start={start} label={L('attribution')} lang={state.lang}
          view={{ lang: state.lang, clusters: state.clusters, layers: { ...state.layers } }}
          basemap={initialBasemap} padding={layout.padding} gestures={layout.gestures} scale={layout.mapScale}
          onReady={onMapReady}
          onPick={(hit) => (hit ? open(hit.id, KINDS[hit.kind].frameOnPick) : intents.close('user'))}
          onStack={openStack}
          onHover={(hit) => hover(hit?.id ?? null)}
          onUnavailable={onMapUnavailable}
          onStill={() => host.signal('zone-visible', 'true')}
        />
        <Show when={layout.kind === 'embed'}>
          <div class="embed-bar">
            <Show when={layout.search}><SearchBox dataset={ds} lang={state.lang} open={(id) => open(id)} /></Show>
            <Show when={layout.fullMapUrl}>
              {(url) => <a class="open-full" href={url()(view())} target="_blank" rel="noopener" data-testid="open-full-map">{L('openFullMap')}</a>}
            </Show>
          </div>
        </Show>
        <Show when={stack()}>
          {(s) => (
            <StackChooser dataset={ds} lang={state.lang} ids={s().hits.map((h) => h.id)} at={s().at} onClose={closeStack}
              onChoose={(id) => { closeStack(true); open(id, ds.byId.get(id)?.kind !== 'area'); }} />
          )}
        </Show>
        <Show when={state.mapStatus === 'ready' && layout.gestures?.interactive !== false}>
          <button type="button" class="overview-button" onClick={() => intents.overview('user')}>{L('overview')}</button>
        </Show>
        <Show when={state.basemapNotice}>
          {(msg) => <p class="basemap-notice" role="status">{msg()} <button type="button" class="link" onClick={() => actions.setBasemap(state.basemap)}>{L('close')}</button></p>}
        </Show>
        <Show when={state.mapStatus === 'unavailable'}>
          <p class="map-unavailable" role="alert">{L('mapUnavailable')}</p>
        </Show>
        <Show when={layout.panel || selected()}>
          <aside class="panel" aria-label={L('panelTabs')}>
            <Show when={selected()} fallback={
              <>
                <div role="tablist" class="tabs" aria-label={L('panelTabs')}>
                  {tab(null, L('tabLegend'))}{tab('list', L('tabList'))}{tab('indicators', L('tabIndicators'))}{tab('plan', L('tabPlan'))}
                </div>
                <div id={`${uid}-panel`} role="tabpanel" tabindex="0" aria-labelledby={tabId(state.panel)} class="panel-body">
                  <Switch>
                    <Match when={state.panel === null}>
                      <Legend dataset={ds} lang={state.lang} />
                      <Filters dataset={ds} state={state} go={(v) => intents.goTo(v, 'user')} />
                      <ContextLayers dataset={ds} state={state} go={(v) => intents.goTo(v, 'user')} />
                      <BasemapPicker basemaps={props.config.basemaps} state={state} onPick={(id) => intents.goTo({ basemap: id }, 'user')} />
                      <Show when={!layout.kiosk}><DataDownload lang={state.lang} /></Show>
                      <DataAsOf lang={state.lang} />
                    </Match>
                    <Match when={state.panel === 'list'}><ListView dataset={ds} state={state} open={(id) => { hover(null); open(id); }} hover={hover} /></Match>
                    <Match when={state.panel === 'indicators'}><Indicators dataset={ds} lang={state.lang} /></Match>
                    <Match when={state.panel === 'plan'}><PlanPanel dataset={ds} lang={state.lang} open={(id) => open(id)} /></Match>
                  </Switch>
                </div>
              </>
            }>
              {(item) => <>{card(item)}{layout.kiosk?.cardFooter(item().id, state.lang)}</>}
            </Show>
          </aside>
        </Show>
      </main>
      <Show when={sharing()}>
        <ShareDialog lang={state.lang} url={layout.shareUrl(view())} onClose={() => setSharing(false)}
          embed={layout.embedBase ? { view: view(), base: layout.embedBase, previewBase: layout.siteBase } : undefined} />
      </Show>
    </div>
  );
}
