/**
 * The plan's strategy as data (建设方案 四, 六, 一, 三, 七): key paths and action plans are item kinds,
 * validated with what they name; strategy.json is validated too; search, back-links and framing
 * follow what a record names.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/domain/validate';
import { buildSearchEntries, search } from '../../src/domain/search';
import { itemBounds, namedIds, namedIn } from '../../src/domain/derive';
import { validateProject } from '../../scripts/validate-project';
import { pinyinTable } from '../../scripts/pinyin';
import type { RawContent } from '../../src/domain/types';
import { datasetOf, validContent } from './fixture';

const lines = (c: RawContent) => validateContent(c).map(formatProblem);
const broken = (mutate: (c: RawContent) => void) => { const c = validContent(); mutate(c); return lines(c); };
type Rec = Record<string, unknown> & { mentions: Record<string, unknown> };
const action = (c: RawContent) => (c['actions.json'] as Rec[])[0]!;
const strategy = (c: RawContent) => c['strategy.json'] as Record<string, Rec[]>;

describe('validation of paths, actions and strategy.json', () => {
  it('accepts the fixture and the project\'s own files', () => {
    expect(lines(validContent())).toEqual([]);
    expect(validateProject(join(import.meta.dirname, '../..')).map(formatProblem)).toEqual([]);
  });

  const cases: [string, (c: RawContent) => void, string][] = [
    ['a mention of a place that does not exist', (c) => { (action(c).mentions.places as string[]).push('nowhere'); }, 'data/actions.json  action-a  mentions.places.1  names no place "nowhere"'],
    ['a mention of a cluster that does not exist', (c) => { (c['paths.json'] as Rec[])[0]!.mentions.clusters = ['ai', 'quantum']; }, 'data/paths.json  path-p  mentions.clusters.1  names no cluster "quantum"'],
    ['a mention of a place given as a project', (c) => { action(c).mentions.projects = ['lab']; }, 'data/actions.json  action-a  mentions.projects.0  names no project "lab"'],
    ['a context place before the context layers exist', (c) => { action(c).mentions.contextPlaces = ['guangfulin']; }, 'data/actions.json  action-a  mentions.contextPlaces.0  names no context-place "guangfulin"'],
    ['an unknown kind of mention', (c) => { action(c).mentions.towns = ['x']; }, 'data/actions.json  action-a  mentions.towns  is not something a record can name'],
    ['an unplaced name without its note', (c) => { delete ((action(c).mentions.unplaced as Rec[])[0] as Record<string, unknown>).note; }, 'data/actions.json  action-a  mentions.unplaced.0.note  is missing'],
    ['an enterprise without its English name', (c) => { delete ((action(c).mentions.enterprises as Rec[])[0] as Record<string, unknown>).en; }, 'data/actions.json  action-a  mentions.enterprises.0.en  is missing'],
    ['an action tied to a path that does not exist', (c) => { action(c).path = 'path-x'; }, 'data/actions.json  action-a  path  names no path "path-x"'],
    ['an action without mentions', (c) => { delete (action(c) as Record<string, unknown>).mentions; }, 'data/actions.json  action-a  mentions  must be an object'],
    ['a figure without a value', (c) => { delete ((action(c).figures as Rec[])[0] as Record<string, unknown>).value; }, 'data/actions.json  action-a  figures.0.value  is missing'],
    ['a baseline count about nothing known', (c) => { strategy(c).baseline![0]!.about = ['ai', 'moon']; }, 'data/strategy.json  base-firms  about.1  names no area or cluster "moon"'],
    ['a guarantee naming a project that does not exist', (c) => { strategy(c).guarantees![0]!.mentions = { projects: ['nothing'] }; }, 'data/strategy.json  guar-x  mentions.projects.0  names no project "nothing"'],
    ['a goal citing a section the document lacks', (c) => { strategy(c).goals![0]!.sources = [{ doc: 'plan', section: '九' }]; }, 'data/strategy.json  goal-x  sources.0.section  document "plan" has no section "九"'],
    ['表1\'s footnote without its Chinese text', (c) => { (strategy(c) as unknown as { indicatorNote: { text: Record<string, string> } }).indicatorNote.text.zh = ''; }, 'data/strategy.json  indicator-note  indicatorNote.text.zh  must be a non-empty string'],
    ['an id used by a place and an action', (c) => { action(c).id = 'lab'; }, 'data/actions.json  lab  id  is already used in data/places.geojson'],
  ];
  it.each(cases)('reports %s, naming file, id and field', (_, mutate, expected) => {
    const out = broken(mutate);
    expect(out.some((l) => l.startsWith(expected)), `${expected}\n  got: ${out.join('\n  ')}`).toBe(true);
  });
});

describe('paths and actions in the Dataset', () => {
  const ds = datasetOf(validContent());
  const a = ds.byId.get('action-a')!;

  it('finds an action by its Chinese name, its pinyin and its English name', () => {
    const entries = buildSearchEntries(ds, pinyinTable(['产业聚能']));
    for (const q of ['产业聚能', '聚能', 'chanyejuneng', 'cyjn', 'Gathering Industry', 'gathering']) {
      expect(search(entries, q)[0]?.id, q).toBe('action-a');
    }
  });

  it('links what an action names both ways, and frames what it names', () => {
    expect(namedIds(ds, a)).toEqual(['core', 'lab', 'proj']);
    expect(namedIn(ds, 'lab').map((i) => i.id)).toEqual(['action-a']);
    expect(namedIn(ds, 'ai').map((i) => i.id)).toEqual(['path-p']);
    expect(namedIn(ds, 'ext')).toEqual([]);
    // The core's square and the project's point (the lab lies inside the core).
    itemBounds(ds, a)!.forEach((v, i) => expect(v).toBeCloseTo([121.215, 31.015, 121.32, 31.1][i]!, 9));
  });
});
