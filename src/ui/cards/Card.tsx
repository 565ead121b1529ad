/**
 * The card of the selected item: Solid DOM over the map (a sidebar on wide screens, a bottom sheet
 * on phones). Focus moves to its title when it opens; Escape or ✕ closes it.
 */
import { Match, Switch, createEffect, on, onCleanup } from 'solid-js';
import type { Item } from '../../domain/dataset';
import { t } from '../../i18n/strings';
import { itemKindLabel, itemName } from '../describe';
import { AreaCard } from './AreaCard';
import { ClusterCard } from './ClusterCard';
import { PlaceCard } from './PlaceCard';
import { ProjectCard } from './ProjectCard';
import type { CardContext } from './parts';

/** `focus`: move focus to the title when an item opens (not for a card restored from a link). */
export function Card(props: { ctx: CardContext; item: Item; focus: boolean; onClose: () => void }) {
  let title!: HTMLHeadingElement;
  let root!: HTMLElement;
  // A new item: start at its title, so keyboard and screen-reader users land on what just opened.
  createEffect(on(() => props.item.id, () => { if (props.focus) title.focus({ preventScroll: true }); root.scrollTop = 0; }));
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); props.onClose(); }
  };
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));
  return (
    <article ref={root} class="card" aria-labelledby="card-title" data-kind={props.item.kind} data-id={props.item.id} data-testid="card">
      <header>
        <div>
          <p class="card-kind">{itemKindLabel(props.item, props.ctx.lang)}</p>
          <h2 id="card-title" tabindex="-1" ref={title}>{itemName(props.item, props.ctx.lang)}</h2>
        </div>
        <button type="button" class="close" aria-label={t(props.ctx.lang, 'close')} onClick={() => props.onClose()}>✕</button>
      </header>
      <Switch>
        <Match when={props.item.kind === 'area' && props.item}>{(i) => <AreaCard ctx={props.ctx} feature={(i() as Extract<Item, { kind: 'area' }>).feature} />}</Match>
        <Match when={props.item.kind === 'place' && props.item}>{(i) => <PlaceCard ctx={props.ctx} feature={(i() as Extract<Item, { kind: 'place' }>).feature} />}</Match>
        <Match when={props.item.kind === 'project' && props.item}>{(i) => <ProjectCard ctx={props.ctx} feature={(i() as Extract<Item, { kind: 'project' }>).feature} />}</Match>
        <Match when={props.item.kind === 'cluster' && props.item}>{(i) => <ClusterCard ctx={props.ctx} cluster={(i() as Extract<Item, { kind: 'cluster' }>).cluster} />}</Match>
      </Switch>
    </article>
  );
}
