/**
 * "继续浏览？ / Still there?": the kiosk's countdown before it resets, with one big button to stay.
 * A modal alertdialog: focus goes to the button when it opens and back where it was when the
 * visitor stays; Escape stays too (and does not reach the card behind it).
 */
import { createUniqueId, onCleanup, onMount } from 'solid-js';
import { KIOSK_STRINGS, both, kt } from '../../i18n/kiosk-strings';

export function Countdown(props: { secondsLeft: number; onStay: () => void }) {
  let dialog!: HTMLDialogElement, button!: HTMLButtonElement;
  const id = createUniqueId();
  let before: Element | null = null;
  onMount(() => {
    before = document.activeElement;
    dialog.showModal();
    button.focus();
  });
  onCleanup(() => {
    if (dialog.open) dialog.close();
    if (before instanceof HTMLElement && before.isConnected && before !== document.body) before.focus({ preventScroll: true });
  });
  return (
    <dialog ref={dialog} class="kiosk-dialog kiosk-countdown" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}
      data-testid="kiosk-countdown"
      onCancel={(e) => { e.preventDefault(); props.onStay(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); props.onStay(); } }}>
      <h2 id={`${id}-t`}><span lang="zh-CN">{KIOSK_STRINGS.stillThere.zh}</span> <span lang="en">{KIOSK_STRINGS.stillThere.en}</span></h2>
      <p class="count" aria-hidden="true" data-testid="kiosk-countdown-seconds">{props.secondsLeft}</p>
      <p id={`${id}-d`}><span lang="zh-CN">{kt('zh', 'resetIn', props.secondsLeft)}</span><br /><span lang="en">{kt('en', 'resetIn', props.secondsLeft)}</span></p>
      <button ref={button} type="button" class="kiosk-big" onClick={() => props.onStay()}>{both('stay')}</button>
    </dialog>
  );
}
