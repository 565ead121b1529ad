/** Intents: the one way the view changes, each saying who asked; the map's own moves never come back. */
import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { createSession } from '../../src/app/session';
import { DEFAULT_CONFIG } from '../../src/app/deploy-config';
import { DEFAULT_VIEW } from '../../src/state/view';
import type { IntentEvent } from '../../src/state/intents';
import type { Lang as ProtocolLang } from '../../src/embed/protocol';
import type { Lang } from '../../src/domain/types';
import { attributeView } from '../../src/component/attributes';
import { datasetOf, validContent } from './fixture';

const ds = datasetOf(validContent());
const withSession = (fn: (s: ReturnType<typeof createSession>, events: IntentEvent[]) => void) => createRoot((dispose) => {
  const s = createSession(ds, DEFAULT_CONFIG, { ...DEFAULT_VIEW, lang: 'en' });
  const events: IntentEvent[] = [];
  s.intents.listen((e) => events.push(e));
  fn(s, events);
  dispose();
});

describe('intents', () => {
  it('open selects, frames the item on the map and tells who asked', () => withSession(({ store: [state], intents }, events) => {
    intents.open('core', 'host');
    expect(state.selectedId).toBe('core');
    expect(state.selectedFrom).toBe('host');
    expect(intents.cameraRequest()?.request.kind).toBe('frame');
    expect(intents.cameraRequest()?.from).toBe('host');
    expect(events).toEqual([{ type: 'select', id: 'core', from: 'host' }]);
  }));

  it('open without framing leaves the map where it is; an unknown id changes nothing', () => withSession(({ store: [state], intents }, events) => {
    intents.open('core', 'user', { frame: false });
    intents.open('no-such-item', 'host');
    expect(state.selectedId).toBe('core');
    expect(intents.cameraRequest()).toBeNull();
    expect(events).toHaveLength(1);
  }));

  it('the map reporting its camera records it and asks the map for nothing', () => withSession(({ store: [state], intents }, events) => {
    intents.moved({ lon: 121.2, lat: 31.0, zoom: 11 });
    expect(state.camera).toEqual({ lon: 121.2, lat: 31.0, zoom: 11 });
    expect(intents.cameraRequest()).toBeNull();
    expect(events).toEqual([{ type: 'moved', camera: { lon: 121.2, lat: 31.0, zoom: 11 } }]);
  }));

  it('goTo applies only the parts given; a camera in it moves the map', () => withSession(({ store: [state], intents }) => {
    intents.goTo({ clusters: ['ai'], layers: { areas: true, places: false, projects: true, 'context-areas': false, 'context-places': false } }, 'link');
    expect(state.clusters).toEqual(['ai']);
    expect(state.layers.places).toBe(false);
    expect(state.lang).toBe('en');
    expect(intents.cameraRequest()).toBeNull();
    intents.goTo({ cam: { lon: 121.3, lat: 31.1, zoom: 13 } }, 'host', { animate: true });
    expect(intents.cameraRequest()).toEqual({ request: { kind: 'camera', camera: { lon: 121.3, lat: 31.1, zoom: 13 }, animate: true }, from: 'host' });
  }));

  it('reset returns to the starting view and frames the whole zone', () => withSession(({ store: [state], intents }) => {
    intents.open('lab', 'user');
    intents.goTo({ lang: 'zh', clusters: [], panel: 'list' }, 'user');
    intents.reset('host');
    expect({ sel: state.selectedId, lang: state.lang, clusters: state.clusters, panel: state.panel }).toEqual({ sel: null, lang: 'en', clusters: null, panel: null });
    expect(intents.cameraRequest()?.request).toEqual({ kind: 'overview', animate: false });
  }));

  it('hover marks only items that exist', () => withSession(({ store: [state], intents }) => {
    intents.hover('lab', 'user');
    expect(state.hoveredId).toBe('lab');
    intents.hover('nothing', 'user');
    expect(state.hoveredId).toBeNull();
  }));
});

describe('the web component\'s attributes', () => {
  it('become the query string a mode reads, unknown values left out with a warning', () => {
    const r = attributeView({ selected: 'core', clusters: 'ai, nope', lang: 'en', interactive: 'false' }, ds);
    expect(new URLSearchParams(r.search).toString()).toBe('sel=core&clusters=ai&lang=en&interactive=0');
    expect(r.mode).toBe('embed');
    expect(r.warnings).toEqual([expect.stringContaining('nope')]);
    expect(attributeView({ selected: 'ghost', mode: 'browse', lang: 'fr' }, ds)).toMatchObject({ search: '?', mode: 'browse', warnings: [expect.stringContaining('ghost'), expect.stringContaining('fr')] });
  });
});

describe('the protocol\'s language', () => {
  it('is the app\'s', () => {
    const same = <A, B>(x: [A] extends [B] ? ([B] extends [A] ? true : false) : false) => x;
    expect(same<ProtocolLang, Lang>(true)).toBe(true);
  });
});

