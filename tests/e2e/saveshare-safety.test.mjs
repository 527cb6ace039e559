// Answers are never lost (issue 14), in the release build: saved data that
// does not read (damaged, or a newer version's) is set aside and offered for
// download; a sample or a file over typed answers asks first; a save in
// another tab holds this one's autosave; a refused save is said, and
// "saved" never is; a reload shows half-typed text and the unit chosen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assertAccessible, serve, launch, openApp, quiet, SHADOW_HELPERS, SHOTS, anotherTab,
} from './support.mjs';
import {
  answer, answersOf, choose, formValues, interview, next, result, start, stepTitle, tick, type,
} from './interview-helpers.mjs';

const KEY = 'fusion-check:answers';
const BACKUP = `${KEY}:unreadable`;

let server, browser;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const storage = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
const nameField = (page) => interview(page).getByLabel('企业名称', { exact: true });
const note = (page) => page.locator('.fc-saveshare .fc-device-note');
/** The words a user reads when told the answers are saved. */
const SAVED_WORDS = /答案自动保存在本机/;

/** Screenshots the page at 1280 and at 390 wide (phones), then back to 1280. */
async function shots(page, name) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `saveshare-safety-${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function loadSample(page, name) {
  const menu = page.getByLabel(/示例企业/).first();
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: '载入示例' }).first().click();
}

async function importFile(page, name, text) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '选择文件…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Opens the app with `text` saved under the tool's key beforehand. */
async function openWithSaved(text) {
  const opened = await openApp(browser, server.url);
  await opened.page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, text]);
  await opened.page.reload();
  await opened.page.locator('.fc-app h1').waitFor();
  return opened;
}

test('damaged saved data is set aside, told, downloadable, and never cleared', async () => {
  const damaged = '{"format":"fusion-check/autosave","version":1,"draft":{"text":{"name":"甲';
  const { context, page, errors } = await openWithSaved(damaged);
  const banner = page.locator('.fc-banner-unread');
  await banner.waitFor();
  assert.match(await banner.textContent(), /无法读取.*已损坏.*没有删除,已另存为备份/);
  assert.deepEqual(await storage(page), { [BACKUP]: damaged });
  await assertAccessible(page, 'the message about damaged data');
  await shots(page, 'damaged');

  // The backup downloads as it was stored.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: '下载备份文件' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), '自测-本机保存数据备份.json');
  assert.equal(await readFile(await download.path(), 'utf8'), damaged);

  // A reload with a blank form removes nothing; new answers save beside it.
  await page.reload();
  await page.getByRole('button', { name: '开始自测' }).waitFor();
  assert.equal(await page.locator('.fc-banner-unread').count(), 0);
  assert.deepEqual(await storage(page), { [BACKUP]: damaged });
  await start(page);
  await type(page, '企业名称', '新公司');
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('新公司'), KEY);
  assert.equal((await storage(page))[BACKUP], damaged);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data from a newer version is set aside and said to be newer', async () => {
  const records = [
    '{"format":"fusion-check/autosave","version":99,"step":2,"draft":{"future":true}}',
    '{"format":"fusion-check/answers","schema_version":99,"answers":{}}',
  ];
  for (const newer of records) {
    const { context, page, errors } = await openWithSaved(newer);
    const banner = page.locator('.fc-banner-unread');
    await banner.waitFor();
    assert.match(await banner.textContent(), /更新版本的自测工具,此版本无法读取/);
    assert.deepEqual(await storage(page), { [BACKUP]: newer });
    if (newer === records[0]) await shots(page, 'newer');
    await banner.getByRole('button', { name: '关闭提示' }).click();
    assert.equal(await banner.count(), 0);
    assert.deepEqual(await storage(page), { [BACKUP]: newer });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a sample over typed answers asks first; over an untouched sample it does not', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await start(page);
  await type(page, '企业名称', '自己的公司');
  await loadSample(page, 'trader');
  const dialog = page.getByRole('alertdialog', { name: '用示例企业替换当前答案?' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /请取消并先导出答案文件/);
  await assertAccessible(page, 'the replace dialog');
  await shots(page, 'replace-dialog');
  // Cancelled: nothing changed, in the form or in storage; focus back on the menu.
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await nameField(page).inputValue(), '自己的公司');
  assert.match((await storage(page))[KEY], /自己的公司/);
  assert.equal(await page.evaluate(() => __fcActive()?.tagName), 'SELECT');
  // Agreed: the sample replaces them.
  await loadSample(page, 'trader');
  await dialog.getByRole('button', { name: '替换' }).click();
  await result(page).locator('.fc-downloads').waitFor();
  assert.equal(await nameField(page).inputValue(), (await answersOf('trader')).enterprise_name);
  // An untouched sample is replaced by another without a question.
  await loadSample(page, 'logistics');
  await page.waitForFunction(() => !__fcRoot().querySelector('dialog'));
  assert.equal(await nameField(page).inputValue(), (await answersOf('logistics')).enterprise_name);
  assert.equal(await page.getByRole('alertdialog').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file over typed answers asks first', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await start(page);
  await type(page, '企业名称', '自己的公司');
  const file = await readFile(new URL('../../examples/answers/platform.json', import.meta.url), 'utf8');
  await importFile(page, 'platform.json', file);
  const dialog = page.getByRole('alertdialog', { name: '用导入的文件替换当前答案?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await nameField(page).inputValue(), '自己的公司');
  assert.equal(await page.evaluate(() => __fcActive()?.textContent), '选择文件…');
  await importFile(page, 'platform.json', file);
  await dialog.getByRole('button', { name: '替换' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await nameField(page).inputValue(), JSON.parse(file).answers?.enterprise_name ?? JSON.parse(file).enterprise_name);
  assert.match(await page.locator('.fc-live').textContent(), /platform\.json/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: a save in one holds the other, which offers to reload rather than overwrite', async () => {
  const { context, page: one, errors } = await openApp(browser, server.url);
  const two = await anotherTab(context, server.url, errors);

  await start(one);
  await type(one, '企业名称', '一号标签页');
  const banner = two.locator('.fc-banner-elsewhere');
  await banner.waitFor();
  assert.match(await banner.textContent(), /另一个标签页.*本页已暂停自动保存/);
  await assertAccessible(two, 'the message about another tab');
  await shots(two, 'elsewhere');
  // Typing here while held overwrites nothing.
  await start(two);
  await type(two, '企业名称', '二号标签页');
  await quiet(two);
  assert.match((await storage(two))[KEY], /一号标签页/);
  assert.match(await note(two).textContent(), /自动保存已暂停/);
  // Reloading brings in the other tab's answers.
  await banner.getByRole('button', { name: '载入最新保存的答案' }).click();
  await banner.waitFor({ state: 'detached' });
  assert.equal(await nameField(two).inputValue(), '一号标签页');

  // Now tab two saves; tab one is held, and keeps its own answers on request.
  await type(two, '企业名称', '二号改过');
  const held = one.locator('.fc-banner-elsewhere');
  await held.waitFor();
  assert.match((await storage(one))[KEY], /二号改过/);
  await held.getByRole('button', { name: '改为保存本页的答案' }).click();
  await held.waitFor({ state: 'detached' });
  await one.waitForFunction((k) => localStorage.getItem(k)?.includes('一号标签页'), KEY);
  await two.locator('.fc-banner-elsewhere').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a refused save is said, and "saved" is never', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(SHADOW_HELPERS);
  // Storage that is there but full, as in private modes and full disks.
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(server.url);
  await start(page);
  assert.doesNotMatch(await note(page).textContent(), SAVED_WORDS);
  await type(page, '企业名称', '存不下的公司');
  const banner = page.locator('.fc-banner-save-failed');
  await banner.waitFor();
  assert.match(await banner.textContent(), /自动保存失败.*请导出答案文件/);
  assert.match(await note(page).textContent(), /浏览器拒绝保存/);
  assert.doesNotMatch(await note(page).textContent(), SAVED_WORDS);
  await assertAccessible(page, 'the message about a refused save');
  await shots(page, 'save-failed');
  // Closing the message leaves the note saying it; more typing, still not saved.
  await banner.getByRole('button', { name: '关闭提示' }).click();
  await type(page, '企业名称', '还是存不下');
  await next(page);
  assert.match(await note(page).textContent(), /浏览器拒绝保存/);
  assert.deepEqual(await storage(page), {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload shows half-typed text and the unit chosen, as they were', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await start(page);
  await type(page, '企业名称', '半途公司');
  await choose(page, '所在县(市、区)', '秀洲区');
  await choose(page, '行业类别(按主营业务)', '制造业');
  await answer(page, '是否为规模以上企业', '是');
  await tick(page, '装备制造', '总集成总承包');
  await type(page, '评估日期', '2025-06-30');
  await next(page, '认定与荣誉');
  await next(page, '研发与税收');
  // Text that does not read yet, in the unit chosen; and a number half typed.
  await type(page, '年度两业融合研发费用', '1,2,3');
  await interview(page).locator('select[id$="-rd-cost-unit"]').selectOption('yuan');
  await type(page, '现行企业所得税税率(%)', '2.');
  const values = await formValues(page);
  assert.ok(values.includes('rd-cost=1,2,3') && values.includes('rd-cost-unit=yuan'), values.join(' '));

  await page.reload();
  await page.locator('.fc-step h2').waitFor();
  assert.equal(await stepTitle(page), '研发与税收');
  assert.deepEqual(await formValues(page), values);
  assert.match(await note(page).textContent(), SAVED_WORDS);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an autosave from before this version still opens, on its step', async () => {
  const file = await readFile(new URL('../../examples/answers/trader.json', import.meta.url), 'utf8');
  const { context, page, errors } = await openApp(browser, server.url);
  await page.evaluate(([k, t]) => {
    localStorage.setItem(k, t);
    localStorage.setItem(`${k}:step`, '1');
  }, [KEY, file]);
  await page.reload();
  await page.locator('.fc-step h2').waitFor();
  assert.notEqual(await stepTitle(page), '企业基本情况');
  await page.locator('.fc-steps').getByRole('button', { name: '企业基本情况' }).click();
  assert.equal(await nameField(page).inputValue(), (await answersOf('trader')).enterprise_name);
  assert.equal(await page.locator('.fc-banner-unread').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
