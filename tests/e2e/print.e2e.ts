/**
 * The printed handout: the 打印 / Print button prints an A4 landscape handout of one or two pages
 * whose text holds every key project with its builder, every indicator with its 2025 target, the six
 * clusters, the documents cited and the link of its QR code (decoded from the code itself). Printed
 * to PDF by Chromium and read back with pdf.js, as staff's `npm run handout` does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { watchPage } from '../../scripts/bench/chromium';
import { A4_LANDSCAPE, printHandoutPdf } from '../../scripts/handout';
import { axeViolations, launch, mapReady } from './support/browser';
import { clusters, projects } from './support/content';
import { decodeQr } from './support/qr';

interface Text { zh: string; en: string }
const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { seq: number; name: Text; unit: Text; target2025: Text }[];
const builders = projects as unknown as { builder: Text; name: Text }[];

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function newPage(): Promise<{ page: Page; errors: string[]; offsite: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport: A4_LANDSCAPE, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { page, requests, ...watchPage(page) };
}

/**
 * Text as compared: Unicode NFKC (Chromium's PDF fonts map some ideographs to their look-alike Kangxi
 * radicals, e.g. 示 as ⽰, and NFKC folds them back) and no white space (pdf.js splits runs and lines).
 */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/**
 * Whether the PDF's text holds `expected`. NFKC leaves the CJK Radicals Supplement as they are (长 as ⻓,
 * 民 as ⺠): an ideograph of `expected` also matches one of them there, every other character exactly.
 */
function holds(text: string, expected: string): boolean {
  const re = [...norm(expected)].map((c) => {
    const lit = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return /[\u3400-\u9fff]/.test(c) ? `(?:${lit}|[\u2e80-\u2eff])` : lit;
  }).join('');
  return new RegExp(re, 'u').test(text);
}
const expectHeld = (text: string, expected: string) => expect(holds(text, expected), `the PDF's text holds ${expected}`).toBe(true);

/** The PDF's page count, page sizes (pt) and each page's text. */
async function readPdf(pdf: Buffer): Promise<{ pages: number; sizes: number[][]; text: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const text: string[] = [], sizes: number[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    sizes.push(p.view.slice(2).map(Math.round));
    const content = await p.getTextContent();
    text.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
  }
  await doc.destroy();
  return { pages: doc.numPages, sizes, text };
}


/** Screenshots of the print view (whole, then page by page) and, when poppler is installed, of the PDF's pages. */
async function screenshots(page: Page, name: string, pdfFile: string) {
  await page.screenshot({ path: `tests/e2e/output/${name}.png`, fullPage: true });
  for (const n of [1, 2]) await page.locator(`.handout-page-${n}`).screenshot({ path: `tests/e2e/output/${name}-${n}.png` });
  try {
    execFileSync('pdftoppm', ['-r', '96', '-png', pdfFile, `tests/e2e/output/${name}-pdf`], { stdio: 'ignore' });
  } catch { /* no pdftoppm: the print-media screenshots above show the same layout */ }
}

describe('the printed handout', () => {
  it('prints in Chinese: A4 landscape, two pages at most, with every project, builder, target, cluster and source', async () => {
    const { page, errors, offsite } = await newPage();
    const { pdf, url } = await printHandoutPdf(page, inject('baseUrl'), { lang: 'zh', base: null });
    const file = 'tests/e2e/output/handout-zh.pdf';
    writeFileSync(file, pdf);
    const { pages, sizes, text } = await readPdf(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    for (const s of sizes) expect(s).toEqual([842, 595]);
    const all = norm(text.join(''));

    expectHeld(all, '松江新城G60数字经济创新产业示范区');
    for (const p of builders) {
      expectHeld(all, p.name.zh);
      expectHeld(all, p.builder.zh);
    }
    // Each target in its indicator's row: name, unit, then the 2025 target.
    for (const i of indicators) expectHeld(all, `${i.name.zh}${i.unit.zh}${i.target2025.zh}`);
    for (const c of clusters) expectHeld(all, c.name.zh);
    expectHeld(all, '松科委〔2022〕36号');
    expectHeld(all, '《松江区先进制造业高质量发展“十四五”规划》');
    expectHeld(all, '示意');
    // The QR code opens the page's own link of the view (no shareBase in config.json), printed beside it too.
    expect(url.startsWith(inject('baseUrl'))).toBe(true);
    expectHeld(all, url);
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    expectHeld(all, `打印日期：${today}`);

    // The print view: the handout alone, readable by a screen reader too.
    await page.emulateMedia({ media: 'print' });
    await expect(decodeQr(page, page.getByTestId('handout-qr'))).resolves.toBe(url);
    await expect(page.locator('#root').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('handout').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'handout-zh', file);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  }, 150_000);

  it('prints in English, with the QR code opening the public address (shareBase)', async () => {
    const { page, errors, offsite } = await newPage();
    const base = 'https://map.example.gov.cn/g60/';
    const { pdf, url } = await printHandoutPdf(page, inject('baseUrl'), { lang: 'en', base });
    const file = 'tests/e2e/output/handout-en.pdf';
    writeFileSync(file, pdf);
    const { pages, text } = await readPdf(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const all = norm(text.join(''));
    expectHeld(all, 'Songjiang New City G60 Digital Economy Innovation Industry Demonstration Zone');
    for (const p of builders) {
      expectHeld(all, p.name.en);
      expectHeld(all, p.builder.en);
    }
    for (const i of indicators) expectHeld(all, `${i.name.en}${i.unit.en}${i.target2025.en}`);
    for (const c of clusters) expectHeld(all, c.name.en);
    expectHeld(all, '松科委〔2022〕36号');
    expect(url.startsWith(`${base}?`)).toBe(true);
    expect(new URL(url).searchParams.get('lang')).toBe('en');
    expectHeld(all, url);

    await page.emulateMedia({ media: 'print' });
    await expect(decodeQr(page, page.getByTestId('handout-qr'))).resolves.toBe(url);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'handout-en', file);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  }, 150_000);

  it('loads nothing of the handout until asked; Ctrl+P (beforeprint) mounts it for the next print', async () => {
    const { page, requests, errors } = await newPage();
    await page.goto(inject('baseUrl'));
    await mapReady(page);
    expect(requests.filter((u) => /\/Handout-[\w-]+\.(js|css)$/.test(u))).toEqual([]);
    await expect(page.locator('.g60-print').count()).resolves.toBe(0);
    // The browser's own print command: too late for that print (documented), in place for the next.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.locator('.g60-print [data-testid=handout]').waitFor({ state: 'attached', timeout: 20_000 });
    expect(requests.some((u) => /\/Handout-[\w-]+\.js$/.test(u))).toBe(true);
    // Hidden on screen; alone in print.
    await expect(page.getByTestId('handout').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('print-button').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('handout').isVisible()).resolves.toBe(true);
    await expect(page.locator('#root').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  }, 120_000);
});
