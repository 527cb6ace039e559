// The result panel's plan, written by the on-demand module: 差多少达标 (a
// target read off the panel and typed into the interview gives its award,
// one fen less does not), the award timeline (each row an award line of the
// panel), and the what-if chart (moved by slider, by keyboard and by a
// typed value). Screenshots at 1280 and 390 px go to tests/e2e/screenshots/;
// axe checks the panel with the chart open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { assertAccessible, serve, launch, openApp, SHOTS } from './support.mjs';
import { result, goToStep, loadSample, typeKeys } from './interview-helpers.mjs';

let server, browser;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Yuan as a decimal string ("106950000.01") in fen, exactly. */
function fen(yuan) {
  const [whole, frac = ''] = yuan.split('.');
  return BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
}

/** Fen as 万元 typed into the form, exactly ("10695.000001"). */
function wanOf(f) {
  const s = f.toString().padStart(7, '0');
  const digits = `${s.slice(0, -6)}.${s.slice(-6)}`.replace(/\.?0+$/, '');
  return digits;
}

test('a target typed in gives its award, one fen less does not', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 1280, height: 900 });
  await loadSample(page, 'logistics');
  // 2025 grew 13.98% over 2024: the growth award needs "超过15%".
  const f5 = result(page).locator('.fc-outcome[data-rule="F5"][data-year="2025"]');
  assert.equal(await f5.getAttribute('data-level'), 'not_eligible');
  const target = result(page).locator('.fc-target[data-rule="F5"][data-year="2025"]');
  assert.equal(await target.getAttribute('data-field'), 'revenue_yuan.2025');
  const needed = await target.getAttribute('data-needed');
  // 超过: one fen above 115% of 2024's 9300 万元 (hand-checked).
  assert.equal(needed, '106950000.01');
  assert.match(await target.textContent(), /超过.*需 106,950,000\.01 元.*差 950,000\.01 元.*→/);
  await result(page).screenshot({ path: path.join(SHOTS, 'targets-logistics-1280.png') });
  await assertAccessible(page, 'result with targets');

  await goToStep(page, '营业收入');
  // One fen less than the target (exactly 115%): not "超过15%".
  await typeKeys(page, '2025 年主营业务收入', wanOf(fen(needed) - 1n));
  assert.equal(await f5.getAttribute('data-level'), 'not_eligible');
  // The target's value, to the fen.
  await typeKeys(page, '2025 年主营业务收入', wanOf(fen(needed)));
  assert.match(await f5.getAttribute('data-level'), /^(qualifies|likely)$/);
  assert.equal(await f5.locator('.fc-amount').first().getAttribute('data-yuan'), '100000');
  // Reached: its target goes once the module has answered for these answers.
  await page.locator('.fc-result[data-plan="ready"]').waitFor();
  assert.equal(await target.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('targets under the outcomes at 390 px', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 390, height: 900 });
  await loadSample(page, 'trader');
  const target = result(page).locator('.fc-target[data-rule="F4"][data-year="2025"]');
  assert.equal(await target.getAttribute('data-needed'), '1000000000.01');
  await target.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'targets-trader-390.png') });
  const width = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  assert.ok(width, 'nothing wider than the screen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the timeline lists each award line of the panel with its year and application year', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 1280, height: 900 });
  await loadSample(page, 'logistics');
  const rows = result(page).locator('.fc-timeline tbody tr');
  assert.ok(await rows.count() >= 3);
  for (const row of await rows.all()) {
    const [rule, year, application, yuan] = await Promise.all(
      ['data-rule', 'data-year', 'data-application', 'data-yuan'].map((a) => row.getAttribute(a)));
    const line = result(page).locator(`.fc-outcome[data-rule="${rule}"][data-year="${year}"]`);
    assert.equal(await line.locator('.fc-amount').first().getAttribute('data-yuan'), yuan, `${rule} ${year}`);
    // The annual awards are applied for the year after their data year.
    assert.equal(application, String(Number(year) + 1), `${rule} ${year}`);
  }
  // Hand-checked: the 2024 growth award (10 万元), applied for in 2025.
  assert.match(await result(page).locator('.fc-timeline tr[data-rule="F5"][data-year="2024"]').innerText(), /2024.*营收增速奖励.*符合.*10 万元.*2025/s);
  assert.deepEqual(errors, []);
  await context.close();
});

const chart = (page) => result(page).locator('.fc-whatif');

