/**
 * The static map (src/static-map/): one SVG string from the Dataset that lines up with the MapLibre
 * map at the same camera. The SVG is parsed with @xmldom/xmldom; projection and framing are checked
 * against MapLibre's own Mercator math and against cameras a real MapLibre map (6.20, in Chromium)
 * moved to with `fitBounds`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/content-files';
import { STRINGS } from '../../src/i18n/strings';
import { SCHEMATIC_LIGHT } from '../../src/map/basemaps/spec';
import { DARK, LIGHT } from '../../src/map/palette';
import {
  GROUND_CREDIT, TILE_SIZE, constrainCamera, fitCamera, metresPerPixel, project, renderZoneSvg, screenProjector, unproject, type StaticMapOptions,
} from '../../src/static-map/svg';
import { datasetOf, feat, validContent } from './fixture';

const ds = datasetOf(readContent(process.cwd()).raw);
/** The app's overview on a wide screen (MapView's overviewPadding). */
const WIDE = { top: 40, bottom: 40, right: 60, left: 400 };
const overview = (o: Partial<StaticMapOptions> = {}) =>
  ({ width: 1280, height: 800, lang: 'zh', palette: 'light', fit: { bounds: ds.bounds, padding: WIDE }, ...o }) as StaticMapOptions;

/** Parses strictly: any XML error or warning fails the test. */
function parse(svg: string): Element {
  const doc = new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } }).parseFromString(svg, 'image/svg+xml');
  return doc.documentElement as unknown as Element;
}
const elements = (root: Element): Element[] => [root, ...Array.from(root.getElementsByTagName('*'))];
const withAttr = (root: Element, name: string, value?: string) =>
  elements(root).filter((e) => e.hasAttribute(name) && (value === undefined || e.getAttribute(name) === value));
const items = (root: Element, kind: string) => elements(root).filter((e) => e.getAttribute('data-kind') === kind);
const part = (root: Element, name: string) => withAttr(root, 'data-part', name)[0]!;
const text = (e: Element) => e.textContent ?? '';
const pointPlaces = ds.places.filter((f) => f.geometry.type === 'Point');

