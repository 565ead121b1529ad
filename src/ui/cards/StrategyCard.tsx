/**
 * The card of a key path or an action plan (建设方案 四, 六): its heading, what it sets out (in our
 * own words), its figures, what it names — the map's items as links (highlighted on the map while
 * the card is open), enterprises, and names that cannot be placed with the reason — and its sources.
 * Loaded on demand: not part of the first load.
 */
import { For, Show } from 'solid-js';
import type { DetailedItemOf } from '../../domain/dataset';
import { MENTION_KEYS, isSpatial, type MentionKey } from '../../domain/kinds';
import { namedIds } from '../../domain/derive';
import { t, type StringKey } from '../../i18n/strings';
import { ItemLink, ItemList, Row, Sources, TextList, type CardContext } from './parts';

const MENTION_TITLES: Record<MentionKey, StringKey> = {
  areas: 'areas', places: 'places', projects: 'projects', clusters: 'clusters', contextPlaces: 'contextPlaces', contextAreas: 'contextAreas',
};

export default function StrategyCard(props: { ctx: CardContext; item: DetailedItemOf<'path'> | DetailedItemOf<'action'> }) {
  const r = () => props.item.record;
  const d = () => props.item.details;
  const lang = () => props.ctx.lang;
  const L = (k: StringKey) => t(lang(), k);
  const m = () => r().mentions;
  // The names in words (enterprises, unplaced names) come with the card's details.
  const words = () => d().mentions ?? {};
  const path = () => (props.item.kind === 'action' ? (props.item.record as { path?: string }).path ?? null : null);
  // A path's card lists the action plans the plan ties to it.
  const actionsOfPath = () => (props.item.kind === 'path' ? props.ctx.dataset.items.action.filter((a) => a.record.path === props.item.id).map((a) => a.id) : []);
  return (
    <>
      <p class="subtitle" data-testid="strategy-title">{d().title[lang()]}</p>
      <dl class="facts">
        <Row label={L('seq')}>{r().seq}</Row>
        <Show when={path()}>{(p) => <Row label={L('keyPath')}><ItemLink ctx={props.ctx} id={p()} /></Row>}</Show>
      </dl>
      <section class="card-section"><h3>{L('planSays')}</h3><p class="summary">{d().summary[lang()]}</p></section>
      <Show when={(d().figures ?? []).length > 0}>
        <section class="card-section">
          <h3>{L('keyFigures')}</h3>
          <dl class="figures" data-testid="strategy-figures">
            <For each={d().figures}>{(f) => <div class="figure"><dt>{f.label[lang()]}</dt><dd>{f.value}</dd></div>}</For>
          </dl>
        </section>
      </Show>
      <Show when={actionsOfPath().length > 0}>
        <ItemList ctx={props.ctx} title={L('actionPlans')} ids={actionsOfPath()} testid="path-actions" />
      </Show>
      <Show when={namedIds(props.ctx.dataset, props.item).some((id) => isSpatial(props.ctx.dataset.byId.get(id)!.kind))}>
        <p class="muted named-hint">{L('namedOnMap')}</p>
      </Show>
      <div data-testid="strategy-names">
        <For each={MENTION_KEYS.filter((k) => (m()[k] ?? []).length > 0)}>
          {(k) => <ItemList ctx={props.ctx} title={L(MENTION_TITLES[k])} ids={[...m()[k]!]} showKind={k !== 'clusters'} testid={`names-${k}`} />}
        </For>
      </div>
      <TextList lang={lang()} title={L('enterprisesNamed')} items={words().enterprises ?? []} />
      <Show when={(words().unplaced ?? []).length > 0}>
        <section class="card-section" data-testid="names-unplaced">
          <h3>{L('notOnMap')}</h3>
          <ul class="plain">
            <For each={words().unplaced}>{(u) => <li><strong>{u.name[lang()]}</strong> <span class="muted">— {u.note[lang()]}</span></li>}</For>
          </ul>
        </section>
      </Show>
      <Sources ctx={props.ctx} sources={r().sources} />
    </>
  );
}
