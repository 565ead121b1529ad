/**
 * Share the current view: copy its link or scan its QR code, or take the code to embed it in
 * another site. The QR encoder and the embed generator load on demand, when this dialog is used.
 */
import { Show, createResource, createSignal, createUniqueId, lazy, onCleanup, onMount } from 'solid-js';
import type { Lang } from '../domain/types';
import type { View } from '../state/view';
import { t } from '../i18n/more-strings';

const EmbedGenerator = lazy(() => import('./EmbedGenerator').then((m) => ({ default: m.EmbedGenerator })));

async function qrSvg(url: string): Promise<string> {
  const { renderSVG } = await import('uqr');
  return renderSVG(url, { pixelSize: 4, border: 2 });
}

export interface EmbedSource {
  /** The view to embed. */
  view: View;
  /** Public site folder URL for the snippets; this site's folder for the live preview. */
  base: string;
  previewBase: string;
}

export function ShareDialog(props: { lang: Lang; url: string; embed?: EmbedSource; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const uid = createUniqueId();
  const [svg] = createResource(() => props.url, qrSvg);
  const [copied, setCopied] = createSignal(false);
  const [tab, setTab] = createSignal<'link' | 'embed'>('link');
  const L = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  onMount(() => dialog.showModal());
  onCleanup(() => dialog.open && dialog.close());
  const write = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (e.g. insecure context): select the text so the user can copy it.
      const field = dialog.querySelector<HTMLInputElement | HTMLTextAreaElement>(tab() === 'link' ? 'input' : 'textarea:focus, textarea');
      field?.select();
      document.execCommand?.('copy');
    }
  };
  const tabButton = (id: 'link' | 'embed', label: string) => (
    <button type="button" role="tab" id={`${uid}-${id}`} aria-controls={`${uid}-${id}-panel`} aria-selected={tab() === id} onClick={() => setTab(id)}>{label}</button>
  );
  return (
    <dialog ref={dialog} class="share" classList={{ wide: tab() === 'embed' }} aria-label={L('shareTitle')} onClose={() => props.onClose()} data-testid="share-dialog">
      <h2>{L('shareTitle')}</h2>
      <Show when={props.embed}>
        <div role="tablist" class="tabs" aria-label={L('shareTitle')}>{tabButton('link', L('shareLinkTab'))}{tabButton('embed', L('embedTab'))}</div>
      </Show>
      <Show when={tab() === 'link'} fallback={
        <div role="tabpanel" id={`${uid}-embed-panel`} aria-labelledby={`${uid}-embed`}>
          <EmbedGenerator lang={props.lang} view={props.embed!.view} base={props.embed!.base} previewBase={props.embed!.previewBase} copy={write} />
        </div>
      }>
        <div role={props.embed ? 'tabpanel' : undefined} id={`${uid}-link-panel`} aria-labelledby={props.embed ? `${uid}-link` : undefined}>
          <label class="visually-hidden">URL
            <input data-testid="share-url" readonly value={props.url} onFocus={(e) => e.currentTarget.select()} /></label>
          <div class="share-actions">
            <button type="button" onClick={async () => { await write(props.url); setCopied(true); }}>{copied() ? L('copied') : L('copyLink')}</button>
          </div>
          <Show when={svg()}>
            {(s) => <div class="qr" role="img" aria-label={L('qrAlt')} data-testid="qr" innerHTML={s()} />}
          </Show>
        </div>
      </Show>
      <div class="share-actions">
        <button type="button" onClick={() => dialog.close()}>{L('close')}</button>
      </div>
    </dialog>
  );
}
