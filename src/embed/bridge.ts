/**
 * The map's side of the postMessage API (see README: For embedders). Off unless the deployment
 * lists host origins: it reads only messages from the parent window at an allowed origin, applies
 * valid commands as intents from `host`, answers each with the resulting view, and posts events
 * only to allowed origins, never to `*`. Anything else is ignored with a console warning.
 */
import type { Intents } from '../state/intents';
import type { AppState } from '../state/store';
import { errorReply, message, parseCommand, type Command, type Known, type MapEventPayloads, type MapEventType, type View } from './protocol';

export interface BridgeOptions {
  allowedOrigins: readonly string[];
  known: Known;
  intents: Intents;
  state: AppState;
  /** The view as the host sees it now. */
  view: () => View;
  /** The window the map runs in, and its parent (the host page). */
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  parent: Pick<Window, 'postMessage'>;
  /** Where the browser says the host page is (ancestorOrigins, or the referrer), if it says. */
  hostUrl: string | undefined;
}

export interface Bridge {
  /** Posts an event to the host page (to the allowed origins it may be at). */
  emit<K extends MapEventType>(type: K, payload: MapEventPayloads[K]): void;
  dispose(): void;
}

/** Longest wait (ms) for a move to end before answering a command that moves the map. */
const MOVE_WAIT = 3000;

const originOf = (url: string | undefined) => { try { return url ? new URL(url).origin : null; } catch { return null; } };

export function createBridge(o: BridgeOptions): Bridge {
  const { win, parent } = o;
  // Events go to the host page's origin when the browser says what it is; if it cannot, to every
  // allowed origin, and the browser drops those that are not the parent's.
  const said = originOf(o.hostUrl);
  const targets = new Set(said && o.allowedOrigins.includes(said) ? [said] : o.allowedOrigins);
  const post = (msg: unknown, to: string) => parent.postMessage(msg, to);

  const apply = (c: Command): void => {
    const from = 'host';
    switch (c.type) {
      case 'select':
        if (c.payload.id === null) o.intents.close(from); else o.intents.open(c.payload.id, from);
        break;
      case 'setFilter': o.intents.goTo({ clusters: c.payload.clusters }, from); break;
      case 'setLayers': o.intents.goTo({ layers: { ...o.state.layers, ...c.payload } }, from); break;
      case 'setLang': o.intents.goTo({ lang: c.payload.lang }, from); break;
      case 'flyTo': o.intents.goTo({ cam: c.payload }, from, { animate: true }); break;
      case 'reset': o.intents.reset(from); break;
      case 'getView': break;
    }
  };

  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent || !o.allowedOrigins.includes(e.origin)) {
      console.warn(`embed: message from ${JSON.stringify(String(e.origin).slice(0, 80))} ignored: not the host page at an allowed origin`);
      return;
    }
    targets.clear();
    targets.add(e.origin);
    const r = parseCommand(e.data, o.known);
    if (!r.ok) {
      console.warn(`embed: command refused: ${r.message}`);
      const reply = errorReply(r);
      if (reply) post(reply, e.origin);
      return;
    }
    // A command that moves the map is answered once the move has ended (a jump ends at once, an
    // animation later; the map may also not move at all), with the camera where it stopped.
    const before = o.intents.cameraRequest();
    let moved = () => {};
    const move = new Promise<void>((resolve) => { moved = resolve; });
    const stop = o.intents.listen((ev) => { if (ev.type === 'moved') moved(); });
    apply(r.command);
    const id = r.command.id, to = e.origin;
    const answer = () => { stop(); if (id !== undefined) post(message('result', o.view(), id), to); };
    if (o.intents.cameraRequest() === before) answer();
    else void Promise.race([move, new Promise((r) => setTimeout(r, MOVE_WAIT))]).then(answer);
  };
  win.addEventListener('message', onMessage as EventListener);
  return {
    emit(type, payload) { for (const t of targets) post(message(type, payload), t); },
    dispose: () => win.removeEventListener('message', onMessage as EventListener),
  };
}
