/**
 * A raster tile server on 127.0.0.1 that the test starts itself: it serves generated PNG tiles of
 * one colour, and can be told to fail on purpose.
 */
import { createServer, type Server } from 'node:http';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A 256 × 256 PNG of one RGB colour. */
export function solidPng([r, g, b]: [number, number, number], size = 256): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([r, g, b]))]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** `fail` answers 500; `hang` never answers (a blocked host). */
export interface TileServer { url: string; requests: number; mode: 'ok' | 'fail' | 'hang'; close(): Promise<void> }

export async function startTileServer(colour: [number, number, number]): Promise<TileServer> {
  const png = solidPng(colour);
  const state: TileServer = { url: '', requests: 0, mode: 'ok', close: async () => {} };
  const server: Server = createServer((req, res) => {
    state.requests++;
    if (state.mode === 'hang') { setTimeout(() => res.destroy(), 30_000); return; }
    const ok = state.mode === 'ok' && /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '');
    res.writeHead(ok ? 200 : 500, { 'content-type': ok ? 'image/png' : 'text/plain', 'access-control-allow-origin': '*' });
    res.end(ok ? png : 'failing on purpose');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  state.url = `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`;
  state.close = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  return state;
}
