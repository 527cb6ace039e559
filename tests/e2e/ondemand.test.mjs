// The on-demand module (src/docs/: summaries, print, share links) in the
// release build: never part of the first load; fetched once, at its first
// use; then every feature it serves keeps working with the network cut;
// before its first use, offline, the user is told why nothing happened and
// a later try (online again) works. Also under the script embed, where the
// module's address resolves against the tool's files, not the host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serve, launch, ROOT, DIST, SHADOW_HELPERS } from './support.mjs';
import { result } from './interview-helpers.mjs';

const TOOL = '/zhengce/liangye/';
let server, embedServer, browser;
before(async () => {
  server = await serve();
  embedServer = await serve({ mounts: { [TOOL]: DIST, '/host/': path.join(ROOT, 'examples/embed') } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await embedServer?.close();
});

/** The page of a locator, or the page itself. */
const pageOf = (scope) => (typeof scope.page === 'function' ? scope.page() : scope);

const isModule = (url) => /\/fusion-docs-[^/]*$/.test(new URL(url).pathname);

async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  await context.addInitScript(SHADOW_HELPERS);
  // No print dialog in a headless browser: count the calls instead.
  await context.addInitScript(() => { window.print = () => { window.top.__printed = (window.top.__printed ?? 0) + 1; }; });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  await page.locator('.fc-app h1').waitFor();
  return { context, page, requests, errors };
}

/** Cuts the network: the browser is offline and every request fails. */
async function goOffline(context) {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

async function goOnline(context) {
  await context.unroute('**/*');
  await context.setOffline(false);
}

/** Loads a sample; `replacing`: over typed answers, agreeing to the question asked first. */
async function loadSample(scope, name, { replacing = false } = {}) {
  const menu = scope.locator('select').filter({ has: pageOf(scope).locator(`option[data-sample="${name}"]`) }).first();
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await scope.locator('.fc-samples button').first().click();
  if (replacing) await scope.getByRole('alertdialog').getByRole('button', { name: '替换' }).click();
  await scope.locator('.fc-result .fc-downloads').waitFor();
}

async function download(scope, label) {
  const [dl] = await Promise.all([pageOf(scope).waitForEvent('download'), scope.getByRole('button', { name: label }).click()]);
  return readFile(await dl.path(), 'utf8');
}

/** Drops the answers file `text` on the import zone. */
async function dropFile(scope, name, text) {
  const zone = scope.locator('.fc-import');
  const transfer = await pageOf(scope).evaluateHandle(([name, text]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, [name, text]);
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

test('the first load never fetches the module; after its first use everything it serves works offline', async () => {
  const { context, page, requests, errors } = await open(server.url);
  assert.deepEqual(requests.filter(isModule), [], 'not part of the first screen (nor the first question: below)');
  await loadSample(page, 'logistics');
  // First use: the result itself, which the module assesses and writes
  // (差多少达标 with it); fetched once, its three files.
  await result(page).locator('.fc-target').first().waitFor();
  assert.equal(await result(page).getAttribute('data-plan'), 'ready');
  const html = await download(page, '下载报告(HTML)');
  assert.match(html, /<html/);
  const fetched = requests.filter(isModule).map((u) => new URL(u).pathname.split('/').pop());
  assert.equal(fetched.length, 3, `${fetched}`);
  assert.ok(fetched.includes('fusion-docs-loader.js'), `${fetched}`);

  await goOffline(context);
  const before = requests.length;
  // Every format, print, share (link built, copied, shown), export and
  // import, and a share link opened in this tab: all with no network.
  const md = await download(page, '下载文本(Markdown)');
  assert.match(md, /^# /m);
  const json = JSON.parse(await download(page, '下载数据(JSON)'));
  assert.equal(json.format, 'fusion-check/summary');
  await page.getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.waitForFunction(() => window.__printed > 0);
  const saveShare = page.locator('.fc-saveshare');
  await saveShare.getByRole('button', { name: '复制分享链接' }).click();
  const field = saveShare.getByLabel('分享链接(只读)');
  await field.waitFor();
  const link = await field.inputValue();
  assert.match(link, /#a2\./);
  const exported = await download(saveShare, '导出答案文件(JSON)');
  await page.locator('.fc-interview').getByLabel('企业名称', { exact: true }).fill('离线改过');
  await dropFile(saveShare, 'answers.json', exported);
  // Over answers typed since, the tool asks first (issue 14).
  await page.getByRole('alertdialog', { name: '用导入的文件替换当前答案?' }).getByRole('button', { name: '替换' }).click();
  await page.locator('.fc-live', { hasText: 'answers.json' }).waitFor({ state: 'attached' });
  assert.notEqual(await page.locator('.fc-interview').getByLabel('企业名称', { exact: true }).inputValue(), '离线改过');
  await page.evaluate((hash) => { location.hash = hash; }, link.slice(link.indexOf('#')));
  await page.locator('.fc-banner-link').waitFor();
  assert.equal(await page.locator('[data-module-status="unavailable"]').count(), 0);
  assert.deepEqual(requests.slice(before).filter((u) => !/^(blob|data|about):/.test(u)).filter((u) => !isModule(u)), [],
    'nothing but blocked module requests (there should be none)');
  assert.deepEqual(requests.slice(before).filter(isModule), [], 'the module is not fetched again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing answers loads the module in the background: downloads then work offline without an earlier use', async () => {
  const { context, page, requests } = await open(server.url);
  await page.getByRole('button', { name: '开始自测' }).click();
  assert.deepEqual(requests.filter(isModule), [], 'not fetched for the first question');
  const finished = [];
  context.on('requestfinished', (r) => { if (isModule(r.url())) finished.push(r.url()); });
  await page.locator('.fc-interview').getByLabel('企业名称', { exact: true }).fill('预取测试有限公司');
  // Its three files fully arrived (the worker may still be compiling: the
  // request below waits for it, with the network already gone).
  for (let i = 0; i < 200 && finished.length < 3; i++) await page.waitForTimeout(50);
  assert.equal(finished.length, 3, 'fetched once the user answers');
  assert.equal(requests.filter(isModule).length, 3);
  await goOffline(context);
  // Offline now: a full profile (the samples are in the app), then its summary.
  await loadSample(page, 'platform', { replacing: true });
  const md = await download(page, '下载文本(Markdown)');
  assert.match(md, /^# /m);
  assert.equal(requests.filter(isModule).length, 3, 'and not again');
  await context.close();
});

test('offline before its first use: a clear message, nothing lost, and a later try online works', async () => {
  const { context, page } = await open(server.url);
  await goOffline(context);
  // The sample's answers load (they are in the app); assessing them is the
  // module's work: the panel says it could not be done, with a retry.
  await loadSample(page, 'trader');
  await page.locator('.fc-result[data-plan="failed"]').waitFor();
  const failed = result(page).locator('.fc-plan-failed');
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.match(await failed.innerText(), /未能测算.*没有加载.*回答仍在本机/s);
  assert.equal(await result(page).locator('.fc-totals, .fc-outcome, .fc-target').count(), 0, 'no stale or made-up figures');
  const name = page.locator('.fc-interview').getByLabel('企业名称', { exact: true });
  const typed = await name.inputValue();
  assert.match(typed, /虚构/);
  await page.getByRole('button', { name: '下载报告(HTML)' }).click();
  const notice = page.locator('[data-module-status="unavailable"]');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.innerText(), /未能加载.*首次使用时/s);
  assert.equal(await name.inputValue(), typed);
  // Share says the same and builds no link.
  await page.locator('.fc-saveshare').getByRole('button', { name: '复制分享链接' }).click();
  await notice.waitFor();
  assert.equal(await page.locator('.fc-saveshare').getByLabel('分享链接(只读)').count(), 0);

  await goOnline(context);
  const html = await download(page, '下载报告(HTML)');
  assert.match(html, /<html/);
  await page.locator('[data-module-status]').waitFor({ state: 'detached' });
  // Online again, the retry brings the result and its targets.
  await result(page).getByRole('button', { name: '重试' }).click();
  await result(page).locator('.fc-target[data-rule="F4"]').first().waitFor();
  assert.equal(await result(page).locator('[data-total="qualifies"] .fc-amount').count(), 1);
  assert.equal(await result(page).locator('.fc-plan-failed').count(), 0);
  await context.close();
});

test('a module that never arrives (a stalled line) is given up after 30 s with the same message; a later try works', async () => {
  const { context, page } = await open(server.url);
  // The module's wasm never answers; nothing reports an error. (Set before
  // the sample: assessing it is the module's first use.)
  const stalled = [];
  await context.route(/fusion-docs-[0-9a-f]+_bg\.wasm/, (route) => { stalled.push(route); });
  await loadSample(page, 'haining');
  assert.equal(await result(page).getAttribute('data-plan'), 'computing');
  assert.match(await result(page).locator('.fc-plan-status').innerText(), /正在测算/);
  await page.getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.locator('[data-module-status="loading"]').waitFor();
  await page.locator('[data-module-status="unavailable"]').waitFor({ timeout: 45000 });
  assert.ok(stalled.length >= 1);
  await context.unroute(/fusion-docs-[0-9a-f]+_bg\.wasm/);
  for (const route of stalled) await route.abort().catch(() => {});
  await page.getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.waitForFunction(() => window.__printed > 0);
  await page.locator('[data-module-status]').waitFor({ state: 'detached' });
  await context.close();
});

test('a share link opened offline before the module was ever fetched says so and keeps the page usable', async () => {
  // Build a link online first, in another browser context.
  const first = await open(server.url);
  await loadSample(first.page, 'manufacturer');
  await first.page.locator('.fc-saveshare').getByRole('button', { name: '复制分享链接' }).click();
  const field = first.page.locator('.fc-saveshare').getByLabel('分享链接(只读)');
  await field.waitFor();
  const link = await field.inputValue();
  await first.context.close();

  const { context, page } = await open(server.url);
  await goOffline(context);
  await page.evaluate((hash) => { location.hash = hash; }, link.slice(link.indexOf('#')));
  await page.locator('[data-module-status="unavailable"]').waitFor();
  assert.equal(await page.locator('.fc-banner-link').count(), 0);
  assert.equal(await page.evaluate(() => location.hash), '', 'the link is out of the address');
  await page.getByRole('button', { name: '开始自测' }).click();
  await page.locator('.fc-interview input').first().waitFor();
  await context.close();
});

test('"why we ask" comes with the module: loading, then its words; offline before its first use, said, and a later opening online works', async () => {
  const { context, page, requests, errors } = await open(server.url);
  await page.getByRole('button', { name: '开始自测' }).click();
  const why = page.locator('details.fc-why').first();
  await why.waitFor();
  assert.equal(requests.filter(isModule).length, 0, 'starting fetches no module');

  // Offline: opening the reason asks for it, and says it could not come.
  await goOffline(context);
  await why.locator('summary').click();
  await why.locator('p', { hasText: '说明未能载入' }).waitFor();
  await why.locator('summary').click(); // closed
  await page.getByLabel('企业名称').fill('离线时填写的企业');

  // Online again: opening it again brings the words; the answer stayed.
  await goOnline(context);
  await why.locator('summary').click();
  await why.locator('p', { hasText: '企业名称' }).waitFor();
  assert.doesNotMatch(await why.locator('p').textContent(), /说明/);
  assert.equal(await page.getByLabel('企业名称').inputValue(), '离线时填写的企业');

  // Every reason on the step has its words now, in either language.
  const words = await page.locator('details.fc-why p').allTextContents();
  assert.ok(words.length >= 5 && words.every((w) => w.length > 10 && !w.includes('正在载入')), words.join(' | '));
  await page.locator('.fc-lang').click();
  await page.locator('details.fc-why p', { hasText: 'Only to show your name' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('script embed under a sub-path: the module loads beside the tool, not the host page', async () => {
  const { context, page, requests, errors } = await open(`${embedServer.origin}/host/script.html`);
  const widget = page.locator('[data-fusion-check]').first();
  await loadSample(widget, 'logistics');
  const html = await download(widget, '下载报告(HTML)');
  assert.match(html, /<html/);
  const fetched = requests.filter(isModule);
  assert.ok(fetched.length === 3 && fetched.every((u) => new URL(u).pathname.startsWith(TOOL)), `${fetched}`);
  await goOffline(context);
  await widget.getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.waitForFunction(() => window.__printed > 0);
  assert.deepEqual(errors, []);
  await context.close();
});
