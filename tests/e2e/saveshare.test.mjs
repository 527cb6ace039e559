// Save, resume and share (issue 6) in the release build, used as people
// do: half an interview typed in and the page reloaded; the saved answers
// cleared; answers exported, cleared and imported back; a share link opened
// by a colleague in a fresh browser; broken links and files of every kind;
// and, over a whole session, not one request beyond the page's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  assertAccessible, serve, launch, openApp, quiet, ROOT, SHADOW_HELPERS, SHOTS,
} from './support.mjs';
import {
  answer, answersOf, choose, formValues, interview, next, result, settledText, start, stepTitle, tick, type, typeKeys, wan,
} from './interview-helpers.mjs';

let server, browser, dir;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fc-saveshare-'));
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const saveShare = (page) => page.locator('.fc-saveshare');
const storage = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

/** The result panel's text: what the user reads (downloads and 差多少达标 included). */
const panelText = (page) => settledText(page);

async function loadSample(page, name) {
  const menu = page.getByLabel(/示例企业|Sample enterprises/).first();
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: /载入示例|Load sample/ }).first().click();
  await result(page).locator('.fc-downloads').waitFor();
}

/** Imports `file` (a path, or { name, mimeType, buffer }) through the picker. */
async function importFile(page, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    saveShare(page).getByRole('button', { name: '选择文件…' }).click(),
  ]);
  await chooser.setFiles(file);
}

