import { describe, expect, it } from 'vitest';
import { formatView, parseView, type Known } from '../../src/state/url';
import { DEFAULT_VIEW, type View as UrlView } from '../../src/state/view';

const known: Known = {
  ids: new Set(['core', 'tencent-centre', 'proj-6']),
  clusters: new Set(['artificial-intelligence', 'satellite-internet']),
  basemaps: new Set(['schematic', 'schematic-dark', 'osm']),
  bounds: [120.85, 30.8, 121.55, 31.26],
  zoom: [8.5, 17],
};
const parse = (s: string) => parseView(s, known);

describe('parseView', () => {
  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual({ view: DEFAULT_VIEW, warnings: [] });
  });

  it('reads every parameter of a full link', () => {
    const { view, warnings } = parse('?sel=proj-6&lang=en&clusters=satellite-internet&hide=places&show=context-places&cam=121.3,31.09,12.5&panel=list');
    expect(warnings).toEqual([]);
    expect(view).toEqual({
      ...DEFAULT_VIEW, sel: 'proj-6', lang: 'en', clusters: ['satellite-internet'],
      layers: { areas: true, places: false, projects: true, 'context-areas': false, 'context-places': true }, cam: { lon: 121.3, lat: 31.09, zoom: 12.5 }, panel: 'list',
    });
  });

  it('keeps the context layers off by default, and show= turns them on (ignoring an unknown layer)', () => {
    expect(DEFAULT_VIEW.layers['context-areas']).toBe(false);
    expect(DEFAULT_VIEW.layers['context-places']).toBe(false);
    const { view, warnings } = parse('?show=context-areas,context-places,nope');
    expect(view.layers).toEqual({ areas: true, places: true, projects: true, 'context-areas': true, 'context-places': true });
    expect(warnings).toEqual(['URL parameter show="nope" ignored: no such layer']);
    expect(formatView(view)).toBe('show=context-areas,context-places');
  });

  it.each([
    ['an unknown item', '?sel=nope', 'sel="nope" ignored: no such item'],
    ['an unknown language', '?lang=fr', 'lang="fr" ignored'],
    ['an unknown parameter', '?utm_source=x', 'utm_source="x" ignored: unknown parameter'],
    ['a camera with text', '?cam=abc', 'cam="abc" ignored'],
    ['a camera outside the region', '?cam=0,0,10', 'cam="0,0,10" ignored'],
    ['a camera zoomed too far', '?cam=121.3,31.09,30', 'cam="121.3,31.09,30" ignored'],
    ['a camera with a missing part', '?cam=121.3,,10', 'cam="121.3,,10" ignored'],
    ['an unknown layer', '?hide=roads', 'hide="roads" ignored: no such layer'],
    ['an unknown panel', '?panel=chart', 'panel="chart" ignored'],
    ['a basemap this deployment lacks', '?basemap=amap', 'basemap="amap" ignored: no such basemap'],
  ])('ignores %s with a warning and keeps the default', (_w, q, warning) => {
    const { view, warnings } = parse(q);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('keeps the known clusters of a partly wrong list', () => {
    const { view, warnings } = parse('?clusters=artificial-intelligence,bogus');
    expect(view.clusters).toEqual(['artificial-intelligence']);
    expect(warnings[0]).toContain('unknown cluster(s) bogus');
  });

  it('keeps the good parts of a link with garbage in it', () => {
    const { view, warnings } = parse('?sel=core&%E0%A4%A=1&cam=NaN,NaN,NaN&lang=en&x=<script>');
    expect(view.sel).toBe('core');
    expect(view.lang).toBe('en');
    expect(view.cam).toBeNull();
    expect(warnings.length).toBe(3);
  });

  it('survives hostile input', () => {
    for (const q of ['?%', '?&&&', '?sel', '?cam=1e999,1,1', `?sel=${'a'.repeat(10000)}`, '?clusters=,,,']) {
      expect(() => parse(q)).not.toThrow();
    }
  });
});

describe('formatView', () => {
  it('leaves out defaults', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips through parseView', () => {
    const v: UrlView = { ...DEFAULT_VIEW, sel: 'tencent-centre', lang: 'en', clusters: ['artificial-intelligence', 'satellite-internet'], layers: { areas: true, places: false, projects: false, 'context-areas': false, 'context-places': false }, cam: { lon: 121.25, lat: 31.08, zoom: 11 }, panel: 'indicators', basemap: 'osm' };
    const s = formatView(v);
    expect(s).toBe('sel=tencent-centre&lang=en&clusters=artificial-intelligence,satellite-internet&hide=places,projects&cam=121.25000,31.08000,11.00&panel=indicators&basemap=osm');
    expect(parse(`?${s}`)).toEqual({ view: v, warnings: [] });
  });

  it('writes an empty cluster filter so "none" survives a reload', () => {
    const s = formatView({ ...DEFAULT_VIEW, clusters: [] });
    expect(s).toBe('clusters=');
    expect(parse(`?${s}`).view.clusters).toEqual([]);
  });
});
