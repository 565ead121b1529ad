/** Reads a QR code on the page: a screenshot of it, decoded by jsQR in the page. */
import type { Locator, Page } from 'playwright-core';

/** The text the QR code `qr` (an element of `page`) encodes, or null when none is read. */
export async function decodeQr(page: Page, qr: Locator): Promise<string | null> {
  const png = await qr.screenshot();
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  return page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height);
    const jsQR = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(d.data, d.width, d.height)?.data ?? null;
  }, png.toString('base64'));
}
