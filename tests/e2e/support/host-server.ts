/**
 * Static HTTP servers on 127.0.0.1 for the embedding tests, each on its own random port (so its
 * own origin), built on node:http alone:
 * - the host server serves the host pages of `tests/e2e/hosts/` (a portal, a news page): a second
 *   origin beside the map's. Under `/csp/` the same files come with a strict Content-Security-Policy
 *   that allows the map's origin, read from the page's own `?map=` query;
 * - `startStaticServer` serves any folder (the built `dist/`) with fixed extra headers, such as
 *   the strict CSP of `EMBED_CSP`, which vite preview cannot add per test.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES as BENCH_TYPES } from '../../../scripts/bench/serve';

export const HOSTS_DIR = fileURLToPath(new URL('../hosts/', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The policy the embed must run under with no violation. */
export const EMBED_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'";

/** The policy of a strict host page (`/csp/…` on the host server): itself, plus the map's origin for the client and the iframe. */
export function hostCsp(mapOrigin: string | null): string {
  const map = mapOrigin ?? "'none'";
  return `default-src 'self'; script-src 'self' ${map}; style-src 'self'; img-src 'self' data:; frame-src 'self' ${map}; connect-src 'self' ${map}; object-src 'none'; base-uri 'none'`;
}

/** The bench server's content types, plus what only these tests serve. */
export const CONTENT_TYPES: Record<string, string> = {
  ...BENCH_TYPES, '.map': 'application/json; charset=utf-8', '.pbf': 'application/x-protobuf', '.woff': 'font/woff',
  '.wasm': 'application/wasm', '.ts': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Base URL, ending in `/`. */
  url: string;
  /** Paths requested so far (with their query). */
  requests: string[];
  close(): Promise<void>;
}

export interface StaticOptions {
  /** Extra response headers, fixed or chosen per request. */
  headers?: Record<string, string> | ((url: URL) => Record<string, string>);
  /** Turns a request path into the path of the file to serve (e.g. strips a prefix). */
  rewrite?: (pathname: string) => string;
}

/** The file under `root` a URL path names (a folder: its index.html), or null if it leaves `root`. */
function fileFor(root: string, pathname: string): string | null {
  let rel: string;
  try { rel = decodeURIComponent(pathname); } catch { return null; }
  if (rel.includes('\0')) return null;
  if (rel.endsWith('/')) rel += 'index.html';
  const file = resolve(root, `.${rel.startsWith('/') ? rel : `/${rel}`}`);
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** Serves the files of `root` (GET and HEAD) on 127.0.0.1, a random free port. */
export async function startStaticServer(root: string, opts: StaticOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const state: StaticServer = { url: '', requests: [], close: async () => {} };
  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string, head: boolean) => {
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { ...headers, 'content-length': String(buf.length), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(head ? undefined : buf);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    state.requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const extra = typeof opts.headers === 'function' ? opts.headers(url) : opts.headers ?? {};
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return send(res, 405, { ...extra, allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'method not allowed', false);
    let file = fileFor(base, opts.rewrite ? opts.rewrite(url.pathname) : url.pathname);
    if (!file) return send(res, 403, { ...extra, 'content-type': 'text/plain' }, 'forbidden', head);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      send(res, 200, { ...extra, 'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' }, body, head);
    } catch {
      send(res, 404, { ...extra, 'content-type': 'text/plain' }, 'not found', head);
    }
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => { if (!res.headersSent) res.writeHead(500); res.end(String(e)); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  state.url = `http://127.0.0.1:${port}/`;
  state.close = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  return state;
}

/**
 * The host pages (`tests/e2e/hosts/`) on a second origin. `/csp/<page>?map=<map base URL>` serves
 * the same file with `hostCsp(origin of map)` as its Content-Security-Policy.
 */
export async function startHostServer(): Promise<{ url: string; close(): Promise<void> }> {
  const s = await startStaticServer(HOSTS_DIR, {
    rewrite: (p) => (p.startsWith('/csp/') ? p.slice('/csp'.length) : p),
    headers: (url): Record<string, string> => {
      if (!url.pathname.startsWith('/csp/')) return {};
      let origin: string | null = null;
      try { origin = new URL(url.searchParams.get('map') ?? '').origin; } catch { /* no map: 'none' */ }
      return { 'content-security-policy': hostCsp(origin && origin !== 'null' ? origin : null) };
    },
  });
  return { url: s.url, close: s.close };
}

/** The built site (`dist/`) with the strict CSP every embed must live with. */
export function startCspDistServer(): Promise<StaticServer> {
  return startStaticServer(DIST_DIR, { headers: { 'content-security-policy': EMBED_CSP } });
}
