import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset';
import { buildSearchEntries, normalise, search, type SearchEntry } from '../../src/domain/search';
import { pinyinTable } from '../../scripts/pinyin';
import { datasetOf, validContent } from './fixture';


type Features = { features: { properties: Record<string, unknown> }[] };
const tx = (zh: string, en: string) => ({ zh, en });

/** The fixture, renamed to real names of the zone so pinyin and ranking can be exercised (the zone only: the context is tested below). */
function realistic(): Dataset {
  const c = validContent();
  for (const f of ['context-areas.geojson', 'context-places.geojson'] as const) (c[f] as Features).features = [];
  c['scenes.json'] = [];
  c['programmes.json'] = [];
  const areas = (c['areas.geojson'] as Features).features;
  areas[2]!.properties.name = tx('临港松江科技城', 'Lingang Songjiang Science and Technology City');
  const places = c['places.geojson'] as Features;
  const place0 = places.features[0]!;
  place0.properties.name = tx('腾讯长三角AI先进计算中心', 'Tencent Yangtze River Delta AI Supercomputing Centre');
  const place = (id: string, name: { zh: string; en: string }) =>
    ({ ...structuredClone(place0), id, properties: { ...structuredClone(place0.properties), id, name } });
  places.features.push(
    place('tencent-base', tx('腾讯云启产业基地', 'Tencent Cloud Startup Industrial Base')),
    place('g60-corridor', tx('G60科创云廊', 'G60 Sci-Tech Cloud Corridor')),
    place('satellite-park', tx('卫星互联网产业园', 'Satellite Internet Industrial Park')),
  );
  const proj = (c['projects.geojson'] as Features).features[0]!.properties;
  Object.assign(proj, {
    seq: 6, name: tx('腾讯长三角人工智能先进计算中心', 'Tencent Yangtze River Delta AI Advanced Computing Centre'),
    builder: tx('腾讯科技（上海）有限公司', 'Tencent Technology (Shanghai) Co., Ltd.'),
  });
  const clusters = c['clusters.json'] as { id: string; seq: number; name: unknown }[];
  clusters.push({ ...structuredClone(clusters[0]!), id: 'satellite', seq: 2, name: tx('卫星互联网', 'Satellite Internet') });
  return datasetOf(c);
}

const ds = realistic();
const zhNames = [...ds.areas, ...ds.places, ...ds.projects].flatMap((f) =>
  [f.properties.name.zh, ...('builder' in f.properties ? [f.properties.builder.zh] : [])])
  .concat(ds.clusters.map((c) => c.name.zh));
const entries = buildSearchEntries(ds, pinyinTable(zhNames));
const ids = (q: string, list: readonly SearchEntry[] = entries) => search(list, q).map((e) => e.id);

describe('pinyinTable', () => {
  const t = pinyinTable(['长三角', 'G60科创云廊', '重庆', '绿色低碳', '长三角']);

  it('reads polyphones from context', () => {
    expect(t['长三角']).toEqual({ full: 'changsanjiao', initials: 'csj' });
    expect(t['重庆']).toEqual({ full: 'chongqing', initials: 'cq' });
  });

  it('keeps non-Han letters and digits lowercase in both forms', () => {
    expect(t['G60科创云廊']).toEqual({ full: 'g60kechuangyunlang', initials: 'g60kcyl' });
  });

  it('writes ü as v and lists each text once', () => {
    expect(t['绿色低碳']).toEqual({ full: 'lvseditan', initials: 'lsdt' });
    expect(Object.keys(t)).toEqual(['长三角', 'G60科创云廊', '重庆', '绿色低碳']);
  });
});

describe('normalise', () => {
  it('folds width, case, tone marks, spaces and punctuation', () => {
    expect(normalise(' Ｇ６０ 科创·云廊! ')).toBe('g60科创云廊');
    expect(normalise('Tēng Xùn')).toBe('tengxun');
    expect(normalise(' \t-– ')).toBe('');
  });
});

