/**
 * A small streaming reader of OpenStreetMap PBF files (the `.osm.pbf` format of Geofabrik, BBBike and
 * planet dumps), written on the low-level `pbf` protobuf reader after the OSM `fileformat.proto` and
 * `osmformat.proto` schemas:
 *
 *   file   = (int32 big-endian length, BlobHeader, Blob)*
 *   Blob   = raw | zlib_data (| zstd_data on Node versions with zstd)
 *   blocks = one OSMHeader (HeaderBlock), then OSMData (PrimitiveBlock: string table + groups of
 *            nodes, dense nodes, ways or relations)
 *
 * The file is read block by block with synchronous reads, so memory stays at one block (at most 32 MiB by
 * the format's rules) whatever the file's size. Coordinates are returned in fixed point (1e-7 degrees,
 * which is OSM's own precision) as integers.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { PbfReader } from 'pbf';

/** The input is not a readable OSM PBF file (the message says why). */
export class OsmPbfFormatError extends Error {}

export type Tags = Record<string, string>;

/** One blob of the file: where it is, and what kinds of entities its block holds (see `KIND`). */
export interface BlobRef {
  offset: number;
  size: number;
  type: string;
  kinds: number;
}

/** Bits of `BlobRef.kinds`. */
export const KIND = { nodes: 1, ways: 2, relations: 4 } as const;

export interface OsmHeader {
  /** west, south, east, north in degrees, when the file says. */
  bbox?: [number, number, number, number];
  requiredFeatures: string[];
  optionalFeatures: string[];
  writingProgram?: string;
  source?: string;
  /** ISO time of the data (osmosis_replication_timestamp), when the file says. */
  timestamp?: string;
}

/** Callbacks of `decodeBlock`; only the kinds with a callback are decoded. */
export interface BlockVisitor {
  /** A node: id, lon and lat in 1e-7 degrees, tags (null when it has none; only with `nodeTags`). */
  node?(id: number, lon7: number, lat7: number, tags: Tags | null): void;
  /** Decode node tags (costs time; leave off when only coordinates are needed). */
  nodeTags?: boolean;
  /** A way: its refs are valid only during the call (copy them to keep them). */
  way?(id: number, refs: Float64Array, tags: Tags): void;
  /** A relation; `types` are 0 node, 1 way, 2 relation. Arrays are fresh. */
  relation?(id: number, tags: Tags, memberIds: Float64Array, types: Uint8Array, roles: string[]): void;
}

const SUPPORTED_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes']);
const MAX_HEADER = 64 * 1024;
const MAX_BLOB = 32 * 1024 * 1024;
const MAGIC = Buffer.from([0x0a, 0x09, ...Buffer.from('OSMHeader', 'ascii')]);

/**
 * Checks the first bytes of a file: an OSM PBF starts with a 4-byte length and a BlobHeader whose first
 * field is the type "OSMHeader". Throws `OsmPbfFormatError` with a one-line reason otherwise.
 */
export function checkMagic(path: string): void {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4 + MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n < head.length || head.readUInt32BE(0) > MAX_HEADER || !head.subarray(4).equals(MAGIC)) {
      throw new OsmPbfFormatError(`${path} is not an OpenStreetMap PBF file (${describeNonPbf(head.subarray(0, n))})`);
    }
  } finally {
    closeSync(fd);
  }
}

function describeNonPbf(head: Buffer): string {
  const text = head.toString('latin1');
  if (head.length === 0) return 'it is empty';
  if (text.startsWith('<?xml') || text.startsWith('<osm')) return 'it is OSM XML; download the .osm.pbf extract instead';
  if (text.startsWith('BZh')) return 'it is bzip2-compressed; download the .osm.pbf extract instead';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'it is gzip-compressed; download the .osm.pbf extract instead';
  if (text.startsWith('PK')) return 'it is a zip archive; download the .osm.pbf extract instead';
  return 'no OSMHeader block at its start';
}

/**
 * Walks the blobs of a file in order, calling `visit` with each blob's reference and its raw (still
 * compressed) Blob message. The buffer is reused: use it before returning.
 */
