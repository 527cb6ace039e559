// Scenarios (方案对比, issue 12) in the release build: a consultant loads a
// sample, copies its answers into two scenarios, lets the interview edit the
// second (the planned 主辅分离 done), and compares: the rules that change are
// marked in words and highlighted in that scenario's column only; the main
// answers are untouched. A reload keeps the scenarios and the one being
// edited; the downloaded summary carries the comparison (read back); a share
// link carries the scenarios; a version 1 link (made before scenarios) still
// opens. axe on the page with scenarios; screenshots at 1280 and 390
// (tests/e2e/screenshots/scenarios-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, openApp, assertAccessible, ROOT, SHOTS } from './support.mjs';
import { interview, result, goToStep, answer, choose } from './interview-helpers.mjs';

let server, browser, dir;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  dir = await mkdtemp(path.join(tmpdir(), 'fc-scenarios-'));
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const panel = (page) => page.locator('.fc-scenarios');
const compare = (page) => panel(page).locator('.fc-compare table');
const editing = (page) => page.locator('fieldset.fc-editing');

async function loadSample(page, name) {
  const menu = page.getByLabel(/示例企业|Sample enterprises/).first();
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: /载入示例|Load sample/ }).first().click();
  await result(page).locator('.fc-downloads').waitFor();
}

/** The comparison's cells of the row whose label starts with `label`. */
async function row(page, label) {
  await compare(page).locator('tbody tr').first().waitFor();
  const rows = await compare(page).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => ({
    text: td.textContent.trim(),
    changed: td.classList.contains('changed'),
  }))));
  const found = rows.find((cells) => cells[0].text.startsWith(label));
  assert.ok(found, `no row ${label} in ${JSON.stringify(rows.map((r) => r[0].text))}`);
  return found;
}

/** The scenario names as typed. */
const names = (page) => panel(page).locator('.fc-scenario-list input').evaluateAll((els) => els.map((e) => e.value));

/** The separation status chosen on the 主辅分离 step. */
async function separationStatus(page) {
  await goToStep(page, '主辅分离');
  const group = interview(page).getByRole('group', { name: '主辅分离情况', exact: true });
  return group.locator('input:checked').evaluate((e) => e.closest('label').textContent.trim());
}

