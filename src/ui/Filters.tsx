/** Layer toggles of the zone and cluster filter chips (in the cluster colours), with live counts (the context layers: ContextLayers). */
import { For, createMemo } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import { LAYERS_OFF_BY_DEFAULT, LAYER_NAMES, soloedClusters, toggledClusters, type LayerName, type View } from '../state/view';
import type { Lang } from '../domain/types';
import { shownByFilter } from '../domain/derive';
import { KINDS, KIND_IDS } from '../domain/kinds';
import { LIGHT } from '../map/palette';
import { t } from '../i18n/strings';
import type { AppState } from '../state/store';

/** `go`: applies a change of the view (the visitor's: the caller tags it). */
export function Filters(props: { dataset: Dataset; state: AppState; go: (v: Partial<View>) => void }) {
  const lang = (): Lang => props.state.lang;
  const allIds = () => props.dataset.clusters.map((c) => c.id);
  // Each layer's count: the items of the kinds it draws that pass the cluster filter.
  const counts = createMemo(() => {
    const n = Object.fromEntries(LAYER_NAMES.map((l) => [l, 0])) as Record<LayerName, number>;
    for (const k of KIND_IDS) {
      const layer = KINDS[k].layer;
      if (layer) n[layer] += props.dataset.items[k].filter((i) => shownByFilter(i, props.state.clusters)).length;
    }
    return n;
  });
  const on = (id: string) => props.state.clusters === null || props.state.clusters.includes(id);
  return (
    <section class="filters" aria-label={t(lang(), 'layersTitle')}>
      <fieldset>
        <legend>{t(lang(), 'layersTitle')}</legend>
        <For each={LAYER_NAMES.filter((l) => !LAYERS_OFF_BY_DEFAULT.includes(l))}>
          {(l) => (
            <label class="toggle">
              <input type="checkbox" checked={props.state.layers[l]} onChange={(e) => props.go({ layers: { ...props.state.layers, [l]: e.currentTarget.checked } })} data-layer={l} />
              {t(lang(), l)} <span class="count" data-testid={`count-${l}`}>{counts()[l]}</span>
            </label>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>{t(lang(), 'clusterFilter')}</legend>
        <div class="chips">
          <For each={props.dataset.clusters}>
            {(c) => (
              <button type="button" class="chip" aria-pressed={on(c.id)} data-cluster={c.id}
                style={{ '--chip': LIGHT.clusters[c.colorToken] }}
                title={t(lang(), 'clusterFilter')}
                onClick={(e) => props.go({ clusters: e.shiftKey || props.state.clusters !== null ? toggledClusters(props.state.clusters, c.id, allIds()) : soloedClusters(props.state.clusters, c.id) })}>
                <span class="dot" aria-hidden="true" />{c.name[lang()]}
              </button>
            )}
          </For>
          <button type="button" class="chip all" aria-pressed={props.state.clusters === null} onClick={() => props.go({ clusters: null })}>
            {t(lang(), 'allClusters')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