export function walkBlobs(
  path: string,
  visit: (ref: BlobRef, blob: Uint8Array) => void,
  progress?: (done: number, total: number) => void,
): void {
  const fd = openSync(path, 'r');
  try {
    const total = fstatSync(fd).size;
    const lenBuf = Buffer.alloc(4);
    let buf = Buffer.alloc(1024 * 1024);
    let pos = 0;
    while (pos < total) {
      if (readSync(fd, lenBuf, 0, 4, pos) < 4) throw new OsmPbfFormatError(`truncated file: a block header at byte ${pos} is cut off`);
      const headerLen = lenBuf.readUInt32BE(0);
      if (headerLen === 0 || headerLen > MAX_HEADER) throw new OsmPbfFormatError(`corrupt file: block header of ${headerLen} bytes at byte ${pos}`);
      const header = Buffer.alloc(headerLen);
      if (readSync(fd, header, 0, headerLen, pos + 4) < headerLen) throw new OsmPbfFormatError(`truncated file at byte ${pos}`);
      const { type, size } = readBlobHeader(header);
      if (size > MAX_BLOB) throw new OsmPbfFormatError(`corrupt file: block of ${size} bytes at byte ${pos}`);
      const offset = pos + 4 + headerLen;
      if (buf.length < size) buf = Buffer.alloc(Math.max(size, buf.length * 2));
      if (readSync(fd, buf, 0, size, offset) < size) throw new OsmPbfFormatError(`truncated file: the block at byte ${pos} is cut off`);
      visit({ offset, size, type, kinds: 0 }, buf.subarray(0, size));
      pos = offset + size;
      progress?.(pos, total);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads the blobs listed in `refs` (from an earlier `walkBlobs`) again, in order. */
export function readBlobs(path: string, refs: BlobRef[], visit: (ref: BlobRef, blob: Uint8Array) => void, progress?: (done: number, total: number) => void): void {
  const fd = openSync(path, 'r');
  try {
    const total = refs.reduce((s, r) => s + r.size, 0);
    let done = 0;
    let buf = Buffer.alloc(1024 * 1024);
    for (const ref of refs) {
      if (buf.length < ref.size) buf = Buffer.alloc(Math.max(ref.size, buf.length * 2));
      if (readSync(fd, buf, 0, ref.size, ref.offset) < ref.size) throw new OsmPbfFormatError('the file changed while it was read');
      visit(ref, buf.subarray(0, ref.size));
      done += ref.size;
      progress?.(done, total);
    }
  } finally {
    closeSync(fd);
  }
}

function readBlobHeader(buf: Uint8Array): { type: string; size: number } {
  const pbf = new PbfReader(buf);
  let type = '';
  let size = -1;
  let field: number;
  while ((field = pbf.nextField())) {
    if (field === 1) type = pbf.readString();
    else if (field === 3) size = pbf.readVarint();
    else pbf.skip(pbf.type);
  }
  if (!type || size < 0) throw new OsmPbfFormatError('corrupt file: a block header without type or size');
  return { type, size };
}

const zstdDecompress = (zlib as unknown as { zstdDecompressSync?: (b: Uint8Array) => Buffer }).zstdDecompressSync;

/** Uncompresses a Blob message into the block bytes. */
export function blobData(blob: Uint8Array): Uint8Array {
  const pbf = new PbfReader(blob);
  let field: number;
  while ((field = pbf.nextField())) {
    if (field === 1) return pbf.readBytes();
    if (field === 3) {
      try {
        return zlib.inflateSync(pbf.readBytes());
      } catch (e) {
        throw new OsmPbfFormatError(`corrupt compressed block (${(e as Error).message})`);
      }
    }
    if (field === 7 && zstdDecompress) return zstdDecompress(pbf.readBytes());
    if (field >= 4 && field <= 7) {
      const name = ({ 4: 'lzma', 5: 'bzip2', 6: 'lz4', 7: 'zstd' } as Record<number, string>)[field];
      throw new OsmPbfFormatError(`the file uses ${name} block compression, which this reader does not support (use a zlib-compressed extract, as Geofabrik and BBBike publish)`);
    }
    pbf.skip(pbf.type);
  }
  throw new OsmPbfFormatError('corrupt file: a block without data');
}

/** Decodes the HeaderBlock of an OSMHeader blob and checks that this reader can read the file. */
export function decodeHeader(blob: Uint8Array): OsmHeader {
  const pbf = new PbfReader(blobData(blob));
  const header: OsmHeader = { requiredFeatures: [], optionalFeatures: [] };
  let field: number;
  while ((field = pbf.nextField())) {
    if (field === 1) {
      const end = pbf.readVarint() + pbf.pos;
      const b = [0, 0, 0, 0];
      let f: number;
      while ((f = pbf.nextField(end))) {
        if (f >= 1 && f <= 4) b[f - 1] = pbf.readSVarint() * 1e-9;
        else pbf.skip(pbf.type);
      }
      // left, right, top, bottom → west, south, east, north
      header.bbox = [b[0]!, b[3]!, b[1]!, b[2]!];
    } else if (field === 4) header.requiredFeatures.push(pbf.readString());
    else if (field === 5) header.optionalFeatures.push(pbf.readString());
    else if (field === 16) header.writingProgram = pbf.readString();
    else if (field === 17) header.source = pbf.readString();
    else if (field === 32) {
      const t = pbf.readVarint(true);
      if (t > 0) header.timestamp = new Date(t * 1000).toISOString().replace('.000Z', 'Z');
    } else pbf.skip(pbf.type);
  }
  const unsupported = header.requiredFeatures.filter((f) => !SUPPORTED_FEATURES.has(f));
  if (unsupported.length > 0) {
    throw new OsmPbfFormatError(`the file requires features this reader does not support: ${unsupported.join(', ')}${unsupported.includes('HistoricalInformation') ? ' (a history file; use a current extract)' : ''}`);
  }
  return header;
}

// ---- primitive blocks ----

/** Growable scratch arrays, reused from block to block. */
let f64a: Float64Array = new Float64Array(8192);
let f64b: Float64Array = new Float64Array(8192);
let f64c: Float64Array = new Float64Array(8192);
let i32a: Int32Array = new Int32Array(8192);
const textDecoder = new TextDecoder('utf-8');

/** The block's string table, decoded lazily. */
class StringTable {
  private readonly cache: (string | undefined)[];
  constructor(private readonly buf: Uint8Array, private readonly starts: number[], private readonly ends: number[]) {
    this.cache = new Array(starts.length);
  }
  get(i: number): string {
    let s = this.cache[i];
    if (s === undefined) {
      const start = this.starts[i];
      if (start === undefined) throw new OsmPbfFormatError(`corrupt block: string ${i} is not in the string table`);
      s = textDecoder.decode(this.buf.subarray(start, this.ends[i]));
      this.cache[i] = s;
    }
    return s;
  }
}

/** Reads a repeated scalar field (packed or not) of delta-coded sint64 into a Float64Array scratch. */
function readDeltaSint(pbf: PbfReader, into: Float64Array): { arr: Float64Array; n: number } {
  let arr = into;
  let n = 0;
  let acc = 0;
  if (pbf.type !== 2) {
    arr[0] = pbf.readSVarint();
    return { arr, n: 1 };
  }
  const end = pbf.readVarint() + pbf.pos;
  while (pbf.pos < end) {
    if (n === arr.length) {
      const bigger = new Float64Array(arr.length * 2);
      bigger.set(arr);
      arr = bigger;
    }
    acc += pbf.readSVarint();
    arr[n++] = acc;
  }
  return { arr, n };
}

/** Reads a repeated varint field (packed or not) into a number array. */
function readVarints(pbf: PbfReader, out: number[], signed = false): void {
  if (pbf.type !== 2) {
    out.push(pbf.readVarint(signed));
    return;
  }
  const end = pbf.readVarint() + pbf.pos;
  while (pbf.pos < end) out.push(pbf.readVarint(signed));
}

/**
 * Decodes one OSMData blob and calls the visitor for the kinds it asks for. Returns the `KIND` bits of
 * what the block holds (all kinds are reported, decoded or not).
 */
export function decodeBlock(blob: Uint8Array, visitor: BlockVisitor): number {
  const buf = blobData(blob);
  const pbf = new PbfReader(buf);
  const starts: number[] = [];
  const ends: number[] = [];
  const groups: [number, number][] = [];
  let granularity = 100;
  let latOffset = 0;
  let lonOffset = 0;
  let field: number;
  while ((field = pbf.nextField())) {
    if (field === 1) {
      const end = pbf.readVarint() + pbf.pos;
      let f: number;
      while ((f = pbf.nextField(end))) {
        if (f === 1) {
          const len = pbf.readVarint();
          starts.push(pbf.pos);
          ends.push(pbf.pos + len);
          pbf.pos += len;
        } else pbf.skip(pbf.type);
      }
    } else if (field === 2) {
      const len = pbf.readVarint();
      groups.push([pbf.pos, pbf.pos + len]);
      pbf.pos += len;
    } else if (field === 17) granularity = pbf.readVarint(true);
    else if (field === 19) latOffset = pbf.readVarint(true);
    else if (field === 20) lonOffset = pbf.readVarint(true);
    else pbf.skip(pbf.type);
  }
  const strings = new StringTable(buf, starts, ends);
  // Coordinates in 1e-7 degrees: (offset + granularity * value) nanodegrees / 100.
  const coord = granularity === 100 && latOffset === 0 && lonOffset === 0
    ? null
    : { granularity, latOffset, lonOffset };
  let kinds = 0;
  for (const [start, end] of groups) {
    pbf.pos = start;
    while ((field = pbf.nextField(end))) {
      if (field === 1) {
        kinds |= KIND.nodes;
        if (visitor.node) readNode(pbf, strings, visitor, coord);
        else pbf.skip(pbf.type);
      } else if (field === 2) {
        kinds |= KIND.nodes;
        if (visitor.node) readDense(pbf, strings, visitor, coord);
        else pbf.skip(pbf.type);
      } else if (field === 3) {
        kinds |= KIND.ways;
        if (visitor.way) readWay(pbf, strings, visitor);
        else pbf.skip(pbf.type);
      } else if (field === 4) {
        kinds |= KIND.relations;
        if (visitor.relation) readRelation(pbf, strings, visitor);
        else pbf.skip(pbf.type);
      } else pbf.skip(pbf.type);
    }
  }
  return kinds;
}

type Coord = { granularity: number; latOffset: number; lonOffset: number } | null;
const fix = (v: number, offset: number, c: Coord): number => (c ? Math.round((offset + c.granularity * v) / 100) : v);

function tagsOf(keys: number[], vals: number[], strings: StringTable): Tags {
  const tags: Tags = {};
  for (let i = 0; i < keys.length; i++) tags[strings.get(keys[i]!)] = strings.get(vals[i] ?? 0);
  return tags;
}

function readNode(pbf: PbfReader, strings: StringTable, v: BlockVisitor, c: Coord): void {
  const end = pbf.readVarint() + pbf.pos;
  let id = 0, lat = 0, lon = 0;
  const keys: number[] = [];
  const vals: number[] = [];
  let f: number;
  while ((f = pbf.nextField(end))) {
    if (f === 1) id = pbf.readSVarint();
    else if (f === 2) readVarints(pbf, keys);
    else if (f === 3) readVarints(pbf, vals);
    else if (f === 8) lat = pbf.readSVarint();
    else if (f === 9) lon = pbf.readSVarint();
    else pbf.skip(pbf.type);
  }
  const tags = v.nodeTags && keys.length > 0 ? tagsOf(keys, vals, strings) : null;
  v.node!(id, c ? fix(lon, c.lonOffset, c) : lon, c ? fix(lat, c.latOffset, c) : lat, tags);
}

function readDense(pbf: PbfReader, strings: StringTable, v: BlockVisitor, c: Coord): void {
  const end = pbf.readVarint() + pbf.pos;
  let ids = { arr: f64a, n: 0 };
  let lats = { arr: f64b, n: 0 };
  let lons = { arr: f64c, n: 0 };
  let kvN = 0;
  let f: number;
  while ((f = pbf.nextField(end))) {
    if (f === 1) ids = readDeltaSint(pbf, f64a);
    else if (f === 8) lats = readDeltaSint(pbf, f64b);
    else if (f === 9) lons = readDeltaSint(pbf, f64c);
    else if (f === 10 && v.nodeTags) {
      const kvEnd = pbf.type === 2 ? pbf.readVarint() + pbf.pos : -1;
      if (kvEnd < 0) {
        i32a[kvN++] = pbf.readVarint(true);
        continue;
      }
      while (pbf.pos < kvEnd) {
        if (kvN === i32a.length) {
          const bigger = new Int32Array(i32a.length * 2);
          bigger.set(i32a);
          i32a = bigger;
        }
        i32a[kvN++] = pbf.readVarint(true);
      }
    } else pbf.skip(pbf.type);
  }
  // Keep grown scratch arrays for the next block.
  f64a = ids.arr; f64b = lats.arr; f64c = lons.arr;
  const n = ids.n;
  if (lats.n !== n || lons.n !== n) throw new OsmPbfFormatError('corrupt block: dense nodes with different numbers of ids and coordinates');
  const idArr = ids.arr, latArr = lats.arr, lonArr = lons.arr;
  const kv = i32a;
  let k = 0;
  const node = v.node!;
  for (let i = 0; i < n; i++) {
    let tags: Tags | null = null;
    if (kvN > 0) {
      while (k < kvN && kv[k] !== 0) {
        (tags ??= {})[strings.get(kv[k]!)] = strings.get(kv[k + 1] ?? 0);
        k += 2;
      }
      k++; // the 0 that ends this node's tags
    }
    const lat = latArr[i]!, lon = lonArr[i]!;
    node(idArr[i]!, c ? fix(lon, c.lonOffset, c) : lon, c ? fix(lat, c.latOffset, c) : lat, tags);
  }
}

function readWay(pbf: PbfReader, strings: StringTable, v: BlockVisitor): void {
  const end = pbf.readVarint() + pbf.pos;
  let id = 0;
  const keys: number[] = [];
  const vals: number[] = [];
  let refs = { arr: f64a, n: 0 };
  let f: number;
  while ((f = pbf.nextField(end))) {
    if (f === 1) id = pbf.readVarint(true);
    else if (f === 2) readVarints(pbf, keys);
    else if (f === 3) readVarints(pbf, vals);
    else if (f === 8) refs = readDeltaSint(pbf, f64a);
    else pbf.skip(pbf.type);
  }
  f64a = refs.arr;
  v.way!(id, refs.arr.subarray(0, refs.n), tagsOf(keys, vals, strings));
}

function readRelation(pbf: PbfReader, strings: StringTable, v: BlockVisitor): void {
  const end = pbf.readVarint() + pbf.pos;
  let id = 0;
  const keys: number[] = [];
  const vals: number[] = [];
  const roles: number[] = [];
  const types: number[] = [];
  let mem = { arr: f64a, n: 0 };
  let f: number;
  while ((f = pbf.nextField(end))) {
    if (f === 1) id = pbf.readVarint(true);
    else if (f === 2) readVarints(pbf, keys);
    else if (f === 3) readVarints(pbf, vals);
    else if (f === 8) readVarints(pbf, roles, true);
    else if (f === 9) mem = readDeltaSint(pbf, f64a);
    else if (f === 10) readVarints(pbf, types);
    else pbf.skip(pbf.type);
  }
  f64a = mem.arr;
  v.relation!(id, tagsOf(keys, vals, strings), mem.arr.slice(0, mem.n), Uint8Array.from(types), roles.map((r) => strings.get(r)));
}
