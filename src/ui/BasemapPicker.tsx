/** Choose the basemap: the built-in schematic ones, and whatever the deployment configured. */
import { For, Show, createUniqueId } from 'solid-js';
import type { BasemapSpec } from '../map/basemaps/spec';
import { t } from '../i18n/strings';
import type { AppState } from '../state/store';

export function BasemapPicker(props: { basemaps: readonly BasemapSpec[]; state: AppState; onPick: (id: string) => void }) {
  // One radio group per app: two maps on a page must not share it.
  const group = `basemap-${createUniqueId()}`;
  return (
    <fieldset class="basemaps">
      <legend>{t(props.state.lang, 'basemap')}</legend>
      <For each={props.basemaps}>
        {(b) => (
          <label class="toggle">
            <input type="radio" name={group} value={b.id} checked={props.state.basemap === b.id} onChange={() => props.onPick(b.id)} data-basemap={b.id} />
            {b.name[props.state.lang]}
            <Show when={b.kind === 'schematic'}><span class="count">{t(props.state.lang, 'schematic')}</span></Show>
          </label>
        )}
      </For>
    </fieldset>
  );
}
