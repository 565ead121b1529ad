/**
 * The 11 development indicators of 表1 with their 2025 targets and, when filled in, current values.
 * They are not part of the first load: the panel waits for `loadIndicators` (App starts it along
 * with this module, so they normally arrive together).
 */
import { For, Show, createResource } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { loadIndicators, loadStrategy } from '../data/load';
import { t } from '../i18n/more-strings';
import { citationText } from './describe';

export function Indicators(props: { dataset: Dataset; lang: Lang }) {
  const [indicators] = createResource(loadIndicators);
  // 表1's footnote (strategy.json), loaded on demand like the table.
  const [strategy] = createResource(() => loadStrategy().catch(() => null));
  const L = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  const doc = () => props.dataset.documents.get('g60-plan');
  const paren = (x: string) => (props.lang === 'zh' ? `（${x}）` : `(${x})`);
  return (
    <section class="indicators" aria-label={L('indicatorsTitle')} data-testid="indicators">
      <h2>{L('indicatorsTitle')}</h2>
      <Show when={indicators()} fallback={<p class="muted loading" role="status">{L('loading')}</p>}>
        {(list) => (
          <div class="table-wrap">
            <table>
              <thead>
                <tr><th scope="col">{L('seq')}</th><th scope="col">{L('category')}</th><th scope="col">{L('indicator')}</th><th scope="col">{L('unit')}</th><th scope="col">{L('target2025')}</th><th scope="col">{L('current')}</th></tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(i) => (
                    <tr data-indicator={i.id}>
                      <td>{i.seq}</td>
                      <td>{i.category[props.lang]}</td>
                      <th scope="row">{i.name[props.lang]} <span class="muted">{paren(i.attribute[props.lang])}</span></th>
                      <td>{i.unit[props.lang]}</td>
                      <td class="target">{i.target2025[props.lang]}</td>
                      <td>
                        <Show when={i.current} fallback={<span class="muted">{L('notReported')}</span>}>
                          {(c) => <>{c().value} <span class="muted">{paren(`${c().date}${props.lang === 'zh' ? '，' : ', '}${c().source[props.lang]}`)}</span></>}
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
      <Show when={strategy()?.indicatorNote}>
        {(n) => <p class="note" data-testid="indicator-note">{L('note')}{props.lang === 'zh' ? '：' : ': '}{n().text[props.lang]}</p>}
      </Show>
            <Show when={doc()}><p class="sources">{L('sources')}{props.lang === 'zh' ? '：' : ': '}{citationText(props.dataset.documents, [{ doc: 'g60-plan', section: '表1' }], props.lang)}</p></Show>
    </section>
  );
}
