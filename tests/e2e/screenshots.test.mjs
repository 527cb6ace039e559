// Screenshots of every step and of the result panel at phone (390 px) and
// desktop (1280 px) widths, into tests/e2e/screenshots/ for a person to look
// at. The test itself checks what a machine can: Chinese text is rendered
// with a CJK font, and nothing is wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { serve, launch, openApp, SHOTS } from './support.mjs';
import { result, stepTitle } from './interview-helpers.mjs';

let server, browser;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function loadSample(page, name) {
  const menu = page.getByLabel(/示例企业|Sample enterprises/);
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: /载入示例|Load sample/ }).click();
  await result(page).waitFor();
}

/** Fails if the page scrolls sideways or any field sticks out of its column. */
async function assertFits(page, where) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of __fcRoot().querySelectorAll('.fc-app input, .fc-app select, .fc-app button, .fc-app table, .fc-app .fc-badge')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) out.push(`${el.tagName}#${el.id || el.className} ${r.left}-${r.right}`);
    }
    return out;
  });
  assert.deepEqual(overflow, [], `${where}: wider than the screen`);
}

/** Fails if a Chinese glyph would render as a box (no CJK font). */
async function assertCjkFont(page) {
  const ok = await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '两业融合'));
  assert.ok(ok, 'Noto Sans CJK SC is available for the Chinese text');
}

for (const width of [390, 1280]) {
  test(`each step and the result at ${width} px`, async () => {
    const { context, page, errors } = await openApp(browser, server.url, { width, height: 900 });
    await assertCjkFont(page);
    await page.screenshot({ path: path.join(SHOTS, `interview-0-welcome-${width}.png`), fullPage: true });
    await loadSample(page, 'manufacturer');
    const steps = await page.locator('.fc-steps .fc-step-name').allTextContents();
    for (const [i, title] of steps.entries()) {
      await page.locator('.fc-steps').getByRole('button', { name: title }).click();
      assert.equal(await stepTitle(page), title);
      await assertFits(page, `${title} at ${width}`);
      await page.locator('.fc-interview').screenshot({ path: path.join(SHOTS, `interview-${i + 1}-${title}-${width}.png`) });
    }
    // The platform operator's own step.
    await loadSample(page, 'platform');
    await page.locator('.fc-steps').getByRole('button', { name: '跨境电商平台' }).click();
    await assertFits(page, `跨境电商平台 at ${width}`);
    await page.locator('.fc-interview').screenshot({ path: path.join(SHOTS, `interview-${steps.length + 1}-跨境电商平台-${width}.png`) });

    // The result panel with its first cash line opened to its explanation.
    await loadSample(page, 'logistics');
    const first = result(page).locator('li.fc-outcome').first();
    await first.locator('summary').click();
    await assertFits(page, `result at ${width}`);
    await result(page).screenshot({ path: path.join(SHOTS, `interview-result-${width}.png`) });

    // A county applying the policy by reference, and messages beside fields.
    await loadSample(page, 'haining');
    await page.locator('.fc-steps').getByRole('button', { name: '用地与亩均' }).click();
    await page.getByLabel('自有用地面积(亩)').fill('0');
    await page.getByLabel('从业人员数(人)').fill('12.5');
    await assertFits(page, `errors at ${width}`);
    await page.screenshot({ path: path.join(SHOTS, `interview-errors-${width}.png`), fullPage: true });

    await page.getByRole('button', { name: '切换语言' }).click();
    await page.locator('.fc-app[lang="en"]').waitFor();
    await assertFits(page, `English at ${width}`);
    await page.screenshot({ path: path.join(SHOTS, `interview-english-${width}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('every step fits from a 360 px phone to a 1920 px projector', async () => {
  for (const width of [360, 1920]) {
    const { context, page } = await openApp(browser, server.url, { width, height: 800 });
    await loadSample(page, 'manufacturer');
    for (const title of await page.locator('.fc-steps .fc-step-name').allTextContents()) {
      await page.locator('.fc-steps').getByRole('button', { name: title }).click();
      await page.locator('.fc-app details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      await assertFits(page, `${title} at ${width}`);
    }
    await context.close();
  }
});
