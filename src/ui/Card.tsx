/** The card of the selected item: Solid DOM over the map. */
import { For, Show, createMemo } from 'solid-js';
import type { Dataset, Item } from '../data/dataset';
import type { Citation, Lang } from '../domain/types';
import { t } from '../i18n/strings';

function Sources(props: { dataset: Dataset; sources: Citation[]; lang: Lang }) {
  return (
    <footer class="sources">
      <h3>{props.lang === 'zh' ? '来源' : 'Sources'}</h3>
      <ul>
        <For each={props.sources}>
          {(s) => {
            const d = props.dataset.documents.get(s.doc);
            return <li>{d ? `${d.title}（${d.number}）` : s.doc} · {s.section}</li>;
          }}
        </For>
      </ul>
    </footer>
  );
}

export function Card(props: { dataset: Dataset; item: Item; lang: Lang; onClose: () => void }) {
  const p = createMemo(() => (props.item.kind === 'cluster' ? null : props.item.feature.properties));
  const name = () => (props.item.kind === 'cluster' ? props.item.cluster.name : p()!.name)[props.lang];
  return (
    <article class="card" role="dialog" aria-labelledby="card-title" data-kind={props.item.kind}>
      <header>
        <h2 id="card-title">{name()}</h2>
        <button type="button" class="close" aria-label={props.lang === 'zh' ? '关闭' : 'Close'} onClick={() => props.onClose()}>✕</button>
      </header>
      <Show when={p()}>
        {(props2) => (
          <>
            <Show when={'summary' in props2()}>
              <p>{(props2() as { summary: { zh: string; en: string } }).summary[props.lang]}</p>
            </Show>
            <Show when={props.item.kind === 'area'}>
              <p class="figure">{props.lang === 'zh' ? '示意面积' : 'Schematic area'}: {props.dataset.areaKm2.get(props.item.id)?.toFixed(1)} km²</p>
            </Show>
            <p class="accuracy" data-accuracy={props2().accuracy}>
              <strong>{t(props.lang, props2().accuracy)}</strong> — {props2().accuracyNote[props.lang]}
            </p>
            <Sources dataset={props.dataset} sources={props2().sources} lang={props.lang} />
          </>
        )}
      </Show>
    </article>
  );
}