describe('the static map SVG', () => {
  for (const palette of ['light', 'dark'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      for (const interactive of [false, true]) {
        it(`is well-formed SVG with every area, place and project once (${palette}, ${lang}${interactive ? ', interactive' : ''})`, () => {
          const svg = renderZoneSvg(ds, overview({ palette, lang, interactive, legend: true, scaleBar: true, northArrow: true, title: true }));
          const root = parse(svg);
          expect(root.tagName).toBe('svg');
          expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
          expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['1280', '800', '0 0 1280 800']);
          for (const [kind, ids] of [['area', ds.areas], ['place', pointPlaces], ['project', ds.projects]] as const) {
            const found = items(root, kind).map((e) => e.getAttribute('data-item'));
            expect(found.sort(), kind).toEqual(ids.map((f) => f.properties.id).sort());
          }
          for (const name of ['ground', 'areas', 'places', 'projects', 'labels', 'legend', 'scale-bar', 'north-arrow', 'title', 'credit']) {
            expect(withAttr(root, 'data-part', name), name).toHaveLength(1);
          }
        });
      }
    }
  }

  it('draws the ground, then areas by tier, places, projects, labels, and the legend and credit on top', () => {
    const root = parse(renderZoneSvg(ds, overview({ legend: true })));
    const order = Array.from(root.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as unknown as Element).getAttribute('data-part') ?? (n as unknown as Element).tagName);
    expect(order).toEqual(['title', 'background', 'ground', 'context-areas', 'context-places', 'areas', 'places', 'projects', 'labels', 'legend', 'credit']);
    const tiers = items(root, 'area').map((e) => ds.areas.find((a) => a.properties.id === e.getAttribute('data-item'))!.properties.tier);
    expect([...new Set(tiers)]).toEqual(['extension', 'sub-area', 'base', 'core']);
    // The ground: the district outline, metro, expressways, stations and landmarks, named by their ids.
    const ground = new Set(items(root, 'ground').map((e) => e.getAttribute('data-item')));
    for (const id of ['songjiang-district', 'metro-line-9', 'g60-expressway', 'station-songjiang-xincheng', 'landmark-guangfulin-site']) expect(ground, id).toContain(id);
    // Towns are label points only.
    expect(withAttr(root, 'data-label', 'town-xinqiao').map(text)).toEqual(['新桥镇']);
  });

  it('names the item of every shape and label with a data attribute', () => {
    const root = parse(renderZoneSvg(ds, overview({ camera: { lon: 121.225, lat: 31.035, zoom: 13.2 }, fit: undefined })));
    for (const name of ['ground', 'areas', 'places', 'projects']) {
      for (const child of Array.from(part(root, name).childNodes).map((n) => n as unknown as Element)) {
        if (child.getAttribute('data-part') === 'ground-labels') continue;
        expect(child.hasAttribute('data-item') || child.hasAttribute('data-casing'), `${name}: ${child.toString().slice(0, 80)}`).toBe(true);
      }
    }
    const labels = [...elements(part(root, 'labels')), ...elements(part(root, 'ground-labels'))].filter((e) => e.tagName === 'text');
    expect(labels.length).toBeGreaterThan(10);
    for (const l of labels) expect(ds.byId.has(l.getAttribute('data-label')!) || ds.ground.features.some((f) => f.properties.id === l.getAttribute('data-label'))).toBe(true);
  });

  it('labels in the chosen language', () => {
    const labels = (lang: 'zh' | 'en') => withAttr(parse(renderZoneSvg(ds, overview({ lang, legend: true, title: true }))), 'data-label').map(text).join('|');
    const zh = labels('zh'), en = labels('en');
    expect(zh).toContain('临港松江科技城');
    expect(zh).not.toMatch(/Lingang/);
    expect(en.replace(/\s+/g, ' ')).toMatch(/Lingang Songjiang/);
    expect(en).not.toContain('临港');
    const legend = (lang: 'zh' | 'en') => text(part(parse(renderZoneSvg(ds, overview({ lang, legend: true }))), 'legend'));
    expect(legend('zh')).toContain(STRINGS.core.zh);
    expect(legend('en')).toContain(STRINGS.core.en);
    for (const c of ds.clusters) expect(legend('en')).toContain(c.name.en);
  });

  it('takes its colours from the palette, light or dark', () => {
    const fills = (palette: 'light' | 'dark') => {
      const root = parse(renderZoneSvg(ds, overview({ palette, legend: true })));
      const core = items(root, 'area').find((e) => e.getAttribute('data-item') === 'core-lingang-songjiang')!;
      const tencent = items(root, 'project').find((e) => e.getAttribute('data-item') === 'tencent-ai-computing-centre-project')!;
      return { bg: part(root, 'background').getAttribute('fill'), core: core.getAttribute('fill'), project: tencent.getElementsByTagName('circle')[0]!.getAttribute('fill') };
    };
    expect(fills('light')).toEqual({ bg: LIGHT.background, core: LIGHT.core, project: LIGHT.clusters['cluster-ai'] });
    expect(fills('dark')).toEqual({ bg: DARK.background, core: DARK.core, project: DARK.clusters['cluster-ai'] });
  });

  it('dashes schematic outlines and draws surveyed ones solid', () => {
    const content = validContent();
    feat(content, 'areas.geojson', 2).properties.accuracy = 'surveyed';
    const root = parse(renderZoneSvg(datasetOf(content), { width: 600, height: 400, lang: 'en', palette: 'light', fit: { bounds: [121.2, 31.0, 121.32, 31.1] } }));
    const dashed = (id: string) => items(root, 'area').find((e) => e.getAttribute('data-item') === id)!.hasAttribute('stroke-dasharray');
    expect([dashed('ext'), dashed('sub'), dashed('core')]).toEqual([true, true, false]);
  });

  it('escapes every text (names with < & " \')', () => {
    const content = validContent();
    const nasty = { zh: '<b>A&B "引" \'x\'</b>', en: '<b>A&B "quote" \'x\'</b>' };
    feat(content, 'areas.geojson', 2).properties.name = nasty;
    feat(content, 'projects.geojson').properties.name = nasty;
    feat(content, 'places.geojson').properties.name = nasty;
    (content['clusters.json'] as { name: unknown }[])[0]!.name = nasty;
    const small = datasetOf(content);
    for (const lang of ['zh', 'en'] as const) {
      const svg = renderZoneSvg(small, { width: 1000, height: 800, lang, palette: 'light', camera: { lon: 121.2625, lat: 31.0525, zoom: 12 }, legend: true, interactive: true });
      expect(svg).not.toContain('<b>');
      const root = parse(svg), bare = (s: string) => s.replace(/\s/g, '');
      // Long names wrap into lines (tspans): compare without the spaces they were broken at.
      expect(bare(withAttr(root, 'data-label', 'core').map(text).join(''))).toBe(bare(nasty[lang]));
      expect(bare(withAttr(root, 'data-label', 'proj').map(text).join(''))).toBe(bare(nasty[lang]));
      expect(text(withAttr(root, 'data-legend', 'ai')[0]!)).toBe(nasty[lang]);
      expect(items(root, 'place')[0]!.getAttribute('aria-label')).toContain(nasty[lang]);
    }
  });

  it('makes areas, places and projects focusable buttons only when interactive', () => {
    const root = parse(renderZoneSvg(ds, overview({ interactive: true })));
    expect(root.getAttribute('role')).toBe('group');
    const all = [...items(root, 'area'), ...items(root, 'place'), ...items(root, 'project')];
    expect(all).toHaveLength(ds.areas.length + pointPlaces.length + ds.projects.length);
    for (const e of all) {
      const id = e.getAttribute('data-item')!, item = ds.byId.get(id)!;
      expect([e.tagName, e.getAttribute('role'), e.getAttribute('tabindex')], id).toEqual(['g', 'button', '0']);
      expect(e.getAttribute('aria-label'), id).toContain('feature' in item ? item.feature.properties.name.zh : '');
    }
    expect(items(root, 'project').find((e) => e.getAttribute('data-item') === 'g60-starlink-plan')!.getAttribute('aria-label')).toBe('8. G60星链计划 · 重点项目');
    const plain = parse(renderZoneSvg(ds, overview()));
    expect(plain.getAttribute('role')).toBe('img');
    expect(plain.getAttribute('aria-label')).toContain(STRINGS.schematicNote.zh);
    expect(withAttr(plain, 'tabindex')).toEqual([]);
    expect(withAttr(plain, 'role').map((e) => e.tagName)).toEqual(['svg']);
  });

  it('marks its stacks (points too close to tap one by one) when visitors tap it, under the dots', () => {
    const circles = (svg: string) => {
      const part = [...parse(svg).getElementsByTagName('g')].find((g) => g.getAttribute('data-part') === 'stacks');
      return part ? [...part.getElementsByTagName('circle')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]) : [];
    };
    const svg = renderZoneSvg(ds, overview({ interactive: true }));
    const marks = circles(svg);
    expect(marks.length).toBeGreaterThanOrEqual(2);
    // Each mark sits on a place or project dot, and G60科创云廊's is one of them.
    const dots = [...parse(svg).getElementsByTagName('g')].filter((g) => ['place', 'project'].includes(g.getAttribute('data-kind') ?? ''))
      .map((g) => ({ id: g.getAttribute('data-item'), c: g.getElementsByTagName('circle')[0]! }))
      .map(({ id, c }) => ({ id, x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
    for (const [x, y] of marks) expect(dots.some((d) => d.x === x && d.y === y)).toBe(true);
    const corridor = dots.find((d) => d.id === 'g60-science-innovation-cloud-corridor')!;
    expect(marks).toContainEqual([corridor.x, corridor.y]);
    expect(svg.indexOf('data-part="stacks"')).toBeLessThan(svg.indexOf('data-part="places"'));
    // Up close nothing stacks; the still picture before the map (not interactive) draws no marks, as the map's first frame.
    expect(circles(renderZoneSvg(ds, { ...overview({ interactive: true }), fit: undefined, camera: { lon: 121.326, lat: 31.095, zoom: 15 } }))).toEqual([]);
    expect(circles(renderZoneSvg(ds, overview()))).toEqual([]);
  });

  it('refers to nothing outside itself and rounds coordinates to 0.1 px', () => {
    const svg = renderZoneSvg(ds, overview({ lang: 'en', legend: true, scaleBar: true, northArrow: true, title: true, interactive: true }));
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|href|url\(|@import|@font-face|<image|<foreignObject/i);
    const root = parse(svg);
    const fonts = root.getAttribute('font-family')!;
    expect(fonts).toMatch(/Noto Sans CJK SC/);
    expect(fonts).toMatch(/,sans-serif$/);
    for (const e of elements(root)) {
      for (const a of ['x', 'y', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform']) {
        for (const n of (e.getAttribute(a) ?? '').match(/-?\d+(\.\d+)?/g) ?? []) expect(n, `${a}="${e.getAttribute(a)}"`).toMatch(/^-?\d+(\.\d)?$/);
      }
    }
  });

  it('credits the schematic ground as the map does, and says 示意 / schematic', () => {
    expect(GROUND_CREDIT).toBe(SCHEMATIC_LIGHT.attribution);
    for (const lang of ['zh', 'en'] as const) {
      const credit = text(part(parse(renderZoneSvg(ds, overview({ lang }))), 'credit')).replace(/\s+/g, ' ');
      expect(credit).toContain(STRINGS.attribution[lang]);
      expect(credit).toContain('© OpenStreetMap contributors (ODbL)');
      expect(credit).toMatch(lang === 'zh' ? /示意/ : /Schematic/);
    }
    expect(withAttr(parse(renderZoneSvg(ds, overview({ credit: false }))), 'data-part', 'credit')).toEqual([]);
  });

  it('draws a metric scale bar as MapLibre’s scale control measures it', () => {
    const cam = { lon: 121.2, lat: 31.05, zoom: 11 };
    const bar = part(parse(renderZoneSvg(ds, { width: 800, height: 600, lang: 'zh', palette: 'light', camera: cam, scaleBar: true })), 'scale-bar');
    const metres = Number(bar.getAttribute('data-metres'));
    expect(metres).toBe(3000); // 100 px ≈ 3.3 km at zoom 11 here: the round number below is 3 km
    expect(text(bar)).toContain('3\u00a0km');
    const d = bar.getElementsByTagName('path')[0]!.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(d[3]! - d[0]!).toBeCloseTo(metres / metresPerPixel(cam.lat, cam.zoom), 0);
  });

  it('leaves out what is off screen, and names projects and sections once there is room as the map does', () => {
    const root = parse(renderZoneSvg(ds, { width: 1280, height: 800, lang: 'zh', palette: 'light', camera: { lon: 121.225, lat: 31.035, zoom: 13.2 } }));
    const shown = items(root, 'project').map((e) => e.getAttribute('data-item'));
    expect(shown).toContain('g60-starlink-plan');
    expect(shown).not.toContain('satellite-super-factory-project'); // 10 km away to the north-east
    expect(withAttr(root, 'data-label', 'east-zhongshan-eco-business')).toHaveLength(1);
    const far = parse(renderZoneSvg(ds, overview()));
    expect(withAttr(far, 'data-label', 'east-zhongshan-eco-business')).toEqual([]);
    expect(withAttr(part(far, 'labels'), 'data-label').filter((e) => ds.byId.get(e.getAttribute('data-label')!)?.kind === 'project')).toEqual([]);
  });

  it('follows the cluster filter and hidden layers', () => {
    const root = parse(renderZoneSvg(ds, overview({ clusters: ['crypto-xinchuang'], layers: { areas: false } })));
    expect(items(root, 'area')).toEqual([]);
    expect(items(root, 'project').map((e) => e.getAttribute('data-item'))).toEqual(
      ds.projects.filter((p) => p.properties.cluster === 'crypto-xinchuang').map((p) => p.properties.id));
    expect(items(root, 'place').every((e) => ds.places.find((p) => p.properties.id === e.getAttribute('data-item'))!.properties.clusters.includes('crypto-xinchuang'))).toBe(true);
  });

  it('is pure: the same input gives the same string', () => {
    expect(renderZoneSvg(ds, overview({ legend: true }))).toBe(renderZoneSvg(ds, overview({ legend: true })));
  });

  it('imports neither solid-js nor maplibre-gl, nor anything in the DOM', () => {
    for (const f of readdirSync('src/static-map')) {
      const code = readFileSync(`src/static-map/${f}`, 'utf8');
      expect(code, f).not.toMatch(/from '(solid-js|maplibre-gl)/);
      expect(code, f).not.toMatch(/\bdocument\.|\bwindow\./);
    }
  });
});

describe('the static map projection (Web Mercator, 512-px tiles, as MapLibre)', () => {
  it('puts the world in a 512 · 2^z px square', () => {
    expect(project(0, 0, 0)).toEqual([256, 256]);
    expect(project(180, 0, 0)[0]).toBe(512);
    expect(project(-180, 0, 2)[0]).toBe(0);
    const [x, y] = project(0, 85.0511287798, 0);
    expect(x).toBe(256);
    expect(y).toBeCloseTo(0, 6);
    expect(TILE_SIZE).toBe(512);
  });

  it('agrees with MapLibre’s MercatorCoordinate, and unprojects back', () => {
    for (const [lon, lat, z] of [[121.2, 31.05, 11.18], [121.362, 30.956, 14], [-73.98, 40.75, 3.5], [0, -60, 0]] as const) {
      const m = MercatorCoordinate.fromLngLat([lon, lat]), size = 512 * 2 ** z;
      const [x, y] = project(lon, lat, z);
      expect(x).toBeCloseTo(m.x * size, 6);
      expect(y).toBeCloseTo(m.y * size, 6);
      const [lon2, lat2] = unproject(x, y, z);
      expect(lon2).toBeCloseTo(lon, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });

  it('puts the centre in the middle, and one tile width east at zoom z 512 px to the right', () => {
    const cam = { lon: 121.25, lat: 31.05, zoom: 11.5 }, at = screenProjector(cam, 1280, 800);
    expect(at(cam.lon, cam.lat)).toEqual([640, 400]);
    const [x, y] = at(cam.lon + 360 / 2 ** cam.zoom, cam.lat);
    expect(x).toBeCloseTo(640 + 512, 9);
    expect(y).toBeCloseTo(400, 9);
  });

  // Cameras a real MapLibre 6.20 map took with `new Map({ bounds, fitBoundsOptions: { padding, maxZoom } })`
  // in Chromium, and where it then put a point (map.project), recorded once.
  const B = [121.114, 30.956, 121.362, 31.127] as const;
  const MAPLIBRE = [
    { size: [1280, 800], padding: WIDE, bounds: B, cam: [121.18658536585372, 31.041538394241428, 11.182921170110479], at: [684.3548387096325, 367.3443745716413] },
    { size: [1200, 630], padding: { top: 20, bottom: 20, right: 20, left: 20 }, bounds: B, cam: [121.23800000000006, 31.041538394241428, 11.021375416117303], at: [487.6648549146753, 285.80369524249323] },
    { size: [390, 800], padding: { top: 30, bottom: 400, right: 30, left: 30 }, bounds: B, cam: [121.23800000000006, 30.922343638216546, 9.86976328485085], at: [144.43548387090365, 201.8581019618362] },
    { size: [800, 600], padding: { top: 10, bottom: 10, right: 10, left: 10 }, bounds: [121.25, 31.07, 121.26, 31.08], maxZoom: 13.5, cam: [121.255, 31.075000131476443, 13.5], at: [-506.22302245352006, 780.8771156152089] },
  ] as const;
  for (const c of MAPLIBRE) {
    it(`frames bounds as MapLibre’s fitBounds does (${c.size.join('×')}${'maxZoom' in c ? ', maxZoom' : ''})`, () => {
      const cam = fitCamera(c.bounds, c.padding, c.size[0], c.size[1], 'maxZoom' in c ? c.maxZoom : undefined);
      expect(cam.lon).toBeCloseTo(c.cam[0], 9);
      expect(cam.lat).toBeCloseTo(c.cam[1], 9);
      expect(cam.zoom).toBeCloseTo(c.cam[2], 9);
      const [x, y] = screenProjector(cam, c.size[0], c.size[1])(121.2, 31.05);
      expect(x).toBeCloseTo(c.at[0], 5);
      expect(y).toBeCloseTo(c.at[1], 5);
    });
  }

  // The same, on a map with the app's limits (MapView: maxBounds REGION_BBOX, zoom 8.5–17), which MapLibre
  // applies after fitting: a phone's tall view is zoomed in to stay inside the region, a view at its edge panned.
  const LIMITS = { maxBounds: [120.85, 30.80, 121.55, 31.26] as const, minZoom: 8.5, maxZoom: 17 };
  const LIMITED = [
    { size: [1280, 800], padding: WIDE, bounds: B, cam: [121.18658536585372, 31.041538394241428, 11.182921170110859] },
    { size: [390, 800], padding: { top: 30, bottom: 400, right: 30, left: 30 }, bounds: B, cam: [121.23800000000006, 31.03027771240191, 10.033191405488347] },
    { size: [2400, 500], padding: { top: 30, bottom: 30, right: 30, left: 30 }, bounds: B, cam: [121.20000000000005, 31.041538394241428, 11.235244959655564] },
    { size: [800, 600], padding: { top: 10, bottom: 10, right: 10, left: 10 }, bounds: [121.53, 31.24, 121.55, 31.26], maxZoom: 12, cam: [121.4813354492187, 31.21596779528693, 12] },
  ] as const;
  for (const c of LIMITED) {
    it(`keeps the camera within the map's limits as MapLibre does (${c.size.join('×')})`, () => {
      const cam = constrainCamera(fitCamera(c.bounds, c.padding, c.size[0], c.size[1], 'maxZoom' in c ? c.maxZoom : LIMITS.maxZoom), c.size[0], c.size[1], LIMITS);
      expect(cam.lon).toBeCloseTo(c.cam[0], 9);
      expect(cam.lat).toBeCloseTo(c.cam[1], 9);
      expect(cam.zoom).toBeCloseTo(c.cam[2], 9);
    });
  }

  it('applies the limits to the picture', () => {
    const phone = { width: 390, height: 800, lang: 'en', palette: 'light', fit: { bounds: B, padding: { top: 30, bottom: 400, right: 30, left: 30 } } } as const;
    expect(Number(parse(renderZoneSvg(ds, phone)).getAttribute('data-zoom'))).toBeCloseTo(9.870, 3);
    expect(Number(parse(renderZoneSvg(ds, { ...phone, limits: LIMITS })).getAttribute('data-zoom'))).toBeCloseTo(10.033, 3);
    expect(constrainCamera({ lon: 121.2, lat: 31, zoom: 3 }, 800, 600, { minZoom: 8.5 })).toEqual({ lon: 121.2, lat: 31, zoom: 8.5 });
  });

  it('fits the bounds to the padded frame, touching it on one axis', () => {
    const cam = fitCamera(B, WIDE, 1280, 800), at = screenProjector(cam, 1280, 800);
    const [x0, y0] = at(B[0], B[3]), [x1, y1] = at(B[2], B[1]);
    expect(x0).toBeCloseTo(400, 6);
    expect(x1).toBeCloseTo(1220, 6);
    expect(y0).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(y1).toBeLessThanOrEqual(760 + 1e-6);
    expect((y0 + y1) / 2).toBeCloseTo(400, 6);
  });

  it('draws the zone where MapLibre would, to 0.1 px', () => {
    const root = parse(renderZoneSvg(ds, overview()));
    const cam = fitCamera(ds.bounds, WIDE, 1280, 800), c = MercatorCoordinate.fromLngLat([cam.lon, cam.lat]), size = 512 * 2 ** cam.zoom;
    for (const f of ds.projects) {
      const m = MercatorCoordinate.fromLngLat(f.geometry.coordinates as [number, number]);
      const circle = items(root, 'project').find((e) => e.getAttribute('data-item') === f.properties.id)!.getElementsByTagName('circle')[0]!;
      expect(Number(circle.getAttribute('cx'))).toBeCloseTo((m.x - c.x) * size + 640, 1);
      expect(Number(circle.getAttribute('cy'))).toBeCloseTo((m.y - c.y) * size + 400, 1);
    }
  });
});
