/**
 * Launching Debian Chromium for the bench and Lighthouse with the same flags as the browser tests
 * (tests/e2e/support/browser.ts, copied rather than imported because that module needs vitest's
 * runner): software WebGL through SwiftShader, and every host but 127.0.0.1 unresolvable, so the
 * page is measured fully offline and a stray external request fails loudly instead of costing time.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader-webgl', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
