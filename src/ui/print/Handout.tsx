/**
 * The printed handout: A4 landscape, two pages, for investment-promotion staff and visitors.
 * Page 1: the title, the date printed, the zone's static map (light palette, legend, north arrow,
 * scale bar, 示意 credit), the 11 indicators of 表1 with their 2025 targets and a QR code to the
 * online map; page 2: the 13 key projects with their builders (附件1), the six industrial clusters
 * and the documents cited. Names and figures are the data's own, in the page's language.
 *
 * Loaded only when printing (PrintButton imports it): nothing of it, nor of the QR encoder or
 * print.css, is in the first load. It is shown only in print media (print.css), and its `ready()`
 * says when its data (details, indicators), QR code and fonts are in place.
 */
import { For, Show, createEffect, createMemo, createResource, createRoot, createSignal, onCleanup, onMount } from 'solid-js';
import type { Dataset } from '../../domain/dataset';
import type { Citation, Indicator, Lang, SourceDocument } from '../../domain/types';
import { loadDetails, loadIndicators } from '../../data/load';
import { t, type StringKey } from '../../i18n/more-strings';
import { LIGHT } from '../../map/palette';
import { legend } from '../../static-map/chrome';
import { renderZoneSvg } from '../../static-map/svg';
import './print.css';

export interface HandoutHandle {
  /** Resolves once the details, indicators, QR code and the fonts of the text are loaded and drawn. */
  ready(): Promise<void>;
}

export interface HandoutProps {
  dataset: Dataset;
  lang: Lang;
  /** The link the QR code opens: the online map's address of the current view. */
  url: string;
  /** Receives the handle once the handout is in the page. */
  onHandle?: (h: HandoutHandle) => void;
  /** The date printed (default: the day of printing). */
  date?: Date;
}

/** Size of the map in CSS px (it is drawn at this size: its text sizes are print sizes). */
const MAP_W = 600, MAP_H = 612;
/** Keeps the zone clear of the map's legend (bottom left, as wide as its longest line), north arrow and scale bar. */
const mapPadding = (ds: Dataset, lang: Lang) => ({ top: 56, right: 40, bottom: 36, left: legend(ds, lang, LIGHT, MAP_H).box[2] + 10 });

async function qrSvg(url: string): Promise<string> {
  const { renderSVG } = await import('uqr');
  return renderSVG(url, { pixelSize: 4, border: 2 });
}

/** A load that never throws: a failure is logged and gives `null` (the handout prints without it). */
const settle = <T,>(what: string, p: Promise<T>): Promise<T | null> => p.catch((e: unknown) => { console.warn(`handout: ${what} did not load: ${String(e)}`); return null; });

/** `YYYY-MM-DD` in local time. */
const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** The documents cited by `citations`, once each (an edition counts as its document), in order of first citation. */
export function citedDocuments(ds: Dataset, citations: Iterable<Citation>): SourceDocument[] {
  const out = new Map<string, SourceDocument>();
  for (const c of citations) {
    const doc = ds.documents.get(c.doc);
    if (!doc) continue;
    const main = (doc.editionOf && ds.documents.get(doc.editionOf)) || doc;
    if (!out.has(main.id)) out.set(main.id, main);
  }
  return [...out.values()];
}

