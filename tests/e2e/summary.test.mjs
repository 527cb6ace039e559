// The downloadable summary (issue 5) in the release build: each format is
// downloaded from the browser with the right name; the HTML report opens in
// a fresh Chromium with the network blocked and renders completely; its
// amounts and the downloaded JSON agree with the engine (the `assess` CLI);
// the print button prints the report, not the app; and the report prints to
// A4 PDF pages, turned into PNG for a person to look at
// (tests/e2e/screenshots/summary-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, readdir, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, openApp, ROOT, SHOTS } from './support.mjs';
import { result } from './interview-helpers.mjs';

const run = promisify(execFile);
let server, browser, dir;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  dir = await mkdtemp(path.join(tmpdir(), 'fc-summary-'));
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** `assess` on a file: JSON by default, or one of the report formats. */
async function assess(file, ...args) {
  const { stdout } = await run('cargo', ['run', '-q', '--release', '--bin', 'assess', '--', file, ...args], {
    cwd: ROOT, maxBuffer: 16 << 20,
  });
  return stdout;
}

async function loadSample(page, name) {
  const menu = page.getByLabel(/示例企业|Sample enterprises/);
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: /载入示例|Load sample/ }).click();
  await result(page).locator('.fc-downloads').waitFor();
}

/** Clicks a download button and saves the file; resolves to { name, file }. */
async function download(page, label) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.fc-downloads').getByRole('button', { name: label }).click(),
  ]);
  const name = dl.suggestedFilename();
  const file = path.join(dir, name);
  await dl.saveAs(file);
  return { name, file };
}

/** "1.06 亿元" / "80 万元" / "0 元" → yuan. */
function yuan(text) {
  const m = text.replace(/,/g, '').match(/(-?[\d.]+)\s*(亿元|万元|元)/);
  assert.ok(m, `no amount in ${JSON.stringify(text)}`);
  const scale = { 亿元: 1e8, 万元: 1e4, 元: 1 }[m[2]];
  return Math.round(Number(m[1]) * scale);
}

