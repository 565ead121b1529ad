/** What every label layer shares: local fonts (no font server) and names in the map's language. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/types';

/** Local font stack for labels; CJK falls back through the map's `localIdeographFontFamily`. */
export const FONT_STACK = ['Noto Sans CJK SC', 'sans-serif'];

/** `text-field` for the current language, from the flattened `name_zh` / `name_en` properties. */
export const nameField = (lang: Lang): ExpressionSpecification => ['get', `name_${lang}`];