test('two scenarios of a sample: edit one, compare, reload, download, share; a version 1 link opens', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await loadSample(page, 'manufacturer');
  // Before any scenario: the button only, no comparison, no switch.
  assert.equal(await editing(page).count(), 0);
  assert.equal(await compare(page).count(), 0);
  const copy = panel(page).getByRole('button', { name: '复制当前答案为新方案' });
  await copy.click();
  await copy.click();
  assert.deepEqual(await names(page), ['现状', '主辅分离后']);
  // Focus went to the new scenario's name, to rename it at once.
  assert.equal(await page.evaluate(() => __fcActive()?.value), '主辅分离后');

  // The interview edits the second scenario: the planned spin-off is done.
  await editing(page).getByLabel('主辅分离后', { exact: true }).check();
  assert.match(await editing(page).textContent(), /问卷中的修改只改变这个方案:主辅分离后/);
  assert.equal(await separationStatus(page), '正在计划');
  await answer(page, '主辅分离情况', '已完成分离,新设了服务企业');

  // The comparison: S1 changes in the second column only, in words and colour.
  await compare(page).locator('td.changed').first().waitFor();
  const s1 = await row(page, '主辅分离新设企业手续支持');
  assert.equal(s1.length, 3);
  assert.deepEqual(s1.map((c) => c.changed), [false, false, true]);
  assert.match(s1[1].text, /^可争取/);
  assert.match(s1[2].text, /^【有变化】符合/);
  const head = await compare(page).locator('thead th').allTextContents();
  assert.deepEqual(head.map((t) => t.trim()), ['项目', '现状', '主辅分离后']);
  // Totals are the first rows; cash did not move here, so they are unmarked.
  const total = await row(page, '现金奖补合计(符合)');
  assert.deepEqual(total.map((c) => c.changed), [false, false, false]);
  assert.match(await panel(page).textContent(), /与第一个方案不同的格子标有“有变化”/);

  // The main answers are as loaded.
  await editing(page).getByLabel('当前答案', { exact: true }).check();
  assert.equal(await separationStatus(page), '正在计划');

  // Renamed, and the name follows into the comparison.
  await panel(page).getByLabel('方案名称 1', { exact: true }).fill('基准');
  await compare(page).locator('thead th', { hasText: '基准' }).waitFor();

  await assertAccessible(page, 'scenarios compared (1280)');
  await panel(page).screenshot({ path: path.join(SHOTS, 'scenarios-1280.png') });

  // A reload keeps the scenarios, their names and their answers.
  await editing(page).getByLabel('主辅分离后', { exact: true }).check();
  await page.reload();
  await panel(page).waitFor();
  assert.deepEqual(await names(page), ['基准', '主辅分离后']);
  assert.equal(await editing(page).getByLabel('主辅分离后', { exact: true }).isChecked(), true);
  assert.equal(await separationStatus(page), '已完成分离,新设了服务企业');
  await compare(page).locator('td.changed').first().waitFor();

  // The summary carries the comparison: Markdown and JSON, read back.
  const download = async (label) => {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.fc-downloads').getByRole('button', { name: label }).click(),
    ]);
    const file = path.join(dir, dl.suggestedFilename());
    await dl.saveAs(file);
    return readFile(file, 'utf8');
  };
  const md = await download('下载文本(Markdown)');
  assert.match(md, /### 方案对比/);
  assert.match(md, /\| 项目 \| 基准 \| 主辅分离后 \|/);
  assert.match(md, /\| 主辅分离新设企业手续支持 \| 可争取 \| 【有变化】符合 \|/);
  const json = JSON.parse(await download('下载数据(JSON)'));
  assert.deepEqual(json.scenarios.map((s) => s.name), ['基准', '主辅分离后']);
  assert.equal(json.scenarios[1].answers.separation.status, 'done');
  assert.equal(json.answers.separation.status, 'planned', 'the summary is of the main answers');
  assert.equal(json.comparison.columns.length, 2);

  // A share link carries the scenarios: a colleague sees them read-only.
  await page.locator('.fc-saveshare').getByRole('button', { name: '复制分享链接' }).click();
  const link = await page.locator('.fc-saveshare').getByLabel('分享链接(只读)').inputValue();
  assert.match(link, /#a2\./);
  const other = await openApp(browser, link);
  const p2 = other.page;
  await p2.locator('.fc-banner-link').waitFor();
  assert.deepEqual(await names(p2), ['基准', '主辅分离后']);
  assert.notEqual(await panel(p2).locator('.fc-scenario-list input').first().getAttribute('readonly'), null);
  assert.equal(await panel(p2).getByRole('button', { name: '复制当前答案为新方案' }).count(), 0);
  const s1Linked = await row(p2, '主辅分离新设企业手续支持');
  assert.deepEqual(s1Linked.map((c) => c.changed), [false, false, true]);
  assert.deepEqual(other.errors, []);
  await other.context.close();

  // 390 px wide: the table scrolls inside its own box, the page does not.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await panel(page).screenshot({ path: path.join(SHOTS, 'scenarios-390.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'scenarios-editing-390.png') });
  await assertAccessible(page, 'scenarios compared (390)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a scenario not on screen that could not be read back holds the file and the link, and says which', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await loadSample(page, 'logistics');
  await panel(page).getByRole('button', { name: '复制当前答案为新方案' }).click();
  // In the scenario: a demonstration recognition whose level is not chosen yet.
  await editing(page).getByLabel('现状', { exact: true }).check();
  await goToStep(page, '认定与荣誉');
  await interview(page).getByRole('button', { name: '添加一项认定' }).click();
  await choose(page, '认定类别', '服务型制造示范企业(平台、项目)');
  // Back to the current answers, which are fine.
  await editing(page).getByLabel('当前答案', { exact: true }).check();
  const saveshare = page.locator('.fc-saveshare');
  const fix = saveshare.locator('p.fc-error[id$="-fix-first"]');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });

  await saveshare.getByRole('button', { name: '导出答案文件(JSON)' }).click();
  await fix.filter({ hasText: '现状' }).waitFor();
  assert.match(await fix.textContent(), /请先修改“现状”中的以下答案.*级别/);
  await saveshare.getByRole('button', { name: '复制分享链接' }).click();
  await fix.filter({ hasText: '现状' }).waitFor();
  assert.equal(await saveshare.getByLabel('分享链接(只读)').count(), 0, 'no link that would not open');
  await assertAccessible(page, 'a scenario to fix before export');

  // Fixed in the scenario, the file is made and reads back with it.
  await editing(page).getByLabel('现状', { exact: true }).check();
  assert.equal(await fix.textContent(), '', 'the words go once answers change');
  await interview(page).getByRole('group', { name: '认定 第 1 项' }).getByLabel('级别').selectOption({ label: '省级' });
  await editing(page).getByLabel('当前答案', { exact: true }).check();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    saveshare.getByRole('button', { name: '导出答案文件(JSON)' }).click(),
  ]);
  const file = JSON.parse(await readFile(await dl.path(), 'utf8'));
  assert.equal(file.scenarios[0].answers.recognitions.at(-1).level, 'provincial');
  assert.equal(downloads, 1, 'nothing was downloaded while it was held back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a version 1 share link, made before scenarios, opens as it did', async () => {
  const lines = (await readFile(path.join(ROOT, 'engine/tests/fixtures/v1/links.txt'), 'utf8')).trim().split('\n');
  const [, url] = lines.find((l) => l.startsWith('logistics ')).split(' ');
  const fragment = url.slice(url.indexOf('#'));
  assert.match(fragment, /^#a1\./);
  const expected = JSON.parse(await readFile(path.join(ROOT, 'examples/answers/logistics.json'), 'utf8'));
  const { context, page, errors } = await openApp(browser, `${server.url}${fragment}`);
  await page.locator('.fc-banner-link').waitFor();
  assert.equal(await interview(page).getByLabel('企业名称', { exact: true }).inputValue(), expected.enterprise_name);
  await result(page).locator('.fc-downloads').waitFor();
  // No scenarios came with it: no switch, no comparison.
  assert.equal(await editing(page).count(), 0);
  assert.equal(await compare(page).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
