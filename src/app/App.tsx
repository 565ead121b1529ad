/** The layout shell: header, map, legend and the open card. */
import { Show, createEffect, createMemo, createSignal, on } from 'solid-js';
import type { Dataset } from '../data/dataset';
import type { MapController } from '../map/controller';
import { MapView } from '../map/MapView';
import { createAppStore } from '../state/store';
import { Legend } from '../ui/Legend';
import { Card } from '../ui/Card';
import { t } from '../i18n/strings';

export function App(props: { dataset: Dataset }) {
  const [state, actions] = createAppStore();
  const [map, setMap] = createSignal<MapController | null>(null);
  const selected = createMemo(() => (state.selectedId ? props.dataset.byId.get(state.selectedId) ?? null : null));

  createEffect(() => { document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en'; document.title = t(state.lang, 'shortTitle'); });
  createEffect(on([map, () => state.lang], ([m, lang]) => m?.setLanguage(lang), { defer: true }));
  createEffect(() => {
    const m = map(), item = selected();
    m?.setSelected(item && item.kind !== 'cluster' ? { kind: item.kind, id: item.id } : null);
  });

  return (
    <div class="app">
      <header class="topbar">
        <h1>{t(state.lang, 'title')}</h1>
        <button type="button" class="lang" aria-label={t(state.lang, 'languageLabel')} onClick={() => actions.setLang(state.lang === 'zh' ? 'en' : 'zh')}>
          {t(state.lang, 'language')}
        </button>
      </header>
      <main class="stage">
        <MapView
          dataset={props.dataset}
          lang={state.lang}
          label={t(state.lang, 'attribution')}
          onReady={(c) => { setMap(c); actions.setMapStatus('ready'); }}
          onPick={(hit) => actions.select(hit?.id ?? null)}
          onHover={(hit) => { actions.hover(hit?.id ?? null); map()?.setHovered(hit); }}
          onUnavailable={() => actions.setMapStatus('unavailable')}
        />
        <Show when={state.mapStatus === 'unavailable'}>
          <p class="map-unavailable" role="alert">{t(state.lang, 'mapUnavailable')}</p>
        </Show>
        <aside class="panel">
          <Legend dataset={props.dataset} lang={state.lang} />
          <Show when={selected()}>
            {(item) => <Card dataset={props.dataset} item={item()} lang={state.lang} onClose={() => actions.select(null)} />}
          </Show>
        </aside>
      </main>
    </div>
  );
}
