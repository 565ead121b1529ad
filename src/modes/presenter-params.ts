/**
 * The presenter's own URL parameters: `ch=<chapter id>` opens that chapter; `tourpace=<number>`
 * multiplies every dwell, honoured only in an automated browser (the soak test's fast clock).
 * Pure and forgiving: a bad value is ignored with a warning.
 */
export const PRESENTER_PARAMS = ['mode', 'ch', 'tourpace'] as const;

export function parsePresenterParams(search: string, chapterIds: readonly string[], automated: boolean): { chapter: number; pace: number; warnings: string[] } {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  let chapter = 0, pace = 1;
  const ch = params.get('ch');
  if (ch !== null) {
    const i = chapterIds.indexOf(ch);
    if (i >= 0) chapter = i;
    else warnings.push(`URL parameter ch=${JSON.stringify(ch.slice(0, 40))} ignored: no such chapter; starting at the first`);
  }
  const p = params.get('tourpace');
  if (p !== null) {
    const v = Number(p);
    if (!automated) warnings.push('URL parameter tourpace ignored: only for automated tests');
    else if (Number.isFinite(v) && v > 0 && v <= 10) pace = v;
    else warnings.push(`URL parameter tourpace=${JSON.stringify(p.slice(0, 40))} ignored: use a number above 0, at most 10`);
  }
  return { chapter, pace, warnings };
}

/** The address for a chapter: the opening query without the view's own parameters, with `ch`. */
export function chapterQuery(search: string, id: string): string {
  const params = new URLSearchParams(search);
  for (const k of ['sel', 'cam', 'clusters', 'panel', 'hide', 'ch']) params.delete(k);
  params.set('ch', id);
  return params.toString();
}
