/**
 * Kiosk: the map on an exhibition stand's touch screen, all day, in front of passing visitors.
 * Full screen and dark from the first paint, big type and touch targets (ui/kiosk/kiosk.css,
 * following the viewport from 1920×1080 to 3840×2160 and 1080×1920 portrait), nothing that leaves
 * the screen (links out become QR codes; no print, download, share or embed), a QR hand-off under
 * every card, and an idle schedule (state/idle.ts) wired to timers here:
 *
 * - nobody has touched it since its last reset: after `attractAfterSeconds` the attract loop plays
 *   (an {@link Attract}; a touch stops it at once and hands the screen to the visitor);
 * - a visitor has: after `resetAfterSeconds` without input, "继续浏览？ / Still there?" counts
 *   `countdownSeconds` down, then everything goes back to the kiosk's defaults (selection, filters,
 *   search text, panel, language, camera; dialogs close) and a waiting app update is applied.
 *
 * Staff open a menu behind a PIN (config.json `kiosk.pinHash`, a PBKDF2 hash) by holding the
 * top-left corner for 3 s or pressing Ctrl+Alt+K. Settings there are saved on the kiosk.
 */
import { Show, batch, createSignal, onCleanup, type Accessor } from 'solid-js';
import { render } from 'solid-js/web';
import { App } from '../app/App';
import type { KioskConfig } from '../app/deploy-config';
import { kioskHost } from '../app/kiosk-host';
import { NO_LOCK, afterWrongPin, lockRemaining, parsePinHash, parsePinLock, verifyPin, type PinLock } from '../app/kiosk-pin';
import { IDLE_CHOICES, PACE_CHOICES, PIN_LOCK_KEY, STAFF_KEY, effectiveKiosk, parseStaffSettings, type StaffSettings } from '../app/kiosk-settings';
import { linkTo } from '../app/layout';
import { createSession, type Session } from '../app/session';
import type { Dataset } from '../domain/dataset';
import type { PaddingOptions } from '../map/controller';
import { both, kt } from '../i18n/kiosk-strings';
import { idleStatus, type IdleStatus } from '../state/idle';
import { DEFAULT_VIEW, type View } from '../state/view';
import { Countdown } from '../ui/kiosk/Countdown';
import { LinkOut } from '../ui/kiosk/LinkOut';
import { QrCode } from '../ui/kiosk/QrCode';
import { StaffCorner } from '../ui/kiosk/StaffCorner';
import { StaffMenu } from '../ui/kiosk/StaffMenu';
import '../ui/kiosk/kiosk.css';
import type { Mode } from './mode';
import { createTourPlayer, type TourPlayer } from '../app/tour-player';
import { loadTour } from '../data/load';
import type { Chapter } from '../domain/tour';
import { parsePresenterParams } from './presenter-params';
import type { Text } from '../domain/types';
import { TourCaption } from '../ui/TourCaption';

/**
 * The attract loop: what the kiosk plays while nobody is in front of it. The kiosk calls `start()`
 * after `attractAfterSeconds` of inactivity on its home view and `stop()` on the first input (a
 * touch, a click, a key); `stop()` must stop at once and leave the view as it is (the visitor takes
 * over from there). It changes the view only through `ctx.session.intents`, tagged `tour`.
 */
export interface Attract {
  start(): void;
  stop(): void;
  /** What the kiosk shows over the map while the loop plays (a chapter's counter and caption), or null. */
  caption?: Accessor<{ index: number; total: number; caption: Text; step: number } | null>;
}

/** What the kiosk gives the attract loop when it makes it (once, when the mode starts). */
export interface AttractContext {
  dataset: Dataset;
  session: Session;
  /** The kiosk's settings in force (config.json with the staff's choices): `tourPace`, `lang`. */
  settings: () => KioskConfig;
  /** The query string the kiosk opened with (an automated test may set the tour's pace). */
  search: string;
}

export type AttractFactory = (ctx: AttractContext) => Attract;

/**
 * The attract loop: the tour's chapters (data/tour.json) played from the first, looping, by the
 * tour player at the staff's pace (`tourPace` is a speed: 1.5 plays faster). Each start makes a
 * fresh player on the kiosk's home view, so what a chapter leaves unset returns to the home view's.
 */
