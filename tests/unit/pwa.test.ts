/**
 * The offline app's build-time parts (manifest, icons, the worker's routes, the content's date) and
 * the page side of updates (src/app/sw.ts, with the registration stubbed). The worker itself runs
 * in tests/e2e/offline.e2e.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { ICONS, THEME_COLOR, buildIcons, maskableSvg } from '../../scripts/pwa/icons';
import { MANIFEST, PWA_OPTIONS, PRECACHE_GLOBS } from '../../scripts/pwa/plugin';
import { dataAsOf, localDate, type Git } from '../../scripts/data-as-of-plugin';

const pngSize = (b: Buffer) => ({ png: b.readUInt32BE(0) === 0x89504e47, width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('the web app manifest and its icons', () => {
  it('is in Chinese, opens the site\'s folder standalone, in the top bar\'s colour', () => {
    expect(MANIFEST).toMatchObject({
      name: '松江新城G60数字经济创新产业示范区地图', short_name: 'G60示范区地图', lang: 'zh-CN',
      start_url: './', scope: './', display: 'standalone', theme_color: '#123a5c',
    });
    expect(MANIFEST.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('draws PNG icons of the sizes the manifest says, from the favicon', () => {
    const icons = buildIcons(process.cwd());
    expect(icons.map((i) => i.fileName)).toEqual(ICONS.map((i) => i.fileName));
    for (const i of icons) expect(pngSize(i.png)).toEqual({ png: true, width: i.size, height: i.size });
  });

  it('fills the maskable icon to its corners and keeps the artwork in the safe zone', () => {
    const svg = readFileSync('public/favicon.svg', 'utf8');
    const pixel = (s: string, x: number, y: number) => {
      const img = new Resvg(s, { fitTo: { mode: 'width', value: 100 } }).render();
      return [...img.pixels.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];
    };
    const theme = [1, 3, 5].map((i) => parseInt(THEME_COLOR.slice(i, i + 2), 16));
    expect(pixel(maskableSvg(svg), 0, 0)).toEqual([...theme, 255]);
    expect(pixel(svg, 0, 0)[3]).toBe(0); // the plain icon keeps its rounded corners
    // Nothing but ground outside the central 80 %: the favicon's red dot and yellow line sit inside.
    for (const [x, y] of [[10, 50], [50, 10], [89, 50], [50, 89], [12, 12], [87, 87]] as const) expect(pixel(maskableSvg(svg), x, y)).toEqual([...theme, 255]);
  });
});

describe('the service worker\'s options', () => {
  const routes = PWA_OPTIONS.workbox!.runtimeCaching!;
  const match = (path: string, sameOrigin = true) => routes.filter((r) => typeof r.urlPattern === 'function'
    && (r.urlPattern as (o: { url: URL; sameOrigin: boolean }) => boolean)({ url: new URL(path, 'https://map.example.gov.cn/g60/'), sameOrigin }))
    .map((r) => r.handler);

  it('precaches the app, its chunks, downloads, licence, share image and icons, but not the config', () => {
    expect(PRECACHE_GLOBS).toEqual(expect.arrayContaining(['index.html', 'assets/**/*.{js,css,woff2}', 'data/*.{geojson,txt}', 'fonts/OFL.txt', 'og-image.png', 'icons/*.png']));
    expect(PRECACHE_GLOBS.some((g) => g.includes('config') || g.includes('basemap'))).toBe(false);
    expect(PWA_OPTIONS.workbox!.maximumFileSizeToCacheInBytes).toBeGreaterThan(1_500_000);
    expect(PWA_OPTIONS.registerType).toBe('prompt');
    expect(PWA_OPTIONS.workbox!.skipWaiting).toBe(false);
  });

  it('reads config.json network-first and basemap tiles cache-first, at most 5000', () => {
    expect(match('config.json')).toEqual(['NetworkFirst']);
    expect(match('config.json', false)).toEqual([]);
    expect(match('basemap/osm/14/13702/6693.pbf')).toEqual(['CacheFirst']);
    expect(match('basemap/osm/metadata.json')).toEqual([]);
    expect(match('assets/index-abc.js')).toEqual([]);
    const tiles = routes.find((r) => r.handler === 'CacheFirst')!;
    expect(tiles.options?.expiration?.maxEntries).toBe(5000);
    expect(routes.find((r) => r.handler === 'NetworkFirst')!.options?.networkTimeoutSeconds).toBeLessThanOrEqual(5);
  });

  it('answers navigations to the app with its page, but not links to files', () => {
    const deny = PWA_OPTIONS.workbox!.navigateFallbackDenylist!;
    const denied = (p: string) => deny.some((r) => r.test(p));
    for (const p of ['/g60/', '/g60/?sel=core-lingang-songjiang', '/g60/?cam=121.30000,31.09000,12.50&lang=en', '/data/g60/?panel=list']) expect(denied(p), p).toBe(false);
    for (const p of ['/g60/data/g60-areas.geojson', '/g60/fonts/OFL.txt', '/g60/og-image.png', '/g60/embed-client.d.ts', '/g60/config.json?x=1']) expect(denied(p), p).toBe(true);
  });
});

describe('the content\'s date', () => {
  const now = new Date(2031, 4, 6, 12);
  const git = (answers: Record<string, string>): Git => (args) => {
    const a = answers[args[0]!];
    if (a === undefined) throw new Error('git: not a repository');
    return a;
  };

  it('is the last commit to data/ or seeds/', () => {
    const calls: string[][] = [];
    const g: Git = (args) => { calls.push(args); return git({ status: '', log: '2030-11-23\n' })(args); };
    expect(dataAsOf('.', { git: g, now })).toEqual({ date: '2030-11-23', from: 'git' });
    expect(calls[1]).toEqual(['log', '-1', '--format=%cs', '--', 'data', 'seeds']);
  });

  it('is the build date when the content has uncommitted changes, or there is no git or no history', () => {
    expect(dataAsOf('.', { git: git({ status: ' M data/areas.geojson\n', log: '2030-11-23' }), now })).toEqual({ date: '2031-05-06', from: 'build-date' });
    expect(dataAsOf('.', { git: git({}), now })).toEqual({ date: '2031-05-06', from: 'build-date' });
    expect(dataAsOf('.', { git: git({ status: '', log: '' }), now }).date).toBe('2031-05-06');
    expect(localDate(new Date(2030, 0, 9))).toBe('2030-01-09');
  });
});

describe('updates on the page (src/app/sw.ts)', () => {
  interface Options { onNeedRefresh?: () => void; onNeedReload?: () => void; onRegisteredSW?: () => void; immediate?: boolean }
  afterEach(() => { vi.unstubAllGlobals(); vi.resetModules(); vi.doUnmock('virtual:pwa-register'); });

  async function load() {
    let options: Options | undefined;
    const update = vi.fn(async () => {});
    vi.doMock('virtual:pwa-register', () => ({ registerSW: (o: Options) => { options = o; return update; } }));
    const reload = vi.fn();
    vi.stubGlobal('document', { readyState: 'complete', documentElement: { dataset: { mapReady: 'true' } }, baseURI: 'https://map.example.gov.cn/g60/' });
    vi.stubGlobal('navigator', { serviceWorker: { controller: null, addEventListener: () => {} } });
    vi.stubGlobal('location', { reload });
    const sw = await import('../../src/app/sw');
    sw.registerServiceWorker();
    sw.registerServiceWorker(); // once only
    await vi.waitFor(() => expect(options).toBeDefined());
    return { sw, options: options!, update, reload };
  }

  it('registers once the map is drawn; an update only raises updateReady', async () => {
    const { sw, options, update, reload } = await load();
    expect(options.immediate).toBe(true);
    expect(sw.updateReady()).toBe(false);
    await expect(sw.applyUpdateWhenIdle()).resolves.toBe(false);
    const seen = vi.fn();
    sw.onUpdateReady(seen);
    options.onNeedRefresh!();
    expect(sw.updateReady()).toBe(true);
    expect(seen).toHaveBeenCalledOnce();
    // Another page started the new version: this one does not reload in front of its visitor.
    options.onNeedReload!();
    expect(reload).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
  });

  it('applies a waiting update when asked (a kiosk\'s idle reset) and then reloads', async () => {
    const { sw, options, update, reload } = await load();
    options.onNeedRefresh!();
    const late = vi.fn();
    sw.onUpdateReady(late);
    expect(late).toHaveBeenCalledOnce();
    await expect(sw.applyUpdateWhenIdle()).resolves.toBe(true);
    expect(update).toHaveBeenCalledWith(true);
    options.onNeedReload!();
    expect(reload).toHaveBeenCalledOnce();
  });
});
