/**
 * A minimal OSM PBF writer for tests: encodes nodes, ways and relations with `pbf` after OSM's
 * fileformat.proto / osmformat.proto, so tests can make their own small extracts.
 */
import { deflateSync } from 'node:zlib';
import { PbfWriter } from 'pbf';

export type Tags = Record<string, string>;
export interface OsmNode { id: number; lon: number; lat: number; tags?: Tags }
export interface OsmWay { id: number; refs: number[]; tags: Tags }
export interface OsmRelation { id: number; tags: Tags; members: { type: 0 | 1 | 2; ref: number; role: string }[] }

const deltas = (xs: number[]) => xs.map((x, i) => x - (i > 0 ? xs[i - 1]! : 0));

/** One length-prefixed BlobHeader + Blob. */
function frame(type: string, block: Uint8Array, compress: boolean): Buffer {
  const blob = new PbfWriter();
  if (compress) {
    blob.writeVarintField(2, block.length);
    blob.writeBytesField(3, deflateSync(block));
  } else blob.writeBytesField(1, block);
  const blobBytes = blob.finish();
  const header = new PbfWriter();
  header.writeStringField(1, type);
  header.writeVarintField(3, blobBytes.length);
  const headerBytes = header.finish();
  const len = Buffer.alloc(4);
  len.writeUInt32BE(headerBytes.length);
  return Buffer.concat([len, headerBytes, blobBytes]);
}

function headerBlock(bbox?: [number, number, number, number]): Uint8Array {
  const p = new PbfWriter();
  if (bbox) {
    p.writeMessage(1, (b: [number, number, number, number], w: PbfWriter) => {
      // HeaderBBox: left, right, top, bottom in nanodegrees
      w.writeSVarintField(1, Math.round(b[0] * 1e9));
      w.writeSVarintField(2, Math.round(b[2] * 1e9));
      w.writeSVarintField(3, Math.round(b[3] * 1e9));
      w.writeSVarintField(4, Math.round(b[1] * 1e9));
    }, bbox);
  }
  p.writeStringField(4, 'OsmSchema-V0.6');
  p.writeStringField(4, 'DenseNodes');
  p.writeStringField(16, 'g60-basemap-test');
  p.writeVarintField(32, Date.UTC(2024, 0, 2) / 1000);
  return p.finish();
}

/** A PrimitiveBlock with one group of dense nodes, ways or relations. */
function primitiveBlock(content: { nodes?: OsmNode[]; ways?: OsmWay[]; relations?: OsmRelation[] }): Uint8Array {
  const strings = [''];
  const sid = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const g = new PbfWriter();
  if (content.nodes) {
    const nodes = content.nodes;
    const kv: number[] = [];
    if (nodes.some((n) => n.tags)) for (const n of nodes) { for (const [k, v] of Object.entries(n.tags ?? {})) kv.push(sid(k), sid(v)); kv.push(0); }
    g.writeMessage(2, (_: unknown, d: PbfWriter) => {
      d.writePackedSVarint(1, deltas(nodes.map((n) => n.id)));
      d.writePackedSVarint(8, deltas(nodes.map((n) => Math.round(n.lat * 1e7))));
      d.writePackedSVarint(9, deltas(nodes.map((n) => Math.round(n.lon * 1e7))));
      if (kv.length) d.writePackedVarint(10, kv);
    }, null);
  }
  for (const w of content.ways ?? []) {
    g.writeMessage(3, (_: unknown, p: PbfWriter) => {
      p.writeVarintField(1, w.id);
      p.writePackedVarint(2, Object.keys(w.tags).map(sid));
      p.writePackedVarint(3, Object.values(w.tags).map(sid));
      p.writePackedSVarint(8, deltas(w.refs));
    }, null);
  }
  for (const r of content.relations ?? []) {
    g.writeMessage(4, (_: unknown, p: PbfWriter) => {
      p.writeVarintField(1, r.id);
      p.writePackedVarint(2, Object.keys(r.tags).map(sid));
      p.writePackedVarint(3, Object.values(r.tags).map(sid));
      p.writePackedVarint(8, r.members.map((m) => sid(m.role)));
      p.writePackedSVarint(9, deltas(r.members.map((m) => m.ref)));
      p.writePackedVarint(10, r.members.map((m) => m.type));
    }, null);
  }
  const group = g.finish();
  const b = new PbfWriter();
  b.writeMessage(1, (_: unknown, st: PbfWriter) => { for (const s of strings) st.writeBytesField(1, new TextEncoder().encode(s)); }, null);
  b.writeBytesField(2, group);
  b.writeVarintField(17, 100);
  return b.finish();
}

export function osmPbf(data: { nodes: OsmNode[]; ways?: OsmWay[]; relations?: OsmRelation[]; bbox?: [number, number, number, number] }): Buffer {
  return Buffer.concat([
    frame('OSMHeader', headerBlock(data.bbox), true),
    frame('OSMData', primitiveBlock({ nodes: data.nodes }), true),
    ...(data.ways ? [frame('OSMData', primitiveBlock({ ways: data.ways }), true)] : []),
    // one block uncompressed (raw), as some writers do
    ...(data.relations ? [frame('OSMData', primitiveBlock({ relations: data.relations }), false)] : []),
  ]);
}
