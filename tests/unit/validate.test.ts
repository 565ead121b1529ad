import { describe, expect, it } from 'vitest';
import { validateContent, formatProblem } from '../../src/domain/validate';
import type { RawContent } from '../../src/domain/types';
import { feat, validContent } from './fixture';

const lines = (c: RawContent) => validateContent(c, { colorTokens: ['cluster-ai'] }).map(formatProblem);

/** Breaks a fresh valid content set and returns the problem lines. */
const conflict = (section = '五') => ({
  documents: { text: { zh: '文件称在区内', en: 'The plan puts it inside' }, sources: [{ doc: 'plan', section }] },
  outside: { text: { zh: '报道称在区外', en: 'Reports put it outside' }, source: { zh: '公开报道', en: 'public reports' } },
});
const broken = (mutate: (c: RawContent) => void) => { const c = validContent(); mutate(c); return lines(c); };

describe('validateContent', () => {
  it('finds nothing wrong with valid content', () => {
    expect(lines(validContent())).toEqual([]);
  });

  // Each kind of broken input gets its own line naming file, feature id and field.
  const cases: [string, (c: RawContent) => void, string][] = [
    ['a file that is not a FeatureCollection', (c) => { c['places.geojson'] = { type: 'Feature' }; }, 'data/places.geojson  -  type  must be a GeoJSON FeatureCollection'],
    ['invalid GeoJSON structure', (c) => { feat(c, 'places.geojson').geometry.coordinates = [121.3]; }, 'data/places.geojson  lab  geometry  invalid GeoJSON'],
    ['an unclosed ring', (c) => { feat(c, 'areas.geojson', 2).geometry.coordinates = [[[121.3, 31.08], [121.32, 31.08], [121.32, 31.1], [121.3, 31.1]]]; }, 'data/areas.geojson  core  geometry  invalid GeoJSON: at 0: The first and last positions must be equivalent'],
    ['a self-intersecting ring', (c) => { feat(c, 'areas.geojson', 2).geometry.coordinates = [[[121.3, 31.08], [121.32, 31.1], [121.32, 31.08], [121.3, 31.1], [121.3, 31.08]]]; }, 'data/areas.geojson  core  geometry.coordinates  ring intersects itself near'],
    ['coordinates outside Songjiang (lat/lon swapped)', (c) => { feat(c, 'places.geojson').geometry.coordinates = [31.09, 121.31]; }, 'data/places.geojson  lab  geometry.coordinates  [31.09, 121.31] lies outside Songjiang'],
    ['a point outside the area it claims', (c) => { feat(c, 'places.geojson').geometry.coordinates = [121.25, 31.12]; }, 'data/places.geojson  lab  geometry  does not lie inside the area it names ("core")'],
    ['a sub-area outside its parent', (c) => { feat(c, 'areas.geojson', 1).geometry.coordinates = [[[121.24, 31.04], [121.27, 31.04], [121.27, 31.06], [121.24, 31.06], [121.24, 31.04]]]; }, 'data/areas.geojson  sub  geometry  must lie inside its parent area "ext"'],
    ['a missing English name', (c) => { delete (feat(c, 'areas.geojson').properties.name as Record<string, string>).en; }, 'data/areas.geojson  ext  properties.name.en  is missing'],
    ['an empty Chinese summary', (c) => { (feat(c, 'places.geojson').properties.summary as Record<string, string>).zh = ' '; }, 'data/places.geojson  lab  properties.summary.zh  must be a non-empty string'],
    ['an id that is not kebab-case', (c) => { const f = feat(c, 'places.geojson'); f.id = 'Lab_1'; f.properties.id = 'Lab_1'; }, 'data/places.geojson  Lab_1  id  must be a kebab-case string id'],
    ['properties.id differing from the feature id', (c) => { feat(c, 'places.geojson').properties.id = 'other'; }, 'data/places.geojson  lab  properties.id  must equal the feature id'],
    ['a duplicate id across files', (c) => { (c['clusters.json'] as { id: string }[])[0]!.id = 'lab'; (feat(c, 'places.geojson').properties.clusters as string[])[0] = 'lab'; (feat(c, 'projects.geojson').properties.cluster = 'lab'); }, 'data/clusters.json  lab  id  is already used in data/places.geojson'],
    ['an unknown accuracy', (c) => { feat(c, 'areas.geojson').properties.accuracy = 'guessed'; }, 'data/areas.geojson  ext  properties.accuracy  must be one of surveyed, approximate, schematic (got "guessed")'],
    ['an unknown tier', (c) => { feat(c, 'areas.geojson', 2).properties.tier = 'centre'; }, 'data/areas.geojson  core  properties.tier  must be one of core, extension, sub-area, base'],
    ['a sub-area whose parent is not an extension', (c) => { feat(c, 'areas.geojson', 1).properties.parent = 'core'; }, 'data/areas.geojson  sub  properties.parent  names no extension zone "core"'],
    ['a reference to a missing area', (c) => { feat(c, 'places.geojson').properties.area = 'nowhere'; }, 'data/places.geojson  lab  properties.area  names no area "nowhere"'],
    ['a reference to a missing cluster', (c) => { feat(c, 'projects.geojson').properties.cluster = 'quantum'; }, 'data/projects.geojson  proj  properties.cluster  names no cluster "quantum"'],
    ['a citation of an unknown document', (c) => { feat(c, 'areas.geojson').properties.sources = [{ doc: 'memo', section: '一' }]; }, 'data/areas.geojson  ext  properties.sources.0.doc  names no document "memo" in seeds/register.json'],
    ['a citation of an unknown section', (c) => { (c['indicators.json'] as { sources: unknown }[])[0]!.sources = [{ doc: 'plan', section: '表9' }]; }, 'data/indicators.json  ind  sources.0.section  document "plan" has no section "表9"'],
    ['no sources at all', (c) => { feat(c, 'projects.geojson').properties.sources = []; }, 'data/projects.geojson  proj  properties.sources  must cite at least one {doc, section}'],
    ['a figure without a value', (c) => { ((feat(c, 'projects.geojson').properties.figures as Record<string, unknown>[])[0]!.value as Record<string, string>).en = ''; }, 'data/projects.geojson  proj  properties.figures.0.value.en  must be a non-empty string'],
    ['an enterprise with a role the plan does not give', (c) => { (c['clusters.json'] as { enterprises: { role: string }[] }[])[0]!.enterprises[0]!.role = 'star'; }, 'data/clusters.json  ai  enterprises.0.role  must be one of leading, platform, backbone'],
    ['an enterprise given as a bare name (the old shape)', (c) => { (c['clusters.json'] as { enterprises: unknown[] }[])[0]!.enterprises[0] = { zh: '腾讯', en: 'Tencent' }; }, 'data/clusters.json  ai  enterprises.0.name  is missing'],
    ['an enterprise without an English name', (c) => { delete (c['clusters.json'] as { enterprises: { name: Record<string, string> }[] }[])[0]!.enterprises[0]!.name.en; }, 'data/clusters.json  ai  enterprises.0.name.en  is missing'],
    ['an unknown position source', (c) => { feat(c, 'places.geojson').properties.positionSource = 'hearsay'; }, 'data/places.geojson  lab  properties.positionSource  must be one of documents, outside'],
    ['a position conflict on a position from the documents', (c) => { feat(c, 'places.geojson').properties.positionConflict = conflict(); }, 'data/places.geojson  lab  properties.positionConflict  only a position from outside the five documents'],
    ['a position conflict without the outside source', (c) => { const p = feat(c, 'projects.geojson').properties; p.positionSource = 'outside'; p.positionConflict = conflict(); delete (p.positionConflict as { outside: Record<string, unknown> }).outside.source; }, 'data/projects.geojson  proj  properties.positionConflict.outside.source  is missing'],
    ['a position conflict citing a section the document lacks', (c) => { const p = feat(c, 'projects.geojson').properties; p.positionSource = 'outside'; p.positionConflict = conflict('九'); }, 'data/projects.geojson  proj  properties.positionConflict.documents.sources.0.section  document "plan" has no section "九"'],
    ['a figure value given only in Chinese (a bare string)', (c) => { (feat(c, 'projects.geojson').properties.figures as Record<string, unknown>[])[0]!.value = '超450亿元'; }, 'data/projects.geojson  proj  properties.figures.0.value  must be an object {zh, en}'],
    ['a 2025 target given only in Chinese', (c) => { (c['indicators.json'] as { target2025: unknown }[])[0]!.target2025 = '95以上'; }, 'data/indicators.json  ind  target2025  must be an object {zh, en}'],
    ['a duplicate project number', (c) => { const f = structuredClone(feat(c, 'projects.geojson')); f.id = 'proj-2'; f.properties.id = 'proj-2'; (c['projects.geojson'] as { features: unknown[] }).features.push(f); }, 'data/projects.geojson  proj-2  properties.seq  1 is also used by proj'],
    ['a wrong geometry type for the file', (c) => { feat(c, 'projects.geojson').geometry = { type: 'LineString', coordinates: [[121.21, 31.01], [121.22, 31.02]] }; }, 'data/projects.geojson  proj  geometry.type  must be Point'],
    ['a colour token the palette lacks', (c) => { (c['clusters.json'] as { colorToken: string }[])[0]!.colorToken = 'cluster-pink'; }, 'data/clusters.json  ai  colorToken  "cluster-pink" is not a palette colour'],
    ['an indicator with a malformed current value', (c) => { (c['indicators.json'] as { current: unknown }[])[0]!.current = { value: '96', date: '2024-13-45', source: { zh: '统计', en: 'Statistics' } }; }, 'data/indicators.json  ind  current.date  must be a date YYYY-MM-DD or null'],
    ['a register fact citing a section the document lacks', (c) => { (c['register.json'] as { documents: { facts?: unknown }[] }).documents[0]!.facts = [{ id: 'f', section: '九', text: { zh: '事实', en: 'Fact' } }]; }, 'seeds/register.json  plan  facts.0.section  names no section of this document ("九")'],
    ['a register document without sections', (c) => { (c['register.json'] as { documents: { sections: unknown }[] }).documents[0]!.sections = []; }, 'seeds/register.json  plan  sections  must list the sections that can be cited'],
  ];

  it.each(cases)('reports %s', (_what, mutate, expected) => {
    const out = broken(mutate);
    expect(out.some((l) => l.startsWith(expected)), `expected a line starting\n  ${expected}\ngot\n  ${out.join('\n  ')}`).toBe(true);
  });

  it('reports a broken record once, without knock-on errors in records that refer to it', () => {
    const out = broken((c) => { (feat(c, 'areas.geojson', 2).properties.name as Record<string, string>).zh = ''; });
    expect(out).toEqual(['data/areas.geojson  core  properties.name.zh  must be a non-empty string']);
  });

  it('never throws, whatever it is given', () => {
    const junk = [null, 42, 'text', [], { features: 'no' }, { type: 'FeatureCollection', features: [null, 1, { type: 'Feature' }] }];
    for (const j of junk) {
      const c = validContent();
      for (const k of Object.keys(c) as (keyof RawContent)[]) c[k] = j;
      expect(() => validateContent(c)).not.toThrow();
      expect(validateContent(c).length).toBeGreaterThan(0);
    }
  });
});

