/**
 * 数据截至 / Data as of: the date the map's content last changed, set at build time by
 * scripts/data-as-of-plugin.ts (`import.meta.env.G60_DATA_AS_OF`, YYYY-MM-DD). Useful on a stand
 * running offline for days: it says how current what the screen shows is.
 */
import { Show } from 'solid-js';
import type { Lang } from '../domain/types';
import { t } from '../i18n/strings';

const DATE: string | undefined = import.meta.env.G60_DATA_AS_OF;

/** 2025-03-14 → 2025年3月14日 (zh) or 14 March 2025 (en); read as a calendar date, not a time. */
export function formatDataDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

export function DataAsOf(props: { lang: Lang }) {
  return (
    <Show when={DATE && /^\d{4}-\d{2}-\d{2}$/.test(DATE) ? DATE : null}>
      {(date) => (
        <p class="count" data-testid="data-as-of">
          {t(props.lang, 'dataAsOfLine')}{props.lang === 'zh' ? '' : ' '}<time datetime={date()}>{formatDataDate(date(), props.lang)}</time>
        </p>
      )}
    </Show>
  );
}
