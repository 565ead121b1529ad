/**
 * The basemap:osm command (cli.ts runs it): builds the offline street basemap of the Songjiang region
 * (REGION_BBOX) from an OpenStreetMap extract: vector tiles `{z}/{x}/{y}.pbf` (MVT, not gzipped) and `metadata.json`. Exit codes: 0 done, 2 bad input
 * (missing file, not a PBF, an extract without the region, bad arguments), 1 anything else.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { REGION_BBOX } from '../../src/domain/types.ts';
import { OSM_ATTRIBUTION, OSM_MINZOOM, OSM_SOURCE_LAYERS } from '../../src/map/basemaps/osm-layers.ts';
import { checkMagic, OsmPbfFormatError } from './osm-pbf.ts';
import { extractFeatures, NoCoverageError } from './extract.ts';
import { BUILDING_MINZOOM } from './classify.ts';
import { writeTiles } from './tiles.ts';

export const GENERATOR = 'g60-zone-map basemap:osm';

const USAGE = 'usage: npm run basemap:osm -- <extract.osm.pbf> [--out public/basemap/osm] [--maxzoom 14]';

/** A problem with what the user gave: printed as one line, exit code 2. */
class InputError extends Error {}

interface Args { input: string; out: string; maxzoom: number }

function parseArgs(argv: string[]): Args | 'help' {
  const rest = argv.filter((a) => a !== '--');
  let input: string | undefined;
  let out = 'public/basemap/osm';
  let maxzoom = 14;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new InputError(`${flag} needs a value; ${USAGE}`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--out') out = value();
    else if (flag === '--maxzoom') {
      const v = value();
      maxzoom = Number(v);
      if (!/^\d+$/.test(v) || maxzoom < 10 || maxzoom > 16) throw new InputError(`--maxzoom must be a whole number from 10 to 16, not "${v}"`);
    } else if (flag.startsWith('-')) throw new InputError(`unknown option ${flag}; ${USAGE}`);
    else if (input === undefined) input = a;
    else throw new InputError(`more than one input file ("${input}", "${a}"); ${USAGE}`);
  }
  if (input === undefined) throw new InputError(`no input file; ${USAGE}`);
  return { input, out, maxzoom };
}

/** The output folder may be replaced only when it is empty or one this command built. */
function checkOut(out: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new InputError(`--out ${out} exists and is not a folder`);
  if (readdirSync(out).length === 0) return;
  const meta = join(out, 'metadata.json');
  let ours = false;
  try {
    ours = JSON.parse(readFileSync(meta, 'utf8')).generator === GENERATOR;
  } catch {
    ours = false;
  }
  if (!ours) throw new InputError(`refusing to replace ${out}: it is not empty and was not built by basemap:osm (no metadata.json of ours); choose another --out`);
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

function run(argv: string[], log: (line: string) => void): void {
  const parsed = parseArgs(argv);
  if (parsed === 'help') {
    log(USAGE);
    return;
  }
  const { input, maxzoom } = parsed;
  const out = resolve(parsed.out);
  if (!existsSync(input)) throw new InputError(`input file not found: ${input}`);
  if (!statSync(input).isFile()) throw new InputError(`input is not a file: ${input}`);
  checkMagic(input);
  checkOut(out);
  const t0 = Date.now();
  const size = statSync(input).size;
  log(`basemap:osm: ${basename(input)} (${mb(size)}) → ${out}, zoom ${OSM_MINZOOM}–${maxzoom}, region ${REGION_BBOX.join(',')}`);

  const { header, features, stats: x } = extractFeatures(input, REGION_BBOX, log);
  const layers = OSM_SOURCE_LAYERS.filter((l) => l !== 'buildings' || maxzoom >= BUILDING_MINZOOM);
  if (maxzoom < BUILDING_MINZOOM) log(`  buildings left out: they are drawn from zoom ${BUILDING_MINZOOM} and --maxzoom is ${maxzoom}`);

  // Build next to the output, then swap, so a failed run leaves the previous basemap in place.
  const partial = `.${basename(out)}.partial-`;
  const tmp = join(dirname(out), `${partial}${process.pid}`);
  // Leftovers of runs that were killed (out of memory, Ctrl-C) before they could clean up.
  if (existsSync(dirname(out))) {
    for (const name of readdirSync(dirname(out))) if (name.startsWith(partial) && /^\d+$/.test(name.slice(partial.length))) rmSync(join(dirname(out), name), { recursive: true, force: true });
  }
  try {
    const tiles = writeTiles(features, { out: tmp, region: REGION_BBOX, minzoom: OSM_MINZOOM, maxzoom, layers, log });
    const counts = Object.fromEntries(OSM_SOURCE_LAYERS.map((l) => [l, tiles.counts[l] ?? 0]));
    log(`  features: ${Object.entries(counts).map(([l, n]) => `${l} ${n.toLocaleString('en')}`).join(', ')}`);
    const metadata = {
      name: 'Songjiang G60 street basemap (OpenStreetMap)',
      generator: GENERATOR,
      format: 'pbf',
      compression: 'none',
      scheme: 'xyz',
      tiles: ['{z}/{x}/{y}.pbf'],
      bounds: [...REGION_BBOX],
      center: [(REGION_BBOX[0] + REGION_BBOX[2]) / 2, (REGION_BBOX[1] + REGION_BBOX[3]) / 2, 11],
      minzoom: OSM_MINZOOM,
      maxzoom,
      layers: [...OSM_SOURCE_LAYERS],
      vector_layers: OSM_SOURCE_LAYERS.map((id) => ({ id, minzoom: id === 'buildings' ? BUILDING_MINZOOM : OSM_MINZOOM, maxzoom })),
      attribution: OSM_ATTRIBUTION,
      built: new Date().toISOString(),
      source: {
        file: basename(input),
        bytes: size,
        ...(header.timestamp ? { timestamp: header.timestamp } : {}),
        ...(header.writingProgram ? { writingProgram: header.writingProgram } : {}),
      },
      stats: { features: counts, tiles: tiles.tiles, emptyTiles: tiles.empty, bytes: tiles.bytes },
    };
    writeFileSync(join(tmp, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
    rmSync(out, { recursive: true, force: true });
    renameSync(tmp, out);
    log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${tiles.tiles} tiles (${tiles.empty} empty), ${mb(tiles.bytes)}, largest ${(tiles.maxBytes / 1024).toFixed(0)} KB; `
      + `${x.nodesInRegion.toLocaleString('en')} nodes, ${x.waysKept.toLocaleString('en')} ways, ${x.relationsKept} relations used`);
    log(`attribution to show: ${OSM_ATTRIBUTION}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs the command; returns the exit code (0 done, 2 bad input, 1 failure). Messages go to `out` / `err`. */
export function main(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): number {
  try {
    run(argv, out);
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof OsmPbfFormatError || e instanceof NoCoverageError) {
      err(`basemap:osm: ${e.message}`);
      return 2;
    }
    err(`basemap:osm: failed: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
