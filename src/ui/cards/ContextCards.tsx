/**
 * Cards of the other documents' context (35号, 6号, 299号): their areas and places, the key scenes
 * and the industry programmes. A chunk of their own, loaded with that content (registry.tsx).
 */
import { For, Show, createMemo } from 'solid-js';
import type { DetailedItemOf } from '../../domain/dataset';
import type { ContextMentions, Lang, Text } from '../../domain/types';
import { CONTEXT_PLACE_CATEGORY_NAMES, tc as t, type ContextStringKey as StringKey } from '../../i18n/context-strings';
import { docShortName } from '../describe';
import { AccuracyNote, ItemLink, ItemList, NamedIn, Row, Sources, TextList, type CardContext } from './parts';

const sep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

/** The summary, labelled as ours. */
function Summary(props: { lang: Lang; text: Text }) {
  return <p class="summary"><span class="muted">{t(props.lang, 'summaryLabel')}{props.lang === 'zh' ? '：' : ': '}</span>{props.text[props.lang]}</p>;
}

const MENTION_TITLES: [keyof ContextMentions, StringKey][] = [
  ['clusters', 'clusters'], ['areas', 'areas'], ['places', 'places'], ['projects', 'projects'], ['contextAreas', 'contextAreas'], ['contextPlaces', 'contextPlaces'],
];

/** What a record names: links to the items, the enterprises by name, and what is named but not placed (with why). */
export function Mentions(props: { ctx: CardContext; mentions: ContextMentions | undefined }) {
  const m = () => props.mentions ?? {};
  const L = (k: StringKey) => t(props.ctx.lang, k);
  return (
    <Show when={Object.keys(m()).length > 0}>
      <section class="card-section" data-testid="mentions">
        <h3>{L('ctxNames')}</h3>
        <For each={MENTION_TITLES.filter(([k]) => ((m()[k] as string[] | undefined) ?? []).length > 0)}>
          {([k, title]) => <ItemList ctx={props.ctx} title={L(title)} ids={[...(m()[k] as string[])]} showKind testid={`names-${k}`} />}
        </For>
        <TextList lang={props.ctx.lang} title={L('ctxEnterprises')} items={m().enterprises ?? []} />
        <Show when={(m().unplaced ?? []).length > 0}>
          <section class="card-section" data-testid="names-unplaced">
            <h3>{L('ctxUnplaced')}</h3>
            <ul class="plain"><For each={m().unplaced}>{(u) => <li>{u.name[props.ctx.lang]} <span class="muted">（{u.note[props.ctx.lang]}）</span></li>}</For></ul>
          </section>
        </Show>
      </section>
    </Show>
  );
}

/** For an item without a position: says so, and why (its accuracy note). */
function NotPlaced(props: { lang: Lang; note: Text }) {
  return (
    <p class="not-placed" data-testid="not-placed" role="note">
      <strong>{t('zh', 'notPlaced')} / {t('en', 'notPlaced')}</strong>{props.lang === 'zh' ? '：' : ': '}{props.note[props.lang]}
    </p>
  );
}

export function ContextAreaCard(props: { ctx: CardContext; item: DetailedItemOf<'context-area'> }) {
  const p = () => props.item.feature.properties;
  const d = () => props.item.details;
  const lang = () => props.ctx.lang;
  const L = (k: StringKey) => t(lang(), k);
  const ds = () => props.ctx.dataset;
  const parts = createMemo(() => ds().contextAreas.filter((f) => f.properties.parent === p().id).map((f) => f.properties.id));
  const places = createMemo(() => ds().contextPlaces.filter((f) => f.properties.area === p().id).map((f) => f.properties.id));
  return (
    <>
      <Summary lang={lang()} text={d().summary} />
      <dl class="facts">
        <Row label={L('document')}>{docShortName(ds(), p().doc, lang())} <span class="muted">{ds().documents.get(p().doc)?.title}</span></Row>
        <Show when={p().parent}>{(parent) => <Row label={L('partOf')}><ItemLink ctx={props.ctx} id={parent()} /></Row>}</Show>
        <Show when={(d().members ?? []).length > 0}><Row label={L('members')}>{d().members!.map((x) => x[lang()]).join(sep(lang()))}</Row></Show>
      </dl>
      <Show when={!props.item.feature.geometry}><NotPlaced lang={lang()} note={d().accuracyNote} /></Show>
      <Show when={parts().length > 0}><ItemList ctx={props.ctx} title={L('parts')} ids={parts()} /></Show>
      <Show when={places().length > 0}><ItemList ctx={props.ctx} title={L('placesIn')} ids={places()} showKind /></Show>
      <Mentions ctx={props.ctx} mentions={p().mentions} />
      <NamedIn ctx={props.ctx} id={p().id} />
      <Show when={props.item.feature.geometry}><AccuracyNote lang={lang()} accuracy={p().accuracy} note={d().accuracyNote} /></Show>
      <Sources ctx={props.ctx} sources={p().sources} />
    </>
  );
}

