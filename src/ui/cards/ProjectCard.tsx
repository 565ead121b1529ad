import { For, Show } from 'solid-js';
import type { LightProjectFeature, ProjectDetails } from '../../domain/types';
import { t } from '../../i18n/strings';
import { AccuracyNote, ItemLink, Row, Sources, NamedIn, type CardContext } from './parts';
import { Coordinates } from './Coordinates';

/** Project card: all six columns of 附件1, the figures set out, where it is, sources. */
export function ProjectCard(props: { ctx: CardContext; feature: LightProjectFeature; details: ProjectDetails }) {
  const p = () => props.feature.properties;
  const d = () => props.details;
  const lang = () => props.ctx.lang;
  const L = (k: Parameters<typeof t>[1]) => t(lang(), k);
  return (
    <>
      <dl class="facts">
        <Row label={L('seq')}><span data-testid="project-seq">{p().seq}</span></Row>
        <Row label={L('field')}>
          <Show when={p().cluster} fallback={p().field[lang()]}>{(c) => <ItemLink ctx={props.ctx} id={c()} />}</Show>
        </Row>
        <Row label={L('builder')}><span data-testid="project-builder">{p().builder[lang()]}</span></Row>
        <Row label={L('site')}>
          <Show when={p().place}>{(pl) => <ItemLink ctx={props.ctx} id={pl()} />}</Show>
          <Show when={p().area} fallback={<span class="muted">{L('outsideZone')}</span>}>{(a) => <ItemLink ctx={props.ctx} id={a()} />}</Show>
        </Row>
        <Row label={L('position')}><Coordinates geometry={props.feature.geometry} /></Row>
      </dl>
      <Show when={d().figures.length > 0}>
        <section class="card-section">
          <h3>{L('keyFigures')}</h3>
          <dl class="figures" data-testid="project-figures">
            <For each={d().figures}>{(f) => <div class="figure"><dt>{f.label[lang()]}</dt><dd>{f.value}</dd></div>}</For>
          </dl>
        </section>
      </Show>
      <section class="card-section"><h3>{L('content')}</h3><p>{d().content[lang()]}</p></section>
      <section class="card-section"><h3>{L('innovation')}</h3><p>{d().innovation[lang()]}</p></section>
      <NamedIn ctx={props.ctx} id={p().id} />
      <AccuracyNote lang={lang()} accuracy={p().accuracy} note={d().accuracyNote} />
      <Sources ctx={props.ctx} sources={p().sources} />
    </>
  );
}