/** Waits for the chart to show the module's reply to what is on screen. */
async function settledChart(page) {
  await page.locator('.fc-whatif[data-state="ready"]').waitFor();
  const now = chart(page).locator('.fc-whatif-now');
  return { x: await now.getAttribute('data-x'), yuan: Number(await now.getAttribute('data-yuan')) };
}

async function openChart(page, year) {
  await chart(page).locator('summary').click();
  await settledChart(page);
  await chart(page).getByLabel('数据年度').selectOption(String(year));
  return settledChart(page);
}

test('the what-if chart moves by slider, keyboard and typed value; axe clean; screenshots', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 1280, height: 1600 });
  await loadSample(page, 'logistics');
  assert.equal(await chart(page).locator('svg').count(), 0, 'closed: nothing asked, nothing drawn');
  const own = await openChart(page, 2025);
  // The enterprise's own 2025 revenue, and the award the panel shows for 2025.
  assert.equal(own.x, '106000000');
  const panel2025 = await result(page).locator('.fc-by-year tr[data-year="2025"] .fc-amount').evaluateAll(
    (els) => els.reduce((s, e) => s + Number(e.dataset.yuan), 0));
  assert.equal(own.yuan, panel2025);
  const svg = chart(page).locator('svg.fc-whatif-svg');
  assert.equal(await svg.locator('.fc-whatif-point').getAttribute('data-yuan'), String(own.yuan));
  assert.match(await svg.innerHTML(), /F5 超过 1\.07 亿元/, 'the growth threshold is labelled');
  assert.match(await svg.innerHTML(), /F3 超过 1 亿元/, 'the milestone is labelled');
  await chart(page).screenshot({ path: path.join(SHOTS, 'whatif-1280.png') });
  await assertAccessible(page, 'what-if chart open');

  // Typed: the F5 target to the fen gives 10 万元 more; one fen less does not.
  const typed = chart(page).getByLabel('营业收入(万元)');
  await typed.fill('10695.000001');
  assert.deepEqual(await settledChart(page), { x: '106950000.01', yuan: own.yuan + 100000 });
  assert.equal(await svg.locator('.fc-whatif-point').getAttribute('data-yuan'), String(own.yuan + 100000));
  await typed.fill('10695');
  assert.deepEqual(await settledChart(page), { x: '106950000', yuan: own.yuan });
  // Bad text: a message beside the field, the point stays.
  await typed.fill('10,69x');
  // The module words the refusal: waited for, not read at once.
  await chart(page).locator('.fc-error').waitFor();
  assert.match(await chart(page).locator('.fc-error').innerText(), /数字/);
  assert.equal(await typed.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await settledChart(page), { x: '106950000', yuan: own.yuan });

  // Keyboard: Home is no revenue (no award), End the far right (the award
  // of the highest tier and growth); arrows step.
  const slider = chart(page).getByLabel('移动营业收入');
  await slider.focus();
  await page.keyboard.press('Home');
  assert.deepEqual(await settledChart(page), { x: '0', yuan: 0 });
  assert.equal(await typed.inputValue(), '0');
  await page.keyboard.press('End');
  const end = await settledChart(page);
  assert.equal(end.x, await slider.getAttribute('max'));
  assert.ok(end.yuan > own.yuan, `${end.yuan} > ${own.yuan}`);
  await page.keyboard.press('ArrowLeft');
  const left = await settledChart(page);
  assert.equal(Number(left.x), Number(end.x) - Number(await slider.getAttribute('step')));
  // Dragged (the input event a mouse gives): the point follows.
  await slider.fill('50000000');
  const mid = await settledChart(page);
  assert.equal(mid.x, '50000000');
  assert.equal(await typed.inputValue(), '5000');

  // Growth (F5's own measure): above 15% pays, 15% itself does not.
  await chart(page).getByLabel('较上年增速(F5)').check();
  const growth = await settledChart(page);
  assert.equal(growth.x, '13.97');
  const pct = chart(page).getByLabel('增速(%)');
  await pct.fill('15.01');
  assert.equal((await settledChart(page)).yuan, own.yuan + 100000);
  await pct.fill('15');
  assert.equal((await settledChart(page)).yuan, own.yuan);
  assert.match(await chart(page).locator('.fc-whatif-table caption').innerText(), /2025/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the what-if chart at 390 px fits the screen', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 390, height: 1400 });
  await loadSample(page, 'trader');
  await openChart(page, 2025);
  await chart(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'whatif-390.png'), fullPage: false, clip: await chart(page).boundingBox() });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  assert.ok(fits, 'nothing wider than the screen');
  assert.deepEqual(errors, []);
  await context.close();
});
