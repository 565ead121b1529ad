/**
 * The presenter's list of chapters: a button that opens a panel of every chapter, each a button
 * that jumps there. Keyboard: Tab/arrow keys move, Enter picks, Escape closes (focus returns to the
 * button).
 */
import { For, Show, createEffect, createSignal, createUniqueId, on } from 'solid-js';
import type { Lang } from '../domain/types';
import { t } from '../i18n/more-strings';

export function ChapterList(props: { lang: Lang; titles: readonly string[]; current: number; pick: (i: number) => void }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  let button!: HTMLButtonElement, list!: HTMLOListElement;
  const items = () => [...list.querySelectorAll<HTMLButtonElement>('button')];
  createEffect(on(open, (o) => { if (o) items()[props.current]?.focus(); }, { defer: true }));
  const close = (refocus = true) => { setOpen(false); if (refocus) button.focus(); };
  const onKey = (e: KeyboardEvent) => {
    const all = items(), at = all.indexOf(e.target as HTMLButtonElement);
    const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : null;
    if (e.key === 'Escape') { e.preventDefault(); close(); }
    else if (to !== null) { e.preventDefault(); all[Math.max(0, Math.min(all.length - 1, to))]?.focus(); }
    // The presenter's own keys stay out of the open list.
    e.stopPropagation();
  };
  return (
    <div class="chapter-list">
      <button ref={button} type="button" class="tour-button" aria-expanded={open()} aria-controls={id} data-testid="chapter-list-button"
        onClick={() => setOpen(!open())}>{t(props.lang, 'chapters')}</button>
      <Show when={open()}>
        <nav id={id} class="chapter-panel" aria-label={t(props.lang, 'chapters')} onKeyDown={onKey}>
          <ol ref={list}>
            <For each={props.titles}>
              {(title, i) => (
                <li><button type="button" aria-current={i() === props.current ? 'step' : undefined} data-chapter={i()}
                  onClick={() => { close(false); props.pick(i()); }}>{title}</button></li>
              )}
            </For>
          </ol>
        </nav>
      </Show>
    </div>
  );
}
