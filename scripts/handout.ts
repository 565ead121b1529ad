/**
 * `npm run handout -- [--lang zh|en] [--out handout.pdf] [--base URL]`: the printed handout as a
 * PDF (A4 landscape), for staff who print a stack before a fair. Builds the site when dist/ is
 * missing, serves dist/ on 127.0.0.1, opens it in Debian Chromium (offline: every other host is
 * unresolvable), presses the page's own 打印 / Print button and saves what it would print.
 *
 * `--base` is the public address the handout's QR code opens (default: `shareBase` of
 * dist/config.json; without either, the code would open this machine's temporary server, so the
 * command refuses). `printHandoutPdf` is also used by the browser test (tests/e2e/print.e2e.ts).
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { optionValue } from './bench/args';
import { ensureDist } from './bench/build';
import { launchChromium, watchPage } from './bench/chromium';
import { serve } from './bench/serve';

/** A4 landscape at 96 dpi, in CSS px: the page the handout is laid out for. */
export const A4_LANDSCAPE = { width: 1123, height: 794 };

export interface HandoutOptions {
  lang: 'zh' | 'en';
  /** Public address of the site for the QR code (absolute http(s), ending in `/`); null: the config's or the page's own. */
  base: string | null;
}

declare global {
  interface Window { g60Printed?: number }
}

/**
 * Opens the site at `siteUrl` in `page`, prints the handout with the page's button and returns the
 * PDF and the link its QR code holds. `window.print` is replaced by a counter (a headless browser
 * has no dialog); the PDF is what the print dialog would print (print media, A4 landscape).
 */
export async function printHandoutPdf(page: Page, siteUrl: string, opts: HandoutOptions): Promise<{ pdf: Buffer; url: string }> {
  if (opts.base) {
    const base = opts.base;
    await page.route((u) => u.pathname.endsWith('/config.json'), async (route) => {
      const res = await route.fetch();
      const json = res.ok() ? (await res.json()) as Record<string, unknown> : {};
      await route.fulfill({ response: res, status: 200, json: { ...json, shareBase: base } });
    });
  }
  await page.addInitScript(() => { window.g60Printed = 0; window.print = () => { window.g60Printed! += 1; }; });
  await page.setViewportSize(A4_LANDSCAPE);
  await page.goto(`${siteUrl}?lang=${opts.lang}`);
  // The link follows the view, and the camera joins it once the map is drawn: wait for that first.
  await page.waitForFunction(() => ['true', 'unavailable'].includes(document.documentElement.dataset.mapReady ?? ''), null, { timeout: 90_000 });
  await page.getByTestId('print-button').click();
  await page.waitForFunction(() => (window.g60Printed ?? 0) > 0, null, { timeout: 60_000 });
  const url = (await page.getByTestId('handout-url').textContent()) ?? '';
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  return { pdf, url };
}

/** An absolute http(s) URL ending in `/`, or an error message. */
export function checkBase(v: string): string | { error: string } {
  const u = URL.parse(v);
  if (!u || !/^https?:$/.test(u.protocol)) return { error: `--base ${JSON.stringify(v)} is not an absolute http(s) URL` };
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

const USAGE = 'usage: npm run handout -- [--lang zh|en] [--out handout.pdf] [--base https://map.example.gov.cn/g60/]';

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) { console.log(USAGE); return 0; }
  const known = ['--lang', '--out', '--base'];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.split('=')[0]!;
    if (!known.includes(name)) { console.error(`unknown option ${args[i]}\n${USAGE}`); return 2; }
    if (!args[i]!.includes('=')) i++;
  }
  const lang = optionValue(args, '--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') { console.error(`--lang must be zh or en\n${USAGE}`); return 2; }
  const out = resolve(optionValue(args, '--out') ?? `handout-${lang}.pdf`);
  const dist = ensureDist();
  // The QR code must open the public site, never this command's temporary server.
  let base: string | null = null, expected: string;
  const given = optionValue(args, '--base');
  if (given !== undefined) {
    const b = checkBase(given);
    if (typeof b !== 'string') { console.error(b.error); return 2; }
    base = expected = b;
  } else {
    const config = JSON.parse(await readFile(join(dist, 'config.json'), 'utf8').catch(() => '{}')) as { shareBase?: unknown };
    if (typeof config.shareBase !== 'string' || !config.shareBase.endsWith('/') || typeof checkBase(config.shareBase) !== 'string') {
      console.error('no public address for the QR code: pass --base https://… (the online map), or set shareBase in dist/config.json');
      return 2;
    }
    expected = config.shareBase;
  }

  const server = await serve({ '/': dist });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const { errors } = watchPage(page);
    const { pdf, url } = await printHandoutPdf(page, server.url, { lang, base });
    for (const e of errors) console.error(`page: ${e}`);
    if (!url.startsWith(expected)) { console.error(`the QR code would open ${url}, not ${expected}: nothing written`); return 1; }
    writeFileSync(out, pdf);
    console.log(`wrote ${out} (${(pdf.length / 1024).toFixed(0)} kB, A4 landscape, ${lang}); QR code: ${url}`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run as a command (vite-node hands the script only its own arguments after the runner), not when a test imports it.
if (!process.env.VITEST) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e: unknown) => { console.error(e instanceof Error ? e.message : String(e)); process.exit(1); });
}
