// The client list and presentation mode (issue 12) in the release build, as
// a consultant uses them: two enterprises saved from samples, switched
// between with their answers intact, renamed, duplicated, deleted, exported
// in one file, cleared and imported back; a refused file and a full storage
// told in words; then the result put on a projector with the name hidden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertAccessible, serve, launch, openApp, SHOTS, anotherTab } from './support.mjs';
import { formValues, interview, result, settledText } from './interview-helpers.mjs';

let server, browser, dir;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  dir = await mkdtemp(path.join(tmpdir(), 'fc-clients-'));
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const clients = (page) => page.locator('.fc-clients');
const row = (page, name) => clients(page).locator(`li[data-client="${name}"]`);
const names = (page) => clients(page).locator('li[data-client]').evaluateAll((ls) => ls.map((l) => l.dataset.client));
const note = (page) => clients(page).locator('.fc-clients-note');
const panelText = (page) => settledText(page);

async function loadSample(page, name) {
  const menu = page.getByLabel(/示例企业|Sample enterprises/).first();
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: /载入示例|Load sample/ }).first().click();
  await result(page).locator('.fc-downloads').waitFor();
}

async function saveAs(page, name) {
  await clients(page).getByLabel('客户名称').fill(name);
  await clients(page).getByRole('button', { name: '保存为新客户' }).click();
  await row(page, name).waitFor();
  assert.equal(await note(page).textContent(), `已保存客户:${name}`);
}

async function open(page, name) {
  await row(page, name).getByRole('button', { name: '切换到此客户' }).click();
  await row(page, name).locator('.fc-badge').waitFor();
  assert.equal(await note(page).textContent(), `已切换到客户:${name}`);
}

/** Answers the in-page question `title` with the button `yes`. */
async function confirm(page, title, yes) {
  const dialog = page.getByRole('alertdialog', { name: title });
  await dialog.getByRole('button', { name: yes }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function importClients(page, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    clients(page).getByRole('button', { name: '导入客户文件' }).click(),
  ]);
  await chooser.setFiles(file);
}

