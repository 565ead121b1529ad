/**
 * The card of the selected item: Solid DOM over the map (a sidebar on wide screens, a bottom sheet
 * on phones). Focus moves to its title when it opens; Escape or ✕ closes it. Its kind and name are
 * in the Dataset; the rest waits for the Details (normally loaded before anyone opens a card).
 */
import { Show, createEffect, createMemo, createUniqueId, on } from 'solid-js';
import { withDetails, type Details, type Item } from '../../domain/dataset';
import { t } from '../../i18n/strings';
import { itemKindLabel, itemName } from '../describe';
import { cardBody } from './registry';
import type { CardContext } from './parts';

/**
 * `focus`: move focus to the title when an item opens (not for a card restored from a link).
 * `details`: the cards' details, `undefined` until loaded. Escape is handled by the shell, which
 * knows the scope of its document or shadow root.
 */
export function Card(props: { ctx: CardContext; item: Item; details: Details | undefined; focus: boolean; onClose: () => void }) {
  let title!: HTMLHeadingElement;
  let root!: HTMLElement;
  // A new item: start at its title, so keyboard and screen-reader users land on what just opened.
  createEffect(on(() => props.item.id, () => { if (props.focus) title.focus({ preventScroll: true }); root.scrollTop = 0; }));
  const detailed = createMemo(() => (props.details ? withDetails(props.item, props.details) : null));
  const titleId = `card-title-${createUniqueId()}`;
  return (
    <article ref={root} class="card" aria-labelledby={titleId} data-kind={props.item.kind} data-id={props.item.id} data-testid="card">
      <header>
        <div>
          <p class="card-kind">{itemKindLabel(props.item, props.ctx.lang)}</p>
          <h2 id={titleId} data-testid="card-title" tabindex="-1" ref={title}>{itemName(props.item, props.ctx.lang)}</h2>
        </div>
        <button type="button" class="close" aria-label={t(props.ctx.lang, 'close')} onClick={() => props.onClose()}>✕</button>
      </header>
      <Show when={detailed()} fallback={<p class="muted loading" role="status">{t(props.ctx.lang, 'loading')}</p>}>
        {(d) => (
          // Keyed on the kind: a new kind swaps the card's component; a new item of the same kind updates it.
          <Show when={d().kind} keyed>
            {(kind) => { const Body = cardBody(kind); return <Body ctx={props.ctx} item={d()} />; }}
          </Show>
        )}
      </Show>
    </article>
  );
}
