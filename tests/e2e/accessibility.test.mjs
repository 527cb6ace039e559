// Accessibility of the interview in the release build: axe-core on the
// whole page at every step and on the result panel (no violation of moderate
// impact or worse, see AXE_ALLOWED in support.mjs), and the whole interview
// by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, serve, launch, openApp } from './support.mjs';
import {
  amountOf, answersOf, assertPanelMatches, expected, interview, result, settled, stepTitle, start, wan,
} from './interview-helpers.mjs';

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

test('the welcome screen has no accessibility violation', async () => {
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

test('the whole interview works with the keyboard alone, every step of it', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const a = await answersOf('logistics');
  const exp = await expected('logistics');
  const focused = () => page.evaluate(() => {
    const el = __fcActive();
    return {
      tag: el?.tagName,
      text: el?.textContent?.trim(),
      label: el?.labels?.[0]?.textContent?.trim(),
      group: el?.closest('fieldset')?.querySelector('legend')?.textContent?.trim(),
      checked: el?.checked,
    };
  });
  /** Presses Tab until `match` holds for the focused element (at most `max` times). */
  async function tabTo(match, max = 80) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (match(await focused())) return;
    }
    assert.fail(`Tab never reached the element (last: ${JSON.stringify(await focused())})`);
  }
  async function typeInto(label, text) {
    await tabTo((f) => f.label === label);
    await page.keyboard.type(text);
  }
  /** On a closed select, the arrow keys change the choice without opening it. */
  async function selectByKeys(label, option) {
    await tabTo((f) => f.label === label);
    const select = interview(page).getByLabel(label, { exact: true });
    for (let i = 0; i < 40; i++) {
      if (await select.evaluate((s) => s.selectedOptions[0]?.textContent) === option) break;
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await select.evaluate((s) => s.selectedOptions[0]?.textContent), option);
    assert.equal((await focused()).label, label, 'focus stays on the select as the questions change');
  }
  /** Tab into the radio group, Space picks the focused option, arrows move. */
  async function radioByKeys(legend, option) {
    await tabTo((f) => f.group === legend && f.tag === 'INPUT');
    await page.keyboard.press('Space');
    for (let i = 0; i < 5 && (await focused()).label !== option; i++) await page.keyboard.press('ArrowDown');
    const f = await focused();
    assert.deepEqual([f.label, f.checked], [option, true], legend);
  }
  async function nextStep(title) {
    await tabTo((f) => f.tag === 'BUTTON' && /下一步/.test(f.text));
    await page.keyboard.press('Enter');
    assert.deepEqual(await focused(), { tag: 'H2', text: title, label: undefined, group: undefined, checked: undefined });
  }
  const likely = async () => {
    await settled(page);
    return amountOf(result(page), '[data-total="likely"] .fc-amount');
  };

  await tabTo((f) => f.tag === 'BUTTON' && f.text === '开始自测');
  await page.keyboard.press('Enter');
  assert.equal((await focused()).text, '企业基本情况');

  // 1. The enterprise.
  await typeInto('企业名称', a.enterprise_name);
  await selectByKeys('所在县(市、区)', '南湖区');
  await selectByKeys('行业类别(按主营业务)', '生产性服务业:物流运输');
  // "Why we ask" opens with the keyboard.
  await tabTo((f) => f.tag === 'SUMMARY');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => __fcActive().parentElement.open), true);
  await tabTo((f) => f.label === '供应链管理、第三方物流');
  await page.keyboard.press('Space');
  assert.equal((await focused()).checked, true);
  await radioByKeys('是否运营跨境电商线上公共综合服务平台', '否');
  await typeInto('评估日期', a.assessment_date);
  assert.equal(await likely(), 0, 'no revenue yet: nothing likely');

  // 2. Revenue: the cash figure follows the typing; Back keeps the answers.
  await nextStep('营业收入');
  for (const [year, yuan] of Object.entries(a.revenue_yuan)) await typeInto(`${year} 年主营业务收入`, wan(yuan));
  assert.equal(await likely(), Number(exp.totals.cash_likely_yuan), 'the likely total after the revenue');
  await tabTo((f) => f.tag === 'BUTTON' && /上一步/.test(f.text));
  await page.keyboard.press('Enter');
  assert.equal(await stepTitle(page), '企业基本情况');
  assert.equal(await interview(page).getByLabel('企业名称').inputValue(), a.enterprise_name);
  await nextStep('营业收入');

  // 3. Recognitions: none for this enterprise; 4. tax; 5. separation; 6. land.
  await nextStep('认定与荣誉');
  await nextStep('研发与税收');
  await typeInto('年度两业融合研发费用', wan(a.tax.rd_cost_yuan));
  await typeInto('年度应纳税所得额', wan(a.tax.taxable_income_yuan));
  await typeInto('现行企业所得税税率(%)', String(a.tax.income_tax_rate_percent));
  await nextStep('主辅分离');
  await radioByKeys('本企业是否为制造业企业主辅分离后新设立的服务企业', '否');
  await nextStep('用地与亩均');
  await radioByKeys('是否计划将自有土地混合用于工业、仓储、研发、办公、商业', '否');
  await radioByKeys('是否计划在现有土地上建设物流、仓储设施(上楼)', '是');
  await radioByKeys('是否位于两业融合试点区域', '否');

  // The result, reached by keyboard, is the hand-checked one.
  await tabTo((f) => f.tag === 'BUTTON' && f.text === '查看结果');
  await page.keyboard.press('Enter');
  assert.equal((await focused()).text, '自测结果');
  await assertPanelMatches(page, exp, 'logistics by keyboard');
  assert.deepEqual(errors, []);
  await context.close();
});
