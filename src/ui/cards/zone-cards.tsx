/**
 * The cards of the zone's own kinds, as card bodies: one chunk, fetched with the cards' details
 * (`preloadCards`), so no card code is part of the page's first load.
 */
import type { CardBody } from './registry';
import { AreaCard } from './AreaCard';
import { ClusterCard } from './ClusterCard';
import { PlaceCard } from './PlaceCard';
import { ProjectCard } from './ProjectCard';

export const AreaBody: CardBody<'area'> = (p) => <AreaCard ctx={p.ctx} feature={p.item.feature} details={p.item.details} />;
export const PlaceBody: CardBody<'place'> = (p) => <PlaceCard ctx={p.ctx} feature={p.item.feature} details={p.item.details} />;
export const ProjectBody: CardBody<'project'> = (p) => <ProjectCard ctx={p.ctx} feature={p.item.feature} details={p.item.details} />;
export const ClusterBody: CardBody<'cluster'> = (p) => <ClusterCard ctx={p.ctx} cluster={p.item.record} details={p.item.details} />;
