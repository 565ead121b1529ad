/** What a visitor does with the zone map: each test is one user story, in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, clickPointFor, launch, mapReady, open } from './support/browser';
import { actions, areas, clusters, contextAreas, contextPlaces, paths, places, programmes, projects, scenes } from './support/content';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const cardTitle = (page: Page) => page.locator('[data-testid=card-title]');
const ready = async (path = '', opts = {}) => { const w = await open(browser, path, opts); await mapReady(w.page); return w; };

describe('a visitor on the zone map', () => {
  it('clicks an area and reads its card', async () => {
    const { page, errors } = await ready();
    const [x, y] = await clickPointFor(page, 'base-sheshan-brain');
    await page.mouse.click(x, y);
    await expect(cardTitle(page).textContent()).resolves.toBe('佘山G60脑智科创基地');
    // The card shows the area in km², what lies inside, how accurate the outline is and where it comes from.
    await expect(page.getByTestId('area-km2').textContent()).resolves.toMatch(/^\d+\.\d km²$/);
    const inside = places.filter((p) => p.area === 'base-sheshan-brain').length;
    await expect(page.getByTestId('area-places').locator('h3').textContent()).resolves.toContain(`(${inside})`);
    await expect(page.locator('.card .accuracy').textContent()).resolves.toContain('示意');
    await expect(page.locator('.card .sources').textContent()).resolves.toContain('松科委〔2022〕36号');
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/output/area-card.png' });
  });

  it('searches 腾讯 and opens project 6 with its figures', async () => {
    const { page } = await ready();
    await page.locator('[data-testid=search-input]').fill('腾讯');
    const first = page.locator('[data-testid=search-results] [role=option]').first();
    await expect(first.getAttribute('data-item')).resolves.toBe(projects.find((p) => p.seq === 6)!.id);
    await expect(first.textContent()).resolves.toContain('重点项目 6');
    await page.keyboard.press('Enter');
    await expect(cardTitle(page).textContent()).resolves.toBe('腾讯长三角人工智能先进计算中心');
    await expect(page.getByTestId('project-seq').textContent()).resolves.toBe('6');
    const figures = await page.getByTestId('project-figures').textContent();
    for (const v of ['16幢', '2.4万个以上', '超过40万台', '每秒1400千万亿次', '236亩', '超450亿元']) expect(figures).toContain(v);
    await expect(page.getByTestId('project-builder').textContent()).resolves.toBe('上海珑睿信息科技有限公司');
    await page.screenshot({ path: 'tests/e2e/output/project-card.png' });
  });

  it('finds things by pinyin initials and by English', async () => {
    const { page } = await ready();
    for (const q of ['tengxun', 'txjs', 'Tencent']) {
      await page.locator('[data-testid=search-input]').fill(q);
      await expect(page.locator('[data-testid=search-results] [role=option]').first().textContent()).resolves.toContain('腾讯');
    }
  });

  it('filters by 卫星互联网 and sees only its places and projects', async () => {
    const { page } = await ready();
    await page.locator('[data-cluster=satellite-internet]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('clusters') === 'satellite-internet');
    const satPlaces = places.filter((p) => p.clusters.includes('satellite-internet')).map((p) => p.id);
    const satProjects = projects.filter((p) => p.cluster === 'satellite-internet').map((p) => p.id);
    // MapLibre applies a filter once its worker has re-cut the tile: wait for the picture to follow.
    const rendered = () => page.evaluate(() => ({ places: window.g60map!.renderedIds('place'), projects: window.g60map!.renderedIds('project') }));
    await expect.poll(async () => (await rendered()).projects.sort(), { timeout: 10_000 }).toEqual(satProjects.sort());
    const shown = await rendered();
    expect(shown.places.length).toBeGreaterThan(0);
    expect(shown.places.every((id) => satPlaces.includes(id))).toBe(true);
    expect(shown.projects.sort()).toEqual(satProjects.sort());
    await expect(page.getByTestId('count-places').textContent()).resolves.toBe(String(satPlaces.length));
    await expect(page.getByTestId('count-projects').textContent()).resolves.toBe(String(satProjects.length));
  });

  it('opens a shared link and gets the same view back', async () => {
    const target = projects.find((p) => p.seq === 10)!;
    const { page, errors } = await ready(`?sel=${target.id}&lang=en&clusters=satellite-internet&cam=121.30000,31.10000,12.50`);
    await expect(cardTitle(page).textContent()).resolves.toBe(target.name.en);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const cam = await page.evaluate(() => window.g60map!.camera());
    expect(cam.lon).toBeCloseTo(121.3, 4);
    expect(cam.lat).toBeCloseTo(31.1, 4);
    expect(cam.zoom).toBeCloseTo(12.5, 2);
    expect(new URL(page.url()).searchParams.get('clusters')).toBe('satellite-internet');
    expect(errors).toEqual([]);
  });

  it('goes back to the previous card with the browser’s Back button', async () => {
    const { page } = await ready();
    await page.locator('[data-tab=list]').click();
    await page.locator(`.list-item[data-item=${areas[0]!.id}]`).click();
    await expect(cardTitle(page).textContent()).resolves.toBe(areas[0]!.name.zh);
    await page.locator(`.card .item-link[data-item]`).first().click();
    const second = await cardTitle(page).textContent();
    expect(second).not.toBe(areas[0]!.name.zh);
    await page.goBack();
    await expect(cardTitle(page).textContent()).resolves.toBe(areas[0]!.name.zh);
    await page.goForward();
    await expect(cardTitle(page).textContent()).resolves.toBe(second);
  });

  it('switches to English and back', async () => {
    const { page } = await ready();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1 .long').textContent()).resolves.toContain('Digital Economy');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.locator('[data-cluster=fintech]').click();
    await expect(page.locator('[data-cluster=fintech]').textContent()).resolves.toContain('Fintech');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  it('closes a card with Escape and returns focus to where it was opened', async () => {
    const { page } = await ready('?panel=list');
    const item = page.locator(`.list-item[data-item=${clusters[0]!.id}]`);
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).resolves.toBe('card-title');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=card]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.item)).resolves.toBe(clusters[0]!.id);
  });

  it('lists a cluster’s enterprises under the role the plan gives them (English)', async () => {
    const { page, errors } = await ready('?sel=satellite-internet&lang=en');
    const box = page.getByTestId('cluster-enterprises');
    await expect(box.locator('section[data-role=leading] h3').textContent()).resolves.toBe('Leading enterprises');
    const groups = await box.locator('section').evaluateAll((ss) => ss.map((s) => [(s as HTMLElement).dataset.role, s.querySelector('h3')!.textContent, ...[...s.querySelectorAll('li')].map((li) => li.textContent)]));
    const cluster = clusters.find((c) => c.id === 'satellite-internet') as unknown as { enterprises: { name: { en: string }; role: string }[] };
    const names = (role: string) => cluster.enterprises.filter((e) => e.role === role).map((e) => e.name.en);
    expect(groups).toEqual([
      ['leading', 'Leading enterprises', ...names('leading')],
      ['partner', 'Partners in close cooperation', ...names('partner')],
      ['to-attract', 'To be attracted', ...names('to-attract')],
    ]);
    expect(errors).toEqual([]);
    await page.locator('.card').screenshot({ path: 'tests/e2e/output/cluster-card-en.png' });
  });

  it('says when a position comes from outside the five documents, and shows its conflict with them', async () => {
    const { page, errors } = await ready('?sel=zhongke-chenxin-satellite-factory');
    await expect(page.getByTestId('position-outside').textContent()).resolves.toBe('位置来源于五份文件之外');
    const conflict = page.getByTestId('position-conflict');
    const docs = await conflict.locator('[data-side=documents]').textContent();
    expect(docs).toContain('在示范区内');
    expect(docs).toContain('松科委〔2022〕36号');
    await expect(conflict.locator('[data-side=outside]').textContent()).resolves.toContain('公开报道（不在五份文件之中）');
    // A place positioned from the documents says nothing of the kind.
    await page.goto(page.url().replace(/\?.*$/, '?sel=tencent-ai-computing-centre'));
    await page.locator('.card .accuracy').waitFor();
    await expect(cardTitle(page).textContent()).resolves.toBe('腾讯长三角AI先进计算中心');
    await expect(page.getByTestId('position-outside').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.goto(page.url().replace(/\?.*$/, '?sel=zhongke-chenxin-satellite-factory&lang=en'));
    await page.getByTestId('position-conflict').waitFor();
    await page.getByTestId('position-conflict').screenshot({ path: 'tests/e2e/output/position-conflict-en.png' });
    expect(await axeViolations(page), 'card with a position conflict').toEqual([]);
  });

  it('reads a project card and the indicators in English, with no Chinese left in the figures', async () => {
    const { page, errors } = await ready('?sel=tencent-ai-computing-centre-project&lang=en');
    const figures = page.getByTestId('project-figures');
    await figures.waitFor();
    const values = await figures.locator('dd').allTextContents();
    const project = projects.find((p) => p.id === 'tencent-ai-computing-centre-project')!;
    expect(values).toEqual(project.figures.map((f) => f.value.en));
    expect(values.join(' ')).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u);
    await expect(page.locator('.card h3').allTextContents()).resolves.toEqual(expect.arrayContaining(['What will be built (summary)', 'What is new (summary)']));
    // A citation names the section by its title, not by a bare id.
    const cites = await page.locator('.card .sources li').allTextContents();
    expect(cites).toContain(
      '《松江新城G60数字经济创新产业示范区建设方案》 (松科委〔2022〕36号) · 五(二) 打造人工智能产业生态圈');
    await page.locator('.card').screenshot({ path: 'tests/e2e/output/project-card-en.png' });
    await page.getByTestId('project-figures').screenshot({ path: 'tests/e2e/output/project-figures-en.png' });
    await page.locator('.card .sources').screenshot({ path: 'tests/e2e/output/project-sources-en.png' });
    await page.goto(page.url().replace(/\?.*$/, '?panel=indicators&lang=en'));
    await expect(page.locator('[data-indicator] .target').first().textContent()).resolves.toBe('above 95');
    await expect(page.locator('[data-indicator] th').first().textContent()).resolves.toContain('(anticipatory)');
    expect(errors).toEqual([]);
  });

  it('links cards to each other: area → project → cluster → place', async () => {
    const { page } = await ready('?sel=base-dongjing-ai');
    await page.getByTestId('area-projects').locator('.item-link').first().click();
    await expect(page.locator('[data-testid=card]').getAttribute('data-kind')).resolves.toBe('project');
    await page.locator('.card .facts .item-link').first().click();
    await expect(page.locator('[data-testid=card]').getAttribute('data-kind')).resolves.toBe('cluster');
    await page.getByTestId('cluster-places').locator('.item-link').first().click();
    await expect(page.locator('[data-testid=card]').getAttribute('data-kind')).resolves.toBe('place');
  });

  it('shows the 11 indicators of 表1 with their 2025 targets', async () => {
    const { page } = await ready('?panel=indicators');
    await expect(page.locator('[data-indicator]').count()).resolves.toBe(11);
    await expect(page.locator('[data-indicator] .target').first().textContent()).resolves.toBe('95以上');
  });

  it('ignores garbage URL parameters with warnings and shows the normal page', async () => {
    const w = await open(browser, '?sel=%3Cscript%3E&cam=abc&lang=xx&clusters=nope&zzz=1&%E0%A4%A');
    const warnings: string[] = [];
    w.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await mapReady(w.page);
    expect(w.errors).toEqual([]);
    await expect(w.page.locator('.legend').isVisible()).resolves.toBe(true);
    const drawn = await w.page.evaluate(() => window.g60map!.renderedIds('area'));
    expect(drawn).toContain('core-lingang-songjiang');
  });

  it('offers a link and a QR code of the current view', async () => {
    const { page } = await ready('?sel=base-dongjing-ai');
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.locator('[data-testid=share-url]').inputValue()).resolves.toContain('sel=base-dongjing-ai');
    await page.getByTestId('qr').locator('svg').waitFor();
  });

  it('has no serious or critical accessibility violation on the map, cards, list, search, indicators, share dialog and dark basemap', async () => {
    const views = ['', `?sel=${areas[0]!.id}`, `?sel=${projects[0]!.id}`, `?sel=${places[0]!.id}`, `?sel=${clusters[0]!.id}`, '?panel=list', '?panel=indicators', '?basemap=schematic-dark&lang=en'];
    for (const v of views) {
      const { page } = await ready(v);
      expect(await axeViolations(page), `view ${v || '(map)'}`).toEqual([]);
    }
    const { page } = await ready();
    await page.locator('[data-testid=search-input]').fill('songjiang');
    await page.locator('[data-testid=search-results] [role=option]').first().waitFor();
    expect(await axeViolations(page), 'search').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '分享' }).click();
    await page.getByTestId('qr').waitFor();
    expect(await axeViolations(page), 'share dialog').toEqual([]);
  // The list holds the other documents' context too (about 190 rows), which axe takes a while over.
  }, 120_000);
});

describe('on a phone', () => {
  it('taps an area and reads its card in a bottom sheet', async () => {
    const { page, errors } = await ready('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const [x, y] = await clickPointFor(page, 'core-lingang-songjiang');
    await page.touchscreen.tap(x, y);
    // On a phone's overview the core zone is small and full of points: a finger there covers
    // several, so the tap lists them, the area under it last.
    if (await page.evaluate(([px, py]) => window.g60map!.hitsNear(px!, py!, true).length > 1, [x, y])) {
      const row = page.locator('[data-testid=stack-chooser] button[data-item=core-lingang-songjiang]');
      await row.waitFor();
      await row.tap();
    }
    await expect(cardTitle(page).textContent()).resolves.toBe('临港松江科技城');
    const box = (await page.locator('.panel').boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(844, 0);
    expect(box.y).toBeGreaterThan(844 / 2);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/output/phone-card.png' });
  });
});

describe('without WebGL', () => {
  it('still serves every card from the list, with a clear message', async () => {
    const b = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page, errors } = await open(b);
      await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'unavailable');
      await expect(page.getByRole('alert').textContent()).resolves.toContain('WebGL');
      // The list opens in place of the map; its module loads on demand.
      await page.locator('.list-item').first().waitFor();
      const ids = await page.locator('.list-item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.item!));
      expect(ids.length).toBe(areas.length + clusters.length + projects.length + places.length + paths.length + actions.length
        + contextAreas.length + contextPlaces.length + scenes.length + programmes.length);
      // Every card of the zone; of the context (about a hundred items), one of each kind is enough here.
      const context = [contextAreas, contextPlaces, scenes, programmes];
      const rest = new Set(context.flatMap((list) => list.slice(1).map((x) => x.id)));
      for (const id of ids.filter((i) => !rest.has(i))) {
        await page.locator(`.list-item[data-item="${id}"]`).click();
        await expect(page.locator('[data-testid=card]').getAttribute('data-id')).resolves.toBe(id);
        await page.keyboard.press('Escape');
      }
      expect(errors).toEqual([]);
      await page.screenshot({ path: 'tests/e2e/output/no-webgl.png' });
    } finally {
      await b.close();
    }
  });
});
