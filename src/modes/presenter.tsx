/**
 * Presenter: staff step through the tour's chapters (data/tour.json) with the keyboard or a
 * presentation clicker — PageDown/PageUp, arrow keys, Space/Shift+Space; Home and End; B or `.`
 * blanks the screen and any key brings it back; P plays the chapters by themselves — or jump to any
 * chapter from a list. A counter and the caption always show; the address holds the chapter
 * (`ch=<id>`, replaced, never a new history entry) so a link opens it.
 */
import { Show, createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { render } from 'solid-js/web';
import { App } from '../app/App';
import { documentHost, type Host } from '../app/host';
import { fullPadding, linkTo } from '../app/layout';
import { createSession } from '../app/session';
import { createTourPlayer } from '../app/tour-player';
import { viewFromUrl } from '../app/view-from-url';
import { loadTour } from '../data/load';
import type { Chapter } from '../domain/tour';
import { propsOf, type Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { t } from '../i18n/more-strings';
import { DEFAULT_VIEW } from '../state/view';
import { ChapterList } from '../ui/ChapterList';
import { TourCaption } from '../ui/TourCaption';
import '../ui/presenter.css';
import type { Mode } from './mode';
import { PRESENTER_PARAMS, chapterQuery, parsePresenterParams } from './presenter-params';

const chapters = await loadTour();

/** The full layout's padding, keeping framed things clear of the caption bar too. */
const presenterPadding = (el: HTMLElement) => { const p = fullPadding(el); return { ...p, bottom: Math.max(p.bottom ?? 0, Math.round(el.clientHeight * 0.14)) }; };

/** A chapter's name in the list: its card's name, else its caption up to the first colon. */
export function chapterTitle(ds: Dataset, ch: Chapter, lang: Lang): string {
  const item = ch.card ? ds.byId.get(ch.card) : undefined;
  if (item) return propsOf(item).name[lang];
  return ch.caption[lang].split(/[：:]/)[0]!.trim();
}

export const presenter: Mode = {
  id: 'presenter',
  enter(ctx) {
    const { dataset: ds, config } = ctx;
    return render(() => {
      const automated = typeof navigator !== 'undefined' && navigator.webdriver === true;
      const opened = parsePresenterParams(ctx.search, chapters.map((c) => c.id), automated);
      for (const w of opened.warnings) console.warn(w);
      const initial = viewFromUrl(ds, config, ctx.search, PRESENTER_PARAMS);
      const session = createSession(ds, config, initial, { ...DEFAULT_VIEW, lang: initial.lang });
      const [state] = session.store;
      ctx.onStart?.(session);
      // The app writes no history; the presenter keeps the chapter in the address by replacing it.
      const page = ctx.host ?? documentHost({ history: true });
      const address = page.history;
      const host: Host = { ...page, history: null };
      const player = createTourPlayer({ chapters, session, pace: opened.pace });
      player.go(opened.chapter);
      // While the tour plays by itself the address follows at most once a second (browsers throttle
      // history calls); a step by hand writes it at once.
      let written = 0, pending: ReturnType<typeof setTimeout> | undefined;
      const write = () => { pending = undefined; written = performance.now(); address?.replace(chapterQuery(ctx.search, chapters[player.index()]!.id)); };
      createEffect(on(player.index, () => {
        if (pending !== undefined) return;
        const wait = player.playing() ? written + 1000 - performance.now() : 0;
        if (wait <= 0) write(); else pending = setTimeout(write, wait);
      }));
      onCleanup(() => clearTimeout(pending));
      onCleanup(() => player.dispose());

      const [blank, setBlank] = createSignal(false);
      const toggle = () => (player.playing() ? player.stop() : player.start(player.index()));
      let root!: HTMLDivElement;
      onMount(() => {
        const scope = root.getRootNode() as Document | ShadowRoot;
        // Capture: the presenter's keys win over the map's own keyboard panning.
        const onKey = (e: KeyboardEvent) => {
          if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
          if (blank()) { e.preventDefault(); e.stopPropagation(); setBlank(false); return; }
          const target = e.composedPath()[0];
          const el = target instanceof Element ? target : null;
          if (el?.closest('input, textarea, select, [contenteditable="true"], .chapter-panel, [role="dialog"]')) return;
          let act: (() => void) | null = null;
          switch (e.key) {
            case 'PageDown': case 'ArrowRight': case 'ArrowDown': act = player.next; break;
            case 'PageUp': case 'ArrowLeft': case 'ArrowUp': act = player.prev; break;
            case ' ':
              if (el?.closest('button, a, [role="tab"]')) return; // Space still presses a focused button
              act = e.shiftKey ? player.prev : player.next; break;
            case 'Home': act = player.home; break;
            case 'End': act = () => player.go(chapters.length - 1); break;
            case 'b': case 'B': case '.': act = () => setBlank(true); break;
            case 'p': case 'P': act = toggle; break;
          }
          if (!act) return;
          e.preventDefault();
          e.stopPropagation();
          act();
        };
        scope.addEventListener('keydown', onKey as EventListener, true);
        onCleanup(() => scope.removeEventListener('keydown', onKey as EventListener, true));
      });
      const L = (k: Parameters<typeof t>[1]) => t(state.lang, k);
      return (
        <div ref={root} class="presenter" data-tour-step={player.steps()} data-chapter={chapters[player.index()]?.id}>
          <App dataset={ds} config={config} store={session.store} intents={session.intents} initial={initial} host={host}
            layout={{
              kind: 'full', search: true, panel: true, padding: presenterPadding, siteBase: ctx.base,
              shareUrl: (v) => linkTo(config.shareBase ?? ctx.base, v),
            }} />
          <div class="presenter-bar">
            <TourCaption lang={state.lang} index={player.index()} total={chapters.length} caption={chapters[player.index()]!.caption} />
            <div class="presenter-controls">
              <button type="button" class="tour-button" aria-pressed={player.playing()} data-testid="tour-play" title={L('presenterKeys')}
                onClick={toggle}>{player.playing() ? L('tourPause') : L('tourPlay')}</button>
              <ChapterList lang={state.lang} titles={chapters.map((c) => chapterTitle(ds, c, state.lang))} current={player.index()} pick={(i) => player.go(i)} />
            </div>
          </div>
          <Show when={blank()}>
            <div class="presenter-blank" data-testid="presenter-blank" onClick={() => setBlank(false)} />
          </Show>
        </div>
      );
    }, ctx.root);
  },
};
