import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, DEFAULT_KIOSK, expandTemplate, parseDeployConfig } from '../../src/app/deploy-config';

describe('config.json', () => {
  it('offers the built-in basemaps when nothing is configured', () => {
    expect(parseDeployConfig({ basemaps: [] })).toEqual({ config: DEFAULT_CONFIG, warnings: [] });
  });

  it('reads raster, 天地图, style and offline vector basemaps', () => {
    const { config, warnings } = parseDeployConfig({
      basemaps: [
        { id: 'osm', type: 'raster', tiles: 'https://t.example/{z}/{x}/{y}.png', attribution: '© OSM' },
        { id: 'amap', type: 'raster', datum: 'gcj02', tiles: ['https://a{1-4}.example/{z}/{x}/{y}'], attribution: '© 高德', reviewNumber: 'GS(2024)1号' },
        { id: 'tdt', type: 'tianditu', key: 'k' },
        { id: 'mine', type: 'style', url: 'https://s.example/style.json' },
        { id: 'street', type: 'osm-vector' },
      ],
      defaultBasemap: 'tdt',
    });
    expect(warnings).toEqual([]);
    expect(config.basemaps.map((b) => b.id)).toEqual(['schematic', 'schematic-dark', 'osm', 'amap', 'tdt', 'mine', 'street']);
    expect(config.defaultBasemap).toBe('tdt');
    const amap = config.basemaps[3]!;
    expect(amap.kind === 'raster' && amap.tiles.length === 4 && amap.datum === 'gcj02').toBe(true);
  });

  it.each([
    [{ basemaps: [{ id: 'x', type: 'raster', tiles: 'https://t.example/tile.png' }] }, 'tiles must be URL templates with {z}, {x} and {y}'],
    [{ basemaps: [{ id: 'x', type: 'tianditu' }] }, 'needs the deployer\'s Tianditu key'],
    [{ basemaps: [{ id: 'x', type: 'raster', datum: 'bd09', tiles: 'https://t/{z}/{x}/{y}' }] }, 'datum must be wgs84, cgcs2000 or gcj02'],
    [{ basemaps: [{ id: 'X Y', type: 'raster' }] }, 'id must be a kebab-case id'],
    [{ basemaps: [{ id: 'x', type: 'wms' }] }, 'type must be raster, tianditu, style or osm-vector'],
    [{ basemaps: [{ id: 'schematic', type: 'style', url: 'https://s/x.json' }] }, 'is used twice'],
    [{ defaultBasemap: 'nope' }, 'defaultBasemap "nope" names no basemap'],
    [[1, 2], 'is not a JSON object'],
  ])('drops a bad entry with a warning and keeps the rest: %j', (json, warning) => {
    const { config, warnings } = parseDeployConfig(json);
    expect(warnings.join('\n')).toContain(warning);
    expect(config.basemaps.slice(0, 2)).toEqual(DEFAULT_CONFIG.basemaps);
  });

  it('warns when a provider has no attribution', () => {
    expect(parseDeployConfig({ basemaps: [{ id: 'x', type: 'raster', tiles: 'https://t/{z}/{x}/{y}' }] }).warnings[0]).toContain('has no attribution');
  });

  it('expands subdomain ranges in tile templates', () => {
    expect(expandTemplate('https://t{0-2}.example/{z}')).toEqual(['https://t0.example/{z}', 'https://t1.example/{z}', 'https://t2.example/{z}']);
    expect(expandTemplate('https://{a-c}.tile/{z}')).toHaveLength(3);
    expect(expandTemplate('https://x/{z}')).toEqual(['https://x/{z}']);
  });
});

describe('tile templates relative to the page', () => {
  it('become absolute without escaping the placeholders', async () => {
    const { withAbsoluteTiles } = await import('../../src/app/deploy-config');
    const b = parseDeployConfig({ basemaps: [{ id: 'street', type: 'osm-vector', tiles: './basemap/osm/{z}/{x}/{y}.pbf' }] }).config.basemaps[2]!;
    const abs = withAbsoluteTiles(b, 'https://portal.example.gov.cn/g60/index.html');
    expect(abs.kind === 'osm-vector' && abs.tiles).toEqual(['https://portal.example.gov.cn/g60/basemap/osm/{z}/{x}/{y}.pbf']);
  });
});

describe('config.json kiosk', () => {
  const hash = `pbkdf2-sha256$600000$${'A'.repeat(22)}==$${'B'.repeat(43)}=`;

  it('starts in kiosk mode when asked, with defaults for what is not given', () => {
    const { config, warnings } = parseDeployConfig({ defaultMode: 'kiosk' });
    expect(warnings).toEqual([]);
    expect(config.defaultMode).toBe('kiosk');
    expect(config.kiosk).toEqual(DEFAULT_KIOSK);
  });

  it('reads every kiosk key', () => {
    const kiosk = { attractAfterSeconds: 45, resetAfterSeconds: 120, countdownSeconds: 20, pinHash: hash, lang: 'en', tourPace: 0.75 };
    const { config, warnings } = parseDeployConfig({ kiosk });
    expect(warnings).toEqual([]);
    expect(config.kiosk).toEqual(kiosk);
  });

  it.each([
    [{ kiosk: [] }, 'kiosk must be an object', {}],
    [{ kiosk: { attractAfterSeconds: '60' } }, 'kiosk.attractAfterSeconds must be a number from 1 to 3600', {}],
    [{ kiosk: { resetAfterSeconds: 0 } }, 'kiosk.resetAfterSeconds must be a number from 1 to 3600', {}],
    [{ kiosk: { countdownSeconds: 1e9 } }, 'kiosk.countdownSeconds must be a number from 1 to 300', {}],
    [{ kiosk: { tourPace: Number.NaN } }, 'kiosk.tourPace must be a number from 0.25 to 4', {}],
    [{ kiosk: { pinHash: '1234' } }, 'kiosk.pinHash must be a string made by `npm run kiosk-pin', {}],
    [{ kiosk: { pinHash: `md5$1$${'A'.repeat(22)}==$${'B'.repeat(43)}=` } }, 'kiosk.pinHash', {}],
    [{ kiosk: { lang: 'de', countdownSeconds: 30 } }, 'kiosk.lang must be "zh" or "en"', { countdownSeconds: 30 }],
  ])('ignores a wrong kiosk entry with a warning and keeps the rest: %j', (json, warning, kept) => {
    const { config, warnings } = parseDeployConfig(json);
    expect(warnings.join('\n')).toContain(warning);
    expect(config.kiosk).toEqual({ ...DEFAULT_KIOSK, ...kept });
  });
});
