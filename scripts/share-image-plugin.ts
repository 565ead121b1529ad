/**
 * Vite plugin: the share image `og-image.png` (1200 × 630, the size Open Graph and Twitter cards
 * want), drawn at build time from the same Dataset as the map by `renderZoneSvg` (light palette,
 * Chinese, title, legend, 示意 credit) and rasterised by resvg (`@resvg/resvg-js`).
 *
 * Text is drawn with Noto Sans SC Regular from the font package the project already has, given to
 * resvg as a file with the system fonts switched off: the picture is the same on every machine,
 * and Chinese renders where no CJK font is installed.
 *
 * index.html's `og:image` / `twitter:image` say `./og-image.png`; crawlers want an absolute URL, so
 * with `G60_SHARE_BASE=https://…/` set at build time the plugin writes `<base>og-image.png` there
 * (and adds `og:url`). The dev server renders the image on request.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { createDataset } from '../src/data/dataset.ts';
import type { Dataset } from '../src/domain/dataset.ts';
import { areaFigures } from '../src/domain/figures.ts';
import { readFullContent, splitContent } from '../src/domain/split.ts';
import type { Register } from '../src/domain/types.ts';
import { renderZoneSvg } from '../src/static-map/svg.ts';
import { sourceFont } from './font-subset/build.ts';

export const SHARE_IMAGE_FILE = 'og-image.png';
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
/** Build-time environment variable: the site's public address, for absolute og:image URLs. */
export const SHARE_BASE_ENV = 'G60_SHARE_BASE';
/** The family name inside the source font (Noto Sans SC Regular of @expo-google-fonts/noto-sans-sc). */
export const SHARE_FONT_FAMILY = 'Noto Sans SC';

/**
 * Room kept free around the zone's bounds: the title above, the legend on the left (about 200 px
 * wide at the bottom), the credit line below.
 */
const PADDING = { top: 72, right: 48, bottom: 44, left: 236 };

/** The Dataset the app builds, from the content files under `root` (split and figures as the build does). */
export function datasetFromFiles(root: string): Dataset {
  const read = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8'));
  const areas = read('data/areas.geojson');
  const { light } = splitContent(readFullContent(read));
  return createDataset({
    ...light, register: read('seeds/register.json') as Register, ground: read('data/ground.geojson') as FeatureCollection,
    figures: areaFigures(areas),
  });
}

/** `svg` with `family` first in its root's font-family list (resvg takes the first family it has). */
export function withFontFamily(svg: string, family: string): string {
  return svg.replace(/^(<svg\b[^>]*?\bfont-family=")([^"]*)"/, (all, head: string, list: string) =>
    list.split(',').some((f) => f.trim().replace(/^['"]|['"]$/g, '') === family) ? all : `${head}'${family}',${list}"`);
}

/** The share image's SVG: the whole zone, light palette, in Chinese, with title, legend and credit. */
export function shareImageSvg(ds: Dataset): string {
  const svg = renderZoneSvg(ds, {
    ...SHARE_IMAGE_SIZE, lang: 'zh', palette: 'light', title: true, legend: true, credit: true,
    fit: { bounds: ds.bounds, padding: PADDING },
  });
  return withFontFamily(svg, SHARE_FONT_FAMILY);
}

/**
 * The font files of the share image: Noto Sans SC Regular (the file the font subset is cut from)
 * and Bold from the same package (the title and the project numbers are bold); SIL OFL 1.1.
 */
export function shareFontFiles(): string[] {
  const regular = sourceFont().font;
  return [regular, join(dirname(dirname(regular)), '700Bold/NotoSansSC_700Bold.ttf')];
}

export interface RasterOptions {
  /** Font files resvg may use (default: `shareFontFiles()`). No system font is ever loaded. */
  fontFiles?: string[];
}

/** Rasterises an SVG with resvg at its own size, using only `fontFiles` for text. */
export function rasterise(svg: string, opts: RasterOptions = {}): Buffer {
  const fontFiles = opts.fontFiles ?? shareFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: SHARE_FONT_FAMILY, sansSerifFamily: SHARE_FONT_FAMILY },
  });
  return resvg.render().asPng();
}

/** The share image of the project under `root`: its PNG and the SVG it was drawn from. */
export function buildShareImage(root: string, opts: RasterOptions = {}): { png: Buffer; svg: string } {
  const svg = shareImageSvg(datasetFromFiles(root));
  return { png: rasterise(svg, opts), svg };
}

/**
 * The `og:image` URL: `<base>og-image.png` for an absolute http(s) base (a missing trailing `/` is
 * added), the relative `./og-image.png` when there is none. Throws on a base that is not absolute.
 */
export function shareImageUrl(base: string | undefined): string {
  const b = base?.trim();
  if (!b) return `./${SHARE_IMAGE_FILE}`;
  let url: URL;
  try {
    url = new URL(b);
  } catch {
    throw new Error(`${SHARE_BASE_ENV} must be an absolute http(s) URL such as https://map.example.gov.cn/g60/ (got "${b}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${SHARE_BASE_ENV} must be an http(s) URL (got "${b}")`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return new URL(SHARE_IMAGE_FILE, url).href;
}

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** index.html with its og:image / twitter:image pointed at `url` (and og:url added when absolute). */
export function shareMetaHtml(html: string, url: string): string {
  const out = html.replace(/(<meta\s+(?:property|name)="(?:og:image|twitter:image)"\s+content=")[^"]*(")/g, `$1${escAttr(url)}$2`);
  if (!/^https?:/.test(url) || /property="og:url"/.test(out)) return out;
  const site = url.slice(0, -SHARE_IMAGE_FILE.length);
  return out.replace(/(<meta\s+property="og:type"[^>]*>)/, `$1\n    <meta property="og:url" content="${escAttr(site)}" />`);
}

export function shareImagePlugin(): Plugin {
  let root = process.cwd();
  let url = `./${SHARE_IMAGE_FILE}`;
  return {
    name: 'g60-share-image',
    configResolved(config) {
      root = config.root;
      url = shareImageUrl(process.env[SHARE_BASE_ENV]);
    },
    transformIndexHtml: {
      // After Vite's own HTML processing, which would otherwise try to resolve the image as a source file.
      order: 'post',
      handler: (html) => shareMetaHtml(html, url),
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!new URL(req.url ?? '/', 'http://dev').pathname.endsWith(`/${SHARE_IMAGE_FILE}`)) return next();
        try {
          const { png } = buildShareImage(root);
          res.setHeader('Content-Type', 'image/png');
          res.end(png);
        } catch (e) {
          next(e);
        }
      });
    },
    generateBundle() {
      // Once per build (the bundle of index.html and the public entries).
      if (this.environment.name !== 'client') return;
      try {
        const { png } = buildShareImage(root);
        this.emitFile({ type: 'asset', fileName: SHARE_IMAGE_FILE, source: png });
      } catch (e) {
        this.error(`the share image could not be drawn: ${(e as Error).message}`);
      }
    },
  };
}
