/**
 * Launching Debian Chromium for the bench, Lighthouse and the browser tests alike: software WebGL
 * through SwiftShader, and every host but 127.0.0.1 unresolvable, so the page runs fully offline
 * and a stray external request fails loudly instead of succeeding silently or costing time.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader-webgl', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Records a page's console errors, page errors and every request that leaves 127.0.0.1. */
export function watchPage(page: Page): { errors: string[]; offsite: string[] } {
  const errors: string[] = [], offsite: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') offsite.push(r.url());
  });
  return { errors, offsite };
}