export function tourAttract(chapters: readonly Chapter[]): AttractFactory {
  return (ctx) => {
    const automated = typeof navigator !== 'undefined' && navigator.webdriver === true;
    const opened = parsePresenterParams(ctx.search, chapters.map((c) => c.id), automated);
    const testPace = new URLSearchParams(ctx.search).has('tourpace') && automated ? opened.pace : null;
    const [player, setPlayer] = createSignal<TourPlayer | null>(null);
    return {
      start() {
        player()?.dispose();
        const p = createTourPlayer({ chapters, session: ctx.session, pace: testPace ?? 1 / ctx.settings().tourPace });
        setPlayer(p);
        p.start(0);
      },
      stop() { player()?.stop(); setPlayer(null); },
      caption: () => {
        const p = player();
        return p && p.playing() ? { index: p.index(), total: chapters.length, caption: chapters[p.index()]!.caption, step: p.steps() } : null;
      },
    };
  };
}

/** How long the top-left corner is held to open the staff menu. */
export const STAFF_HOLD_MS = 3000;

/** One CSS px at 1080 px of the screen's shorter side (kiosk.css: `--k`). */
const unit = (el: HTMLElement) => Math.min(el.clientWidth, el.clientHeight) / 1080;

/** Frame padding that keeps framed items clear of the kiosk's panel (left, or the lower part in portrait). */
export function kioskPadding(el: HTMLElement): PaddingOptions {
  const k = unit(el), w = el.clientWidth, h = el.clientHeight;
  if (h > w) return { top: 40 * k, left: 40 * k, right: 110 * k, bottom: Math.round(h * 0.44) + 40 * k };
  return { top: 40 * k, bottom: 60 * k, right: 120 * k, left: (24 + 640 + 60) * k };
}