export function ContextPlaceCard(props: { ctx: CardContext; item: DetailedItemOf<'context-place'> }) {
  const p = () => props.item.feature.properties;
  const d = () => props.item.details;
  const lang = () => props.ctx.lang;
  const L = (k: StringKey) => t(lang(), k);
  const ds = () => props.ctx.dataset;
  return (
    <>
      <Summary lang={lang()} text={d().summary} />
      <dl class="facts">
        <Row label={L('kind')}>{CONTEXT_PLACE_CATEGORY_NAMES[p().category]![lang()]}</Row>
        <Row label={L('document')}>{p().docs.map((x) => docShortName(ds(), x, lang())).join(sep(lang()))}</Row>
        <Show when={p().area}>{(a) => <Row label={L('belongsTo')}><ItemLink ctx={props.ctx} id={a()} /></Row>}</Show>
        <Show when={props.item.feature.geometry}>{(g) => <Row label={L('position')}><span class="coords">{g().coordinates[1]!.toFixed(5)}°N, {g().coordinates[0]!.toFixed(5)}°E</span></Row>}</Show>
      </dl>
      <Show when={!props.item.feature.geometry}><NotPlaced lang={lang()} note={d().accuracyNote} /></Show>
      <NamedIn ctx={props.ctx} id={p().id} />
      <Show when={props.item.feature.geometry}><AccuracyNote lang={lang()} accuracy={p().accuracy} note={d().accuracyNote} /></Show>
      <Sources ctx={props.ctx} sources={p().sources} />
    </>
  );
}

export function SceneCard(props: { ctx: CardContext; item: DetailedItemOf<'scene'> }) {
  const r = () => props.item.record;
  const lang = () => props.ctx.lang;
  const L = (k: StringKey) => t(lang(), k);
  return (
    <>
      <Summary lang={lang()} text={props.item.details.summary} />
      <dl class="facts">
        <Row label={L('category')}>{r().tier[lang()]}</Row>
        <Row label={L('responsible')}>{props.item.details.responsible.map((x) => x[lang()]).join(sep(lang()))}</Row>
      </dl>
      <Mentions ctx={props.ctx} mentions={r().mentions} />
      <Sources ctx={props.ctx} sources={r().sources} />
    </>
  );
}

export function ProgrammeCard(props: { ctx: CardContext; item: DetailedItemOf<'programme'> }) {
  const r = () => props.item.record;
  const lang = () => props.ctx.lang;
  const L = (k: StringKey) => t(lang(), k);
  return (
    <>
      <Summary lang={lang()} text={props.item.details.summary} />
      <dl class="facts">
        <Row label={L('responsible')}>{props.item.details.responsible.map((x) => x[lang()]).join(sep(lang()))}</Row>
        <Show when={props.item.details.towns.length > 0}><Row label={L('towns')}>{props.item.details.towns.map((x) => x[lang()]).join(sep(lang()))}</Row></Show>
      </dl>
      <Mentions ctx={props.ctx} mentions={r().mentions} />
      <Sources ctx={props.ctx} sources={r().sources} />
    </>
  );
}
