import { For, Show, createMemo } from 'solid-js';
import { ENTERPRISE_ROLES, type ClusterDetails, type LightCluster } from '../../domain/types';
import { clusterMembers } from '../../domain/derive';
import { ENTERPRISE_ROLE_NAMES, t } from '../../i18n/more-strings';
import { ItemList, Sources, TextList, NamedIn, PlanFacts, type CardContext } from './parts';

/** Cluster card: what the plan sets out, its enterprises by the role the plan gives them, platforms, its places and projects. */
export function ClusterCard(props: { ctx: CardContext; cluster: LightCluster; details: ClusterDetails }) {
  const members = createMemo(() => clusterMembers(props.ctx.dataset, props.cluster.id));
  const L = (k: Parameters<typeof t>[1]) => t(props.ctx.lang, k);
  const byRole = createMemo(() => ENTERPRISE_ROLES
    .map((role) => ({ role, items: props.details.enterprises.filter((e) => e.role === role).map((e) => e.name) }))
    .filter((g) => g.items.length > 0));
  return (
    <>
      <Show when={props.details.title}>{(title) => <p class="subtitle">{title()[props.ctx.lang]}</p>}</Show>
      <section class="card-section">
        <h3>{L('planSays')}</h3>
        <p class="summary">{props.details.summary[props.ctx.lang]}</p>
      </section>
      <div data-testid="cluster-enterprises">
        <For each={byRole()}>
          {(g) => <TextList lang={props.ctx.lang} title={ENTERPRISE_ROLE_NAMES[g.role][props.ctx.lang]} items={g.items} role={g.role} />}
        </For>
      </div>
      <TextList lang={props.ctx.lang} title={L('platforms')} items={props.details.platforms} />
      <ItemList ctx={props.ctx} title={L('projects')} ids={members().projects.map((f) => f.properties.id)} showKind testid="cluster-projects" />
      <ItemList ctx={props.ctx} title={L('places')} ids={members().places.map((f) => f.properties.id)} showKind testid="cluster-places" />
      <NamedIn ctx={props.ctx} id={props.cluster.id} />
      <PlanFacts ctx={props.ctx} id={props.cluster.id} />
      <Sources ctx={props.ctx} sources={props.cluster.sources} />
    </>
  );
}
