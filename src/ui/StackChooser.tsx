/**
 * The list a tap on a stack opens: the places and projects that share the spot, each a button that
 * opens its card. It appears next to the tap, takes the keyboard focus, and closes with Escape, ✕
 * or a tap elsewhere (the caller puts the focus back where it was).
 */
import { For, createUniqueId, onCleanup, onMount } from 'solid-js';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/types';
import { PLACE_KIND_NAMES, t } from '../i18n/more-strings';
import { LIGHT } from '../map/palette';

export interface StackChooserProps {
  dataset: Dataset;
  lang: Lang;
  /** Ids of the items there, nearest first. */
  ids: readonly string[];
  /** The tap, in px of the positioned parent (the map's stage). */
  at: readonly [number, number];
  onChoose: (id: string) => void;
  /** `refocus`: put the focus back where it was (Escape, ✕), not when the visitor tapped elsewhere. */
  onClose: (refocus: boolean) => void;
}

/** Gap (px) between the tap and the list, and between the list and the stage's edges. */
const GAP = 12;

export function StackChooser(props: StackChooserProps) {
  let el!: HTMLDivElement;
  const title = createUniqueId();
  const L = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  /** The colour of a cluster's dots, as the legend shows it. */
  const color = (cluster: string | null | undefined) =>
    LIGHT.clusters[props.dataset.clusters.find((c) => c.id === cluster)?.colorToken ?? ''] ?? LIGHT.neutral;
  const rows = () => props.ids.flatMap((id): { id: string; kind: string; name: string; color?: string }[] => {
    const item = props.dataset.byId.get(id);
    if (item?.kind === 'project') {
      const p = item.feature.properties;
      return [{ id, kind: `${L('project')} ${p.seq}`, name: p.name[props.lang], color: color(p.cluster) }];
    }
    if (item?.kind === 'place') {
      const p = item.feature.properties;
      return [{ id, kind: PLACE_KIND_NAMES[p.kind]?.[props.lang] ?? L('place'), name: p.name[props.lang], color: color(p.clusters[0]) }];
    }
    if (item?.kind === 'area') return [{ id, kind: L(item.feature.properties.tier), name: item.feature.properties.name[props.lang] }];
    return [];
  });

  onMount(() => {
    // Beside the tap: below it when there is room, else above; always inside the stage.
    const stage = el.offsetParent as HTMLElement | null;
    const W = stage?.clientWidth ?? innerWidth, H = stage?.clientHeight ?? innerHeight;
    const w = el.offsetWidth, h = el.offsetHeight, [x, y] = props.at;
    el.style.left = `${Math.max(GAP / 2, Math.min(x - w / 2, W - w - GAP / 2))}px`;
    el.style.top = `${y + GAP + h <= H - GAP / 2 ? y + GAP : Math.max(GAP / 2, y - GAP - h)}px`;
    el.querySelector<HTMLElement>('button[data-item]')?.focus();
    const scope = el.getRootNode() as Document | ShadowRoot;
    const outside = (e: Event) => { if (!e.composedPath().includes(el)) props.onClose(false); };
    scope.addEventListener('pointerdown', outside, true);
    onCleanup(() => scope.removeEventListener('pointerdown', outside, true));
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); props.onClose(true); return; }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    // Arrow keys move along the list, as in a menu.
    const buttons = [...el.querySelectorAll<HTMLElement>('button')];
    const i = buttons.indexOf((el.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement);
    e.preventDefault();
    buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  };

  return (
    <div ref={el} class="stack-chooser" role="dialog" aria-labelledby={title} data-testid="stack-chooser" onKeyDown={onKey}
      onFocusOut={(e) => { if (e.relatedTarget instanceof Node && !el.contains(e.relatedTarget)) props.onClose(false); }}>
      <header>
        <h2 id={title}>{rows().length} {L('stackItems')}</h2>
        <button type="button" class="close" aria-label={L('close')} onClick={() => props.onClose(true)}>✕</button>
      </header>
      <ul>
        <For each={rows()}>
          {(r) => (
            <li>
              <button type="button" data-item={r.id} onClick={() => props.onChoose(r.id)}>
                <span class="stack-kind">
                  {r.color && <span class="swatch dot" style={{ background: r.color }} aria-hidden="true" />}{r.kind}
                </span><span class="stack-name">{r.name}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
