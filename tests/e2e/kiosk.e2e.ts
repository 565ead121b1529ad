/**
 * The kiosk on an exhibition stand (?mode=kiosk): dark from the first paint, locked down, the idle
 * schedule (attract loop, "Still there?" countdown, reset to the kiosk's defaults), the staff menu
 * behind a PIN with its rate limit, the QR hand-off on a card, touch targets, axe, and screenshots
 * at 1920×1080, 3840×2160 and 1080×1920. Idle times are config.json's (served by the test) on
 * Playwright's clock, fast-forwarded: no test waits for them in real time.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchPage } from '../../scripts/bench/chromium';
import { hashPin } from '../../src/app/kiosk-pin';
import { axeViolations, launch, mapReady } from './support/browser';
import { projects } from './support/content';
import { decodeQr } from './support/qr';

const SHARE_BASE = 'https://map.example.gov.cn/g60/';
const PIN = '2468';
// A long countdown: the clock also runs in real time, and axe takes seconds while it shows.
const TIMES = { attractAfterSeconds: 120, resetAfterSeconds: 180, countdownSeconds: 120 };
const OUT = 'tests/e2e/output';

let browser: Browser;
let pinHash: string;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // A low iteration count keeps the test quick; the form is the one `npm run kiosk-pin` prints.
  pinHash = await hashPin(PIN, { iterations: 2000 });
  browser = await launch();
});
afterAll(async () => { await browser?.close(); });

/**
 * A browser context for the kiosk: `viewport` in CSS px; `deviceScaleFactor` below 1 lays out a
 * 4K screen in full while the map (software WebGL here) draws only a quarter of its pixels.
 */
async function kioskContext(viewport: { width: number; height: number }, kiosk: Record<string, unknown> = {}, deviceScaleFactor = 1): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch: true, serviceWorkers: 'block' });
  await context.route('**/config.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ shareBase: SHARE_BASE, kiosk: { ...TIMES, pinHash, ...kiosk } }),
  }));
  return context;
}

async function openKiosk(context: BrowserContext, path = '?mode=kiosk'): Promise<{ page: Page; errors: string[]; offsite: string[] }> {
  const page = await context.newPage();
  const watched = watchPage(page);
  await page.clock.install();
  await page.goto(new URL(path, inject('baseUrl')).href);
  await mapReady(page);
  return { page, ...watched };
}

const idle = (page: Page) => page.evaluate(() => document.documentElement.dataset.kioskIdle);
const attract = (page: Page) => page.evaluate(() => document.documentElement.dataset.kioskAttract ?? null);
const waitIdle = (page: Page, state: string) => page.waitForFunction((s) => document.documentElement.dataset.kioskIdle === s, state, { timeout: 5000 });

/** Resolves once the map has not moved for half a second (a visitor's drag and zoom have played out). */
const settled = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => {
  let last = '', still = 0;
  const t = setInterval(() => {
    const c = JSON.stringify(window.g60map!.camera());
    if (c === last && ++still >= 5) { clearInterval(t); resolve(); } else if (c !== last) { still = 0; last = c; }
  }, 100);
}));


