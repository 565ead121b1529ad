/**
 * The real content: valid, complete, and with the names and figures the plan gives, exactly.
 * The expected values below are copied from 松科委〔2022〕36号 (附件1 and 表1).
 */
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../scripts/validate-project';
import { readContent } from '../../scripts/content-files';
import { formatProblem } from '../../src/domain/problem';
import { ENTERPRISE_ROLES, type EnterpriseRole } from '../../src/domain/types';
import { ENTERPRISE_ROLE_NAMES } from '../../src/i18n/more-strings';

const { raw } = readContent(process.cwd());
type Props = Record<string, unknown> & { id: string; name: { zh: string; en: string } };
const props = (k: 'areas.geojson' | 'places.geojson' | 'projects.geojson') => (raw[k] as { features: { properties: Props }[] }).features.map((f) => f.properties);

describe('the content in data/ and seeds/', () => {
  it('validates with no problem', () => {
    expect(validateProject(process.cwd()).map(formatProblem)).toEqual([]);
  });

  it('has one core zone, two extension zones with their named sections, and three bases', () => {
    const areas = props('areas.geojson');
    const names = (tier: string, parent?: string) => areas.filter((a) => a.tier === tier && (parent === undefined || a.parent === parent)).map((a) => a.name.zh);
    expect(names('core')).toEqual(['临港松江科技城']);
    expect(names('extension')).toEqual(['东部产城融合示范区', '西部产城融合示范区']);
    expect(names('sub-area', 'east-integration')).toEqual(['中山国际生态商务区', '工业区一期', '东部经济技术开发区', '车墩片区', '新桥片区']);
    expect(names('sub-area', 'west-integration')).toEqual(['西部经济技术开发区', '小昆山镇区']);
    expect(names('base')).toEqual(['洞泾人工智能产业基地', '泗泾中电科信创和G60商密产业基地', '佘山G60脑智科创基地']);
  });

  it('has the six clusters of 五 in order', () => {
    expect((raw['clusters.json'] as Props[]).map((c) => c.name.zh)).toEqual(['工业互联网', '人工智能', '卫星互联网', '商密及信创', '脑科学和智能', '金融科技']);
  });

  it('gives each enterprise the role 松科委〔2022〕36号 gives it', () => {
    // [cluster, name as written, role, where the text says so (seed 001)]
    const expected: [string, string, string, string][] = [
      ['industrial-internet', '海尔COSMOPlat', 'platform', '五(一) 支持海尔COSMOPlat、用友精智、徐工汉云等国家级“双跨”工业互联网平台做大做强'],
      ['industrial-internet', '用友精智', 'platform', '五(一) same sentence'],
      ['industrial-internet', '徐工汉云', 'platform', '五(一) same sentence'],
      ['industrial-internet', '紫光云', 'platform', '一 海尔COSMOPlat、用友精智、徐工汉云、紫光云等入选工信部“2020年跨行业跨领域工业互联网平台”'],
      ['industrial-internet', '客瑞智能', 'service', '五(一) 支持客瑞智能、柯马等工业互联网专业服务机构发展'],
      ['industrial-internet', '柯马', 'service', '五(一) same sentence'],
      ['artificial-intelligence', '腾讯', 'leading', '五(二) 发挥腾讯、科大智能、保隆科技等龙头企业引领作用'],
      ['artificial-intelligence', '科大智能', 'leading', '五(二) same sentence'],
      ['artificial-intelligence', '保隆科技', 'leading', '五(二) same sentence'],
      ['satellite-internet', '垣信卫星', 'leading', '五(三) 以垣信卫星等龙头企业为引领'],
      ['satellite-internet', '中科辰新', 'leading', '一 引进垣信卫星、中科辰新等行业龙头企业'],
      ['satellite-internet', '航天宏图', 'to-attract', '五(三) 积极引进航天宏图长三角总部和卫星运营中心'],
      ['satellite-internet', '上海联合投资', 'partner', '五(三) 支持上海联合投资与临港集团深度合作'],
      ['satellite-internet', '临港集团', 'partner', '五(三) same sentence'],
      ['crypto-xinchuang', '格尔安信', 'backbone', '五(四) 围绕格尔安信、智巡密码等骨干企业'],
      ['crypto-xinchuang', '智巡密码', 'backbone', '五(四) same sentence'],
      ['crypto-xinchuang', '中电科32所', 'institute', '一 集聚格尔安信、智巡密码、中电科32所等相关企业和科研院所'],
      ['crypto-xinchuang', '华城金锐', 'supported', '五(四) 支持中电科32所、华城金锐、华东电脑等加快推动自主可控服务器规模化研制'],
      ['crypto-xinchuang', '华东电脑', 'supported', '五(四) same sentence'],
      ['crypto-xinchuang', '华宇电子', 'supported', '五(四) 支持华宇电子等企业积极布局金融信创云'],
      ['brain-intelligence', '中科脑智', 'anchor', '五(五) 依托中科脑智，围绕产业转化平台建设运营和基金管理，重点建设脑智专业孵化器'],
    ];
    const clusters = raw['clusters.json'] as { id: string; enterprises: { name: { zh: string }; role: string }[] }[];
    const actual = clusters.flatMap((c) => c.enterprises.map((e) => [c.id, e.name.zh, e.role]));
    expect(actual).toEqual(expected.map(([c, n, r]) => [c, n, r]));
    // Each quotation holds the name, and the zh label of the role is the word the quotation uses.
    const word: Record<string, string> = { platform: '工业互联网平台', partner: '深度合作', supported: '支持', anchor: '依托' };
    for (const [, name, role, quote] of expected.filter((e) => !e[3].endsWith('same sentence'))) {
      expect(quote, name).toContain(name);
      const label = ENTERPRISE_ROLE_NAMES[role as EnterpriseRole].zh;
      expect(quote, role).toContain(word[role] ?? label);
      expect(label, role).toContain(word[role] ?? label);
    }
    expect(Object.keys(ENTERPRISE_ROLE_NAMES).sort()).toEqual([...ENTERPRISE_ROLES].sort());
  });

  it('marks every position taken from outside the five documents, and shows where it conflicts with them', () => {
    const outside = (k: 'places.geojson' | 'projects.geojson') => props(k).filter((p) => p.positionSource === 'outside').map((p) => p.id).sort();
    expect(outside('places.geojson')).toEqual([
      'g60-cloud-innovation-space', 'g60-corridor-exhibition-hall', 'g60-industrial-internet-experience-centre', 'g60-science-innovation-cloud-corridor',
      'g60-starlink-industrial-park', 'haier-casarte-smart-factory', 'industrial-internet-innovation-base', 'jiuke-oasis-satellite-super-factory',
      'shanghai-brain-research-centre', 'songjiang-university-town-innovation-cluster', 'zhongke-chenxin-satellite-factory',
    ]);
    expect(outside('projects.geojson')).toEqual(['satellite-super-factory-project', 'shanghai-casarte-smart-factory']);
    // A project at the same site as a place shares its position's source.
    for (const pr of props('projects.geojson').filter((p) => p.place)) {
      const place = props('places.geojson').find((p) => p.id === pr.place)!;
      if (place.positionSource === 'outside' && (pr.accuracyNote as { zh: string }).zh.includes('同址')) expect(pr.positionSource, pr.id).toBe('outside');
    }
    // 36号 一 puts the satellite cluster inside the zone; every satellite point placed outside the zone's areas says so, citing it.
    const satellite = [...props('places.geojson').filter((p) => (p.clusters as string[]).includes('satellite-internet')), ...props('projects.geojson').filter((p) => p.cluster === 'satellite-internet')]
      .filter((p) => p.area === null && p.positionSource === 'outside');
    expect(satellite.map((p) => p.id).sort()).toEqual(['g60-starlink-industrial-park', 'jiuke-oasis-satellite-super-factory', 'satellite-super-factory-project', 'zhongke-chenxin-satellite-factory']);
    for (const p of satellite) {
      const c = p.positionConflict as { documents: { sources: { doc: string; section: string }[] }; outside: { source: { zh: string } } };
      expect(c.documents.sources, p.id).toContainEqual({ doc: 'g60-plan', section: '一' });
      expect(c.outside.source.zh, p.id).toContain('不在五份文件之中');
    }
    for (const p of [...props('places.geojson'), ...props('projects.geojson')]) {
      if (p.positionConflict) expect(p.positionSource, p.id).toBe('outside');
    }
  });

  it('has all 13 key projects of 附件1 with their names and builders as written', () => {
    const projects = props('projects.geojson').sort((a, b) => (a.seq as number) - (b.seq as number));
    expect(projects.map((p) => [p.seq, p.name.zh])).toEqual([
      [1, '长三角G60科创云公共服务平台'], [2, '上海卡萨帝智能工厂'], [3, '卡奥斯“海孪智”数字孪生系统'],
      [4, '“云汉芯城ICkey”电子产业互联网服务平台'], [5, '上海中科实验教考开放创新平台'], [6, '腾讯长三角人工智能先进计算中心'],
      [7, '乐普云智数字医疗平台'], [8, 'G60星链计划'], [9, '北斗时空（上海）大数据融合应用产业中心'], [10, '全球数字化卫星制造超级工厂'],
      [11, '金融AK云数据中心'], [12, '申威服务器半自动化柔性批量生产线'], [13, '上海市信息技术应用创新工程适配中心'],
    ]);
    expect((projects[5]!.builder as { zh: string }).zh).toBe('上海珑睿信息科技有限公司');
  });

  it('gives the key projects’ figures exactly as written', () => {
    const figs = (seq: number) => (props('projects.geojson').find((p) => p.seq === seq)!.figures as { value: { zh: string } }[]).map((f) => f.value.zh);
    expect(figs(6)).toEqual(expect.arrayContaining(['16幢', '2.4万个以上', '超过40万台', '每秒1400千万亿次', '236亩', '超450亿元']));
    expect(figs(9)).toEqual(expect.arrayContaining(['4万平米', '4000个']));
    expect(figs(10)).toEqual(expect.arrayContaining(['6.7亿元', '2021-2023年']));
    expect(figs(11)).toEqual(expect.arrayContaining(['约6.63亿元', '3024个机架']));
    expect(figs(12)).toEqual(expect.arrayContaining(['年产10万台以上']));
  });

  it('has the 11 indicators of 表1 with their 2025 targets as written', () => {
    const rows = (raw['indicators.json'] as (Props & { seq: number; target2025: { zh: string } })[]).map((i) => [i.seq, i.name.zh, i.target2025.zh]);
    expect(rows).toEqual([
      [1, '规上制造业企业数字化转型比例', '95以上'], [2, '具有全国影响力的工业互联网平台', '1-2'], [3, '工业互联网综合解决方案“单项冠军”', '3-5'],
      [4, '数字经济领域的企业研发投入强度', '6左右'], [5, '新增数字经济领域国家级创新平台', '5'], [6, '引进数字经济领域的高层次人才团队', '10'],
      [7, '新增数字经济领域高价值专利', '50'], [8, '5G网络覆盖率', '98以上'], [9, '5G网络下行速率', '500'], [10, '标杆性智能工厂', '10'], [11, '代表性智能楼宇', '10'],
    ]);
  });

  it('says honestly how every feature was placed', () => {
    for (const k of ['areas.geojson', 'places.geojson', 'projects.geojson'] as const) {
      for (const p of props(k)) expect(['surveyed', 'approximate', 'schematic'], `${k} ${p.id}`).toContain(p.accuracy);
    }
    // Nothing here comes from a survey yet.
    expect(props('areas.geojson').filter((a) => a.accuracy === 'surveyed')).toEqual([]);
  });
});
