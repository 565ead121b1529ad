/**
 * Search over every area, place, project and cluster in Chinese, pinyin and English: an ARIA
 * combobox with a listbox of results that shows each result's kind and area.
 */
import { For, Show, createMemo, createResource, createSignal, createUniqueId } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { loadContext } from './context';

/** The index and its pinyin table load on first use of the box, not with the page. */
async function loadIndex(ds: Dataset) {
  // The context loaded on demand is searched too: wait for it (a failure leaves the zone searchable).
  const [{ default: pinyin }, { buildSearchEntries, search }] = await Promise.all([import('virtual:g60-pinyin'), import('../domain/search'), loadContext().catch(() => undefined)]);
  const entries = buildSearchEntries(ds, pinyin);
  return (q: string, limit: number) => search(entries, q, limit);
}
import { t } from '../i18n/strings';
import { itemAreaName, itemKindLabel, itemName } from './describe';

export function SearchBox(props: { dataset: Dataset; lang: Lang; open: (id: string) => void }) {
  const [wanted, setWanted] = createSignal(false);
  const [find] = createResource(wanted, () => loadIndex(props.dataset));
  const [query, setQuery] = createSignal('');
  const [active, setActive] = createSignal(0);
  const [expanded, setExpanded] = createSignal(false);
  const results = createMemo(() => find()?.(query(), 12) ?? []);
  const L = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  let input!: HTMLInputElement;
  const id = `search-${createUniqueId()}`;

  const choose = (id: string) => {
    setExpanded(false);
    setQuery('');
    props.open(id);
  };
  const onKey = (e: KeyboardEvent) => {
    const n = results().length;
    if (e.key === 'ArrowDown' && n) { e.preventDefault(); setExpanded(true); setActive((a) => (a + 1) % n); }
    else if (e.key === 'ArrowUp' && n) { e.preventDefault(); setExpanded(true); setActive((a) => (a - 1 + n) % n); }
    else if (e.key === 'Enter' && n && expanded()) { e.preventDefault(); choose(results()[active()]!.id); }
    else if (e.key === 'Escape' && (expanded() || query())) { e.preventDefault(); setExpanded(false); setQuery(''); }
  };
  return (
    <div class="search" role="search">
      <label for={`${id}-input`} class="visually-hidden">{L('searchLabel')}</label>
      <input
        id={`${id}-input`} ref={input} data-focus-fallback data-testid="search-input" type="search" autocomplete="off" spellcheck={false}
        role="combobox" aria-autocomplete="list" aria-controls={`${id}-results`}
        aria-expanded={expanded() && query().trim() !== ''}
        aria-activedescendant={expanded() && results().length ? `${id}-opt-${active()}` : undefined}
        placeholder={L('searchPlaceholder')} value={query()}
        onInput={(e) => { setWanted(true); setQuery(e.currentTarget.value); setActive(0); setExpanded(true); }}
        onKeyDown={onKey}
        onFocus={() => { setWanted(true); setExpanded(true); }}
        onBlur={() => setTimeout(() => setExpanded(false), 150)}
      />
      <Show when={expanded() && query().trim() !== ''}>
        <ul id={`${id}-results`} data-testid="search-results" role="listbox" aria-label={L('searchLabel')} class="search-results">
          <For each={results()} fallback={<li class="muted" role="presentation">{L('noResults')}</li>}>
            {(r, i) => {
              const item = props.dataset.byId.get(r.id)!;
              return (
                <li id={`${id}-opt-${i()}`} role="option" aria-selected={i() === active()} data-item={r.id}
                  onMouseDown={(e) => { e.preventDefault(); choose(r.id); }} onMouseEnter={() => setActive(i())}>
                  <span class="name">{itemName(item, props.lang)}</span>
                  <span class="meta">{itemKindLabel(item, props.lang)}<Show when={itemAreaName(props.dataset, item, props.lang)}>{(a) => <> · {a()}</>}</Show></span>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <p class="visually-hidden" aria-live="polite">{query().trim() ? `${results().length} ${L('results')}` : ''}</p>
    </div>
  );
}
