/**
 * The share image (scripts/share-image-plugin.ts) and the data downloads
 * (scripts/data-download-plugin.ts), from the plugins' builder functions: no Vite build is run.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { openSync as openFont, type Font } from 'fontkit';
import gjv from 'geojson-validation';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DOWNLOADS, DOWNLOAD_KINDS, LICENCE, README_FILE, buildDownloads, downloadSizes, type DownloadFile,
} from '../../scripts/data-download-plugin';
import {
  SHARE_FONT_FAMILY, SHARE_IMAGE_SIZE, buildShareImage, rasterise, shareFontFiles, shareImageUrl, shareMetaHtml, withFontFamily,
} from '../../scripts/share-image-plugin';
import { STRINGS } from '../../src/i18n/strings';

const root = process.cwd();

/** Width, height and RGBA pixels of an 8-bit RGBA or RGB, non-interlaced PNG (what resvg writes). */
function decodePng(png: Buffer): { width: number; height: number; pixels: Uint8Array; channels: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The first chunk must be IHDR: length 13, then width and height (big-endian), bit depth, colour type.
  expect(png.readUInt32BE(8)).toBe(13);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16), height = png.readUInt32BE(20), depth = png[24]!, colour = png[25]!, interlace = png[28]!;
  expect(depth).toBe(8);
  expect([2, 6]).toContain(colour);
  expect(interlace).toBe(0);
  const channels = colour === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat)), stride = width * channels, pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!, line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0, b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      pixels[y * stride + x] = (line[x]! + pred) & 0xff;
    }
  }
  return { width, height, pixels, channels };
}

const colours = (img: ReturnType<typeof decodePng>) => {
  const seen = new Set<number>();
  for (let i = 0; i < img.pixels.length; i += img.channels) seen.add((img.pixels[i]! << 16) | (img.pixels[i + 1]! << 8) | img.pixels[i + 2]!);
  return seen;
};
/** Pixels that differ between two images of the same size. */
const differing = (a: ReturnType<typeof decodePng>, b: ReturnType<typeof decodePng>) => {
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += a.channels) if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] || a.pixels[i + 2] !== b.pixels[i + 2]) n++;
  return n;
};

