/**
 * "打印 / Print": loads the handout (Handout.tsx, its own chunk with the static map, the QR encoder
 * and print.css), mounts it under <body> (hidden on screen), waits for its data, QR code and fonts,
 * then opens the browser's print dialog. Once mounted it stays, following the language and the view.
 *
 * The browser's own Ctrl+P (`beforeprint`) mounts it too, but a browser takes its print snapshot as
 * soon as `beforeprint` returns, before any module can load: a Ctrl+P before the handout was ever
 * prepared prints the page as it is on screen (the handout is mounted then, so the next Ctrl+P
 * prints the handout). Hovering or focusing the button starts loading the module ahead of a click.
 */
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { Dataset } from '../../domain/dataset';
import type { Lang } from '../../domain/types';
import { t } from '../../i18n/strings';
import type { HandoutHandle } from './Handout';
import { loadDetails } from '../../data/load';

type HandoutModule = typeof import('./Handout');

export interface PrintButtonProps {
  dataset: Dataset;
  lang: Lang;
  /** The online map's link of the current view (the share link): the handout's QR code opens it. */
  url: string;
  /** The button's class (default: the top bar's `top-button`). */
  class?: string;
}

/** How long a click waits for the handout before printing what there is. */
const READY_TIMEOUT_MS = 15_000;

export function PrintButton(props: PrintButtonProps) {
  const [mod, setMod] = createSignal<HandoutModule>();
  const [busy, setBusy] = createSignal(false);
  const L = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  let loading: Promise<HandoutModule> | null = null;
  // The handout cites the documents, which come with the cards' details: both before it mounts.
  const load = () => (loading ??= Promise.all([import('./Handout'), loadDetails()]).then(([m]) => m).catch((e: unknown) => { loading = null; throw e; }));
  let mounted: Promise<HandoutHandle> | null = null;
  let gotHandle: (h: HandoutHandle) => void = () => {};
  /** Mounts the handout (once); resolves with its handle when it is in the page. */
  const mount = () => (mounted ??= new Promise<HandoutHandle>((resolve, reject) => {
    gotHandle = resolve;
    load().then((m) => setMod(() => m), (e: unknown) => { mounted = null; reject(e); });
  }));

  const print = async () => {
    if (busy()) return;
    setBusy(true);
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((r) => { timer = setTimeout(() => { console.warn('handout: printing before all of it loaded'); r(); }, READY_TIMEOUT_MS); });
      await Promise.race([mount().then((h) => h.ready()), late]).finally(() => clearTimeout(timer));
      window.print();
    } catch (e) {
      console.warn(`the handout could not be prepared: ${String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  onMount(() => {
    // Ctrl+P: too late for this print if the handout was never mounted (see above), in time for the next.
    const before = () => { mount().catch(() => {}); };
    window.addEventListener('beforeprint', before);
    onCleanup(() => window.removeEventListener('beforeprint', before));
  });

  return (
    <>
      <button type="button" class={props.class ?? 'top-button'} title={L('printLabel')}
        aria-busy={busy()} data-testid="print-button"
        onClick={print} onPointerEnter={() => { load().catch(() => {}); }} onFocus={() => { load().catch(() => {}); }}>
        {busy() ? L('printPreparing') : L('print')}
      </button>
      <Show when={mod()}>
        {(m) => {
          // A plain component call (not <Dynamic>, whose attribute spreading would grow the first load).
          const Handout = m().Handout;
          return (
            <Portal mount={document.body} ref={(el: HTMLDivElement) => { el.className = 'g60-print'; }}>
              <Handout dataset={props.dataset} lang={props.lang} url={props.url} onHandle={(h) => gotHandle(h)} />
            </Portal>
          );
        }}
      </Show>
    </>
  );
}
