// Accessibility of the interview in the release build: axe-core on every
// step and on the result panel (no serious or critical violation), and the
// whole interview by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, assertAccessible } from './support.mjs';
import { interview, result, stepTitle, start } from './interview-helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function loadSample(page, name) {
  const menu = page.getByLabel('示例企业(虚构)');
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: '载入示例' }).click();
  await result(page).waitFor();
}

/** Opens every "why we ask" and every result line, so axe sees their content too. */
async function openAllDetails(page) {
  await page.locator('.fc-app details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
}

test('the welcome screen has no serious accessibility violation', async () => {
  const { context, page } = await openApp(browser, server.url);
  await assertAccessible(page, 'welcome');
  await context.close();
});

for (const sample of ['manufacturer', 'platform']) {
  test(`every step and the result panel pass axe (${sample})`, async () => {
    const { context, page } = await openApp(browser, server.url);
    await loadSample(page, sample);
    const steps = await page.locator('.fc-steps .fc-step-name').allTextContents();
    assert.ok(steps.length >= 5, steps.join(','));
    for (const title of steps) {
      await page.locator('.fc-steps').getByRole('button', { name: title }).click();
      assert.equal(await stepTitle(page), title);
      await openAllDetails(page);
      await assertAccessible(page, `${sample}: ${title}`);
    }
    await page.getByRole('button', { name: '切换语言' }).click();
    await openAllDetails(page);
    await assertAccessible(page, `${sample}: English`);
    await context.close();
  });
}

test('fields showing errors stay accessible', async () => {
  const { context, page } = await openApp(browser, server.url);
  await start(page);
  await interview(page).getByLabel('所在县(市、区)').selectOption({ label: '南湖区' });
  await interview(page).getByLabel('行业类别(按主营业务)').selectOption({ label: '生产性服务业:物流运输' });
  await interview(page).getByLabel('评估日期').fill('2025-02-30');
  await interview(page).getByRole('button', { name: /下一步/ }).click();
  await interview(page).getByLabel('2024 年主营业务收入').fill('abc');
  await interview(page).getByLabel('2025 年主营业务收入').fill('-1');
  await assertAccessible(page, 'errors');
  await context.close();
});

test('the whole interview works with the keyboard alone', async () => {
  const { context, page } = await openApp(browser, server.url);
  const focused = () => page.evaluate(() => {
    const el = __fcActive();
    return { tag: el?.tagName, text: el?.textContent?.trim(), label: el?.labels?.[0]?.textContent?.trim() };
  });
  /** Presses Tab until `match` holds for the focused element (at most `max` times). */
  async function tabTo(match, max = 80) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (match(await focused())) return;
    }
    assert.fail(`Tab never reached the element (last: ${JSON.stringify(await focused())})`);
  }
  await tabTo((f) => f.tag === 'BUTTON' && f.text === '开始自测');
  await page.keyboard.press('Enter');
  assert.deepEqual(await focused(), { tag: 'H2', text: '企业基本情况', label: undefined });

  await tabTo((f) => f.label === '企业名称');
  await page.keyboard.type('键盘测试有限公司');
  await tabTo((f) => f.label === '所在县(市、区)');
  // On a closed select, the arrow keys change the choice without opening it.
  await page.keyboard.press('ArrowDown');
  await tabTo((f) => f.label === '行业类别(按主营业务)');
  // Each press changes the questions below; focus must stay on the select.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await interview(page).getByLabel('行业类别(按主营业务)').evaluate((s) => s.selectedOptions[0].textContent),
    '生产性服务业:物流运输');
  // "Why we ask" opens with the keyboard.
  await tabTo((f) => f.tag === 'SUMMARY');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => __fcActive().parentElement.open), true);

  await tabTo((f) => f.tag === 'BUTTON' && /下一步/.test(f.text));
  await page.keyboard.press('Enter');
  assert.deepEqual(await focused(), { tag: 'H2', text: '营业收入', label: undefined });
  await tabTo((f) => f.label === '2025 年主营业务收入');
  await page.keyboard.type('10600');
  assert.match(await result(page).textContent(), /自测结果/);
  await tabTo((f) => f.tag === 'BUTTON' && /上一步/.test(f.text));
  await page.keyboard.press('Enter');
  assert.equal(await stepTitle(page), '企业基本情况');
  assert.equal(await interview(page).getByLabel('企业名称').inputValue(), '键盘测试有限公司');
  await context.close();
});
