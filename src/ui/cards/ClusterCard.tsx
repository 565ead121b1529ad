import { Show, createMemo } from 'solid-js';
import type { ClusterDetails, LightCluster } from '../../domain/types';
import { clusterMembers } from '../../domain/derive';
import { t } from '../../i18n/strings';
import { ItemList, Sources, TextList, NamedIn, PlanFacts, type CardContext } from './parts';

/** Cluster card: what the plan sets out, leading enterprises, platforms, its places and projects. */
export function ClusterCard(props: { ctx: CardContext; cluster: LightCluster; details: ClusterDetails }) {
  const members = createMemo(() => clusterMembers(props.ctx.dataset, props.cluster.id));
  const L = (k: Parameters<typeof t>[1]) => t(props.ctx.lang, k);
  return (
    <>
      <Show when={props.details.title}>{(title) => <p class="subtitle">{title()[props.ctx.lang]}</p>}</Show>
      <section class="card-section">
        <h3>{L('planSays')}</h3>
        <p class="summary">{props.details.summary[props.ctx.lang]}</p>
      </section>
      <TextList lang={props.ctx.lang} title={L('leadingEnterprises')} items={props.details.enterprises} />
      <TextList lang={props.ctx.lang} title={L('platforms')} items={props.details.platforms} />
      <ItemList ctx={props.ctx} title={L('projects')} ids={members().projects.map((f) => f.properties.id)} showKind testid="cluster-projects" />
      <ItemList ctx={props.ctx} title={L('places')} ids={members().places.map((f) => f.properties.id)} showKind testid="cluster-places" />
      <NamedIn ctx={props.ctx} id={props.cluster.id} />
      <PlanFacts ctx={props.ctx} id={props.cluster.id} />
      <Sources ctx={props.ctx} sources={props.cluster.sources} />
    </>
  );
}
