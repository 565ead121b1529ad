/**
 * The 规划 / Plan panel: what 建设方案 (松科委〔2022〕36号) sets out beyond the map's items — its
 * baseline counts (一 发展基础), the goals that are not rows of 表1 (三 发展目标) and its guarantees
 * (七 保障机制), each cited. Loaded with strategy.json on demand, not with the page.
 */
import { For, Show, createResource } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { loadStrategy } from '../data/load';
import { t, type StringKey } from '../i18n/more-strings';
import { ItemLink, Sources, type CardContext } from './cards/parts';
import { Documents } from './plans/Documents';

export function PlanPanel(props: { dataset: Dataset; lang: Lang; open: (id: string) => void }) {
  const [strategy] = createResource(loadStrategy);
  const L = (k: StringKey) => t(props.lang, k);
  const ctx = (): CardContext => ({ dataset: props.dataset, lang: props.lang, open: props.open });
  const About = (p: { ids?: readonly string[] }) => (
    <Show when={(p.ids ?? []).length > 0}>
      <span class="about"><For each={p.ids}>{(id) => <ItemLink ctx={ctx()} id={id} />}</For></span>
    </Show>
  );
  return (
    <section class="plan" aria-label={L('planTitle')} data-testid="plan-panel">
      <h2>{L('planTitle')}</h2>
      <Show when={strategy()} fallback={<p class="muted loading" role="status">{L('loading')}</p>}>
        {(s) => (
          <>
            <section class="plan-section" data-testid="plan-baseline">
              <h3>{L('baseline')}</h3>
              <dl class="figures">
                <For each={s().baseline}>
                  {(b) => <div class="figure" data-fact={b.id}><dt>{b.label[props.lang]} <About ids={b.about} /></dt><dd>{b.value[props.lang]}</dd></div>}
                </For>
              </dl>
            </section>
            <section class="plan-section" data-testid="plan-goals">
              <h3>{L('goals')}</h3>
              <ul class="plain">
                <For each={s().goals}>
                  {(g) => (
                    <li data-fact={g.id}>
                      <p>{g.text[props.lang]} <About ids={g.about} /></p>
                      <Show when={(g.figures ?? []).length > 0}>
                        <dl class="figures"><For each={g.figures}>{(f) => <div class="figure"><dt>{f.label[props.lang]}</dt><dd>{f.value[props.lang]}</dd></div>}</For></dl>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </section>
            <section class="plan-section" data-testid="plan-guarantees">
              <h3>{L('guarantees')}</h3>
              <For each={s().guarantees}>
                {(g) => (
                  <article class="guarantee" data-fact={g.id}>
                    <h4>{g.title[props.lang]}</h4>
                    <p>{g.summary[props.lang]}</p>
                    <Show when={(g.mentions?.enterprises ?? []).length > 0}>
                      <p class="muted">{L('enterprisesNamed')}{props.lang === 'zh' ? '：' : ': '}{g.mentions!.enterprises!.map((e) => e[props.lang]).join(props.lang === 'zh' ? '、' : ', ')}</p>
                    </Show>
                  </article>
                )}
              </For>
            </section>
            <Sources ctx={ctx()} sources={[...new Map([...s().baseline, ...s().goals, ...s().guarantees].flatMap((x) => x.sources).map((c) => [`${c.doc} ${c.section}`, c])).values()]} />
          </>
        )}
      </Show>
      <Documents dataset={props.dataset} lang={props.lang} />
    </section>
  );
}