for (const sample of ['logistics', 'manufacturer']) {
  test(`${sample}: every format downloads, the report is complete offline and agrees with the engine`, async () => {
    const answersFile = path.join(ROOT, 'examples/answers', `${sample}.json`);
    const answers = JSON.parse(await readFile(answersFile, 'utf8'));
    const engine = JSON.parse(await assess(answersFile, '--format', 'json'));
    const { context, page, errors } = await openApp(browser, server.url);
    await loadSample(page, sample);

    // File names: prefix, enterprise name, date, extension.
    const stem = `两业融合自测-${answers.enterprise_name}-${answers.assessment_date}`;
    const html = await download(page, '下载报告(HTML)');
    const md = await download(page, '下载文本(Markdown)');
    const json = await download(page, '下载数据(JSON)');
    assert.equal(html.name, `${stem}.html`);
    assert.equal(md.name, `${stem}.md`);
    assert.equal(json.name, `${stem}.json`);

    // The browser's documents are the CLI's, byte for byte.
    const htmlText = await readFile(html.file, 'utf8');
    assert.equal(htmlText, await assess(answersFile, '--format', 'html'), 'HTML as assess writes it');
    assert.equal(await readFile(md.file, 'utf8'), await assess(answersFile, '--format', 'markdown'), 'Markdown as assess writes it');

    // The downloaded JSON, fed back to assess, gives the same totals.
    const again = JSON.parse(await assess(json.file, '--format', 'json'));
    assert.deepEqual(again.totals, engine.totals);
    const summary = JSON.parse(await readFile(json.file, 'utf8'));
    assert.equal(summary.format, 'fusion-check/summary');
    assert.match(summary.answers_fingerprint, /^fnv1a64:[0-9a-f]{16}$/);

    // The HTML report in a fresh browser with every request refused.
    const offline = await browser.newContext({ viewport: { width: 1000, height: 1400 }, locale: 'zh-CN' });
    const requests = [];
    await offline.route('**', (route) => { requests.push(route.request().url()); return route.abort(); });
    const report = await offline.newPage();
    const failed = [];
    report.on('requestfailed', (r) => failed.push(r.url()));
    await report.setContent(htmlText, { waitUntil: 'load' });
    assert.deepEqual(requests, [], 'the report asks for nothing');
    assert.deepEqual(failed, []);
    assert.match(await report.title(), /两业融合政策自测报告/);
    assert.equal((await report.locator('h1').textContent()).trim(), '两业融合政策自测报告');
    assert.equal((await report.locator('.name').textContent()).trim(), answers.enterprise_name);
    // It renders to its end (the disclaimer footer) with a CJK font.
    assert.ok(await report.locator('.footer').isVisible(), 'footer rendered');
    assert.ok(await report.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '两业融合')));

    // Its amounts are the engine's: the four figures and the by-year table.
    const figures = await report.locator('.figures .figure .value').allTextContents();
    const t = engine.totals;
    assert.deepEqual(figures.map(yuan), [
      Number(t.cash_qualifies_yuan), Number(t.cash_likely_yuan),
      Number(t.tax_estimate_yuan), Number(t.tax_possible_yuan ?? 0),
    ]);
    const byYear = await report.locator('h3:has-text("资金奖励(按年度)") + table tbody tr:not(.total)').evaluateAll(
      (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)),
    );
    assert.deepEqual(
      byYear.map(([year, q, l]) => ({ year: Number(year), q: yuan(q), l: yuan(l) })),
      t.cash_by_year.map((y) => ({ year: y.year, q: Number(y.qualifies_yuan), l: Number(y.likely_yuan) })),
    );

    // A4 PDF, pages as PNG for a person to look at; no award split across pages.
    const pdf = path.join(dir, `${sample}.pdf`);
    await report.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const prefix = path.join(SHOTS, `summary-${sample}-page`);
    for (const f of await readdir(SHOTS)) {
      if (f.startsWith(`summary-${sample}-page`)) await rm(path.join(SHOTS, f));
    }
    await run('pdftoppm', ['-r', '70', '-png', pdf, prefix]);
    const pages = (await readdir(SHOTS)).filter((f) => f.startsWith(`summary-${sample}-page`));
    assert.ok(pages.length >= 2, `pages: ${pages}`);
    await report.emulateMedia({ media: 'print' });
    const split = await report.evaluate(() => {
      // In print layout every award block must keep `break-inside: avoid`.
      return [...document.querySelectorAll('.outcome')].filter((o) => !['avoid', 'avoid-page'].includes(getComputedStyle(o).breakInside)).length;
    });
    assert.equal(split, 0);
    await offline.close();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the print button prints the report, not the app', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  // Record every print() call, in whichever frame it happens; a headless
  // browser has no print dialog to open.
  await context.addInitScript(() => {
    window.print = () => {
      window.top.__printed = window.top.__printed ?? [];
      window.top.__printed.push({
        top: window === window.top,
        title: document.title,
        h1: document.querySelector('h1')?.textContent,
        app: !!document.querySelector('[data-fusion-check]'),
        // The report's own inline styles apply under the page's CSP.
        styled: getComputedStyle(document.querySelector('.title-block')).textAlign === 'center',
      });
    };
  });
  await page.reload();
  await page.locator('.fc-app h1').waitFor();
  await loadSample(page, 'trader');
  await page.locator('.fc-downloads').getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.waitForFunction(() => (window.__printed ?? []).length > 0);
  const printed = await page.evaluate(() => window.__printed);
  assert.equal(printed.length, 1);
  assert.equal(printed[0].top, false, 'printed from the report frame');
  assert.equal(printed[0].app, false);
  assert.equal(printed[0].styled, true);
  assert.equal(printed[0].h1, '两业融合政策自测报告');
  assert.match(printed[0].title, /嘉兴示例商贸有限公司/);
  // The frame is out of sight and reused by the next print.
  const frames = page.locator('iframe.fc-print-frame');
  assert.equal(await frames.count(), 1);
  assert.equal((await frames.boundingBox()).width, 0);
  await page.locator('.fc-downloads').getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.waitForFunction(() => window.__printed.length > 1);
  assert.equal(await frames.count(), 1);
  assert.match(await page.locator('.fc-live').textContent(), /打印/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in English the files are named and written in English', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.getByRole('button', { name: '切换语言' }).click();
  await loadSample(page, 'platform');
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.fc-downloads').getByRole('button', { name: 'Download as text (Markdown)' }).click(),
  ]);
  assert.match(dl.suggestedFilename(), /^fusion-self-check-.+-2026-11-28\.md$/);
  const file = path.join(dir, 'en.md');
  await dl.saveAs(file);
  const answers = path.join(ROOT, 'examples/answers/platform.json');
  assert.equal(await readFile(file, 'utf8'), await assess(answers, '--format', 'markdown', '--lang', 'en'));
  await context.close();
});
