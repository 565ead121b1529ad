/** Pieces every card uses: links to other items, the accuracy note and the sources. */
import { For, Show, createResource, type JSX } from 'solid-js';
import { namedIn } from '../../domain/derive';
import { loadStrategy } from '../../data/load';
import type { Dataset } from '../../domain/dataset';
import type { Accuracy, Citation, Lang, Text } from '../../domain/types';
import { t } from '../../i18n/strings';
import { itemKindLabel, itemName } from '../describe';

export interface CardContext {
  dataset: Dataset;
  lang: Lang;
  open: (id: string) => void;
}

/** A button that opens another item's card. */
export function ItemLink(props: { ctx: CardContext; id: string; showKind?: boolean }) {
  const item = () => props.ctx.dataset.byId.get(props.id);
  return (
    <Show when={item()}>
      {(it) => (
        <button type="button" class="item-link" data-item={props.id} onClick={() => props.ctx.open(props.id)}>
          <Show when={props.showKind}><span class="kind">{itemKindLabel(it(), props.ctx.lang)}</span></Show>
          {itemName(it(), props.ctx.lang)}
        </button>
      )}
    </Show>
  );
}

/** "Named in": the plan's paths and actions that name this item (nothing when none does). */
export function NamedIn(props: { ctx: CardContext; id: string }) {
  const ids = () => namedIn(props.ctx.dataset, props.id).map((i) => i.id);
  return (
    <Show when={ids().length > 0}>
      <ItemList ctx={props.ctx} title={t(props.ctx.lang, 'namedIn')} ids={ids()} showKind testid="named-in" />
    </Show>
  );
}

/** The plan's baseline counts and goals about this area or cluster (strategy.json `about`), loaded on demand. */
export function PlanFacts(props: { ctx: CardContext; id: string }) {
  const [strategy] = createResource(() => loadStrategy().catch(() => null));
  const facts = () => {
    const s = strategy();
    if (!s) return [];
    return [
      ...s.baseline.filter((b) => b.about?.includes(props.id)).map((b) => ({ id: b.id, label: b.label[props.ctx.lang], value: b.value })),
      ...s.goals.filter((g) => g.about?.includes(props.id)).map((g) => ({ id: g.id, label: g.text[props.ctx.lang], value: (g.figures ?? []).map((f) => `${f.label[props.ctx.lang]} ${f.value}`).join('；') })),
    ];
  };
  return (
    <Show when={facts().length > 0}>
      <section class="card-section" data-testid="plan-facts">
        <h3>{t(props.ctx.lang, 'inThePlan')}</h3>
        <dl class="figures"><For each={facts()}>{(f) => <div class="figure" data-fact={f.id}><dt>{f.label}</dt><dd>{f.value}</dd></div>}</For></dl>
      </section>
    </Show>
  );
}

/** A titled list of item links; says "none" when empty. */
export function ItemList(props: { ctx: CardContext; title: string; ids: string[]; showKind?: boolean; testid?: string }) {
  return (
    <section class="card-section" data-testid={props.testid}>
      <h3>{props.title} <span class="count">({props.ids.length})</span></h3>
      <Show when={props.ids.length > 0} fallback={<p class="muted">{t(props.ctx.lang, 'none')}</p>}>
        <ul class="links"><For each={props.ids}>{(id) => <li><ItemLink ctx={props.ctx} id={id} showKind={props.showKind} /></li>}</For></ul>
      </Show>
    </section>
  );
}

export function TextList(props: { lang: Lang; title: string; items: readonly Text[] }) {
  return (
    <Show when={props.items.length > 0}>
      <section class="card-section">
        <h3>{props.title}</h3>
        <ul class="plain"><For each={props.items}>{(x) => <li>{x[props.lang]}</li>}</For></ul>
      </section>
    </Show>
  );
}

export function AccuracyNote(props: { lang: Lang; accuracy: Accuracy; note: Text }) {
  return (
    <p class="accuracy" data-accuracy={props.accuracy}>
      <span class="badge">{t(props.lang, props.accuracy)}</span> {props.note[props.lang]}
    </p>
  );
}

export function Sources(props: { ctx: CardContext; sources: readonly Citation[] }) {
  return (
    <footer class="sources">
      <h3>{t(props.ctx.lang, 'sources')}</h3>
      <ul>
        <For each={props.sources}>
          {(s) => {
            const d = props.ctx.dataset.documents.get(s.doc);
            return <li>{d ? `《${d.title}》（${d.number}）` : s.doc} · {s.section}</li>;
          }}
        </For>
      </ul>
    </footer>
  );
}

/** A definition row: label and value. */
export function Row(props: { label: string; children: JSX.Element }) {
  return <div class="row"><dt>{props.label}</dt><dd>{props.children}</dd></div>;
}
