/** Pieces every card uses: links to other items, the accuracy note and the sources. */
import { For, Show, type JSX } from 'solid-js';
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

export function TextList(props: { lang: Lang; title: string; items: readonly Text[]; role?: string }) {
  return (
    <Show when={props.items.length > 0}>
      <section class="card-section" data-role={props.role}>
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
