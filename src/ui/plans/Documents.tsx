/**
 * The plan documents: issuer, number and date (from seeds/register.json), the geography each
 * covers, what it says about the zone (our words), and 299号's industry system with its tiers
 * (names exact). For the 规划 / Plan panel; the data comes with `loadPlans` (data/load.ts).
 */
import { For, Show, createResource } from 'solid-js';
import type { Dataset } from '../../domain/dataset';
import type { Lang } from '../../domain/types';
import { loadPlans } from '../../data/load';
import { tc as t, type ContextStringKey as StringKey } from '../../i18n/context-strings';
import { geographyKey } from '../Indicators';

export function Documents(props: { dataset: Dataset; lang: Lang }) {
  const [plans] = createResource(loadPlans);
  const L = (k: StringKey) => t(props.lang, k);
  const colon = () => (props.lang === 'zh' ? '：' : ': ');
  const list = (xs: readonly { zh: string; en: string }[]) => xs.map((x) => x[props.lang]).join(props.lang === 'zh' ? '、' : ', ');
  return (
    <section class="plan-documents" aria-labelledby="plan-documents-title" data-testid="plan-documents">
      <h2 id="plan-documents-title">{L('documentsTitle')}</h2>
      <Show when={plans()} fallback={<p class="muted loading" role="status">{L('loading')}</p>}>
        {(p) => (
          <ol class="documents">
            <For each={p().documents}>
              {(d) => {
                const reg = () => props.dataset.documents.get(d.doc);
                return (
                  <li data-doc={d.doc} data-geography={d.geography}>
                    <h3>《{reg()?.title ?? d.doc}》</h3>
                    <dl class="facts">
                      <div class="row"><dt>{L('issuer')}</dt><dd>{reg()?.issuer}</dd></div>
                      <div class="row"><dt>{L('docNumber')}</dt><dd>{reg()?.number}</dd></div>
                      <Show when={reg()?.date}><div class="row"><dt>{L('docDate')}</dt><dd>{reg()!.date}</dd></div></Show>
                      <div class="row"><dt>{L('coverage')}</dt><dd>{L(geographyKey(d.geography))}</dd></div>
                    </dl>
                    <p><span class="muted">{L('aboutZone')}{colon()}</span>{d.about[props.lang]}</p>
                    <Show when={(d.industries ?? []).length > 0}>
                      <p data-testid="industries"><span class="muted">{L('industrySystem')}{colon()}</span>{list(d.industries!)}</p>
                    </Show>
                    <Show when={(d.industryGroups ?? []).length > 0}>
                      <ul class="plain industry-groups">
                        <For each={d.industryGroups}>{(g) => <li><strong>{g.name[props.lang]}</strong>{colon()}{list(g.members)}</li>}</For>
                      </ul>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
        )}
      </Show>
    </section>
  );
}
