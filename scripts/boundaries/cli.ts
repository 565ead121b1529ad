/**
 * `npm run boundaries -- <file.geojson> [--write] [--attribution "…"] [--accuracy surveyed|approximate] [--name "…"]`
 *
 * Rebuilds the outlines of the areas defined by administrative units (`admin` in
 * data/areas.geojson) from a deployer's boundary dataset. Without `--write` it only reports what
 * would change. With `--write` it writes data/areas.geojson, validates the project and puts the
 * old file back if anything is wrong. Run from the project root.
 *
 * Exit codes: 0 done (or nothing to do), 1 the result would not validate / was restored,
 * 2 unusable input (one line on stderr saying why).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, readDataset } from './dataset.ts';
import { SONGJIANG_DISTRICT, checkDataset, rebuildAreas, rebuildDistrict, townRefs, type AreaFC, type Change } from './rebuild.ts';
import { readContent } from '../content-files.ts';
import { validateProject } from '../validate-project.ts';
import { validateContent } from '../../src/domain/validate/index.ts';
import { formatProblem } from '../../src/domain/problem.ts';
import { COLOR_TOKENS } from '../../src/map/palette.ts';

const USAGE = 'usage: npm run boundaries -- <file.geojson> [--write] [--attribution "…"] [--accuracy surveyed|approximate] [--name "…"]';
const AREAS = 'data/areas.geojson';
const GROUND = 'data/ground.geojson';

interface Args { file: string; write: boolean; attribution?: string; accuracy?: 'surveyed' | 'approximate'; name?: string }

function parseArgs(argv: string[]): Args | 'help' {
  const out: Partial<Args> = { write: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new InputError(`${flag} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--') continue;
    else if (a === '--help' || a === '-h') return 'help';
    else if (flag === '--write') out.write = true;
    else if (flag === '--attribution') out.attribution = value();
    else if (flag === '--name') out.name = value();
    else if (flag === '--accuracy') {
      const v = value();
      if (v !== 'surveyed' && v !== 'approximate') throw new InputError(`--accuracy must be surveyed or approximate (got "${v}")`);
      out.accuracy = v;
    } else if (a.startsWith('-')) throw new InputError(`unknown option ${a}; ${USAGE}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new InputError(files.length === 0 ? `no boundary file given; ${USAGE}` : `give one boundary file, not ${files.length}; ${USAGE}`);
  return { ...out, file: files[0]! } as Args;
}

const f2 = (n: number) => n.toFixed(2);

function describeChange(c: Change): string {
  const what = c.how === 'whole' ? `whole ${c.unit!.code} ${c.unit!.name}` : c.how === 'part' ? `part of ${c.unit!.code} ${c.unit!.name}, ${c.geometryChanged ? 'clipped to it' : 'already inside it'}` : 'grown to contain its sections';
  const acc = c.accuracyBefore === c.accuracyAfter ? c.accuracyAfter : `${c.accuracyBefore} → ${c.accuracyAfter}`;
  return `  ${c.id.padEnd(28)} ${c.name}  ${what}  ${f2(c.km2Before)} → ${f2(c.km2After)} km²  ${acc}`;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function readJson(root: string, rel: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, rel), 'utf8'));
  } catch (e) {
    throw new Error(`cannot read ${rel} (${(e as Error).message}); run from the project root`);
  }
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (args === 'help') { console.log(USAGE); return 0; }
  const root = process.cwd();
  const ds = readDataset(readText(args.file, args.file), args.file, { attribution: args.attribution, name: args.name });
  const areasText = readFileSync(join(root, AREAS), 'utf8');
  const areas = readJson(root, AREAS) as AreaFC;
  const towns = townRefs(readJson(root, GROUND));
  checkDataset(ds, areas, towns);

  const result = rebuildAreas(areas, ds, towns, { accuracy: args.accuracy });
  console.log(`boundary dataset: "${ds.name}" (${ds.attribution}); ${ds.units.size} unit(s); ${ds.datum}`);
  if (result.changes.length) {
    console.log(`areas that change (${result.changes.length}):`);
    for (const c of result.changes) console.log(describeChange(c));
  }
  for (const n of result.notes) console.log(`note: ${n}`);
  const groundText = readFileSync(join(root, GROUND), 'utf8');
  const district = rebuildDistrict(JSON.parse(groundText), ds);
  if (district) {
    console.log(`basemap district outline: ${SONGJIANG_DISTRICT.name} ${f2(district.km2Before)} → ${f2(district.km2After)} km², surveyed`);
  }
  if (result.problems.length) {
    for (const p of result.problems) console.error(`problem: ${p}`);
    console.error(`${result.problems.length} problem(s); ${AREAS} not written.`);
    return 1;
  }
  if (result.changes.length === 0 && !district) {
    console.log(`nothing to change: ${AREAS} and ${GROUND} already match this dataset.`);
    return 0;
  }
  const newText = `${JSON.stringify(result.areas, null, 2)}\n`;
  const newGround = district ? `${JSON.stringify(district.ground, null, 1)}\n` : groundText;

  if (!args.write) {
    const { raw, problems: readProblems } = readContent(root);
    raw['areas.geojson'] = JSON.parse(newText);
    raw['ground.geojson'] = JSON.parse(newGround);
    const problems = [...readProblems, ...validateContent(raw, { colorTokens: COLOR_TOKENS })];
    if (problems.length) {
      console.error(`the result would not validate (${problems.length} problem(s)):`);
      for (const p of problems) console.error(formatProblem(p));
      console.error('dry run: nothing written.');
      return 1;
    }
    console.log(`dry run: nothing written. Run again with --write to update ${AREAS}.`);
    return 0;
  }

  const restore = () => { writeFileSync(join(root, AREAS), areasText); writeFileSync(join(root, GROUND), groundText); };
  writeFileSync(join(root, AREAS), newText);
  writeFileSync(join(root, GROUND), newGround);
  let problems;
  try {
    problems = validateProject(root);
  } catch (e) {
    restore();
    throw e;
  }
  if (problems.length) {
    restore();
    console.error(`the result does not validate (${problems.length} problem(s)):`);
    for (const p of problems) console.error(formatProblem(p));
    console.error(`${AREAS} and ${GROUND} restored; nothing changed.`);
    return 1;
  }
  console.log(`wrote ${AREAS} (${result.changes.length} area(s) changed)${district ? ` and the district outline in ${GROUND}` : ''}; content valid.`);
  return 0;
}

let code: number;
try {
  code = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError) {
    console.error(`boundaries: ${e.message}`);
    code = 2;
  } else {
    console.error(`boundaries: failed: ${(e as Error).message}`);
    code = 1;
  }
}
process.exit(code);
