/**
 * The context layers (the other documents' areas and places): off by default, so the zone stays
 * the first thing seen. Each toggle says, per document or group, how many items are on the map and
 * how many are listed without a position; with their legend swatches. Loaded with that content.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { LIGHT } from '../map/palette';
import { CONTEXT_AREA_GROUP_NAMES, tc as t } from '../i18n/context-strings';
import type { AppState } from '../state/store';
import type { View } from '../state/view';
import { docShortName } from './describe';

/** The documents whose places the context layer shows, in their order of issue. */
const PLACE_DOCS = ['newcity-digital-plan', 'digital-work-2023', 'manufacturing-plan'];

export function ContextLayers(props: { dataset: Dataset; state: AppState; go: (v: Partial<View>) => void }) {
  const lang = (): Lang => props.state.lang;
  const L = (k: Parameters<typeof t>[1]) => t(lang(), k);
  const groups = createMemo(() => ({
    'context-areas': Object.keys(CONTEXT_AREA_GROUP_NAMES).map((g) => {
      const fs = props.dataset.contextAreas.filter((f) => f.properties.group === g);
      return { key: g, label: CONTEXT_AREA_GROUP_NAMES[g]![lang()], placed: fs.filter((f) => f.geometry).length, total: fs.length };
    }).filter((g) => g.total > 0),
    'context-places': PLACE_DOCS.map((d) => {
      const fs = props.dataset.contextPlaces.filter((f) => f.properties.docs.includes(d));
      return { key: d, label: docShortName(props.dataset, d, lang()), placed: fs.filter((f) => f.geometry).length, total: fs.length };
    }).filter((g) => g.total > 0),
  }));
  const layers = ['context-areas', 'context-places'] as const;
  return (
    <section class="filters context-layers" aria-label={L('contextTitle')} data-testid="context-layers">
      <fieldset>
        <legend>{L('contextTitle')}</legend>
        <p class="muted hint">{L('contextHint')}</p>
        <For each={layers}>
          {(l) => (
            <div class="context-layer">
              <label class="toggle">
                <input type="checkbox" checked={props.state.layers[l]} data-layer={l}
                  onChange={(e) => props.go({ layers: { ...props.state.layers, [l]: e.currentTarget.checked } })} />
                <span class={`swatch ${l === 'context-areas' ? 'context-area' : 'context-dot'}`} aria-hidden="true"
                  style={l === 'context-areas' ? { 'border-color': LIGHT.contextOutline, background: `${LIGHT.contextFill}40` } : { background: LIGHT.contextPlace }} />
                {L(l)}
              </label>
              <ul class="context-groups">
                <For each={groups()[l]}>
                  {(g) => (
                    <li data-group={g.key}>
                      {g.label}{lang() === 'zh' ? '：' : ': '}
                      <span data-testid={`placed-${g.key}`}>{g.placed}</span> {L('onMap')}
                      <Show when={g.total - g.placed > 0}> · {g.total - g.placed} {L('notPlacedCount')}</Show>
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </For>
      </fieldset>
    </section>
  );
}
