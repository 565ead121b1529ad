/**
 * The embed's own URL parameters: `ui=search,panel` shows optional chrome (both hidden by
 * default), `interactive=0` keeps the map still (clicks still open cards). Pure and forgiving.
 */
export interface EmbedOptions { search: boolean; panel: boolean; interactive: boolean }
export const EMBED_PARAMS = ['mode', 'ui', 'interactive'] as const;

export function parseEmbedParams(search: string): { options: EmbedOptions; warnings: string[] } {
  const options: EmbedOptions = { search: false, panel: false, interactive: true };
  const warnings: string[] = [];
  const params = new URLSearchParams(search);
  const ui = params.get('ui');
  if (ui !== null) {
    for (const part of ui.split(',').filter(Boolean)) {
      if (part === 'search' || part === 'panel') options[part] = true;
      else warnings.push(`URL parameter ui=${JSON.stringify(part.slice(0, 40))} ignored: use search and/or panel`);
    }
  }
  const interactive = params.get('interactive');
  if (interactive !== null) {
    if (['0', 'false', 'no'].includes(interactive)) options.interactive = false;
    else if (!['1', 'true', 'yes', ''].includes(interactive)) warnings.push(`URL parameter interactive=${JSON.stringify(interactive.slice(0, 40))} ignored: use 0 or 1`);
  }
  return { options, warnings };
}