test('two clients: save, switch, rename, duplicate, delete, export, clear, import back', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await loadSample(page, 'logistics');
  // The interview's menu shows the sample just loaded from the first screen's.
  const chosen = () => page.getByLabel(/示例企业/).first().evaluate((s) => s.selectedOptions[0].dataset.sample);
  assert.equal(await chosen(), 'logistics');
  await saveAs(page, '物流客户');
  const [panelA, formA] = [await panelText(page), await formValues(page)];
  await loadSample(page, 'trader');
  await saveAs(page, '贸易客户');
  const [panelB, formB] = [await panelText(page), await formValues(page)];
  assert.notEqual(panelA, panelB);
  assert.match(await clients(page).locator('.fc-clients-current').textContent(), /当前客户:贸易客户/);

  // Switching brings back each client's panel and every answer as typed.
  await open(page, '物流客户');
  assert.equal(await panelText(page), panelA);
  assert.deepEqual(await formValues(page), formA);
  // An edit to the client on screen goes with it when another is opened.
  await page.locator('.fc-steps').getByRole('button', { name: '企业基本情况' }).click();
  await interview(page).getByLabel('企业名称', { exact: true }).fill('嘉禾物流(改)');
  const editedA = await formValues(page);
  await open(page, '贸易客户');
  assert.equal(await panelText(page), panelB);
  assert.deepEqual(await formValues(page), formB);
  await open(page, '物流客户');
  assert.deepEqual(await formValues(page), editedA);
  await page.screenshot({ path: path.join(SHOTS, 'clients-1280.png'), fullPage: true });

  // Rename: a name in use is refused beside the field, then a free one.
  await row(page, '物流客户').getByRole('button', { name: '重命名' }).click();
  const renameField = row(page, '物流客户').getByLabel('新名称');
  await renameField.fill('贸易客户');
  await row(page, '物流客户').getByRole('button', { name: '保存名称' }).click();
  assert.equal(await note(page).textContent(), '已有同名客户,请换一个名称。');
  assert.equal(await renameField.getAttribute('aria-invalid'), 'true');
  await renameField.fill('  物流客户  甲 ');
  await renameField.press('Enter');
  await row(page, '物流客户 甲').waitFor();
  assert.deepEqual(await names(page), ['物流客户 甲', '贸易客户']);
  assert.match(await clients(page).locator('.fc-clients-current').textContent(), /物流客户 甲/);

  // Duplicate, then delete the copy (asked first; cancel keeps it).
  await row(page, '贸易客户').getByRole('button', { name: '复制' }).click();
  assert.deepEqual(await names(page), ['物流客户 甲', '贸易客户', '贸易客户 (2)']);
  await row(page, '贸易客户 (2)').getByRole('button', { name: '删除' }).click();
  await confirm(page, '删除这位客户?', '取消');
  assert.equal((await names(page)).length, 3);
  await row(page, '贸易客户 (2)').getByRole('button', { name: '删除' }).click();
  await confirm(page, '删除这位客户?', '删除');
  assert.deepEqual(await names(page), ['物流客户 甲', '贸易客户']);
  assert.equal(await note(page).textContent(), '已删除客户:贸易客户 (2)');

  // The list and the client on screen survive a reload.
  await page.reload();
  await result(page).waitFor();
  assert.deepEqual(await names(page), ['物流客户 甲', '贸易客户']);
  assert.deepEqual(await formValues(page), editedA);
  assert.match(await clients(page).locator('.fc-clients-current').textContent(), /物流客户 甲/);

  // Export all: one file, versioned, every client by name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    clients(page).getByRole('button', { name: '导出全部客户' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^两业融合客户列表-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(dir, 'clients.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.format, 'fusion-check/clients');
  assert.equal(exported.version, 1);
  assert.deepEqual(exported.clients.map((c) => c.name), ['物流客户 甲', '贸易客户']);

  // Clear all (asked first): the list goes, the answers on screen stay.
  const panelNow = await panelText(page);
  await clients(page).getByRole('button', { name: '清空客户列表' }).click();
  await confirm(page, '清空客户列表?', '清空');
  assert.deepEqual(await names(page), []);
  assert.equal(await panelText(page), panelNow);
  assert.match(await clients(page).textContent(), /尚未保存任何客户/);

  // Files that are not a client list are refused in words; nothing changes.
  const bad = path.join(dir, 'bad.json');
  for (const text of ['{"format":"fusion-check/answers","schema_version":1,"answers":{}}', '\u0000garbage', '']) {
    await writeFile(bad, text);
    await importClients(page, bad);
    await clients(page).locator('.fc-clients-note.fc-error').waitFor();
    assert.match(await note(page).textContent(), /未导入任何客户,客户列表和屏幕上的答案均未改变/);
    assert.deepEqual(await names(page), []);
  }
  await writeFile(bad, ' '.repeat(4 * 1024 * 1024 + 1));
  await importClients(page, bad);
  await page.waitForFunction(() => /文件过大/.test(__fcRoot().querySelector('.fc-clients-note')?.textContent));

  // Imported back: both clients, the screen untouched; each opens as it was.
  await importClients(page, file);
  await row(page, '贸易客户').waitFor();
  assert.equal(await note(page).textContent(), '已导入客户文件:clients.json');
  assert.deepEqual(await names(page), ['物流客户 甲', '贸易客户']);
  assert.equal(await panelText(page), panelNow);
  // The same file again adds nothing.
  await importClients(page, file);
  assert.deepEqual(await names(page), ['物流客户 甲', '贸易客户']);
  await open(page, '贸易客户');
  assert.equal(await panelText(page), panelB);
  assert.deepEqual(await formValues(page), formB);
  await assertAccessible(page, 'client list');

  // Storage full: the list keeps working in the page and says so.
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k.endsWith(':clients')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await row(page, '贸易客户').getByRole('button', { name: '复制' }).click();
  await clients(page).locator('.fc-clients-store').waitFor();
  assert.match(await clients(page).locator('.fc-clients-store').textContent(), /本机存储已满或被拒绝.*请导出全部客户/);
  assert.deepEqual(await names(page), ['物流客户 甲', '贸易客户', '贸易客户 (2)']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: a client saved in one is in the other, whose own save keeps it', async () => {
  const { context, page: one, errors } = await openApp(browser, server.url);
  const two = await anotherTab(context, server.url, errors);

  await loadSample(one, 'logistics');
  await saveAs(one, '物流客户');
  // Tab two, still on its first screen, shows the list tab one saved.
  await row(two, '物流客户').waitFor();
  assert.match(await note(two).textContent(), /另一个标签页中修改/);
  // Its own save adds to that list instead of writing over it.
  await loadSample(two, 'trader');
  await saveAs(two, '贸易客户');
  await row(one, '贸易客户').waitFor();
  assert.deepEqual(await names(one), ['物流客户', '贸易客户']);
  // A delete in tab one is in tab two's list too, and in what a new tab reads.
  await row(one, '物流客户').getByRole('button', { name: '删除' }).click();
  await confirm(one, '删除这位客户?', '删除');
  await row(two, '物流客户').waitFor({ state: 'detached' });
  assert.deepEqual(await names(two), ['贸易客户']);
  const three = await anotherTab(context, server.url, errors);
  await row(three, '贸易客户').waitFor();
  assert.deepEqual(await names(three), ['贸易客户']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the client list at 390 px fits and reads', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 390, height: 844 });
  await loadSample(page, 'platform');
  await saveAs(page, '跨境平台客户');
  await loadSample(page, 'manufacturer');
  await saveAs(page, '一家名字相当长的示例制造业企业有限公司');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(wide, false, 'no sideways scroll');
  await clients(page).screenshot({ path: path.join(SHOTS, 'clients-390.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('presentation mode: larger type, amounts in 万元, name hidden, remembered, and off again', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await loadSample(page, 'logistics');
  // A client's own name (a sample's is also in the samples menu).
  await page.locator('.fc-steps').getByRole('button', { name: '企业基本情况' }).click();
  await interview(page).getByLabel('企业名称', { exact: true }).fill('甲乙丙真实客户有限公司');
  await saveAs(page, '嘉禾物流');
  const app = page.locator('.fc-app');
  const fontSize = () => app.evaluate((e) => getComputedStyle(e).fontSize);
  const nameField = interview(page).getByLabel('企业名称', { exact: true });
  const masked = () => nameField.evaluate((e) => getComputedStyle(e).webkitTextSecurity);
  assert.equal(await fontSize(), '16px');
  const companyName = await nameField.inputValue();
  assert.equal(companyName, '甲乙丙真实客户有限公司');

  // Keyboard only: the switch is a toggle button.
  const present = page.getByRole('button', { name: '演示模式' });
  await present.focus();
  await page.keyboard.press('Enter');
  assert.equal(await present.getAttribute('aria-pressed'), 'true');
  assert.equal(await fontSize(), '21px');
  // The panel written again for the room.
  await page.locator('.fc-result[data-plan="ready"]').waitFor();
  const amounts = await result(page).locator('.fc-amount').allTextContents();
  assert.ok(amounts.length > 3);
  for (const a of amounts) assert.match(a, /^[\d,.]+ 万元$/, a);
  // 差多少达标 too: 万元, not yuan to the fen.
  const targets = await result(page).locator('.fc-target').allTextContents();
  assert.ok(targets.length > 0);
  for (const t of targets) assert.doesNotMatch(t, /\d 元/, t);
  const hide = page.getByRole('button', { name: '隐藏企业名称' });
  await hide.focus();
  await page.keyboard.press('Space');
  assert.equal(await hide.getAttribute('aria-pressed'), 'true');
  assert.equal(await masked(), 'disc');
  assert.equal(await clients(page).count(), 0, 'the client list (names) is hidden');
  assert.equal(await page.getByText(companyName).count(), 0);
  assert.equal(await page.getByText('嘉禾物流').count(), 0);
  // The name is masked, not lost.
  assert.equal(await nameField.inputValue(), companyName);
  await page.screenshot({ path: path.join(SHOTS, 'presentation-1280.png'), fullPage: true });
  await assertAccessible(page, 'presentation mode');

  // Remembered across a reload.
  await page.reload();
  await result(page).waitFor();
  assert.equal(await fontSize(), '21px');
  assert.equal(await masked(), 'disc');

  // Off again: the normal view, names and list back, amounts in their own unit.
  await page.getByRole('button', { name: '演示模式' }).click();
  assert.equal(await fontSize(), '16px');
  assert.equal(await page.getByRole('button', { name: '隐藏企业名称' }).count(), 0);
  assert.equal(await masked(), 'none');
  await row(page, '嘉禾物流').waitFor();
  await assertAccessible(page, 'normal view after presentation');
  await page.reload();
  await result(page).waitFor();
  assert.equal(await fontSize(), '16px');
  assert.deepEqual(errors, []);
  await context.close();
});
