/**
 * `npm run kiosk-pin -- <pin>`: prints the string to put in config.json as `kiosk.pinHash`
 * (PBKDF2-SHA256, 600 000 iterations, a fresh random salt; the PIN itself is stored nowhere).
 * A PIN is 4 to 12 digits; 6 or more are advised, since config.json is public.
 */
import { DEFAULT_ITERATIONS, PIN_FORM, hashPin } from '../src/app/kiosk-pin.ts';

const pin = process.argv.slice(2).find((a) => a !== '--');
if (!pin || !PIN_FORM.test(pin)) {
  console.error('usage: npm run kiosk-pin -- <pin>   (4 to 12 digits)');
  process.exit(1);
}
if (pin.length < 6) console.error('note: a PIN of 6 or more digits is much harder to guess from the public config.json');
console.log(await hashPin(pin, { iterations: DEFAULT_ITERATIONS }));
