/**
 * Every area, place and project as an accessible list, synced with the map: it follows the
 * cluster filter and layer toggles, marks the selected item, and opens cards. It is also the whole
 * interface when the map cannot be shown.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { shownByFilter } from '../domain/derive';
import { KINDS, KIND_IDS, LAYERS_OFF_BY_DEFAULT } from '../domain/kinds';
import { t } from '../i18n/more-strings';
import type { AppState } from '../state/store';
import { itemAreaName, itemKindLabel, itemName } from './describe';

/** Kinds in the order of their list sections. */
const LIST_KINDS = [...KIND_IDS].sort((a, b) => KINDS[a].list.order - KINDS[b].list.order);

/** `hover` marks the item on the map while the pointer or focus is on its row. */
export function ListView(props: { dataset: Dataset; state: AppState; open: (id: string) => void; hover: (id: string | null) => void }) {
  const lang = (): Lang => props.state.lang;
  const ds = () => props.dataset;
  // A section per kind (its `list` entry), hidden with its layer, narrowed by the cluster filter.
  const groups = createMemo(() => LIST_KINDS.map((k) => {
    const { layer, list } = KINDS[k];
    // A layer off by default (the context layers) does not empty its section: many of its items are not on the map at all.
    const shown = layer === null || LAYERS_OFF_BY_DEFAULT.includes(layer) || props.state.layers[layer];
    return { key: list.label, ids: shown ? ds().items[k].filter((i) => shownByFilter(i, props.state.clusters)).map((i) => i.id) : [] };
  }));
  return (
    <nav class="list-view" aria-label={t(lang(), 'tabList')} data-testid="list-view">
      <For each={groups()}>
        {(g) => (
          <section>
            <h2 id={`list-${g.key}`}>{t(lang(), g.key)} <span class="count">({g.ids.length})</span></h2>
            <ul aria-labelledby={`list-${g.key}`}>
              <For each={g.ids}>
                {(id) => {
                  const item = ds().byId.get(id)!;
                  const tier = item.kind === 'area' ? item.feature.properties.tier : null;
                  return (
                    <li classList={{ nested: tier === 'sub-area' }}>
                      <button type="button" class="list-item" data-item={id} aria-current={props.state.selectedId === id ? 'true' : undefined} onClick={() => props.open(id)}
                        onMouseEnter={() => props.hover(id)} onMouseLeave={() => props.hover(null)} onFocus={() => props.hover(id)} onBlur={() => props.hover(null)}>
                        <span class="name">{itemName(item, lang())}</span>
                        <span class="meta">
                          {itemKindLabel(item, lang())}
                          <Show when={item.kind !== 'area' && itemAreaName(ds(), item, lang())}>{(a) => <> · {a()}</>}</Show>
                        </span>
                      </button>
                    </li>
                  );
                }}
              </For>
            </ul>
          </section>
        )}
      </For>
    </nav>
  );
}
