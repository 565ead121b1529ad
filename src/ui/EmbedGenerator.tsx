/**
 * The embed generator (share dialog): choose a size and what the embed shows, see it live, copy
 * the iframe or web-component snippet. The snippets point at the public site (`base`); the
 * preview runs this site's own embed, so it works offline and before the public site exists.
 */
import { For, createMemo, createSignal, createUniqueId } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Lang } from '../domain/types';
import type { View } from '../state/view';
import { t, type StringKey } from '../i18n/more-strings';
import { SIZE_PRESETS, componentSnippet, embedQuery, iframeSnippet, type EmbedChoice } from './embed-snippets';

const PRESET_LABEL: Record<(typeof SIZE_PRESETS)[number]['id'], StringKey> = { small: 'sizeSmall', medium: 'sizeMedium', large: 'sizeLarge', full: 'sizeFull' };
/** Width of the preview box in the dialog (CSS px); the embed is drawn at its size and scaled to fit. */
const PREVIEW_W = 360;

export function EmbedGenerator(props: { lang: Lang; view: View; base: string; previewBase: string; copy: (text: string) => Promise<void> }) {
  const L = (k: StringKey) => t(props.lang, k);
  const uid = createUniqueId();
  const [c, set] = createStore<EmbedChoice>({
    width: 640, height: 480, keep: { selection: true, filters: true, language: true, basemap: true }, search: false, panel: false, interactive: true,
  });
  const [copied, setCopied] = createSignal<'iframe' | 'component' | null>(null);
  const iframe = createMemo(() => iframeSnippet(props.base, props.view, c, t(props.lang, 'shortTitle')));
  const component = createMemo(() => componentSnippet(props.base, props.view, c));
  const previewSrc = createMemo(() => `${props.previewBase}?${embedQuery(props.view, c)}`);
  const box = createMemo(() => {
    const w = c.width ?? 800;
    const scale = Math.min(1, PREVIEW_W / w);
    return { w, h: c.height, scale };
  });
  const preset = () => SIZE_PRESETS.find((p) => p.width === c.width && p.height === c.height)?.id ?? 'custom';
  const num = (v: string, min: number, max: number) => Math.min(max, Math.max(min, Math.round(Number(v) || min)));
  const check = (label: StringKey, on: () => boolean, toggle: (v: boolean) => void) => (
    <label class="toggle"><input type="checkbox" checked={on()} onChange={(e) => toggle(e.currentTarget.checked)} />{L(label)}</label>
  );
  const copy = async (which: 'iframe' | 'component') => {
    await props.copy(which === 'iframe' ? iframe() : component());
    setCopied(which);
  };
  return (
    <div class="embed-generator" data-testid="embed-generator">
      <fieldset>
        <legend>{L('embedSize')}</legend>
        <For each={SIZE_PRESETS}>
          {(p) => (
            <label class="toggle">
              <input type="radio" name={`${uid}-size`} checked={preset() === p.id} onChange={() => set({ width: p.width, height: p.height })} />
              {L(PRESET_LABEL[p.id])}{p.width ? ` ${p.width}×${p.height}` : ''}
            </label>
          )}
        </For>
        <span class="custom-size">
          <label>{L('width')} <input type="number" min="240" max="2000" step="10" value={c.width ?? ''} placeholder="100%"
            onChange={(e) => set('width', e.currentTarget.value === '' ? null : num(e.currentTarget.value, 240, 2000))} /></label>
          <label>{L('height')} <input type="number" min="200" max="1600" step="10" value={c.height}
            onChange={(e) => set('height', num(e.currentTarget.value, 200, 1600))} /></label>
        </span>
      </fieldset>
      <fieldset>
        <legend>{L('embedShows')}</legend>
        {check('keepSelection', () => c.keep.selection, (v) => set('keep', 'selection', v))}
        {check('keepFilters', () => c.keep.filters, (v) => set('keep', 'filters', v))}
        {check('keepLanguage', () => c.keep.language, (v) => set('keep', 'language', v))}
        {check('keepBasemap', () => c.keep.basemap, (v) => set('keep', 'basemap', v))}
        {check('showSearch', () => c.search, (v) => set('search', v))}
        {check('showPanel', () => c.panel, (v) => set('panel', v))}
        {check('allowMove', () => c.interactive, (v) => set('interactive', v))}
      </fieldset>
      <p class="preview-label">{L('preview')}</p>
      <div class="preview-box" style={{ width: `${box().w * box().scale}px`, height: `${box().h * box().scale}px` }}>
        <iframe data-testid="embed-preview" title={`${L('preview')} · ${L('shortTitle')}`} src={previewSrc()}
          width={box().w} height={box().h} style={{ transform: `scale(${box().scale})` }} />
      </div>
      <label class="snippet">{L('iframeCode')}
        <textarea readonly rows="3" data-testid="snippet-iframe" value={iframe()} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" data-testid="copy-iframe" onClick={() => void copy('iframe')}>{copied() === 'iframe' ? L('copied') : `${L('copyCode')} · iframe`}</button>
      <label class="snippet">{L('componentCode')}
        <textarea readonly rows="3" data-testid="snippet-component" value={component()} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" data-testid="copy-component" onClick={() => void copy('component')}>{copied() === 'component' ? L('copied') : `${L('copyCode')} · ${L('componentCode')}`}</button>
    </div>
  );
}
