import { For, Show, createMemo } from 'solid-js';
import type { LightPlaceFeature, PlaceDetails } from '../../domain/types';
import { PLACE_KIND_NAMES, t } from '../../i18n/strings';
import { AccuracyNote, ItemLink, ItemList, Row, Sources, NamedIn, type CardContext } from './parts';
import { Coordinates } from './Coordinates';

/** Place card: kind, summary, clusters, area, related projects, position, sources. */
export function PlaceCard(props: { ctx: CardContext; feature: LightPlaceFeature; details: PlaceDetails }) {
  const p = () => props.feature.properties;
  const L = (k: Parameters<typeof t>[1]) => t(props.ctx.lang, k);
  const projects = createMemo(() => props.ctx.dataset.projects.filter((f) => f.properties.place === p().id).map((f) => f.properties.id));
  return (
    <>
      <p class="summary">{props.details.summary[props.ctx.lang]}</p>
      <dl class="facts">
        <Row label={L('kind')}>{PLACE_KIND_NAMES[p().kind]![props.ctx.lang]}</Row>
        <Row label={L('clusters')}>
          <Show when={p().clusters.length > 0} fallback={L('none')}>
            <For each={p().clusters}>{(c) => <ItemLink ctx={props.ctx} id={c} />}</For>
          </Show>
        </Row>
        <Row label={L('belongsTo')}>
          <Show when={p().area} fallback={<span class="muted">{L('outsideZone')}</span>}>{(a) => <ItemLink ctx={props.ctx} id={a()} />}</Show>
        </Row>
        <Row label={L('position')}><Coordinates geometry={props.feature.geometry} /></Row>
      </dl>
      <Show when={projects().length > 0}><ItemList ctx={props.ctx} title={L('projects')} ids={projects()} showKind /></Show>
      <NamedIn ctx={props.ctx} id={p().id} />
      <AccuracyNote lang={props.ctx.lang} accuracy={p().accuracy} note={props.details.accuracyNote} />
      <Sources ctx={props.ctx} sources={p().sources} />
    </>
  );
}
