/** The tour's caption: the chapter counter ("3 / 14") and the chapter's caption, read out politely. */
import type { Lang, Text } from '../domain/types';
import { t } from '../i18n/more-strings';

export function TourCaption(props: { lang: Lang; index: number; total: number; caption: Text }) {
  const label = () => t(props.lang, 'chapterOf').replace('{n}', String(props.index + 1)).replace('{total}', String(props.total));
  return (
    <div class="tour-caption" role="status" aria-live="polite" aria-atomic="true" data-testid="tour-caption">
      <span class="tour-counter" data-testid="tour-counter" aria-label={label()}>{props.index + 1} / {props.total}</span>
      <p class="tour-text" lang={props.lang === 'zh' ? 'zh-CN' : 'en'}>{props.caption[props.lang]}</p>
    </div>
  );
}