export function Handout(props: HandoutProps) {
  const ds = props.dataset;
  const L = (k: StringKey) => t(props.lang, k);
  const colon = () => (props.lang === 'zh' ? '：' : ': ');
  let root!: HTMLElement;

  const [details] = createResource(() => settle('card details', loadDetails()));
  const [indicators] = createResource(() => settle('indicators', loadIndicators()));
  const [qr] = createResource(() => props.url, (url) => settle('QR code', qrSvg(url)));

  const map = createMemo(() => renderZoneSvg(ds, {
    width: MAP_W, height: MAP_H, lang: props.lang, palette: 'light',
    legend: true, northArrow: true, scaleBar: true, credit: true,
    fit: { bounds: ds.bounds, padding: mapPadding(ds, props.lang) },
  }));
  const clusterColor = (id: string | null) => LIGHT.clusters[ds.clusters.find((c) => c.id === id)?.colorToken ?? ''] ?? LIGHT.neutral;
  const projectsOf = (cluster: string) => ds.projects.filter((p) => p.properties.cluster === cluster).map((p) => p.properties.seq);
  // Today's date, renewed at each print: a handout mounted yesterday prints today's date.
  const [today, setToday] = createSignal(new Date());
  const printed = () => isoDate(props.date ?? today());
  /** The latest date of an indicator's current value, when staff have filled any in. */
  const dataDate = () => (indicators() ?? []).map((i) => i.current?.date ?? '').filter(Boolean).sort().at(-1) ?? null;
  const hasCurrent = () => dataDate() !== null;
  const sources = createMemo(() => citedDocuments(ds, [
    ...(indicators() ?? []).flatMap((i) => i.sources),
    ...ds.clusters.flatMap((c) => c.sources),
    ...ds.projects.flatMap((p) => p.properties.sources),
    ...ds.areas.flatMap((a) => a.properties.sources),
  ]));

  const settled = () => !details.loading && !indicators.loading && !qr.loading;
  const handle: HandoutHandle = {
    async ready() {
      await new Promise<void>((resolve) => createRoot((dispose) => {
        createEffect(() => { if (settled()) { queueMicrotask(dispose); resolve(); } });
      }));
      setToday(new Date());
      await nextFrame();
      // Hidden on screen, the handout's text asks for no font until print layout: load its faces now.
      const family = getComputedStyle(root).fontFamily, text = root.textContent ?? '';
      try {
        await Promise.all([document.fonts.load(`16px ${family}`, text), document.fonts.load(`bold 16px ${family}`, text)]);
      } catch (e) { console.warn(`handout: fonts did not load: ${String(e)}`); }
      await document.fonts.ready;
    },
  };
  onMount(() => {
    const before = () => setToday(new Date());
    window.addEventListener('beforeprint', before);
    onCleanup(() => window.removeEventListener('beforeprint', before));
    props.onHandle?.(handle);
  });

  const col = (k: StringKey) => <th scope="col">{L(k)}</th>;
  /** The indicators in their order, grouped by category (表1's 类别). */
  const groups = createMemo(() => {
    const out: { category: Indicator['category']; items: Indicator[] }[] = [];
    for (const i of indicators() ?? []) {
      const last = out.at(-1);
      if (last && last.category.zh === i.category.zh) last.items.push(i); else out.push({ category: i.category, items: [i] });
    }
    return out;
  });
  const columns = () => (hasCurrent() ? 5 : 4);

  return (
    <article ref={root} class="handout" lang={props.lang === 'zh' ? 'zh-CN' : 'en'} aria-label={L('title')} data-testid="handout">
      <section class="handout-page handout-page-1">
        <header class="handout-head">
          <h1>{L('title')}</h1>
          <p class="handout-dates" data-testid="handout-dates">
            <span>{L('printedOn')}{colon()}<time datetime={printed()}>{printed()}</time></span>
            <Show when={dataDate()}>{(d) => <span>{L('dataAsOf')}{colon()}<time datetime={d()}>{d()}</time></span>}</Show>
          </p>
        </header>
        <div class="handout-cols">
          <figure class="handout-map">
            <div class="handout-map-svg" innerHTML={map()} />
            <figcaption>{L('handoutMap')} · {L('schematicNote')}</figcaption>
          </figure>
          <div class="handout-side">
            <section class="handout-indicators" aria-labelledby="handout-indicators-h">
              <h2 id="handout-indicators-h">{L('indicatorsTitle')}</h2>
              <Show when={indicators()} fallback={<p class="handout-muted">{L(indicators.loading ? 'loading' : 'handoutUnavailable')}</p>}>
                <table>
                  <thead>
                    <tr>{col('seq')}{col('indicator')}{col('unit')}{col('target2025')}<Show when={hasCurrent()}>{col('current')}</Show></tr>
                  </thead>
                  <For each={groups()}>
                    {(g) => (
                      <tbody>
                        <tr class="handout-group"><th scope="colgroup" colspan={columns()}>{g.category[props.lang]}</th></tr>
                        <For each={g.items}>
                          {(i) => (
                            <tr data-indicator={i.id}>
                              <td>{i.seq}</td>
                              <th scope="row">{i.name[props.lang]}</th>
                              <td class="handout-nowrap">{i.unit[props.lang]}</td>
                              <td class="handout-target">{i.target2025[props.lang]}</td>
                              <Show when={hasCurrent()}>
                                <td>{i.current ? `${i.current.value}（${i.current.date}）` : '—'}</td>
                              </Show>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    )}
                  </For>
                </table>
              </Show>
            </section>
            <section class="handout-online" aria-labelledby="handout-online-h">
              <h2 id="handout-online-h">{L('handoutOnline')}</h2>
              <div class="handout-online-body">
                <Show when={qr()}>{(s) => <div class="handout-qr" role="img" aria-label={L('handoutQrAlt')} data-testid="handout-qr" data-url={props.url} innerHTML={s()} />}</Show>
                <div>
                  <p>{L('handoutScan')}</p>
                  <p class="handout-url" data-testid="handout-url">{props.url}</p>
                </div>
              </div>
            </section>
          </div>
        </div>
      </section>

      <section class="handout-page handout-page-2">
        <section class="handout-projects" aria-labelledby="handout-projects-h">
          <h2 id="handout-projects-h">{L('handoutProjects')}</h2>
          <table>
            <thead><tr>{col('seq')}{col('projectName')}{col('builder')}{col('field')}</tr></thead>
            <tbody>
              <For each={[...ds.projects].sort((a, b) => a.properties.seq - b.properties.seq)}>
                {(p) => (
                  <tr data-project={p.properties.id}>
                    <td class="handout-seq"><span class="handout-swatch" style={{ background: clusterColor(p.properties.cluster) }} aria-hidden="true" />{p.properties.seq}</td>
                    <th scope="row">{p.properties.name[props.lang]}</th>
                    <td>{p.properties.builder[props.lang]}</td>
                    <td>{p.properties.field[props.lang]}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
        <div class="handout-cols-2">
          <section class="handout-clusters" aria-labelledby="handout-clusters-h">
            <h2 id="handout-clusters-h">{L('clusters')}</h2>
            <ol>
              <For each={ds.clusters}>
                {(c) => (
                  <li data-cluster={c.id}>
                    <span class="handout-swatch" style={{ background: LIGHT.clusters[c.colorToken] ?? LIGHT.neutral }} aria-hidden="true" />
                    <div>
                      <strong>{c.name[props.lang]}</strong>
                      <Show when={details()?.cluster.get(c.id)?.title}>{(title) => <span class="handout-muted"> · {title()[props.lang]}</span>}</Show>
                      <Show when={projectsOf(c.id).length > 0}>
                        <span class="handout-seqs">{L('projects')}{colon()}{projectsOf(c.id).join(props.lang === 'zh' ? '、' : ', ')}</span>
                      </Show>
                    </div>
                  </li>
                )}
              </For>
            </ol>
          </section>
          <section class="handout-sources" aria-labelledby="handout-sources-h">
            <h2 id="handout-sources-h">{L('documentsCited')}</h2>
            <ul>
              <For each={sources()}>
                {(d) => (
                  <li data-doc={d.id}>
                    <span lang="zh-CN">《{d.title}》（{d.number}）</span>
                    <span class="handout-muted" lang="zh-CN">{d.issuer}{d.date ? ` ${d.date}` : ''}</span>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </div>
        <footer class="handout-foot">
          <span>{L('title')}</span>
          <span>{L('attribution')}</span>
          <span>{L('printedOn')}{colon()}{printed()}</span>
        </footer>
      </section>
    </article>
  );
}
