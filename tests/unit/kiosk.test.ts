import { describe, expect, it } from 'vitest';
import { idleStatus, type IdleTimes } from '../../src/state/idle';
import {
  FIRST_LOCK_MS, FREE_TRIES, MAX_LOCK_MS, NO_LOCK, afterWrongPin, hashPin, lockRemaining, parsePinHash, parsePinLock, verifyPin,
} from '../../src/app/kiosk-pin';
import { effectiveKiosk, parseStaffSettings } from '../../src/app/kiosk-settings';
import { DEFAULT_KIOSK, PIN_HASH_FORM } from '../../src/app/deploy-config';

const T: IdleTimes = { attractAfterSeconds: 60, resetAfterSeconds: 90, countdownSeconds: 15 };
const s = 1000;

describe('the idle schedule', () => {
  it('on the home view: active, then the attract loop for as long as nobody comes', () => {
    expect(idleStatus(0, false, T)).toEqual({ state: 'active', secondsLeft: null, nextInMs: 60 * s });
    expect(idleStatus(59.9 * s, false, T)).toMatchObject({ state: 'active', nextInMs: 100 });
    expect(idleStatus(60 * s, false, T)).toEqual({ state: 'attract', secondsLeft: null, nextInMs: null });
    // Never a countdown nor a reset without a visitor's changes, however long.
    expect(idleStatus(10 * 3600 * s, false, T).state).toBe('attract');
  });

  it('after a visitor: active, a countdown of whole seconds, then reset; never the attract loop', () => {
    expect(idleStatus(60 * s, true, T)).toEqual({ state: 'active', secondsLeft: null, nextInMs: 30 * s });
    expect(idleStatus(90 * s, true, T)).toEqual({ state: 'countdown', secondsLeft: 15, nextInMs: 1000 });
    expect(idleStatus(90.4 * s, true, T)).toEqual({ state: 'countdown', secondsLeft: 15, nextInMs: 600 });
    expect(idleStatus(104.5 * s, true, T)).toEqual({ state: 'countdown', secondsLeft: 1, nextInMs: 500 });
    expect(idleStatus(105 * s, true, T)).toEqual({ state: 'reset', secondsLeft: null, nextInMs: null });
    expect(idleStatus(999 * s, true, T).state).toBe('reset');
  });

  it('steps through every second of the countdown when driven by its own nextInMs', () => {
    const seen: (number | null)[] = [];
    let t = 90 * s;
    for (let i = 0; i < 20; i++) {
      const st = idleStatus(t, true, T);
      if (st.state !== 'countdown') { seen.push(null); break; }
      seen.push(st.secondsLeft);
      t += st.nextInMs!;
    }
    expect(seen).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, null]);
    expect(idleStatus(t, true, T).state).toBe('reset');
  });

  it('counts a clock set back, or a broken time, as no idle time at all', () => {
    expect(idleStatus(-5000, true, T).state).toBe('active');
    expect(idleStatus(Number.NaN, false, T)).toMatchObject({ state: 'active', nextInMs: 60 * s });
  });
});

