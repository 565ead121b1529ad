/** What a deployer, a link and a webmaster say about embedding: config keys, embed parameters, snippets. */
import { describe, expect, it } from 'vitest';
import { parseDeployConfig } from '../../src/app/deploy-config';
import { parseEmbedParams } from '../../src/modes/embed-params';
import { componentSnippet, embedQuery, iframeSnippet, type EmbedChoice } from '../../src/ui/embed-snippets';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { parseView } from '../../src/state/url';

describe('config.json: embedding keys', () => {
  it('reads the share base, the allowed host origins and the default mode', () => {
    const { config, warnings } = parseDeployConfig({
      shareBase: 'https://map.example.gov.cn/g60/', defaultMode: 'embed',
      embed: { allowedOrigins: ['https://www.songjiang.gov.cn', 'http://127.0.0.1:5555'] },
    });
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({ shareBase: 'https://map.example.gov.cn/g60/', defaultMode: 'embed', allowedOrigins: ['https://www.songjiang.gov.cn', 'http://127.0.0.1:5555'] });
  });

  it('keeps the postMessage API off unless origins are listed', () => {
    expect(parseDeployConfig({}).config.allowedOrigins).toEqual([]);
  });

  it.each([
    [{ embed: { allowedOrigins: ['*'] } }, 'allowedOrigins[0]'],
    [{ embed: { allowedOrigins: ['https://portal.example/path'] } }, 'allowedOrigins[0]'],
    [{ embed: { allowedOrigins: ['javascript:alert(1)'] } }, 'allowedOrigins[0]'],
    [{ embed: { allowedOrigins: 'https://portal.example' } }, 'must be an array'],
    [{ shareBase: 'https://map.example.gov.cn/g60' }, 'shareBase'],
    [{ shareBase: '/g60/' }, 'shareBase'],
    [{ shareBase: 'ftp://map.example/' }, 'shareBase'],
    [{ defaultMode: 'kiosk-ish' }, 'defaultMode'],
  ])('ignores %j with a warning', (json, said) => {
    const { config, warnings } = parseDeployConfig(json);
    expect(warnings.join('\n')).toContain(said);
    expect(config.allowedOrigins).toEqual([]);
    expect(config.shareBase).toBeNull();
    expect(config.defaultMode).toBe('browse');
  });
});

describe('embed URL parameters', () => {
  it('hides search and panel unless asked, and moves unless told not to', () => {
    expect(parseEmbedParams('?mode=embed').options).toEqual({ search: false, panel: false, interactive: true });
    expect(parseEmbedParams('?ui=search,panel&interactive=0').options).toEqual({ search: true, panel: true, interactive: false });
  });

  it('warns about what it cannot use, and keeps the defaults', () => {
    const { options, warnings } = parseEmbedParams('?ui=toolbar&interactive=maybe');
    expect(options).toEqual({ search: false, panel: false, interactive: true });
    expect(warnings).toHaveLength(2);
  });
});

describe('embed snippets', () => {
  const view: View = { ...DEFAULT_VIEW, sel: 'core', lang: 'en', clusters: ['fintech'], basemap: 'schematic-dark', cam: { lon: 121.2, lat: 31, zoom: 12 } };
  const choice: EmbedChoice = { width: 640, height: 480, keep: { selection: true, filters: true, language: true, basemap: true }, search: true, panel: false, interactive: false };
  const known = { ids: new Set(['core']), clusters: new Set(['fintech']), basemaps: new Set(['schematic-dark']), bounds: [120, 30, 122, 32] as const, zoom: [8, 17] as const };

  it('gives an iframe of the embed view of the current view, without its camera', () => {
    const html = iframeSnippet('https://map.example/g60/', view, choice, 'G60 <map> & "more"');
    expect(html).toContain('title="G60 &lt;map> &amp; &quot;more&quot;"');
    const src = new URL(/src="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&'));
    expect(`${src.origin}${src.pathname}`).toBe('https://map.example/g60/');
    expect(Object.fromEntries(src.searchParams)).toEqual({ mode: 'embed', ui: 'search', interactive: '0', sel: 'core', lang: 'en', clusters: 'fintech', basemap: 'schematic-dark' });
    expect(html).toContain('width="640" height="480"');
  });

  it('leaves out what the webmaster unticks', () => {
    const q = embedQuery(view, { ...choice, keep: { selection: false, filters: false, language: false, basemap: false } });
    expect(parseView(`?${q}`, known, ['mode', 'ui', 'interactive']).view).toEqual({ ...DEFAULT_VIEW });
  });

  it('gives the component with one module script and the same view as attributes', () => {
    const html = componentSnippet('https://map.example/g60/', view, { ...choice, width: null });
    expect(html).toMatch(/^<script type="module" src="https:\/\/map\.example\/g60\/g60-zone-map\.js"><\/script>\n<g60-zone-map /);
    for (const a of ['selected="core"', 'clusters="fintech"', 'lang="en"', 'basemap="schematic-dark"', 'interactive="false"', 'width:100%;height:480px']) expect(html).toContain(a);
  });
});
