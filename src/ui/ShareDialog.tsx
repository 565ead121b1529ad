/**
 * Share the current view: copy its link, or scan its QR code. The QR encoder loads on demand,
 * only when someone opens this dialog.
 */
import { Show, createResource, onCleanup, onMount } from 'solid-js';
import type { Lang } from '../domain/types';
import { t } from '../i18n/strings';
import { createSignal } from 'solid-js';

async function qrSvg(url: string): Promise<string> {
  const { renderSVG } = await import('uqr');
  return renderSVG(url, { pixelSize: 4, border: 2 });
}

export function ShareDialog(props: { lang: Lang; url: string; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const [svg] = createResource(() => props.url, qrSvg);
  const [copied, setCopied] = createSignal(false);
  const L = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  onMount(() => dialog.showModal());
  onCleanup(() => dialog.open && dialog.close());
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.url);
    } catch {
      // No clipboard permission (e.g. insecure context): select the text so the user can copy it.
      (dialog.querySelector('input') as HTMLInputElement).select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  };
  return (
    <dialog ref={dialog} class="share" aria-label={L('shareTitle')} onClose={() => props.onClose()} data-testid="share-dialog">
      <h2>{L('shareTitle')}</h2>
      <label class="visually-hidden">URL
        <input data-testid="share-url" readonly value={props.url} onFocus={(e) => e.currentTarget.select()} /></label>
      <div class="share-actions">
        <button type="button" onClick={copy}>{copied() ? L('copied') : L('copyLink')}</button>
        <button type="button" onClick={() => dialog.close()}>{L('close')}</button>
      </div>
      <Show when={svg()}>
        {(s) => <div class="qr" role="img" aria-label={L('qrAlt')} data-testid="qr" innerHTML={s()} />}
      </Show>
    </dialog>
  );
}