describe('buildSearchEntries', () => {
  it('indexes every area, place, project, cluster, key path and action plan with its area', () => {
    expect(entries.map((e) => `${e.kind}:${e.id}:${e.areaId}`)).toEqual([
      'area:ext:null', 'area:sub:ext', 'area:core:null',
      'place:lab:core', 'place:tencent-base:core', 'place:g60-corridor:core', 'place:satellite-park:core',
      'project:proj:sub', 'cluster:ai:null', 'cluster:satellite:null', 'path:path-p:null', 'action:action-a:null',
    ]);
  });

  it('keys a project by names, pinyin, seq and builder', () => {
    const p = entries.find((e) => e.id === 'proj')!;
    expect(p.names).toEqual(['腾讯长三角人工智能先进计算中心', 'tencentyangtzeriverdeltaaiadvancedcomputingcentre']);
    expect(p.pinyin).toEqual(['tengxunchangsanjiaorengongzhinengxianjinjisuanzhongxin', 'txcsjrgznxjjszx']);
    expect(p.seq).toBe('6');
    expect(p.secondary).toContain('腾讯科技上海有限公司');
    expect(p.keys).toEqual(expect.arrayContaining([...p.names, ...p.pinyin, '6', ...p.secondary]));
  });

  it('has no pinyin keys for a name the table lacks', () => {
    const bare = buildSearchEntries(ds, {});
    expect(bare.every((e) => e.pinyin.length === 0)).toBe(true);
    expect(ids('tengxun', bare)).toEqual([]);
  });
});

describe('search', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(search(entries, '')).toEqual([]);
    expect(search(entries, '  \t ')).toEqual([]);
    expect(search(entries, '·，')).toEqual([]);
  });

  it('puts the project before the places on a shared Chinese prefix', () => {
    // Places then by shorter name: 腾讯云启产业基地 (8) before 腾讯长三角AI先进计算中心 (14).
    expect(ids('腾讯')).toEqual(['proj', 'tencent-base', 'lab']);
  });

  it('finds by full pinyin and by initials', () => {
    expect(ids('tengxun')).toEqual(['proj', 'tencent-base', 'lab']);
    expect(ids('TengXun')).toEqual(['proj', 'tencent-base', 'lab']);
    expect(ids('txcsj')).toEqual(['proj', 'lab']);
    expect(ids('txyq')).toEqual(['tencent-base']);
    expect(ids('g60kc')).toEqual(['g60-corridor']);
  });

  it('finds by initials typed with gaps (txjs: 腾讯…计算), after every closer match', () => {
    expect(ids('txjs')).toEqual(['proj', 'lab']);
    expect(ids('tj')).toEqual([]); // 2 letters are too few to skip ahead
    expect(ids('xjs')).toEqual([]); // the first letter must match
  });

  it('finds by English name', () => {
    expect(ids('tencent')).toEqual(['proj', 'tencent-base', 'lab']);
    expect(ids('Lingang Songjiang')).toEqual(['core']);
  });

  it('finds by pinyin prefix and substring', () => {
    // Both are pinyin prefixes: same tier, so kind order puts the place before the cluster.
    expect(ids('weixing')).toEqual(['satellite-park', 'satellite']);
    expect(ids('hulianwang')).toEqual(['satellite-park', 'satellite']);
    expect(ids('xianjin')).toEqual(['proj', 'lab']);
  });

  it('ranks an exact name above a longer name that starts with it', () => {
    // Kind order alone would put the place first.
    expect(ids('卫星互联网')).toEqual(['satellite', 'satellite-park']);
    expect(ids('Satellite Internet')).toEqual(['satellite', 'satellite-park']);
  });

  it('ranks a name prefix above a pinyin prefix above a name substring', () => {
    // "ai": prefix of the cluster's English name "AI"; substring of the place's "…AI…" and of others.
    const r = ids('ai');
    expect(r[0]).toBe('ai');
    expect(r.indexOf('proj')).toBeGreaterThan(0);
    expect(ids('计算中心')).toEqual(['proj', 'lab']);
  });

  it('finds a project by its seq before names that merely contain the digit', () => {
    expect(ids('6')).toEqual(['proj', 'g60-corridor']);
  });

  it('finds a project by its builder, last', () => {
    expect(ids('腾讯科技')).toEqual(['proj']);
    expect(ids('tencenttechnology')).toEqual(['proj']);
    expect(ids('上海有限')).toEqual(['proj']);
  });

  it('matches a Chinese substring, and a mixed query on names only', () => {
    expect(ids('松江')).toEqual(['core']);
    expect(ids('G60科创')).toEqual(['g60-corridor']);
  });

  it('honours the limit and is deterministic whatever the input order', () => {
    expect(ids('n').length).toBeGreaterThan(2);
    expect(search(entries, 'n', 2).map((e) => e.id)).toEqual(ids('n').slice(0, 2));
    expect(search(entries, 'n', 0)).toEqual([]);
    const shuffled = [...entries].reverse();
    for (const q of ['n', 'tengxun', '腾讯', 'a', '6']) expect(ids(q, shuffled)).toEqual(ids(q));
  });

  const e = (id: string, zh: string, k: Partial<Pick<SearchEntry, 'names' | 'pinyin' | 'secondary'>> = {}): SearchEntry => {
    const names = k.names ?? [zh];
    const pinyin = k.pinyin ?? [];
    const secondary = k.secondary ?? [];
    return { id, kind: 'place', name: { zh, en: zh }, areaId: null, keys: [...names, ...pinyin, ...secondary], names, pinyin, seq: null, secondary };
  };

  it('applies the ranking rules in order', () => {
    // Same kind and name length; ids run against the expected order so only the tiers can sort them.
    const ladder = [
      e('a', '甲', { secondary: ['xab'] }),
      e('b', '乙', { names: ['乙', 'xab'], pinyin: ['xab'] }),
      e('c', '丙', { pinyin: ['qxab'] }),
      e('d', '丁', { names: ['丁', 'xabq'], pinyin: ['abq'] }),
      e('f', '戊', { names: ['戊', 'abq'], pinyin: ['abq'] }),
      e('g', '己', { names: ['己', 'ab'] }),
      e('h', '庚', { names: ['庚', 'zz'], pinyin: ['zz'], secondary: ['zz'] }),
    ];
    expect(ids('ab', ladder)).toEqual(['g', 'f', 'd', 'b', 'c', 'a']);
  });

  it('breaks ties by shorter name, then id', () => {
    expect(ids('园', [e('b', '甲园区'), e('c', '乙园'), e('a', '丙园')])).toEqual(['a', 'c', 'b']);
  });
});

