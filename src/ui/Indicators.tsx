/**
 * The 11 development indicators of 表1 with their 2025 targets and, when filled in, current values;
 * then the indicator tables of 35号 (the new city) and 299号 (the district), every cell as printed,
 * each labelled by the geography it covers, since the same measure has different targets in
 * different documents. Not part of the first load: the panel waits for `loadIndicators` and
 * `loadPlans` (App starts them along with this module, so they normally arrive together).
 */
import { For, Show, createResource } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { IndicatorTable, Lang } from '../domain/types';
import { loadIndicators, loadPlans, loadStrategy } from '../data/load';
import { tc as t, type ContextStringKey as StringKey } from '../i18n/context-strings';
import { citationText, docShortName } from './describe';

/** The geography a table or document covers, as a UI string key. */
export const geographyKey = (g: IndicatorTable['geography']): StringKey => (g === 'zone' ? 'geographyZone' : g === 'new-city' ? 'geographyNew-city' : 'geographyDistrict');

/** One of the other documents' tables: its columns as printed, every cell as written (English where given). */
function PlanTable(props: { ds: Dataset; table: IndicatorTable; lang: Lang }) {
  const L = (k: StringKey) => t(props.lang, k);
  const doc = () => props.ds.documents.get(props.table.doc);
  const headId = () => `ind-${props.table.id}`;
  return (
    <section class="plan-table" data-table={props.table.id} data-geography={props.table.geography} aria-labelledby={headId()}>
      <h3 id={headId()}>
        <span class="geo">{L('coverage')}{props.lang === 'zh' ? '：' : ': '}{L(geographyKey(props.table.geography))}</span>{' '}
        {props.table.title[props.lang]}
      </h3>
      <div class="table-wrap">
        <table>
          <thead><tr><For each={props.table.columns}>{(c) => <th scope="col">{c.label[props.lang]}</th>}</For></tr></thead>
          <tbody>
            <For each={props.table.rows}>
              {(r) => (
                <tr data-row={r.id}>
                  <For each={props.table.columns}>
                    {(c) => {
                      const text = () => (props.lang === 'en' ? r.en?.[c.key] ?? r.cells[c.key] : r.cells[c.key]);
                      return c.key === 'name' ? <th scope="row">{text()}</th> : <td classList={{ target: c.key === 'target' }}>{text()}</td>;
                    }}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={doc()}>{(d) => <p class="sources">{L('sources')}{props.lang === 'zh' ? '：' : ': '}《{d().title}》（{d().number}）· {props.table.section}</p>}</Show>
    </section>
  );
}

export function Indicators(props: { dataset: Dataset; lang: Lang }) {
  const [indicators] = createResource(loadIndicators);
  const [plans] = createResource(loadPlans);
  // 表1's footnote (strategy.json), loaded on demand like the table.
  const [strategy] = createResource(() => loadStrategy().catch(() => null));
  const L = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  const doc = () => props.dataset.documents.get('g60-plan');
  const paren = (x: string) => (props.lang === 'zh' ? `（${x}）` : `(${x})`);
  return (
    <section class="indicators" aria-label={L('indicatorsTitle')} data-testid="indicators">
      <h2>{L('indicatorsTitle')}</h2>
      <p class="geo" data-geography="zone">{L('coverage')}{props.lang === 'zh' ? '：' : ': '}{L('geographyZone')} · {docShortName(props.dataset, 'g60-plan', props.lang)} 表1</p>
      <Show when={indicators()} fallback={<p class="muted loading" role="status">{L('loading')}</p>}>
        {(list) => (
          <div class="table-wrap">
            <table>
              <thead>
                <tr><th scope="col">{L('seq')}</th><th scope="col">{L('category')}</th><th scope="col">{L('indicator')}</th><th scope="col">{L('unit')}</th><th scope="col">{L('target2025')}</th><th scope="col">{L('current')}</th></tr>
              </thead>
              <tbody data-table="g60-plan-table1">
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
      <Show when={plans()}>
        {(p) => (
          <section class="plan-tables" aria-label={L('indicatorTables')}>
            <h2>{L('indicatorTables')}</h2>
            <For each={p().tables.filter((tb) => tb.doc !== 'g60-plan')}>{(tb) => <PlanTable ds={props.dataset} table={tb} lang={props.lang} />}</For>
          </section>
        )}
      </Show>
    </section>
  );
}
