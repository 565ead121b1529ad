/** The pieces of `npm run boundaries` that need no project copy: the GCJ-02 offset, NBS codes, datum checks. */
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../scripts/boundaries/gcj02';
import { InputError, guessProjected, normaliseCode, readDataset } from '../../scripts/boundaries/dataset';
import { TOWN_EXTENTS, compareExtents } from '../../scripts/boundaries/reference';

const square = (x: number, y: number, d: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
const fc = (extra: Record<string, unknown> = {}) => JSON.stringify({
  type: 'FeatureCollection', attribution: 'Test', ...extra,
  features: [{ type: 'Feature', properties: { nbs_code: '310117104' }, geometry: square(121.27, 30.99, 0.03) }],
});

describe('GCJ-02 offset', () => {
  it('moves a Songjiang point ~0.0045° east and ~0.002° south (about 480 m)', () => {
    const [x, y] = wgs84ToGcj02([121.29002, 31.00325]);
    expect(x - 121.29002).toBeGreaterThan(0.004);
    expect(x - 121.29002).toBeLessThan(0.005);
    expect(y - 31.00325).toBeLessThan(-0.0018);
    expect(y - 31.00325).toBeGreaterThan(-0.0025);
  });

  it('is undone by its inverse to well under a millimetre', () => {
    const back = gcj02ToWgs84(wgs84ToGcj02([121.2, 31.05]));
    expect(Math.abs(back[0] - 121.2)).toBeLessThan(1e-8);
    expect(Math.abs(back[1] - 31.05)).toBeLessThan(1e-8);
  });

  it('leaves points outside China alone', () => {
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
  });
});

describe('NBS codes', () => {
  it.each([
    ['310117104', '310117104'], [310117104, '310117104'], ['310117104000', '310117104'], [310117104000, '310117104'],
    ['310117', '310117'], ['310117000', '310117'], ['310117000000', '310117'], ['310117104001', '310117104001'],
    ['CN-SH', null], ['3101', null], [3.5, null], [null, null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseCode(input)).toBe(expected);
  });
});

describe('datum checks', () => {
  it.each(['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326', 'http://www.opengis.net/def/crs/EPSG/0/4326', 'urn:ogc:def:crs:EPSG::4490'])('accepts crs %s', (name) => {
    expect(readDataset(fc({ crs: { type: 'name', properties: { name } } }), 'x.geojson').units.has('310117104')).toBe(true);
  });

  it.each(['EPSG:3857', 'urn:ogc:def:crs:EPSG::4547', 'urn:ogc:def:crs:EPSG::32651'])('refuses crs %s', (name) => {
    expect(() => readDataset(fc({ crs: { type: 'name', properties: { name } } }), 'x.geojson')).toThrow(InputError);
  });

  it('accepts a note saying the data were converted from GCJ-02', () => {
    expect(() => readDataset(fc({ datum: 'WGS84 (converted from GCJ-02)' }), 'x.geojson')).not.toThrow();
  });

  it('names the likely projection of coordinates in metres', () => {
    expect(guessProjected([13497490, 3629275])).toContain('EPSG:3857');
    expect(guessProjected([614000, 3431000])).toContain('EPSG:4549');
    expect(guessProjected([328000, 3431000])).toContain('EPSG:32651');
    expect(guessProjected([40614000, 3431000])).toContain('EPSG:4528');
  });

  it('tells GCJ-02 town extents from WGS84 ones', () => {
    const [code, town] = [...TOWN_EXTENTS][0]!;
    const [W, S, E, N] = town.bbox;
    const rect = (ring: number[][]) => ({ code, geometry: { type: 'Polygon' as const, coordinates: [ring] } });
    const wgs = [[W, S], [E, S], [E, N], [W, N], [W, S]];
    expect(compareExtents([rect(wgs)])?.gcj02).toBe(false);
    expect(compareExtents([rect(wgs.map((p) => wgs84ToGcj02(p)))])?.gcj02).toBe(true);
    expect(compareExtents([{ code: '999999999', geometry: rect(wgs).geometry }])).toBeNull();
  });
});
