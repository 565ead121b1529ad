/**
 * A small static file server for the benchmark and Lighthouse: serves built folders on 127.0.0.1
 * the way a production web server would (brotli/gzip content-encoding, content types, cache headers),
 * so transferred bytes and load times match what visitors get rather than what `vite preview` does.
 *
 * Files are compressed once at start-up (brotli quality 11, gzip level 9) and kept in memory: the
 * bench measures the page, not the server's compression speed.
 *
 * Every response is also logged ({@link StaticServer.served}) because Chromium's DevTools protocol
 * does not report the bytes of a module worker's script to the page (MapLibre's worker, ~150 KB):
 * the bench fills that gap from this log.
 */
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';

/** Content types of everything Vite emits for this site (anything else is served as octet-stream). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.webmanifest']);
/** Below this size the encoding headers cost more than they save (nginx's gzip_min_length is similar). */
const MIN_COMPRESS_BYTES = 256;

export type Encoding = 'br' | 'gzip' | 'identity';

interface Entry {
  type: string;
  etag: string;
  cache: string;
  bodies: Partial<Record<Encoding, Buffer>>;
}

/**
 * Cache policy: Vite's hashed files under assets/ never change, so browsers may keep them for a year;
 * HTML (which names the hashed files) must be revalidated every time, or a deploy would not show.
 */
export function cacheControl(urlPath: string): string {
  if (/\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(urlPath)) return 'public, max-age=31536000, immutable';
  if (urlPath.endsWith('.html') || urlPath.endsWith('/')) return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * Picks the response encoding from an Accept-Encoding header: brotli, then gzip, honouring `q=0`
 * and `*`. Ties go to brotli because it is smaller for JavaScript.
 */
export function negotiate(header: string | undefined): Encoding {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, qp ? Number(qp.slice(2)) || 0 : 1);
  }
  const weight = (enc: string) => q.get(enc) ?? q.get('*') ?? 0;
  const br = weight('br'), gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []);
}

/**
 * Reads and precompresses every file of `dir`, keyed by URL path under `prefix` (e.g. `/bare/`).
 * Compression runs on libuv's thread pool, and identical files (the worker, MapLibre's CSS, shared
 * by the app and the bare page) are compressed once.
 */
async function load(dir: string, prefix: string, into: Map<string, Entry>, byHash: Map<string, Promise<Entry['bodies']>>) {
  await Promise.all(walk(dir).map(async (file) => {
    const ext = extname(file).toLowerCase();
    const raw = readFileSync(file);
    const urlPath = prefix + relative(dir, file).split(sep).join('/');
    const hash = createHash('sha1').update(raw).digest('base64url');
    let bodies = byHash.get(hash);
    if (!bodies) {
      bodies = (async () => {
        if (!COMPRESSIBLE.has(ext) || raw.length < MIN_COMPRESS_BYTES) return { identity: raw };
        const [br, gzip] = await Promise.all([
          brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
          gz(raw, { level: 9 }),
        ]);
        return { identity: raw, br, gzip };
      })();
      byHash.set(hash, bodies);
    }
    into.set(urlPath, { type: CONTENT_TYPES[ext] ?? 'application/octet-stream', etag: `"${hash.slice(0, 16)}"`, cache: cacheControl(urlPath), bodies: await bodies });
  }));
}

/** One response as the server sent it. `bytes` = body + status line and headers (as counted here). */
export interface ServedResponse {
  path: string;
  status: number;
  encoding: Encoding;
  bytes: number;
}

export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/` (always ends with `/`). */
  url: string;
  server: Server;
  /** Every response since start (or since the caller last emptied it), in order. */
  served: ServedResponse[];
  close(): Promise<void>;
}

/**
 * Serves each folder of `roots` under its URL prefix (`{ '/': 'dist', '/bare/': '…/bare' }`); the
 * longest matching prefix wins. `port` 0 picks a free port. Directory URLs serve their index.html.
 */
export async function serve(roots: Record<string, string>, port = 0): Promise<StaticServer> {
  const files = new Map<string, Entry>(), byHash = new Map<string, Promise<Entry['bodies']>>();
  for (const dir of Object.values(roots)) {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`serve: ${dir} is not a folder (build first?)`);
  }
  await Promise.all(Object.entries(roots).map(([prefix, dir]) => load(dir, prefix.endsWith('/') ? prefix : `${prefix}/`, files, byHash)));
  const served: ServedResponse[] = [];
  /** Sends a response and logs it; header bytes are counted from what we set plus Node's own (~90 B). */
  const send = (req: IncomingMessage, res: ServerResponse, path: string, status: number, headers: Record<string, string | number>, body?: Buffer | string, encoding: Encoding = 'identity') => {
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    const headerBytes = 90 + Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0);
    served.push({ path, status, encoding, bytes: headerBytes + (req.method === 'HEAD' || !body ? 0 : Buffer.byteLength(body)) });
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      send(req, res, req.url ?? '', 400, {});
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, path, 405, { Allow: 'GET, HEAD' });
      return;
    }
    const entry = files.get(path);
    if (!entry) {
      send(req, res, path, 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }, 'not found');
      return;
    }
    const common = { 'Content-Type': entry.type, 'Cache-Control': entry.cache, ETag: entry.etag, Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === entry.etag) {
      send(req, res, path, 304, common);
      return;
    }
    const wanted = negotiate(req.headers['accept-encoding']);
    const enc: Encoding = entry.bodies[wanted] ? wanted : 'identity';
    const body = entry.bodies[enc]!;
    send(req, res, path, 200, { ...common, 'Content-Length': body.length, ...(enc === 'identity' ? {} : { 'Content-Encoding': enc }) }, body, enc);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    server,
    served,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