/** Drops a file on the import zone, as dragging it from the desktop does. */
async function dropFile(page, name, text) {
  const transfer = await page.evaluateHandle(([name, text]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, [name, text]);
  await saveShare(page).locator('.fc-import').dispatchEvent('dragover', { dataTransfer: transfer });
  await saveShare(page).locator('.fc-import').dispatchEvent('drop', { dataTransfer: transfer });
}

/** Agrees to the question asked before entered answers are replaced. */
async function replaceAnswers(page, title) {
  const dialog = page.getByRole('alertdialog', { name: title });
  await dialog.getByRole('button', { name: '替换' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const importMessage = (page) => saveShare(page).locator('[id$="-import-err"]');

async function clearSaved(page) {
  await saveShare(page).getByRole('button', { name: '清除本机保存的答案' }).click();
  const dialog = page.getByRole('alertdialog', { name: '清除本机保存的答案?' });
  await dialog.waitFor();
  // The safe choice has focus: Enter never destroys.
  assert.equal(await page.evaluate(() => __fcActive()?.textContent), '取消');
  await dialog.getByRole('button', { name: '清除' }).click();
  await dialog.waitFor({ state: 'detached' });
}

test('half an interview survives a reload: values and step', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const a = await answersOf('manufacturer');
  await start(page);
  await type(page, '企业名称', a.enterprise_name);
  await choose(page, '所在县(市、区)', '秀洲区');
  await choose(page, '行业类别(按主营业务)', '制造业');
  await answer(page, '是否为规模以上企业', '是');
  await tick(page, '装备制造', '总集成总承包');
  await typeKeys(page, '评估日期', a.assessment_date);
  await next(page, '认定与荣誉');
  await next(page, '研发与税收');
  await type(page, '年度两业融合研发费用', wan(a.tax.rd_cost_yuan));
  await type(page, '现行企业所得税税率(%)', a.tax.income_tax_rate_percent);
  assert.match(await saveShare(page).locator('.fc-device-note').textContent(), /不会上传/);
  const values = await formValues(page);
  const panel = await panelText(page);

  await page.reload();
  await page.locator('.fc-step h2').waitFor();
  assert.equal(await stepTitle(page), '研发与税收');
  assert.deepEqual(await formValues(page), values);
  assert.equal(await panelText(page), panel);
  await page.locator('.fc-steps').getByRole('button', { name: '企业基本情况' }).click();
  assert.equal(await interview(page).getByLabel('企业名称', { exact: true }).inputValue(), a.enterprise_name);
  assert.equal(await interview(page).getByLabel('装备制造', { exact: true }).isChecked(), true);

  // Cleared, then reloaded: nothing is there, in the page or in storage.
  await clearSaved(page);
  assert.equal(await interview(page).getByLabel('企业名称', { exact: true }).inputValue(), '');
  assert.deepEqual(await storage(page), {});
  await page.reload();
  await page.getByRole('button', { name: '开始自测' }).waitFor();
  assert.deepEqual(await storage(page), {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('export, clear, import: the same result panel', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await loadSample(page, 'manufacturer');
  // One answer typed by hand on top of the sample.
  await interview(page).getByLabel('企业名称', { exact: true }).fill('嘉兴手填装备有限公司');
  const panel = await panelText(page);
  const values = await formValues(page);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    saveShare(page).getByRole('button', { name: '导出答案文件(JSON)' }).click(),
  ]);
  assert.equal(dl.suggestedFilename(), '两业融合自测-嘉兴手填装备有限公司-2026-11-28-答案.json');
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.format, 'fusion-check/answers');
  assert.equal(saved.schema_version, 2);

  await clearSaved(page);
  assert.notEqual(await panelText(page), panel);
  await importFile(page, file);
  await page.waitForFunction(() => __fcRoot().querySelector('input[id$="-name"]')?.value === '嘉兴手填装备有限公司');
  assert.equal(await panelText(page), panel);
  assert.deepEqual(await formValues(page), values);
  assert.equal(await importMessage(page).textContent(), '');
  assert.match(await page.locator('.fc-live').textContent(), /已导入/);
  // And it is saved again: a reload shows it.
  await page.reload();
  await result(page).locator('.fc-downloads').waitFor();
  assert.equal(await panelText(page), panel);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link opens the same result in a fresh browser, read-only until edited', async () => {
  const { context, page } = await openApp(browser, server.url);
  await loadSample(page, 'platform');
  const panel = await panelText(page);
  await saveShare(page).getByRole('button', { name: '复制分享链接' }).click();
  const field = saveShare(page).getByLabel('分享链接(只读)');
  await field.waitFor();
  const link = await field.inputValue();
  assert.ok(link.startsWith(`${server.url}#a2.`), link);
  assert.notEqual(await field.getAttribute('readonly'), null);
  assert.match(await saveShare(page).locator('.fc-warn').textContent(), /任何拿到链接的人都能看到/);
  assert.ok(link.length < 2000, `short enough for a chat: ${link.length}`);
  await context.close();

  // A colleague opens it in a browser that has never seen the tool.
  const other = await openApp(browser, link);
  const p2 = other.page;
  await p2.locator('.fc-banner-link').waitFor();
  assert.equal(await panelText(p2), panel);
  assert.equal(p2.url(), server.url, 'the answers are out of the address bar');
  assert.notEqual(await p2.locator('fieldset.fc-questions').getAttribute('disabled'), null);
  assert.equal(await interview(p2).getByLabel('企业名称', { exact: true }).isDisabled(), true);
  // Nothing of the link is saved while it is only looked at.
  assert.deepEqual(await storage(p2), {});
  // A reload does not bring it back: the address no longer carries it.
  await p2.reload();
  await p2.getByRole('button', { name: '开始自测' }).waitFor();
  assert.equal(await p2.locator('.fc-banner-link').count(), 0);

  await p2.goto(link);
  await p2.locator('.fc-banner-link').waitFor();
  await p2.getByRole('button', { name: '编辑这些答案' }).click();
  assert.equal(await p2.locator('.fc-banner-link').count(), 0);
  const name = interview(p2).getByLabel('企业名称', { exact: true });
  assert.equal(await name.isDisabled(), false);
  await name.fill('同事改过的名称');
  assert.match(JSON.stringify(await storage(p2)), /同事改过的名称/);
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test('a link never replaces saved answers without asking', async () => {
  const { context, page } = await openApp(browser, server.url);
  await loadSample(page, 'trader');
  await saveShare(page).getByRole('button', { name: '复制分享链接' }).click();
  const traderLink = await saveShare(page).getByLabel('分享链接(只读)').inputValue();
  await loadSample(page, 'logistics');
  const saved = await storage(page);
  const logisticsPanel = await panelText(page);

  // Pasted into this same tab: only the fragment changes, no reload; the
  // banner comes into view with focus.
  await page.goto(traderLink);
  await page.locator('.fc-banner-link').waitFor();
  await page.waitForFunction(() => __fcActive()?.classList.contains('fc-banner-link'));
  assert.match(await page.locator('.fc-banner-link').textContent(), /本机另有保存的答案/);
  assert.deepEqual(await storage(page), saved, 'both kept until the user decides');
  await page.getByRole('button', { name: '编辑这些答案' }).click();
  const dialog = page.getByRole('alertdialog', { name: '用链接中的答案替换本机保存的答案?' });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.notEqual(await page.locator('fieldset.fc-questions').getAttribute('disabled'), null);
  assert.deepEqual(await storage(page), saved);
  // Back to the saved answers: the logistics result again.
  await page.getByRole('button', { name: '回到本机保存的答案' }).click();
  assert.equal(await panelText(page), logisticsPanel);

  // Opened again and replaced this time.
  await page.goto(traderLink);
  await page.getByRole('button', { name: '编辑这些答案' }).click();
  await dialog.getByRole('button', { name: '替换' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.match(JSON.stringify(await storage(page)), /嘉兴示例商贸有限公司/);
  await context.close();
});

test('a broken link and broken files each say why and change nothing', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await loadSample(page, 'haining');
  await interview(page).getByLabel('企业名称', { exact: true }).fill('海宁手填公司');
  await saveShare(page).getByRole('button', { name: '复制分享链接' }).click();
  const link = await saveShare(page).getByLabel('分享链接(只读)').inputValue();
  const saved = await storage(page);
  const panel = await panelText(page);
  const values = await formValues(page);
  const unchanged = async (what) => {
    assert.deepEqual(await formValues(page), values, `${what}: form`);
    assert.equal(await panelText(page), panel, `${what}: result`);
    assert.deepEqual(await storage(page), saved, `${what}: storage`);
  };

  // A link cut short in a chat, and one edited by hand.
  for (const broken of [link.slice(0, -8), link.replace(/#a2\.(.{10})/, '#a2.$1xyz')]) {
    await page.goto(broken);
    const banner = page.locator('.fc-banner-error');
    await banner.waitFor();
    assert.match(await banner.textContent(), /分享链接不完整或被改动过.*已填写的答案没有任何改变/s);
    assert.equal(await page.locator('.fc-banner-link').count(), 0);
    assert.equal(page.url(), server.url);
    await unchanged('broken link');
  }
  await page.getByRole('button', { name: '关闭提示' }).click();
  assert.equal(await page.locator('.fc-banner-error').count(), 0);

  const garbage = path.join(dir, 'garbage.json');
  await writeFile(garbage, Buffer.alloc(10 << 20, 'x'));
  const files = [
    ['a PDF renamed .json', { name: 'report.json', mimeType: 'application/json', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj') }, /这不是 JSON 文件/],
    ['wrong types', { name: 'types.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"fusion-check/answers","schema_version":1,"answers":{"revenue_yuan":{"2024":true}}}') }, /字段 “revenue_yuan/],
    ['a negative revenue', { name: 'negative.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"fusion-check/answers","schema_version":1,"answers":{"location":"haining","revenue_yuan":{"2024":"-5000000"}}}') }, /不合理的数值/],
    ['a newer version', { name: 'v9.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"fusion-check/answers","schema_version":9,"answers":{}}') }, /较新版本/],
    ['10 MB of garbage', garbage, /内容过大/],
  ];
  for (const [what, file, message] of files) {
    await importFile(page, file);
    await page.waitForFunction((re) => new RegExp(re).test(__fcRoot().querySelector('[id$="-import-err"]')?.textContent ?? ''), message.source);
    const text = await importMessage(page).textContent();
    assert.match(text, message, what);
    assert.match(text, /已填写的答案没有任何改变/, what);
    await unchanged(what);
  }
  // Dropped rather than chosen: the same.
  await dropFile(page, 'dropped.txt', 'just some notes, not JSON');
  await page.waitForFunction(() => /这不是 JSON/.test(__fcRoot().querySelector('[id$="-import-err"]')?.textContent ?? ''));
  await unchanged('dropped text');
  // A good drop replaces the answers, once the user agrees (they were edited).
  await dropFile(page, 'trader.json', await readFile(path.join(ROOT, 'examples/answers/trader.json'), 'utf8'));
  await replaceAnswers(page, '用导入的文件替换当前答案?');
  await page.waitForFunction(() => __fcRoot().querySelector('input[id$="-name"]')?.value === '嘉兴示例商贸有限公司(虚构)');
  assert.equal(await importMessage(page).textContent(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a whole session asks nothing of any other origin, and after load only the on-demand module, once', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  await context.addInitScript(SHADOW_HELPERS);
  // No print dialog in a headless browser: count the calls instead.
  await context.addInitScript(() => { window.print = () => { window.top.__printed = (window.top.__printed ?? 0) + 1; }; });
  const page = await context.newPage();
  const requests = [];
  let phase = 'load';
  const record = (r) => requests.push({ url: r.url(), phase });
  context.on('request', record);
  page.on('websocket', (ws) => requests.push({ url: ws.url(), phase }));
  await page.goto(server.url, { waitUntil: 'networkidle' });
  await page.locator('.fc-app h1').waitFor();
  phase = 'session';

  // Everything a user can do: sample, typing, steps, language, downloads,
  // print, export, import, share, clear, a share link in a new tab.
  await loadSample(page, 'manufacturer');
  await interview(page).getByLabel('企业名称', { exact: true }).fill('会话测试有限公司');
  await page.locator('.fc-steps').getByRole('button', { name: '营业收入' }).click();
  await page.getByRole('button', { name: '切换语言' }).click();
  await page.getByRole('button', { name: 'Switch language' }).click();
  for (const label of ['下载报告(HTML)', '下载文本(Markdown)', '下载数据(JSON)']) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
    await dl.path();
  }
  await page.getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.waitForFunction(() => window.__printed > 0);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出答案文件(JSON)' }).click()]);
  const exported = await dl.path();
  await importFile(page, exported);
  await replaceAnswers(page, '用导入的文件替换当前答案?');
  await saveShare(page).getByRole('button', { name: '复制分享链接' }).click();
  const link = await saveShare(page).getByLabel('分享链接(只读)').inputValue();
  await clearSaved(page);
  // Idle, then the stated quiet window: a late request would show here.
  await quiet(page);
  // Opened afresh, as from a chat: the page's own files load again.
  phase = 'reloaded';
  await page.goto('about:blank');
  await page.goto(link, { waitUntil: 'networkidle' });
  await page.locator('.fc-banner-link').waitFor();
  phase = 'edited';
  await page.getByRole('button', { name: '编辑这些答案' }).click();
  await page.locator('.fc-banner-link').waitFor({ state: 'detached' });
  await quiet(page);

  // The bookkeeping works: the page's own files were seen loading.
  assert.ok(requests.filter((r) => r.phase === 'load').length >= 3, JSON.stringify(requests));
  const outside = requests.filter((r) => !r.url.startsWith(server.origin) && !/^(blob|data|about):/.test(r.url));
  assert.deepEqual(outside, [], 'no request leaves the origin');
  // Once the app is up, only the on-demand module (src/docs/) is
  // fetched, each of its files once, at its first use.
  const afterLoad = requests.filter((r) => r.phase === 'session' && !/^(blob|data|about):/.test(r.url));
  const names = afterLoad.map((r) => new URL(r.url).pathname.split('/').pop());
  assert.ok(names.length > 0 && names.every((n) => n.startsWith('fusion-docs-')), JSON.stringify(afterLoad));
  assert.equal(new Set(names).size, names.length, `each module file once: ${names}`);
  // The link's page, up and idle: its edit asks for nothing more.
  const afterEdit = requests.filter((r) => r.phase === 'edited' && !/^(blob|data|about):/.test(r.url));
  assert.deepEqual(afterEdit, [], 'no request after the link page is up');
  // The share link reload fetched the page's own files and nothing else,
  // and the answers (after #) never reached the server.
  // (The payload itself is looked for: a file's hash may hold "a2.".)
  const payload = link.slice(link.indexOf('#') + 1);
  assert.ok(payload.length > 20, link);
  const reload = requests.filter((r) => r.phase === 'reloaded');
  assert.ok(reload.every((r) => r.url.startsWith(server.origin) && !r.url.includes('#') && !r.url.includes(payload.slice(0, 20))
    && !r.url.includes(payload.slice(-20))), JSON.stringify(reload));
  await context.close();
});

/** Fails if the page scrolls sideways or a control sticks out of the screen. */
async function assertFits(page, where) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of __fcRoot().querySelectorAll('.fc-app input:not([type=file]), .fc-app button, .fc-app dialog, .fc-app .fc-banner, .fc-app .fc-import')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) out.push(`${el.tagName}.${el.className} ${r.left}-${r.right}`);
    }
    return out;
  });
  assert.deepEqual(overflow, [], `${where}: wider than the screen`);
}

test('the save, share and download areas fit from 360 px to a projector; screenshots', async () => {
  await mkdir(SHOTS, { recursive: true });
  for (const width of [360, 390, 1280, 1920]) {
    const { context, page, errors } = await openApp(browser, server.url, { width, height: 900 });
    const shot = (name, target = page) => ([390, 1280].includes(width)
      ? target.screenshot({ path: path.join(SHOTS, `saveshare-${name}-${width}.png`) })
      : null);
    await assertFits(page, `welcome at ${width}`);
    await loadSample(page, 'logistics');
    await saveShare(page).getByRole('button', { name: '复制分享链接' }).click();
    const link = await saveShare(page).getByLabel('分享链接(只读)').inputValue();
    await importFile(page, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"revenue_yuan":{"2024":"-5"}}') });
    await importMessage(page).filter({ hasText: '不合理' }).waitFor();
    await assertFits(page, `save and share at ${width}`);
    await shot('downloads', page.locator('.fc-downloads'));
    await shot('panel', saveShare(page));
    await saveShare(page).getByRole('button', { name: '清除本机保存的答案' }).click();
    await page.getByRole('alertdialog').waitFor();
    await assertFits(page, `dialog at ${width}`);
    await shot('dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '切换语言' }).click();
    await assertFits(page, `English at ${width}`);
    await shot('panel-en', saveShare(page));
    await page.getByRole('button', { name: 'Switch language' }).click();

    // A colleague's fresh browser: the read-only banner, then a broken link.
    const other = await openApp(browser, link, { width, height: 900 });
    await other.page.locator('.fc-banner-link').waitFor();
    await assertFits(other.page, `read-only at ${width}`);
    await shot('readonly', other.page);
    await other.page.goto(`${link.slice(0, -12)}`);
    await other.page.locator('.fc-banner-error').waitFor();
    await assertFits(other.page, `broken link at ${width}`);
    await shot('broken-link', other.page);
    assert.deepEqual([...errors, ...other.errors], []);
    await other.context.close();
    await context.close();
  }
});

test('the new controls pass axe and work by keyboard alone', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await loadSample(page, 'trader');
  await saveShare(page).getByRole('button', { name: '复制分享链接' }).click();
  const link = await saveShare(page).getByLabel('分享链接(只读)').inputValue();
  await importFile(page, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await importMessage(page).filter({ hasText: 'JSON' }).waitFor();
  await assertAccessible(page, 'save and share with a link and an import message');

  // The clear button by keyboard: focus lands on 取消, Tab reaches 清除 and
  // stays inside the dialog, Escape closes it and focus comes back.
  await saveShare(page).getByRole('button', { name: '清除本机保存的答案' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor();
  await assertAccessible(page, 'the clear dialog');
  assert.equal(await page.evaluate(() => __fcActive()?.textContent), '取消');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => __fcActive()?.textContent), '清除');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => __fcActive()?.textContent), '取消', 'Tab wraps inside the dialog');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => __fcActive()?.textContent), '清除', 'and back');
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => __fcActive()?.textContent), '清除本机保存的答案');
  assert.match(await interview(page).getByLabel('企业名称', { exact: true }).inputValue(), /商贸/);

  // The read-only view and a broken link.
  await page.goto(`${link.replace('商贸', '')}`.replace(/#a2\./, '#a2.x'));
  await page.locator('.fc-banner-error').waitFor();
  await assertAccessible(page, 'a broken link');
  const other = await openApp(browser, link);
  await other.page.locator('.fc-banner-link').waitFor();
  await assertAccessible(other.page, 'read-only answers from a link');
  // Edit by keyboard: the banner's button is the first thing after the header.
  await other.page.getByRole('button', { name: '编辑这些答案' }).focus();
  await other.page.keyboard.press('Enter');
  assert.equal(await other.page.locator('.fc-banner-link').count(), 0);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});
