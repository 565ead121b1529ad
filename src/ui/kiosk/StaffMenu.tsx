/**
 * The kiosk's staff menu behind a PIN: a pad with big buttons (digits also from a keyboard), then
 * the menu: default language, tour pace, idle timeout, reset now, back to config.json's settings,
 * leave kiosk mode. The PIN check and its rate limit are the kiosk mode's (`verify`); this only
 * shows them. A modal dialog: Escape or 关闭 closes it.
 */
import { For, Match, Switch, createSignal, createUniqueId, onCleanup, onMount } from 'solid-js';
import type { Lang } from '../../domain/types';
import { kt, type KioskStringKey } from '../../i18n/kiosk-strings';

export interface StaffValues { lang: Lang; tourPace: number; resetAfterSeconds: number }

export interface StaffMenuProps {
  lang: Lang;
  /** False: no PIN configured, the menu cannot open. */
  hasPin: boolean;
  /** Milliseconds the pad stays locked now (0: open). */
  lockRemaining: () => number;
  /** Checks a PIN: `ok`, `wrong` (counted) or `locked` (not checked). */
  verify: (pin: string) => Promise<'ok' | 'wrong' | 'locked'>;
  values: StaffValues;
  paceChoices: readonly number[];
  idleChoices: readonly number[];
  set: (patch: Partial<StaffValues>) => void;
  useConfig: () => void;
  resetNow: () => void;
  leave: () => void;
  onClose: () => void;
}

const MAX_DIGITS = 12;

export function StaffMenu(props: StaffMenuProps) {
  let dialog!: HTMLDialogElement;
  const id = createUniqueId();
  const L = (k: KioskStringKey, n?: number | string) => kt(props.lang, k, n);
  const [pin, setPin] = createSignal('');
  const [view, setView] = createSignal<'pin' | 'menu'>('pin');
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(tick));
  const lockedFor = () => { now(); return Math.ceil(props.lockRemaining() / 1000); };
  onMount(() => { dialog.showModal(); dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus(); });
  onCleanup(() => dialog.open && dialog.close());

  const press = (d: string) => { if (!busy() && lockedFor() === 0 && pin().length < MAX_DIGITS) { setPin(pin() + d); setMessage(''); } };
  const submit = async () => {
    if (busy() || pin().length === 0) return;
    setBusy(true);
    const result = await props.verify(pin());
    setBusy(false);
    setPin('');
    setNow(Date.now());
    if (result === 'ok') {
      setView('menu');
      queueMicrotask(() => dialog.querySelector<HTMLElement>('.staff-menu button')?.focus());
    } else setMessage(result === 'wrong' ? L('wrongPin') : '');
  };
  const onKey = (e: KeyboardEvent) => {
    if (view() !== 'pin') return;
    if (/^\d$/.test(e.key)) { e.preventDefault(); press(e.key); }
    else if (e.key === 'Backspace') { e.preventDefault(); setPin(pin().slice(0, -1)); }
    else if (e.key === 'Enter' && (e.target as Element).tagName !== 'BUTTON') { e.preventDefault(); void submit(); }
  };
  const choice = <T,>(title: string, values: readonly T[], current: T, label: (v: T) => string, pick: (v: T) => void, testid: string) => (
    <fieldset class="staff-choice" data-testid={testid}>
      <legend>{title}</legend>
      <For each={values}>{(v) => <button type="button" class="kiosk-big" aria-pressed={v === current} onClick={() => pick(v)}>{label(v)}</button>}</For>
    </fieldset>
  );
  const paceLabel = (p: number) => (p < 1 ? L('paceSlow') : p > 1 ? L('paceFast') : L('paceNormal')) + (p === 1 ? '' : ` ×${p}`);
  const idleLabel = (s: number) => (s % 60 === 0 ? L('minutes', s / 60) : L('seconds', s));
  const withCurrent = (list: readonly number[], v: number) => [...new Set([...list, v])].sort((a, b) => a - b);

  return (
    <dialog ref={dialog} class="kiosk-dialog kiosk-staff" aria-labelledby={`${id}-t`} data-testid="kiosk-staff"
      onClose={() => props.onClose()} onKeyDown={onKey}>
      <Switch>
        <Match when={!props.hasPin}>
          <h2 id={`${id}-t`}>{L('staff')}</h2>
          <p role="status">{L('noPin')}</p>
        </Match>
        <Match when={view() === 'pin'}>
          <h2 id={`${id}-t`}>{L('enterPin')}</h2>
          <p class="pin-dots" aria-hidden="true" data-testid="pin-dots">{'●'.repeat(pin().length) || '\u00a0'}</p>
          <p class="visually-hidden" aria-live="polite">{L('pinDigits', pin().length)}</p>
          <p class="pin-message" role="status" data-testid="pin-message">
            {busy() ? L('checking') : lockedFor() > 0 ? L('lockedFor', lockedFor()) : message()}
          </p>
          <div class="pin-pad" role="group" aria-label={L('enterPin')}>
            <For each={['1', '2', '3', '4', '5', '6', '7', '8', '9']}>
              {(d, i) => <button type="button" class="kiosk-big" data-digit={d} data-autofocus={i() === 0 ? '' : undefined} disabled={lockedFor() > 0} onClick={() => press(d)}>{d}</button>}
            </For>
            <button type="button" class="kiosk-big" onClick={() => { setPin(''); setMessage(''); }}>{L('clear')}</button>
            <button type="button" class="kiosk-big" data-digit="0" disabled={lockedFor() > 0} onClick={() => press('0')}>0</button>
            <button type="button" class="kiosk-big pin-ok" data-testid="pin-ok" disabled={lockedFor() > 0 || busy() || pin().length === 0} onClick={() => void submit()}>{L('ok')}</button>
          </div>
        </Match>
        <Match when={view() === 'menu'}>
          <h2 id={`${id}-t`}>{L('staffMenu')}</h2>
          <div class="staff-menu">
            {choice(L('defaultLang'), ['zh', 'en'] as Lang[], props.values.lang, (l) => (l === 'zh' ? '中文' : 'English'), (lang) => props.set({ lang }), 'staff-lang')}
            {choice(L('tourPace'), withCurrent(props.paceChoices, props.values.tourPace), props.values.tourPace, paceLabel, (tourPace) => props.set({ tourPace }), 'staff-pace')}
            {choice(L('idleTimeout'), withCurrent(props.idleChoices, props.values.resetAfterSeconds), props.values.resetAfterSeconds, idleLabel, (resetAfterSeconds) => props.set({ resetAfterSeconds }), 'staff-idle')}
            <div class="staff-actions">
              <button type="button" class="kiosk-big" data-testid="staff-reset" onClick={() => props.resetNow()}>{L('resetNow')}</button>
              <button type="button" class="kiosk-big" data-testid="staff-use-config" onClick={() => props.useConfig()}>{L('useConfig')}</button>
              <button type="button" class="kiosk-big" data-testid="staff-leave" onClick={() => props.leave()}>{L('leave')}</button>
            </div>
          </div>
        </Match>
      </Switch>
      <button type="button" class="kiosk-big staff-close" data-autofocus={!props.hasPin ? '' : undefined} onClick={() => dialog.close()}>{L('close')}</button>
    </dialog>
  );
}
