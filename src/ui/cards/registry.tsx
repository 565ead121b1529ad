/**
 * The card of each kind (the kinds table, domain/kinds.ts, says everything else about a kind).
 * TypeScript refuses a kind without a card.
 */
import { lazy, type Component } from 'solid-js';
import type { DetailedItem, DetailedItemOf } from '../../domain/dataset';
import type { KindId } from '../../domain/kinds';
import { AreaCard } from './AreaCard';
import { ClusterCard } from './ClusterCard';
import { PlaceCard } from './PlaceCard';
import { ProjectCard } from './ProjectCard';
import type { CardContext } from './parts';

export type CardBody<K extends KindId> = Component<{ ctx: CardContext; item: DetailedItemOf<K> }>;

// The context's cards come with the context (loaded on demand): a chunk of their own.
const contextCards = () => import('./ContextCards');

export const CARDS: { [K in KindId]: CardBody<K> } = {
  area: (p) => <AreaCard ctx={p.ctx} feature={p.item.feature} details={p.item.details} />,
  place: (p) => <PlaceCard ctx={p.ctx} feature={p.item.feature} details={p.item.details} />,
  project: (p) => <ProjectCard ctx={p.ctx} feature={p.item.feature} details={p.item.details} />,
  cluster: (p) => <ClusterCard ctx={p.ctx} cluster={p.item.record} details={p.item.details} />,
  // The plan's paths and actions: loaded when one is first opened, not with the page.
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
