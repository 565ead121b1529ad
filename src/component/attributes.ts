/** The component's attributes as the URL parameters the modes already read. Pure and forgiving. */
import type { Dataset } from '../domain/dataset';

export interface ElementAttributes { selected?: string; clusters?: string; lang?: string; basemap?: string; mode?: string; interactive?: string }

/**
 * The query string for a mode (`search`), the mode, and the view the attributes name now (for a
 * change after start). Unknown ids and values are left out with a warning, as in a link.
 */
export function attributeView(a: ElementAttributes, ds: Dataset): {
  search: string; mode: 'embed' | 'browse'; warnings: string[];
  view: { sel: string | null; clusters: string[] | null; lang: 'zh' | 'en'; basemap: string | null };
} {
  const warnings: string[] = [];
  const p = new URLSearchParams();
  const sel = a.selected && ds.byId.has(a.selected) ? a.selected : null;
  if (a.selected && !sel) warnings.push(`selected="${a.selected.slice(0, 80)}" names no item; ignored`);
  if (sel) p.set('sel', sel);
  let clusters: string[] | null = null;
  if (a.clusters !== undefined && a.clusters.trim() !== '') {
    const known = new Set(ds.clusters.map((c) => c.id));
    const ids = a.clusters.split(',').map((s) => s.trim()).filter(Boolean);
    clusters = ids.filter((c) => known.has(c));
    if (clusters.length < ids.length) warnings.push(`clusters: unknown cluster(s) ${ids.filter((c) => !known.has(c)).join(', ').slice(0, 80)} ignored`);
    if (clusters.length === 0) clusters = null; else p.set('clusters', clusters.join(','));
  }
  const lang = a.lang === 'en' ? 'en' : 'zh';
  if (a.lang !== undefined && a.lang !== 'en' && a.lang !== 'zh') warnings.push(`lang="${a.lang.slice(0, 20)}" ignored: use zh or en`);
  if (lang === 'en') p.set('lang', 'en');
  const basemap = a.basemap?.trim() || null;
  if (basemap) p.set('basemap', basemap);
  const mode = a.mode === 'browse' ? 'browse' : 'embed';
  if (mode === 'embed' && a.interactive !== undefined && ['false', '0', 'no'].includes(a.interactive)) p.set('interactive', '0');
  if (a.mode !== undefined && a.mode !== 'browse' && a.mode !== 'embed') warnings.push(`mode="${a.mode.slice(0, 20)}" ignored: use embed or browse`);
  return { search: `?${p.toString()}`, mode, warnings, view: { sel, clusters, lang, basemap } };
}
