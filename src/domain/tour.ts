/**
 * The tour: an ordered list of chapters in `data/tour.json`, each saying where the camera goes, what
 * is shown, which card opens and the caption. The attract loop and the presenter play the same list;
 * adding a chapter (or a chapter on a new kind of item) is a change of that file only.
 */
import type { Text } from './types.ts';

export type ChapterLayer = 'areas' | 'places' | 'projects';
export const CHAPTER_LAYERS: readonly ChapterLayer[] = ['areas', 'places', 'projects'];
export const CHAPTER_PANELS = ['list', 'indicators'] as const;

/** Where a chapter puts the camera: a camera (WGS84, degrees), the items to frame, or the whole zone. */
export type ChapterCamera =
  | { lon: number; lat: number; zoom: number; bearing?: number; pitch?: number }
  | { fit: string[] }
  | 'overview';

/** What a chapter shows; a field left out keeps what the tour started with. */
export interface ChapterShow {
  /** Cluster ids to show; `null` = all clusters. */
  clusters?: string[] | null;
  layers?: Partial<Record<ChapterLayer, boolean>>;
  panel?: (typeof CHAPTER_PANELS)[number] | null;
}

export interface Chapter {
  id: string;
  camera: ChapterCamera;
  show?: ChapterShow;
  /** Id of the item whose card opens, or null for none. */
  card: string | null;
  caption: Text;
  /** Seconds the chapter stays on screen when the tour plays by itself (default {@link DEFAULT_DWELL}). */
  dwell?: number;
}

/** Seconds a chapter stays when it gives no `dwell`. */
export const DEFAULT_DWELL = 12;
/** Allowed range of a chapter's `dwell` (seconds). */
export const DWELL_RANGE = [2, 120] as const;
