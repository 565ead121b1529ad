/**
 * Vite plugin: the zone's data as downloads of the built site, for web-GIS users.
 *
 *   data/g60-areas.geojson     data/areas.geojson's features
 *   data/g60-places.geojson    data/places.geojson's features
 *   data/g60-projects.geojson  data/projects.geojson's features
 *   data/README.txt            what each file holds, the 示意 status, the citations, the licence line
 *
 * Each GeoJSON file carries every feature exactly as in data/ (accuracy, accuracyNote and sources
 * included), plus top-level members (RFC 7946 foreign members): `name` (the layer name GIS tools
 * show), `title`, `license`, `notes`, and `documents`, the five source documents with their
 * sections, so that each feature's `sources: [{doc, section}]` can be looked up.
 *
 * The files' sizes reach the UI (src/ui/DataDownload.tsx) as `import.meta.env.G60_DOWNLOAD_BYTES`.
 * The dev server serves the same files.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Register } from '../src/domain/types.ts';
import { STRINGS } from '../src/i18n/strings.ts';

/** The downloads, by kind: the content file each is made from and its path in the built site. */
export const DOWNLOADS = {
  areas: { source: 'data/areas.geojson', fileName: 'data/g60-areas.geojson' },
  places: { source: 'data/places.geojson', fileName: 'data/g60-places.geojson' },
  projects: { source: 'data/projects.geojson', fileName: 'data/g60-projects.geojson' },
} as const;
export type DownloadKind = keyof typeof DOWNLOADS;
export const DOWNLOAD_KINDS = Object.keys(DOWNLOADS) as DownloadKind[];
export const README_FILE = 'data/README.txt';

/** The key of `import.meta.env` that carries `{ [fileName]: bytes }` to the UI. */
export const SIZES_ENV = 'G60_DOWNLOAD_BYTES';

const TITLES: Record<DownloadKind, { zh: string; en: string }> = {
  areas: { zh: '区域：核心区、拓展区及其片区、产业基地', en: 'Areas: the core zone, the extension zones and their sections, the industrial bases' },
  places: { zh: '园区与载体：园区、基地、载体、平台、实验室、中心等', en: 'Parks and carriers: parks, bases, carriers, platforms, labs, centres and others' },
  projects: { zh: '重点项目：附件1的13个重点项目', en: 'Key projects: the 13 key projects of Annex 1' },
};

const ZONE = STRINGS.title;

const NOTES = {
  zh: '内容摘自 documents 所列的五份来源文件，每个要素在 properties.sources 中以 {doc, section} 注明出处。' +
    '几何为示意（手工绘制，表示所属区域，非测绘边界），除非要素的 properties.accuracy 另有说明（approximate 近似，surveyed 测绘；绘制方法见 accuracyNote）；' +
    '若 accuracyNote 注明了边界数据集，则须遵守该数据集的署名要求。坐标为 WGS84 经纬度（RFC 7946）。',
  en: 'Content from the five source documents listed in "documents", cited per feature in properties.sources as {doc, section}. ' +
    'Geometry is schematic (示意: drawn by hand to show where things belong, not surveyed) unless a feature\'s properties.accuracy says otherwise ' +
    '(approximate, surveyed; accuracyNote says how it was drawn); where an accuracyNote names a boundary dataset, that dataset\'s attribution applies. ' +
    'Coordinates: WGS84 longitude/latitude (RFC 7946).',
};

/** The licence line, shared with the UI (STRINGS.dataLicence). */
export const LICENCE = `${STRINGS.dataLicence.zh} ${STRINGS.dataLicence.en}`;

export interface DownloadFile { fileName: string; source: string }

/** The source documents as the downloads list them: what a citation needs, not the register's notes. */
function documentsOf(register: Register): unknown[] {
  return register.documents.map(({ id, title, issuer, number, date, editionOf, ...d }) => {
    return {
      id, title, issuer, number, date, ...(editionOf ? { editionOf } : {}),
      sections: d.sections.map((s) => ({ id: s.id, title: s.title })),
    };
  });
}

/**
 * A GeoJSON text of `fc`'s features with the top-level members, one feature per line (readable,
 * and a tenth the size of indenting every coordinate).
 */
function geojsonText(kind: DownloadKind, fc: { features: unknown[] }, documents: unknown[]): string {
  const head = {
    type: 'FeatureCollection',
    name: `g60-${kind}`,
    title: { zh: `${ZONE.zh} · ${TITLES[kind].zh}`, en: `${ZONE.en} · ${TITLES[kind].en}` },
    license: LICENCE,
    notes: NOTES,
    documents,
  };
  const lines = Object.entries(head).map(([k, v]) => `"${k}": ${JSON.stringify(v)},`);
  return `{\n${lines.join('\n')}\n"features": [\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]\n}\n`;
}

