/**
 * The staff's choices on a kiosk (staff menu: default language, tour pace, idle timeout), saved in
 * the kiosk browser's localStorage; they override config.json's `kiosk` until cleared. Parsing is
 * pure and forgiving: a bad entry is dropped with a warning, the rest still applies.
 */
import { KIOSK_LIMITS, type KioskConfig } from './deploy-config';

export type StaffSettings = Partial<Pick<KioskConfig, 'lang' | 'tourPace' | 'resetAfterSeconds'>>;

/** localStorage keys of the kiosk. */
export const STAFF_KEY = 'g60.kiosk.staff';
export const PIN_LOCK_KEY = 'g60.kiosk.pin-lock';

/** What the staff menu offers. */
export const PACE_CHOICES = [0.75, 1, 1.5] as const;
export const IDLE_CHOICES = [60, 90, 120, 180, 300] as const;

export function parseStaffSettings(json: unknown): { settings: StaffSettings; warnings: string[] } {
  const warnings: string[] = [];
  const settings: StaffSettings = {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { settings, warnings: ['kiosk: the saved staff settings are not an object; ignored'] };
  }
  const o = json as Record<string, unknown>;
  const inRange = (v: unknown, [min, max]: readonly [number, number]): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  if (o.lang !== undefined) { if (o.lang === 'zh' || o.lang === 'en') settings.lang = o.lang; else warnings.push('kiosk: saved lang must be zh or en; ignored'); }
  if (o.tourPace !== undefined) { if (inRange(o.tourPace, KIOSK_LIMITS.tourPace)) settings.tourPace = o.tourPace; else warnings.push('kiosk: saved tourPace out of range; ignored'); }
  if (o.resetAfterSeconds !== undefined) {
    if (inRange(o.resetAfterSeconds, KIOSK_LIMITS.seconds)) settings.resetAfterSeconds = o.resetAfterSeconds; else warnings.push('kiosk: saved resetAfterSeconds out of range; ignored');
  }
  return { settings, warnings };
}

/** The kiosk's settings in force: config.json's, with the staff's choices over them. */
export const effectiveKiosk = (config: KioskConfig, staff: StaffSettings): KioskConfig => ({ ...config, ...staff });
