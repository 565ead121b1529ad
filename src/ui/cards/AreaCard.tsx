import { Show, createMemo } from 'solid-js';
import type { AreaDetails, LightAreaFeature } from '../../domain/types';
import { clustersIn, contentsOf, subAreas } from '../../domain/derive';
import { t } from '../../i18n/strings';
import { AccuracyNote, ItemLink, ItemList, Row, Sources, NamedIn, PlanFacts, type CardContext } from './parts';

/** Area card: summary, sub-areas, size, clusters present, the places and projects inside. */
export function AreaCard(props: { ctx: CardContext; feature: LightAreaFeature; details: AreaDetails }) {
  const p = () => props.feature.properties;
  const ds = () => props.ctx.dataset;
  const inside = createMemo(() => contentsOf(ds(), p().id));
  const subs = createMemo(() => subAreas(ds(), p().id).map((a) => a.properties.id));
  const km2 = () => ds().areaKm2.get(p().id) ?? 0;
  const L = (k: Parameters<typeof t>[1]) => t(props.ctx.lang, k);
  return (
    <>
      <p class="summary">{props.details.summary[props.ctx.lang]}</p>
      <dl class="facts">
        <Show when={p().parent}>{(parent) => <Row label={L('partOf')}><ItemLink ctx={props.ctx} id={parent()} /></Row>}</Show>
        <Row label={L('areaSize')}>
          <span data-testid="area-km2">{km2().toFixed(1)} km²</span> <span class="muted">（{L('areaSizeNote')}）</span>
        </Row>
      </dl>
      <Show when={subs().length > 0}><ItemList ctx={props.ctx} title={L('subAreas')} ids={subs()} /></Show>
      <ItemList ctx={props.ctx} title={L('clustersPresent')} ids={clustersIn(ds(), p().id).map((c) => c.id)} testid="area-clusters" />
      <ItemList ctx={props.ctx} title={L('projects')} ids={inside().projects.map((f) => f.properties.id)} showKind testid="area-projects" />
      <ItemList ctx={props.ctx} title={L('places')} ids={inside().places.map((f) => f.properties.id)} showKind testid="area-places" />
      <NamedIn ctx={props.ctx} id={p().id} />
      <PlanFacts ctx={props.ctx} id={p().id} />
      <AccuracyNote lang={props.ctx.lang} accuracy={p().accuracy} note={props.details.accuracyNote} />
      <Sources ctx={props.ctx} sources={p().sources} />
    </>
  );
}