/** The text an SVG draws (character data of its <text>/<tspan> elements, entities decoded). */
const svgText = (svg: string) => [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)/g)].map((m) => m[1]!)
  .join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('the share image', () => {
  let png: Buffer, svg: string;
  beforeAll(() => { ({ png, svg } = buildShareImage(root)); });

  it('is a 1200 × 630 PNG with a picture in it', () => {
    const img = decodePng(png);
    expect([img.width, img.height]).toEqual([SHARE_IMAGE_SIZE.width, SHARE_IMAGE_SIZE.height]);
    // The ground, the tiers, six cluster colours, text with anti-aliasing: thousands of colours. A blank or
    // single-colour render has one or two.
    expect(colours(img).size).toBeGreaterThan(500);
  });

  it('draws the zone in Chinese with the title, the legend and the 示意 credit', () => {
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
    expect(svg).toContain('lang="zh-CN"');
    for (const part of ['title', 'legend', 'credit', 'areas', 'projects']) expect(svg).toContain(`data-part="${part}"`);
    const text = svgText(svg);
    expect(text).toContain(STRINGS.title.zh);
    expect(text).toContain('示意');
    expect(text).toContain('© OpenStreetMap contributors');
  });

  it('names the font it is given first, so resvg draws every character with it', () => {
    const family = svg.match(/^<svg[^>]*\bfont-family="([^"]*)"/)![1]!;
    expect(family.split(',').map((f) => f.trim().replace(/'/g, ''))).toContain(SHARE_FONT_FAMILY);
    expect(withFontFamily('<svg font-family="serif">', 'X Y')).toBe(`<svg font-family="'X Y',serif">`);
    expect(withFontFamily(`<svg font-family="a,'X Y'">`, 'X Y')).toBe(`<svg font-family="a,'X Y'">`);
    // The files really are that family, and have a glyph for every character the picture writes (no boxes).
    const fonts = shareFontFiles().map((f) => openFont(f) as Font);
    expect(fonts.map((f) => f.familyName)).toEqual([SHARE_FONT_FAMILY, SHARE_FONT_FAMILY]);
    const missing = [...new Set(svgText(svg))].filter((c) => !/\s/.test(c) && !fonts[0]!.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('draws text only from the font files it is given, never from the system fonts', () => {
    const probe = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" font-family="\'Noto Sans CJK SC\',sans-serif">' +
      '<rect width="200" height="60" fill="#fff"/><text x="10" y="42" font-size="32" fill="#000">示意图</text></svg>';
    const blank = decodePng(rasterise('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/></svg>'));
    // No font file: nothing is drawn, even though this machine may have Noto Sans CJK SC installed.
    expect(differing(decodePng(rasterise(probe, { fontFiles: [] })), blank)).toBe(0);
    // The regular font only (the SVG asks for a family it lacks, and for sans-serif): the glyphs are drawn.
    expect(differing(decodePng(rasterise(probe, { fontFiles: [shareFontFiles()[0]!] })), blank)).toBeGreaterThan(300);
  });

  it('points og:image at G60_SHARE_BASE when set, else at ./og-image.png', () => {
    expect(shareImageUrl(undefined)).toBe('./og-image.png');
    expect(shareImageUrl('  ')).toBe('./og-image.png');
    expect(shareImageUrl('https://map.example.gov.cn/g60/')).toBe('https://map.example.gov.cn/g60/og-image.png');
    expect(shareImageUrl('https://map.example.gov.cn/g60')).toBe('https://map.example.gov.cn/g60/og-image.png');
    expect(() => shareImageUrl('map.example.gov.cn/g60/')).toThrow(/G60_SHARE_BASE/);
    expect(() => shareImageUrl('ftp://map.example.gov.cn/')).toThrow(/http/);
    const html = readFileSync('index.html', 'utf8');
    for (const m of ['og:type', 'og:title', 'og:description', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt']) {
      expect(html, m).toMatch(new RegExp(`<meta property="${m}" content="[^"]+"`));
    }
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(shareMetaHtml(html, './og-image.png')).toBe(html);
    const out = shareMetaHtml(html, 'https://map.example.gov.cn/g60/og-image.png');
    expect(out).toContain('<meta property="og:image" content="https://map.example.gov.cn/g60/og-image.png" />');
    expect(out).toContain('<meta name="twitter:image" content="https://map.example.gov.cn/g60/og-image.png" />');
    expect(out).toContain('<meta property="og:url" content="https://map.example.gov.cn/g60/" />');
    expect(out).not.toContain('./og-image.png');
  });
});

describe('the data downloads', () => {
  let files: DownloadFile[];
  beforeAll(() => { files = buildDownloads(root); });
  const file = (name: string) => files.find((f) => f.fileName === name)!;
  const register = JSON.parse(readFileSync('seeds/register.json', 'utf8')) as { documents: { id: string; sections: { id: string }[] }[] };

  it('are the three GeoJSON files and a README under data/', () => {
    expect(files.map((f) => f.fileName)).toEqual(['data/g60-areas.geojson', 'data/g60-places.geojson', 'data/g60-projects.geojson', 'data/README.txt']);
    expect(downloadSizes(files)).toEqual(Object.fromEntries(files.map((f) => [f.fileName, Buffer.byteLength(f.source, 'utf8')])));
  });

  for (const kind of DOWNLOAD_KINDS) {
    it(`g60-${kind}.geojson is valid GeoJSON holding data/${kind}.geojson's features exactly`, () => {
      const fc = JSON.parse(file(DOWNLOADS[kind].fileName).source);
      expect(gjv.valid(fc, true)).toEqual([]);
      expect(fc.type).toBe('FeatureCollection');
      const original = JSON.parse(readFileSync(DOWNLOADS[kind].source, 'utf8'));
      expect(fc.features).toEqual(original.features);
      expect(fc.features.length).toBeGreaterThan(0);
      for (const f of fc.features) {
        expect(['surveyed', 'approximate', 'schematic'], f.id).toContain(f.properties.accuracy);
        expect(f.properties.accuracyNote.zh, f.id).toBeTruthy();
        expect(f.properties.sources.length, f.id).toBeGreaterThan(0);
      }
      // The top-level members: layer name, licence and notes (sources, 示意, WGS84), and the documents cited.
      expect(fc.name).toBe(`g60-${kind}`);
      expect(fc.license).toBe(LICENCE);
      expect(fc.notes.en).toMatch(/five source documents/);
      expect(fc.notes.en).toMatch(/schematic/);
      expect(fc.notes.en).toMatch(/WGS84.*RFC 7946/);
      expect(fc.notes.zh).toMatch(/示意/);
      expect(fc.documents.map((d: { id: string }) => d.id)).toEqual(register.documents.map((d) => d.id));
      expect(fc.documents).toHaveLength(5);
      const docs = new Map<string, Set<string>>(fc.documents.map((d: { id: string; sections: { id: string }[] }) => [d.id, new Set(d.sections.map((s) => s.id))]));
      for (const f of fc.features) for (const s of f.properties.sources) expect(docs.get(s.doc)?.has(s.section), `${f.id} ${s.doc} ${s.section}`).toBe(true);
      // No member of the register that is not for the public (its notes on the source files).
      expect(JSON.stringify(fc.documents)).not.toMatch(/"(file|facts)"/);
    });
  }

  it('README.txt says what each file holds, the 示意 status, the citations and the licence, in both languages', () => {
    const text = file(README_FILE).source;
    for (const k of DOWNLOAD_KINDS) expect(text).toContain(DOWNLOADS[k].fileName.slice('data/'.length));
    for (const s of ['示意', 'Schematic', 'properties.sources', 'WGS84', STRINGS.dataLicence.zh, STRINGS.dataLicence.en, '松科委〔2022〕36号']) expect(text).toContain(s);
    for (const d of register.documents) expect(text).toContain(d.id);
  });

  it('is the same on every build', () => {
    expect(buildDownloads(root)).toEqual(files);
  });
});
