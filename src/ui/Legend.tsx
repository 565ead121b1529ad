/** The legend: area tiers, the clusters' colours, and the schematic note. */
import { For } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { AreaTier, Lang } from '../domain/types';
import { LIGHT } from '../map/palette';
import { t } from '../i18n/strings';

const TIER_SWATCH: Record<AreaTier, string> = { core: LIGHT.core, extension: LIGHT.extension, 'sub-area': LIGHT.subArea, base: LIGHT.base };

export function Legend(props: { dataset: Dataset; lang: Lang }) {
  return (
    <section class="legend" aria-label={t(props.lang, 'legend')}>
      <h2>{t(props.lang, 'legend')}</h2>
      <ul class="legend-tiers">
        <For each={['core', 'extension', 'sub-area', 'base'] as AreaTier[]}>
          {(tier) => (
            <li><span class="swatch area" style={{ 'border-color': TIER_SWATCH[tier], background: `${TIER_SWATCH[tier]}40` }} aria-hidden="true" />{t(props.lang, tier)}</li>
          )}
        </For>
      </ul>
      <ul class="legend-clusters">
        <For each={props.dataset.clusters}>
          {(c) => <li><span class="swatch dot" style={{ background: LIGHT.clusters[c.colorToken] }} aria-hidden="true" />{c.name[props.lang]}</li>}
        </For>
      </ul>
      <p class="schematic-note" data-testid="schematic-note">{t(props.lang, 'schematicNote')}</p>
    </section>
  );
}