describe('search over the context of the other documents', () => {
  // The real content: a context place is found by its Chinese name, its pinyin and its English name.
  it('finds a context place by zh, pinyin and en, and a context item not on the map', async () => {
    const { readFileSync } = await import('node:fs');
    const c = validContent();
    const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as unknown;
    for (const f of ['areas.geojson', 'places.geojson', 'projects.geojson', 'clusters.json', 'context-areas.geojson', 'context-places.geojson', 'scenes.json', 'programmes.json'] as const) c[f] = read(f);
    const real = datasetOf(c);
    const zh = [...real.byId.values()].map((i) => ('feature' in i ? i.feature.properties.name.zh : i.record.name.zh));
    const all = buildSearchEntries(real, pinyinTable(zh));
    const first = (q: string) => search(all, q, 5).map((e) => e.id)[0];
    // 辰山植物园 (6号 names it), placed or not it is searchable.
    const chenshan = real.contextPlaces.find((f) => f.properties.name.zh === '辰山植物园');
    expect(chenshan, '辰山植物园 in context-places.geojson').toBeDefined();
    const id = chenshan!.properties.id;
    expect(first('辰山植物园')).toBe(id);
    expect(first('chenshanzhiwuyuan')).toBe(id);
    expect(first('cszwy')).toBe(id);
    expect(first(chenshan!.properties.name.en)).toBe(id);
    // A context area with no position (35号's key area) is found too.
    const hub = real.contextAreas.find((f) => f.properties.name.zh === '松江枢纽核心区')!;
    expect(hub.geometry).toBeNull();
    expect(first('松江枢纽核心区')).toBe(hub.properties.id);
    expect(all.find((e) => e.id === id)!.kind).toBe('context-place');
  });
});
