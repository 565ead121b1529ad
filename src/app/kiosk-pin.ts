/**
 * The kiosk's staff PIN: stored in config.json only as a salted PBKDF2-SHA256 hash
 * (`pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`, made by `npm run kiosk-pin -- <pin>`),
 * checked with WebCrypto; and the rate limit on wrong PINs (3 free tries, then a lockout that
 * doubles with each further wrong PIN), kept by the kiosk in localStorage so a reload does not
 * clear it. Pure apart from WebCrypto; runs in the browser and in Node (the script, the tests).
 */
import { PIN_HASH_FORM } from './deploy-config';

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
export const DEFAULT_ITERATIONS = 600_000;
/** A PIN: 4 to 12 digits. */
export const PIN_FORM = /^\d{4,12}$/;

export interface PinHash { iterations: number; salt: Uint8Array; hash: Uint8Array }

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
function unb64(s: string): Uint8Array | null {
  try { return Uint8Array.from(atob(s), (c) => c.charCodeAt(0)); } catch { return null; }
}

/** The parts of a stored PIN hash, or null when it is not one (wrong form, salt under 8 bytes, hash not 32). */
export function parsePinHash(s: string): PinHash | null {
  if (!PIN_HASH_FORM.test(s)) return null;
  const [, it, salt, hash] = s.split('$') as [string, string, string, string];
  const iterations = Number(it);
  const saltBytes = unb64(salt), hashBytes = unb64(hash);
  if (iterations < 1000 || !saltBytes || saltBytes.length < 8 || !hashBytes || hashBytes.length !== 32) return null;
  return { iterations, salt: saltBytes, hash: hashBytes };
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256));
}

/** The string to put in config.json `kiosk.pinHash` for `pin` (a fresh random 16-byte salt unless given). */
export async function hashPin(pin: string, opts: { iterations?: number; salt?: Uint8Array } = {}): Promise<string> {
  if (!PIN_FORM.test(pin)) throw new Error('a PIN is 4 to 12 digits');
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  const salt = opts.salt ?? crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2-sha256$${iterations}$${b64(salt)}$${b64(await derive(pin, salt, iterations))}`;
}

/** Whether `pin` is the PIN of `stored`; false for a malformed hash (compared in constant time). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const h = parsePinHash(stored);
  if (!h || !PIN_FORM.test(pin)) return false;
  const got = await derive(pin, h.salt, h.iterations);
  let diff = 0;
  for (let i = 0; i < got.length; i++) diff |= got[i]! ^ h.hash[i]!;
  return diff === 0;
}

/** Wrong PINs so far, and until when (ms since the epoch) the pad is locked. */
export interface PinLock { failures: number; lockedUntil: number }
export const NO_LOCK: PinLock = { failures: 0, lockedUntil: 0 };
/** Wrong PINs allowed before the first lockout. */
export const FREE_TRIES = 3;
export const FIRST_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 60 * 60_000;

/** The lock after one more wrong PIN at `now`: from the 3rd on, locked 30 s, then 60 s, 120 s … up to an hour. */
export function afterWrongPin(lock: PinLock, now: number): PinLock {
  const failures = lock.failures + 1;
  if (failures < FREE_TRIES) return { failures, lockedUntil: 0 };
  return { failures, lockedUntil: now + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_TRIES)) };
}

/** Milliseconds the pad stays locked at `now` (never more than MAX_LOCK_MS, whatever a clock did). */
export const lockRemaining = (lock: PinLock, now: number): number => Math.min(MAX_LOCK_MS, Math.max(0, lock.lockedUntil - now));

/** A lock read back from storage, or null (with the reason) when it is not one. */
export function parsePinLock(json: unknown): { lock: PinLock | null; warning?: string } {
  const o = json as Partial<PinLock> | null;
  if (typeof o !== 'object' || o === null || !Number.isInteger(o.failures) || o.failures! < 0 || typeof o.lockedUntil !== 'number' || !Number.isFinite(o.lockedUntil) || o.lockedUntil < 0) {
    return { lock: null, warning: 'kiosk: the saved PIN lock is not { failures, lockedUntil }; ignored' };
  }
  return { lock: { failures: o.failures!, lockedUntil: o.lockedUntil } };
}