export function createKiosk(makeAttract: AttractFactory): Mode {
  return {
    id: 'kiosk',
    enter(ctx) {
      const { dataset: ds, config } = ctx;
      const host = kioskHost();
      const port = host.kiosk;
      const saved = port.load(STAFF_KEY);
      let initialStaff: StaffSettings = {};
      if (saved !== undefined) {
        const { settings, warnings } = parseStaffSettings(saved);
        for (const w of warnings) console.warn(w);
        initialStaff = settings;
      }
      const [staff, setStaff] = createSignal<StaffSettings>(initialStaff);
      const settings = () => effectiveKiosk(config.kiosk, staff());
      const pinHash = config.kiosk.pinHash && parsePinHash(config.kiosk.pinHash) ? config.kiosk.pinHash : null;
      if (config.kiosk.pinHash && !pinHash) console.warn('config.json: kiosk.pinHash is not a valid hash (salt or hash do not decode); no staff menu');
      if (!config.shareBase) console.warn('config.json: no shareBase; the kiosk\'s QR codes open this machine\'s own address, which a visitor\'s phone may not reach');
      let lock: PinLock = NO_LOCK;
      const savedLock = port.load(PIN_LOCK_KEY);
      if (savedLock !== undefined) {
        const { lock: l, warning } = parsePinLock(savedLock);
        if (warning) console.warn(warning);
        lock = l ?? NO_LOCK;
      }
      const home = (): View => ({ ...DEFAULT_VIEW, lang: settings().lang, basemap: 'schematic-dark' });
      const publicBase = config.shareBase ?? ctx.base;
      const handoffUrl = (id: string, lang: View['lang']) => linkTo(publicBase, { ...DEFAULT_VIEW, sel: id, lang });

      let stopAll = () => {};
      const dispose = render(() => {
        const session = createSession(ds, config, home(), home);
        ctx.onStart?.(session);
        const attract = makeAttract({ dataset: ds, session, settings, search: ctx.search });
        const [idle, setIdle] = createSignal<IdleStatus>({ state: 'active', secondsLeft: null, nextInMs: null });
        const [epoch, setEpoch] = createSignal(0);
        const [staffOpen, setStaffOpen] = createSignal(false);
        const [linkOut, setLinkOut] = createSignal<string | null>(null);
        let last = Date.now(), changed = false, attracting = false;
        let timer: ReturnType<typeof setTimeout> | undefined;

        const stopAttract = () => {
          if (!attracting) return;
          attracting = false;
          port.signal('attract', 'stopped');
          attract.stop();
        };
        /** Where the schedule is now; sets the one timer for its next change. */
        const evaluate = () => {
          clearTimeout(timer);
          timer = undefined;
          const s = idleStatus(Date.now() - last, changed || staffOpen(), settings());
          if (s.state === 'reset') { reset(); return; }
          setIdle(s);
          port.signal('idle', s.state);
          if (s.state === 'attract' && !attracting) {
            attracting = true;
            port.signal('attract', 'running');
            attract.start();
          }
          if (s.nextInMs !== null) timer = setTimeout(evaluate, s.nextInMs);
        };
        /** Back to the kiosk's defaults, for the next visitor; a waiting update of the app takes over now. */
        const reset = () => {
          stopAttract();
          batch(() => { setStaffOpen(false); setLinkOut(null); setEpoch((e) => e + 1); });
          session.intents.reset('host');
          session.intents.hover(null, 'host');
          const active = document.activeElement;
          if (active instanceof HTMLElement && ctx.root.contains(active)) active.blur();
          changed = false;
          last = Date.now();
          void import('../app/sw').then((m) => m.applyUpdateWhenIdle()).catch(() => {});
          evaluate();
        };
        /** Any input: the visitor is there. The pending timer re-reads `last` when it fires. */
        const onInput = (e?: Event) => {
          last = Date.now();
          changed = true;
          const press = e?.type === 'pointerdown' || e?.type === 'touchstart';
          if (press && (attracting || idle().state === 'countdown')) port.swallowClick();
          stopAttract();
          if (idle().state !== 'active' || timer === undefined) evaluate();
        };

        const undoLock = port.lockDown(ctx.root, (href) => setLinkOut(href));
        const stopInput = port.onInput(onInput);
        const stopKeys = port.onStaffKeys(() => setStaffOpen(true));
        stopAll = () => { clearTimeout(timer); stopInput(); stopKeys(); undoLock(); stopAttract(); };
        onCleanup(() => stopAll());
        evaluate();

        const verify = async (pin: string): Promise<'ok' | 'wrong' | 'locked'> => {
          if (lockRemaining(lock, Date.now()) > 0) return 'locked';
          if (pinHash && await verifyPin(pin, pinHash)) {
            lock = NO_LOCK;
            port.save(PIN_LOCK_KEY, null);
            return 'ok';
          }
          lock = afterWrongPin(lock, Date.now());
          port.save(PIN_LOCK_KEY, lock);
          return 'wrong';
        };
        const setSaved = (next: StaffSettings) => {
          setStaff(next);
          port.save(STAFF_KEY, Object.keys(next).length ? next : null);
          evaluate();
        };
        const [state] = session.store;

        return (
          <>
            <App dataset={ds} config={config} store={session.store} intents={session.intents} initial={home()} host={host}
              layout={{
                kind: 'full', search: true, panel: true, padding: kioskPadding, siteBase: ctx.base,
                // Map type and dots grow with the screen like the kiosk's own (kiosk.css `--k`): twice on 4K.
                mapScale: (el) => Math.max(1, unit(el)),
                shareUrl: (v) => linkTo(publicBase, v),
                kiosk: {
                  epoch,
                  cardFooter: (id, lang) => <QrCode url={handoffUrl(id, lang)} caption={both('handoff')} alt={kt(lang, 'handoffAlt')} testid="handoff-qr" />,
                },
              }} />
            <div class="kiosk-layer" lang={state.lang === 'zh' ? 'zh-CN' : 'en'} data-tour-step={attract.caption?.()?.step}>
              <StaffCorner holdMs={STAFF_HOLD_MS} onOpen={() => setStaffOpen(true)} />
              <Show when={attract.caption?.()}>
                {(c) => <TourCaption lang={state.lang} index={c().index} total={c().total} caption={c().caption} />}
              </Show>
              <Show when={idle().state === 'countdown'}>
                <Countdown secondsLeft={idle().secondsLeft ?? 0} onStay={() => onInput()} />
              </Show>
              <Show when={linkOut()}>
                {(href) => <LinkOut href={href()} lang={state.lang} onClose={() => setLinkOut(null)} />}
              </Show>
              <Show when={staffOpen()}>
                <StaffMenu lang={state.lang} hasPin={pinHash !== null} lockRemaining={() => lockRemaining(lock, Date.now())} verify={verify}
                  values={settings()} paceChoices={PACE_CHOICES} idleChoices={IDLE_CHOICES}
                  set={(patch) => {
                    setSaved({ ...staff(), ...patch });
                    if (patch.lang) session.intents.goTo({ lang: patch.lang }, 'host');
                  }}
                  useConfig={() => { setSaved({}); session.intents.goTo({ lang: settings().lang }, 'host'); }}
                  resetNow={reset}
                  leave={() => port.leave('mode=browse')}
                  onClose={() => { setStaffOpen(false); evaluate(); }} />
              </Show>
            </div>
          </>
        );
      }, ctx.root);
      return () => { stopAll(); dispose(); };
    },
  };
}

/** The kiosk mode, its attract loop the tour. */
export const kiosk: Mode = createKiosk(tourAttract(await loadTour()));
