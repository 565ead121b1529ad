/** A link that would leave the kiosk, shown as a QR code to open on a phone instead. */
import { createUniqueId, onCleanup, onMount } from 'solid-js';
import type { Lang } from '../../domain/types';
import { both, kt } from '../../i18n/kiosk-strings';
import { QrCode } from './QrCode';

export function LinkOut(props: { href: string; lang: Lang; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const id = createUniqueId();
  onMount(() => dialog.showModal());
  onCleanup(() => dialog.open && dialog.close());
  return (
    <dialog ref={dialog} class="kiosk-dialog kiosk-linkout" aria-labelledby={`${id}-t`} data-testid="kiosk-linkout" onClose={() => props.onClose()}>
      <h2 id={`${id}-t`}>{both('linkOut')}</h2>
      <QrCode url={props.href} caption={props.href} alt={kt(props.lang, 'linkOutAlt')} />
      <button type="button" class="kiosk-big" onClick={() => dialog.close()}>{both('close')}</button>
    </dialog>
  );
}