/** Visible interactive elements smaller than 48 × 48 CSS px (in the app and the kiosk's dialogs). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'button, a[href], input:not([type=hidden]), select, textarea, [role=tab], [role=option], [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('.maplibregl-canvas-container') || el.matches('.panel-body, .maplibregl-canvas')) continue;
      // A checkbox or radio is reached through its label: the label is the target.
      const target = el.matches('input[type=checkbox], input[type=radio]') ? el.closest('label') ?? el : el;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || target.closest('.visually-hidden')) continue;
      if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
      if (r.width < 48 || r.height < 48) out.push(`${target.tagName.toLowerCase()}.${[...target.classList].join('.')} "${(target.textContent ?? '').trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

describe('the kiosk', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  /** The camera the kiosk opened with. */
  let home: { lon: number; lat: number; zoom: number };
  beforeAll(async () => {
    context = await kioskContext({ width: 1920, height: 1080 });
    ({ page, errors } = await openKiosk(context));
    home = await page.evaluate(() => window.g60map!.camera());
  });
  afterAll(async () => { await context?.close(); });

  it('is dark before the app has run, and offers nothing that leaves the screen', async () => {
    // The app's own script held back: what the page paints first comes from index.html, page.css and early.js.
    const held = await context.newPage();
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    await held.route(/\/assets\/index-[\w-]+\.js$/, async (route) => { await gate; await route.continue(); });
    await held.goto(new URL('?mode=kiosk', inject('baseUrl')).href, { waitUntil: 'commit' });
    await held.waitForSelector('#boot');
    const px = await held.screenshot({ clip: { x: 960, y: 540, width: 1, height: 1 } });
    const rgb = await held.evaluate(async (b64) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const c = new OffscreenCanvas(1, 1).getContext('2d')!; c.drawImage(img, 0, 0);
      return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, px.toString('base64'));
    expect(Math.max(...rgb), `first paint is dark (${rgb})`).toBeLessThan(60);
    release();
    await held.close();

    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(page.locator('.app.kiosk').count()).resolves.toBe(1);
    // No share dialog (nor its embed generator), print button or data downloads.
    for (const gone of ['.topbar .top-button:text("分享")', '.print-button, [data-testid=print-button]', '.downloads', 'a[download]']) {
      await expect(page.locator(gone).count(), gone).resolves.toBe(0);
    }
    await expect(page.locator('.topbar button').allTextContents()).resolves.toEqual(['English']);
    await page.screenshot({ path: `${OUT}/kiosk-1920x1080.png` });
    expect(errors).toEqual([]);
  });

  it('plays the attract loop after the idle time on its home view, and a touch stops it at once', async () => {
    expect(await attract(page)).toBeNull();
    await page.clock.fastForward(TIMES.attractAfterSeconds * 1000 + 500);
    await waitIdle(page, 'attract');
    expect(await attract(page)).toBe('running');
    // On the title: a touch that opens nothing.
    await page.touchscreen.tap(700, 45);
    expect(await attract(page)).toBe('stopped');
    expect(await idle(page)).toBe('active');
  });

  it('has no context menu, no text selection, no page zoom; only the map zooms', async () => {
    const prevented = await page.evaluate(() => {
      const h1 = document.querySelector('.topbar h1')!;
      const ev = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2 });
      h1.dispatchEvent(ev);
      const wheel = new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 });
      h1.dispatchEvent(wheel);
      return { menu: ev.defaultPrevented, zoom: wheel.defaultPrevented, select: getComputedStyle(h1).userSelect };
    });
    expect(prevented).toEqual({ menu: true, zoom: true, select: 'none' });
    // A drag across the title and a triple click select nothing.
    const box = (await page.locator('.topbar h1').boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.locator('.card, .panel-body').first().click({ clickCount: 3, position: { x: 40, y: 60 } });
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).touchAction)).toBe('pan-x pan-y');
  });

  it('has touch targets of at least 48 px on the home view, the list and a card', async () => {
    expect(await smallTargets(page)).toEqual([]);
    await page.locator('[data-tab=list]').click();
    expect(await smallTargets(page)).toEqual([]);
    await page.locator('[data-tab=indicators]').click();
    await page.locator('.indicators').waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await page.locator('[data-tab=list]').click();
    const project = projects.find((p) => p.seq === 6)!;
    await page.locator(`.list-item[data-item="${project.id}"]`).click();
    await page.locator('[data-testid=handoff-qr] svg').waitFor();
    expect(await smallTargets(page)).toEqual([]);
  });

  it('hands the open card over by a QR code that opens it on the public site', async () => {
    const project = projects.find((p) => p.seq === 6)!;
    await expect(page.locator('[data-testid=handoff-qr] figcaption').textContent()).resolves.toBe('扫码带走 / Scan to take this with you');
    expect(await decodeQr(page, page.locator('[data-testid=handoff-qr] .qr-code'))).toBe(`${SHARE_BASE}?sel=${project.id}`);
    await page.screenshot({ path: `${OUT}/kiosk-card-1920x1080.png` });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks "Still there?" after the idle time with a visitor\'s changes, and stays on a touch', async () => {
    // The clock runs in real time too: the idle time counts from a touch made now.
    await page.touchscreen.tap(700, 45);
    await page.clock.fastForward(TIMES.resetAfterSeconds * 1000 + 500);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe('继续浏览？ Still there?');
    // Focus is on the big button to stay, inside the dialog.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('继续浏览 / Keep browsing');
    const left = Number(await page.getByTestId('kiosk-countdown-seconds').textContent());
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(TIMES.countdownSeconds);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}/kiosk-countdown-1920x1080.png` });
    // A touch on the button (any touch would do: the dialog goes as the finger lands).
    const b = (await dialog.getByRole('button').boundingBox())!;
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    await expect(dialog.count()).resolves.toBe(0);
    expect(await idle(page)).toBe('active');
    // Nothing was reset: the card is still open.
    await expect(page.locator('[data-testid=card]').count()).resolves.toBe(1);
  });

  it('counts down and resets everything to the kiosk\'s defaults: card, filter, panel, language, search, camera', async () => {
    // A visitor's changes: English, a cluster filter, the list panel with a card open, a search typed, the map moved.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-testid=card] .close').click();
    await page.locator('[data-tab=layers]').click();
    await page.locator('.chip[data-cluster]').first().click();
    await page.locator('[data-tab=list]').click();
    await page.locator('.list-item').nth(2).click();
    await page.locator('[data-testid=search-input]').fill('Tencent');
    // On the map, clear of the card and of the search results under the box.
    await page.mouse.move(1050, 750); await page.mouse.down(); await page.mouse.move(900, 650, { steps: 4 }); await page.mouse.up();
    await page.mouse.wheel(0, -300);
    await settled(page);
    const changed = await page.evaluate(() => ({ lang: document.documentElement.lang, card: !!document.querySelector('[data-testid=card]'), search: (document.querySelector('[data-testid=search-input]') as HTMLInputElement).value }));
    expect(changed).toEqual({ lang: 'en', card: true, search: 'Tencent' });
    await page.touchscreen.tap(700, 45);
    await page.clock.fastForward(TIMES.resetAfterSeconds * 1000 + 500);
    await page.getByRole('alertdialog').waitFor();

    await page.clock.fastForward(TIMES.countdownSeconds * 1000 + 500);
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const after = await page.evaluate(() => ({
      card: document.querySelectorAll('[data-testid=card]').length,
      search: (document.querySelector('[data-testid=search-input]') as HTMLInputElement).value,
      tab: document.querySelector('.tabs [aria-selected=true]')?.getAttribute('data-tab'),
      chipsAllOn: document.querySelector('.chip.all')?.getAttribute('aria-pressed'),
      basemap: (document.querySelector('input[data-basemap]:checked') as HTMLInputElement | null)?.value,
    }));
    expect(after).toEqual({ card: 0, search: '', tab: 'layers', chipsAllOn: 'true', basemap: 'schematic-dark' });
    await page.waitForFunction((h) => { const c = window.g60map!.camera(); return Math.abs(c.zoom - h.zoom) < 0.1 && Math.abs(c.lon - h.lon) < 0.01 && Math.abs(c.lat - h.lat) < 0.01; }, home, { timeout: 5000 });
    expect(await idle(page)).toBe('active');
    expect(errors).toEqual([]);
  });
});

describe('the kiosk staff menu', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await kioskContext({ width: 1920, height: 1080 });
    ({ page } = await openKiosk(context));
  });
  afterAll(async () => { await context?.close(); });

  const staff = () => page.getByTestId('kiosk-staff');
  const message = () => page.getByTestId('pin-message').textContent();
  async function enter(pin: string) {
    for (const d of pin) await staff().locator(`[data-digit="${d}"]`).click();
    await staff().getByTestId('pin-ok').click();
    await page.waitForFunction(() => !/核对|Checking/.test(document.querySelector('[data-testid=pin-message]')?.textContent ?? ''));
  }

  it('opens by holding the top-left corner for 3 seconds, not by a short press', async () => {
    await page.mouse.move(30, 30);
    await page.mouse.down();
    await page.clock.fastForward(1000);
    await page.mouse.up();
    await expect.poll(() => staff().count()).toBe(0);
    await page.mouse.down();
    await page.clock.fastForward(3100);
    await page.mouse.up();
    await staff().waitFor();
    await expect(staff().getByRole('heading').textContent()).resolves.toBe('请输入工作人员密码');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}/kiosk-pin-1920x1080.png` });
  });

  it('refuses wrong PINs, locks after the third, and stays locked after a reload', async () => {
    await enter('1111');
    await expect(message()).resolves.toBe('密码错误');
    await enter('9999');
    await expect(message()).resolves.toBe('密码错误');
    await enter('2467');
    await expect(message()).resolves.toMatch(/^尝试次数过多，请 (30|29) 秒后再试$/);
    await expect(staff().locator('[data-digit="2"]').isDisabled()).resolves.toBe(true);
    // A reload does not clear the lock (localStorage); the key combination opens the menu too.
    await page.reload();
    await mapReady(page);
    await page.keyboard.press('Control+Alt+KeyK');
    await staff().waitFor();
    await expect(message()).resolves.toMatch(/^尝试次数过多，请 \d+ 秒后再试$/);
    await expect(staff().locator('[data-digit="2"]').isDisabled()).resolves.toBe(true);
    // Even the right PIN is not checked while locked.
    await page.clock.fastForward(31_000);
    await page.waitForFunction(() => !(document.querySelector('[data-digit="2"]') as HTMLButtonElement).disabled);
  });

  it('opens the menu with the right PIN; the staff\'s choices apply, persist and can be undone', async () => {
    await enter(PIN);
    await page.getByText('工作人员菜单').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}/kiosk-staff-1920x1080.png` });
    await page.getByTestId('staff-lang').getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('staff-pace').getByRole('button', { name: /Fast/ }).click();
    await page.getByTestId('staff-idle').getByRole('button', { name: '2 min' }).click();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('g60.kiosk.staff') ?? 'null'));
    expect(saved).toEqual({ lang: 'en', tourPace: 1.5, resetAfterSeconds: 120 });
    // Reset now: the kiosk's defaults, now in English; the menu closes.
    await page.getByTestId('staff-reset').click();
    await expect.poll(() => staff().count()).toBe(0);
    // Kept over a reload; a bad saved entry is ignored with a warning, the good ones stay.
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('g60.kiosk.staff')!) as Record<string, unknown>;
      localStorage.setItem('g60.kiosk.staff', JSON.stringify({ ...saved, tourPace: 'fast' }));
    });
    await page.reload();
    await mapReady(page);
    expect(warnings.join('\n')).toContain('saved tourPace out of range; ignored');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.keyboard.press('Control+Alt+KeyK');
    await enter(PIN);
    await expect(page.getByTestId('staff-idle').locator('[aria-pressed=true]').textContent()).resolves.toBe('2 min');
    await staff().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => staff().count()).toBe(0);
  });

  it('shows a link that would leave the app as a QR code instead of following it', async () => {
    const href = 'https://www.example.com/g60/report?id=1';
    const before = page.url();
    await page.evaluate((h) => {
      const a = document.createElement('a');
      a.href = h; a.textContent = 'out';
      document.querySelector('.app')!.append(a);
      a.click();
    }, href);
    const dialog = page.getByTestId('kiosk-linkout');
    await dialog.waitFor();
    expect(page.url()).toBe(before);
    expect(await decodeQr(page, page.locator('[data-testid=kiosk-linkout] .qr-code'))).toBe(href);
    await dialog.getByRole('button').click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('leaves kiosk mode for the browse map from the menu', async () => {
    await page.keyboard.press('Control+Alt+KeyK');
    await enter(PIN);
    await page.getByTestId('staff-use-config').click();
    expect(await page.evaluate(() => localStorage.getItem('g60.kiosk.staff'))).toBeNull();
    await page.getByTestId('staff-leave').click();
    await page.waitForURL(/mode=browse/);
    await page.locator('.app').waitFor();
    expect(await page.evaluate(() => ({ theme: document.documentElement.dataset.theme ?? null, kiosk: !!document.querySelector('.app.kiosk') }))).toEqual({ theme: null, kiosk: false });
  });
});

describe('the kiosk at the stand\'s screen sizes', () => {
  for (const [width, height] of [[3840, 2160], [1080, 1920]] as const) {
    it(`fills ${width}×${height}, type and controls scaled to the screen`, async () => {
      const context = await kioskContext({ width, height }, {}, width > 1920 ? 0.5 : 1);
      try {
        const { page, errors } = await openKiosk(context);
        const project = projects.find((p) => p.seq === 6)!;
        await page.locator('[data-tab=list]').click();
        await page.locator(`.list-item[data-item="${project.id}"]`).click();
        await page.locator('[data-testid=handoff-qr] svg').waitFor();
        // Framed on the project (a point: zoom 13.5) and still.
        await page.waitForFunction(() => window.g60map!.camera().zoom > 13.4, null, { timeout: 20_000 });
        await settled(page);
        // One image pixel per CSS pixel: a 3840 × 2160 picture of the 4K layout.
        await page.screenshot({ path: `${OUT}/kiosk-card-${width}x${height}.png`, scale: 'css' });
        // Sizes follow the screen's shorter side: 1080 px → 1×, 2160 px → 2×.
        const scale = Math.min(width, height) / 1080;
        const sizes = await page.evaluate(() => ({
          title: parseFloat(getComputedStyle(document.querySelector('[data-testid=card-title]')!).fontSize),
          text: parseFloat(getComputedStyle(document.querySelector('.card p')!).fontSize),
          close: document.querySelector('.card .close')!.getBoundingClientRect().height,
        }));
        expect(sizes.title).toBeCloseTo(38 * scale, 0);
        expect(sizes.text).toBeCloseTo(24 * scale, 0);
        expect(sizes.close).toBeCloseTo(72 * scale, 0);
        expect(await smallTargets(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally { await context.close(); }
    });
  }
});