describe('validateContent: ground', () => {
  it('accepts ground lines that run a little beyond Songjiang, within the map region', () => {
    expect(lines(validContent())).toEqual([]);
  });

  it('reports a ground feature of an unknown kind', () => {
    const out = broken((c) => { feat(c, 'ground.geojson').properties.kind = 'river'; });
    expect(out[0]).toMatch(/^data\/ground.geojson {2}town-x {2}properties.kind {2}must be one of district, town, station/);
  });

  it('reports a ground line far outside the map region', () => {
    const out = broken((c) => { feat(c, 'ground.geojson', 1).geometry.coordinates = [[121.0, 31.0], [122.5, 31.1]]; });
    expect(out[0]).toMatch(/^data\/ground.geojson {2}road-x {2}geometry.coordinates {2}\[122.5, 31.1\] lies outside the map region/);
  });
});

describe('validateContent: the context of the other documents', () => {
  type FC = { features: { id: unknown; properties: Record<string, unknown>; geometry: unknown }[] };
  const ctx = (c: RawContent, f: 'context-areas.geojson' | 'context-places.geojson', i = 0) => (c[f] as FC).features[i]!;
  const cases: [string, (c: RawContent) => void, string][] = [
    ['a context place naming a missing context area', (c) => { ctx(c, 'context-places.geojson').properties.area = 'nowhere'; }, 'data/context-places.geojson  ctx-hub  properties.area  names no context-area "nowhere"'],
    ['a context area whose parent is missing', (c) => { ctx(c, 'context-areas.geojson').properties.parent = 'gone'; }, 'data/context-areas.geojson  ctx-sector  properties.parent  names no context-area "gone"'],
    ['a context area naming a missing context place', (c) => { ctx(c, 'context-areas.geojson', 1).properties.mentions = { contextPlaces: ['ctx-nope'] }; }, 'data/context-areas.geojson  ctx-key  properties.mentions.contextPlaces.0  names no context-place "ctx-nope"'],
    ['a context area of an unknown document', (c) => { ctx(c, 'context-areas.geojson').properties.doc = 'memo'; }, 'data/context-areas.geojson  ctx-sector  properties.doc  names no document "memo" in seeds/register.json'],
    ['a context place of an unknown category', (c) => { ctx(c, 'context-places.geojson').properties.category = 'zoo'; }, 'data/context-places.geojson  ctx-hub  properties.category  must be one of heritage'],
    ['a context place drawn as a polygon', (c) => { ctx(c, 'context-places.geojson').geometry = { type: 'Polygon', coordinates: [[[121.2, 31], [121.21, 31], [121.21, 31.01], [121.2, 31]]] }; }, 'data/context-places.geojson  ctx-hub  geometry.type  must be Point or null'],
    ['a context place outside Songjiang', (c) => { ctx(c, 'context-places.geojson').geometry = { type: 'Point', coordinates: [31.0, 121.2] }; }, 'data/context-places.geojson  ctx-hub  geometry.coordinates  [31, 121.2] lies outside Songjiang'],
    ['a scene naming a missing cluster', (c) => { (c['scenes.json'] as { mentions: unknown }[])[0]!.mentions = { clusters: ['quantum'] }; }, 'data/scenes.json  scene-hub  mentions.clusters.0  names no cluster "quantum"'],
    ['a scene without its responsible units', (c) => { delete (c['scenes.json'] as Record<string, unknown>[])[0]!.responsible; }, 'data/scenes.json  scene-hub  responsible  must be an array'],
    ['a programme citing an unknown section', (c) => { (c['programmes.json'] as { sources: unknown }[])[0]!.sources = [{ doc: 'plan', section: '附件(九)' }]; }, 'data/programmes.json  programme-ai  sources.0.section  document "plan" has no section "附件(九)"'],
    ['a programme naming a missing context area', (c) => { (c['programmes.json'] as { mentions: unknown }[])[0]!.mentions = { contextAreas: ['ctx-gone'] }; }, 'data/programmes.json  programme-ai  mentions.contextAreas.0  names no context-area "ctx-gone"'],
    ['an indicator row without a printed cell', (c) => { delete (c['indicator-tables.json'] as { rows: { cells: Record<string, string> }[] }[])[0]!.rows[0]!.cells.target; }, 'data/indicator-tables.json  plan-table1/plan-table1-row-01  cells.target  is missing'],
    ['an indicator row whose attribute differs from its cell', (c) => { (c['indicator-tables.json'] as { rows: { attribute: string }[] }[])[0]!.rows[0]!.attribute = '约束性'; }, 'data/indicator-tables.json  plan-table1/plan-table1-row-01  attribute  differs from the printed cell "预期性"'],
    ['an indicator table of an unknown geography', (c) => { (c['indicator-tables.json'] as { geography: string }[])[0]!.geography = 'city'; }, 'data/indicator-tables.json  plan-table1  geography  must be one of zone, new-city, district'],
    ['a document not in the register', (c) => { (c['documents.json'] as { doc: string }[])[0]!.doc = 'memo'; }, 'data/documents.json  memo  doc  names no document "memo" in seeds/register.json'],
  ];
  it.each(cases)('reports %s', (_what, mutate, expected) => {
    const out = broken(mutate);
    expect(out.some((l) => l.startsWith(expected)), `${expected}\n  got:\n${out.join('\n')}`).toBe(true);
  });

  it('accepts items listed without a position (null geometry) and refuses null geometry in the zone\'s own kinds', () => {
    expect(lines(validContent())).toEqual([]);
    const out = broken((c) => { (feat(c, 'places.geojson') as { geometry: unknown }).geometry = null; });
    expect(out.some((l) => l.startsWith('data/places.geojson  lab  geometry.type  must be Point or Polygon')), out.join('\n')).toBe(true);
  });
});

describe('validateContent: the real context files', () => {
  it('finds nothing wrong with data/ as it is', async () => {
    const { readContent } = await import('../../scripts/content-files');
    const { raw, problems } = readContent('.');
    expect(problems).toEqual([]);
    expect(validateContent(raw).map(formatProblem)).toEqual([]);
  });
});