function readmeText(counts: Record<DownloadKind, number>, register: Register): string {
  const docs = register.documents.map((d) =>
    `  ${d.id.padEnd(22)} ${d.title}（${d.issuer}，${d.number}${d.date ? `，${d.date}` : ''}${d.editionOf ? `；${d.editionOf} 的另一版本 another edition of ${d.editionOf}` : ''}）`);
  const file = (k: DownloadKind) => [
    `${DOWNLOADS[k].fileName.slice(5).padEnd(22)} ${TITLES[k].zh}（${counts[k]} 个要素）`,
    `${''.padEnd(22)} ${TITLES[k].en} (${counts[k]} features)`,
  ];
  return [
    `${ZONE.zh} · 数据下载`,
    `${ZONE.en} · data download`,
    '',
    '文件 / Files (GeoJSON, RFC 7946)',
    ...DOWNLOAD_KINDS.flatMap(file),
    '',
    '示意 / Schematic',
    '  几何为示意：手工绘制，表示所属区域，非测绘边界；要素的 properties.accuracy 为 approximate（近似）或 surveyed（测绘）时除外，',
    '  绘制方法见 accuracyNote。坐标为 WGS84 经纬度。',
    '  Geometry is schematic: drawn by hand to show where things belong, not surveyed, unless a feature\'s',
    '  properties.accuracy is approximate or surveyed; accuracyNote says how it was drawn. Coordinates: WGS84 lon/lat.',
    '',
    '位置来源 / Where a position comes from',
    '  properties.positionSource 为 "outside" 的要素，其位置依据五份文件之外的资料（公开报道、地址等）；若与文件的说法不一致，',
    '  properties.positionConflict 并列两种说法，各注出处（documents.sources 为文件出处，outside.source 为文件之外的来源）。',
    '  A feature with properties.positionSource "outside" is positioned from a source outside the five documents (public',
    '  reports, an address); where that contradicts the documents, properties.positionConflict gives both statements, each',
    '  with its source (documents.sources cites the documents, outside.source names the outside source).',
    '',
    '出处 / Citations',
    '  每个要素的 properties.sources = [{doc, section}]：doc 为下列文件之一，section 为其章节（各文件的 documents 成员列出章节标题）。',
    '  Each feature cites its facts in properties.sources = [{doc, section}]: doc is one of the documents below, section one',
    '  of its sections (the "documents" member of each file lists them with their titles).',
    ...docs,
    '',
    '文字字段为 {zh, en} 对象。Text fields are {zh, en} objects.',
    '',
    `许可 / Licence: ${STRINGS.dataLicence.zh}`,
    `  ${STRINGS.dataLicence.en}`,
    '',
  ].join('\n');
}

/** The download files of the project under `root`. Pure but for reading its content files. */
export function buildDownloads(root: string): DownloadFile[] {
  const read = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8'));
  const register = read('seeds/register.json') as Register;
  const documents = documentsOf(register);
  const counts = {} as Record<DownloadKind, number>;
  const files = DOWNLOAD_KINDS.map((k) => {
    const fc = read(DOWNLOADS[k].source) as { features: unknown[] };
    counts[k] = fc.features.length;
    return { fileName: DOWNLOADS[k].fileName, source: geojsonText(k, fc, documents) };
  });
  return [...files, { fileName: README_FILE, source: readmeText(counts, register) }];
}

/** Bytes of each file, by its path in the site. */
export const downloadSizes = (files: DownloadFile[]): Record<string, number> =>
  Object.fromEntries(files.map((f) => [f.fileName, Buffer.byteLength(f.source)]));

const CONTENT_TYPES: Record<string, string> = { '.geojson': 'application/geo+json', '.txt': 'text/plain; charset=utf-8' };

export function dataDownloadPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'g60-data-download',
    config(config) {
      root = resolve(config.root ?? process.cwd());
      // The sizes the UI shows: read from the same builder as the files, so they agree.
      return { define: { [`import.meta.env.${SIZES_ENV}`]: JSON.stringify(downloadSizes(buildDownloads(root))) } };
    },
    configResolved(config) { root = config.root; },
    configureServer(server) {
      for (const k of DOWNLOAD_KINDS) server.watcher.add(join(root, DOWNLOADS[k].source));
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname;
        const ext = path.slice(path.lastIndexOf('.'));
        if (!path.includes('/data/') || !CONTENT_TYPES[ext]) return next();
        const file = buildDownloads(root).find((f) => path.endsWith(`/${f.fileName}`));
        if (!file) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[ext]!);
        res.end(file.source);
      });
    },
    generateBundle() {
      if (this.environment.name !== 'client') return;
      for (const f of buildDownloads(root)) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
  };
}