describe('the staff PIN', () => {
  it('hashes to the documented form and verifies the right PIN only', async () => {
    const h = await hashPin('135790', { iterations: 1000 });
    expect(h).toMatch(/^pbkdf2-sha256\$1000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(PIN_HASH_FORM.test(h)).toBe(true);
    expect(h).not.toContain('135790');
    await expect(verifyPin('135790', h)).resolves.toBe(true);
    for (const wrong of ['135791', '13579', '1357900', '', 'abcdef']) await expect(verifyPin(wrong, h)).resolves.toBe(false);
  });

  it('salts: the same PIN hashes differently each time, and both verify', async () => {
    const [a, b] = await Promise.all([hashPin('2468', { iterations: 1000 }), hashPin('2468', { iterations: 1000 })]);
    expect(a).not.toBe(b);
    await expect(verifyPin('2468', a)).resolves.toBe(true);
    await expect(verifyPin('2468', b)).resolves.toBe(true);
  });

  it('matches a known PBKDF2-HMAC-SHA256 value (salt "saltsalt", 1000 iterations)', async () => {
    const salt = new TextEncoder().encode('saltsalt');
    const h = await hashPin('1234', { iterations: 1000, salt });
    const { pbkdf2Sync } = await import('node:crypto');
    const expected = pbkdf2Sync('1234', 'saltsalt', 1000, 32, 'sha256').toString('base64');
    expect(h).toBe(`pbkdf2-sha256$1000$${Buffer.from('saltsalt').toString('base64')}$${expected}`);
  });

  it('refuses malformed hashes and PINs that are not 4 to 12 digits', async () => {
    const good = await hashPin('2468', { iterations: 1000 });
    const [, , salt, hash] = good.split('$');
    for (const bad of [
      '', '2468', `pbkdf2-sha1$1000$${salt}$${hash}`, `pbkdf2-sha256$999$${salt}$${hash}`, `pbkdf2-sha256$1000$QUJD$${hash}`,
      `pbkdf2-sha256$1000$${salt}$${hash!.slice(0, -4)}AAA=`.replace(/.$/, ''), `pbkdf2-sha256$abc$${salt}$${hash}`,
    ]) {
      expect(parsePinHash(bad), bad).toBeNull();
      await expect(verifyPin('2468', bad)).resolves.toBe(false);
    }
    await expect(hashPin('12')).rejects.toThrow('4 to 12 digits');
    await expect(hashPin('12ab')).rejects.toThrow();
  });
});

describe('the PIN rate limit', () => {
  it('allows 3 tries, then locks 30 s, doubling with each further wrong PIN up to an hour', () => {
    let lock = NO_LOCK, now = 1_000_000;
    const locks: number[] = [];
    for (let i = 1; i <= 12; i++) {
      lock = afterWrongPin(lock, now);
      locks.push(lockRemaining(lock, now));
      now += lockRemaining(lock, now);
    }
    expect(FREE_TRIES).toBe(3);
    expect(locks.slice(0, 2)).toEqual([0, 0]);
    expect(locks.slice(2, 6)).toEqual([FIRST_LOCK_MS, 2 * FIRST_LOCK_MS, 4 * FIRST_LOCK_MS, 8 * FIRST_LOCK_MS]);
    expect(Math.max(...locks)).toBe(MAX_LOCK_MS);
    expect(locks.at(-1)).toBe(MAX_LOCK_MS);
  });

  it('runs out with time, and never exceeds the longest lockout whatever the clock did', () => {
    const lock = afterWrongPin(afterWrongPin(afterWrongPin(NO_LOCK, 0), 0), 0);
    expect(lockRemaining(lock, 10_000)).toBe(20_000);
    expect(lockRemaining(lock, 30_000)).toBe(0);
    expect(lockRemaining({ failures: 5, lockedUntil: 1e15 }, 0)).toBe(MAX_LOCK_MS);
  });

  it('reads a saved lock back, and ignores (with a warning) one that is not', () => {
    expect(parsePinLock({ failures: 4, lockedUntil: 123 })).toEqual({ lock: { failures: 4, lockedUntil: 123 } });
    for (const bad of [null, 'x', [], { failures: -1, lockedUntil: 0 }, { failures: 1.5, lockedUntil: 0 }, { failures: 1 }, { failures: 1, lockedUntil: 'soon' }]) {
      const r = parsePinLock(bad);
      expect(r.lock, JSON.stringify(bad)).toBeNull();
      expect(r.warning).toContain('ignored');
    }
  });
});

describe('the staff settings saved on the kiosk', () => {
  it('override config.json where given', () => {
    const { settings, warnings } = parseStaffSettings({ lang: 'en', tourPace: 1.5, resetAfterSeconds: 120 });
    expect(warnings).toEqual([]);
    expect(effectiveKiosk({ ...DEFAULT_KIOSK, pinHash: 'x' }, settings)).toEqual({ ...DEFAULT_KIOSK, pinHash: 'x', lang: 'en', tourPace: 1.5, resetAfterSeconds: 120 });
    expect(effectiveKiosk(DEFAULT_KIOSK, {})).toEqual(DEFAULT_KIOSK);
  });

  it('drop a bad entry with a warning and keep the rest', () => {
    const { settings, warnings } = parseStaffSettings({ lang: 'fr', tourPace: 99, resetAfterSeconds: 120 });
    expect(settings).toEqual({ resetAfterSeconds: 120 });
    expect(warnings).toHaveLength(2);
    for (const bad of [null, 'en', [1], 5]) expect(parseStaffSettings(bad)).toEqual({ settings: {}, warnings: [expect.stringContaining('not an object')] });
    // Keys the menu does not set (a PIN hash!) are never taken from storage.
    expect(parseStaffSettings({ pinHash: 'pbkdf2-sha256$1$a$b', attractAfterSeconds: 1 }).settings).toEqual({});
  });
});
