/**
 * The card of each kind (the kinds table, domain/kinds.ts, says everything else about a kind).
 * TypeScript refuses a kind without a card.
 */
import { lazy, type Component } from 'solid-js';
import type { DetailedItem, DetailedItemOf } from '../../domain/dataset';
import type { KindId } from '../../domain/kinds';
import type { CardContext } from './parts';

export type CardBody<K extends KindId> = Component<{ ctx: CardContext; item: DetailedItemOf<K> }>;

// The cards are not part of the page's first load: the zone's cards come as one chunk, fetched with
// the cards' details (`preloadCards`); the plan's paths and actions when one is first opened.
const zoneCards = () => import('./zone-cards');
/** Starts fetching the zone's cards (the shell calls it when it fetches the cards' details). */
export const preloadCards = (): void => { void zoneCards(); };
// The context's cards come with the context (loaded on demand): a chunk of their own.
const contextCards = () => import('./ContextCards');

export const CARDS: { [K in KindId]: CardBody<K> } = {
  area: lazy(() => zoneCards().then((m) => ({ default: m.AreaBody }))),
  place: lazy(() => zoneCards().then((m) => ({ default: m.PlaceBody }))),
  project: lazy(() => zoneCards().then((m) => ({ default: m.ProjectBody }))),
  cluster: lazy(() => zoneCards().then((m) => ({ default: m.ClusterBody }))),
  path: lazy(() => import('./StrategyCard')),
  action: lazy(() => import('./StrategyCard')),
  'context-area': lazy(() => contextCards().then((m) => ({ default: m.ContextAreaCard }))),
  'context-place': lazy(() => contextCards().then((m) => ({ default: m.ContextPlaceCard }))),
  scene: lazy(() => contextCards().then((m) => ({ default: m.SceneCard }))),
  programme: lazy(() => contextCards().then((m) => ({ default: m.ProgrammeCard }))),
};

/** The card body of an item, whatever its kind. */
export function cardBody(kind: KindId): Component<{ ctx: CardContext; item: DetailedItem }> {
  // The item's kind picks the card, so each card gets the item type it declares.
  return CARDS[kind] as Component<{ ctx: CardContext; item: DetailedItem }>;
}
