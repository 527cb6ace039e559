// The widget on a bureau's page: the release build copied under a sub-path
// (/zhengce/liangye/), host pages from examples/embed/ with aggressive
// global CSS. Each mode is driven as a visitor would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, quiet, DIST, ROOT, SHOTS, SHADOW_HELPERS } from './support.mjs';
import { amountOf, expected, answersOf, assertPanelMatches } from './interview-helpers.mjs';

const TOOL = '/zhengce/liangye/';
let server, browser;
before(async () => {
  server = await serve({ mounts: { [TOOL]: DIST, '/host/': path.join(ROOT, 'examples/embed') } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

// Records every message a page receives, from its first moment.
const RECORD_MESSAGES = `
  window.__messages = [];
  window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
`;

async function open(url, { block = [], rewrite = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(SHADOW_HELPERS);
  await context.addInitScript(RECORD_MESSAGES);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('request', (r) => requests.push(r.url()));
  for (const pattern of block) await page.route(pattern, (route) => route.abort());
  if (rewrite) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  await page.goto(url);
  return { context, page, errors, requests };
}

/** Loads a fictional sample into the widget `scope` (a locator). */
async function loadSample(scope, name) {
  const menu = scope.locator('select').filter({ has: scope.page().locator(`option[data-sample="${name}"]`) }).first();
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await scope.locator('.fc-samples button').first().click();
  await scope.locator('.fc-result').waitFor();
}

// Computed styles that show whether a stylesheet reached an element.
const PROPS = ['font-family', 'font-size', 'line-height', 'color', 'letter-spacing', 'text-align',
  'text-transform', 'text-decoration-line', 'margin-top', 'padding-top', 'border-top-style',
  'background-color', 'box-sizing', 'text-indent'];
const WIDGET_PARTS = ['.fc-app', '.fc-title', '.fc-tagline', '.fc-primary', '.fc-lang', 'select', 'dd'];

function widgetStyles(page, props, parts) {
  return page.evaluate(([props, parts]) => {
    const root = document.querySelector('[data-fusion-check]').shadowRoot;
    return Object.fromEntries(parts.map((sel) => {
      const el = root.querySelector(sel);
      const cs = getComputedStyle(el);
      return [sel, { ...Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])), width: el.getBoundingClientRect().width }];
    }));
  }, [props, parts]);
}

function hostStyles(page) {
  return page.evaluate((props) => {
    const pick = (el) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
    return {
      html: pick(document.documentElement), body: pick(document.body), h1: pick(document.querySelector('h1')),
      h2: pick(document.querySelector('h2')), p: pick(document.querySelector('p')),
      sheets: document.styleSheets.length, styles: document.querySelectorAll('style, link[rel=stylesheet]').length,
    };
  }, PROPS);
}

test('script embed under a sub-path: renders, preset county, themed, completes an assessment', async () => {
  const { context, page, errors, requests } = await open(`${server.url}host/script.html`);
  const widget = page.locator('[data-fusion-check]');
  await widget.locator('.fc-app h1').waitFor();
  assert.equal(await widget.locator('.fc-app h1').textContent(), '两业融合政策自测');
  // Theming: the host's brand colour and radius reach the widget.
  const button = widget.locator('.fc-primary');
  assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 83, 148)');
  assert.equal(await button.evaluate((b) => getComputedStyle(b).borderTopLeftRadius), '2px');
  await page.screenshot({ path: path.join(SHOTS, 'embed-script-1280.png'), fullPage: true });

  // data-county="海宁市" is preset: the first step shows it, and the result
  // carries the by-reference banner.
  await widget.getByRole('button', { name: '开始自测' }).click();
  const location = widget.getByLabel('所在县(市、区)');
  assert.equal(await location.evaluate((s) => s.options[s.selectedIndex].textContent), '海宁市');
  assert.match(await widget.locator('.fc-result').textContent(), /海宁市参照执行/);

  await loadSample(widget, 'logistics');
  await assertPanelMatches(page, await expected('logistics'), 'embedded logistics');
  await page.screenshot({ path: path.join(SHOTS, 'embed-script-result-1280.png'), fullPage: true });
  // Every request stayed on this origin, under the host page or the tool's folder.
  for (const url of requests) assert.ok(url.startsWith(`${server.origin}/host/`) || url.startsWith(`${server.origin}${TOOL}`), url);
  assert.deepEqual(errors, []);
  await context.close();
});

test('host CSS does not reach the widget, and the widget adds no style to the host', async () => {
  // The same widget on its own page is the reference layout.
  const alone = await open(`${server.url}zhengce/liangye/`);
  await alone.page.locator('.fc-app h1').waitFor();
  const reference = await widgetStyles(alone.page, PROPS.filter((p) => p !== 'background-color'), WIDGET_PARTS.filter((s) => s !== '.fc-app'));
  await alone.context.close();

  const hosted = await open(`${server.url}host/script.html`);
  await hosted.page.locator('.fc-app h1').waitFor();
  const embedded = await widgetStyles(hosted.page, PROPS.filter((p) => p !== 'background-color'), WIDGET_PARTS.filter((s) => s !== '.fc-app'));
  for (const sel of Object.keys(reference)) {
    const { width: w1, ...a } = reference[sel];
    const { width: w2, ...b } = embedded[sel];
    // The brand colour is the host's theme on purpose; everything else matches.
    if (sel === '.fc-primary' || sel === '.fc-lang') { delete a.color; delete b.color; }
    assert.deepEqual(b, a, `computed style of ${sel}`);
    if (sel !== '.fc-app') assert.ok(Math.abs(w1 - w2) < 1.5, `${sel} width ${w2} vs ${w1}`);
  }
  const withWidget = await hostStyles(hosted.page);
  await hosted.context.close();

  // The host page with the loader blocked: no widget at all.
  const bare = await open(`${server.url}host/script.html`, { block: [`**${TOOL}embed.js`] });
  await bare.page.waitForLoadState('load');
  const withoutWidget = await hostStyles(bare.page);
  await bare.context.close();
  assert.deepEqual(withWidget, withoutWidget);
});

test('two widgets on one page work independently', async () => {
  const { context, page, errors } = await open(`${server.url}host/two-widgets.html`);
  const a = page.locator('#scenario-a');
  const b = page.locator('#scenario-b');
  await a.locator('.fc-app').waitFor();
  await b.locator('.fc-app').waitFor();
  // Compact: no title bar; languages as each element asks.
  assert.equal(await a.locator('.fc-app h1').count(), 0);
  assert.equal(await a.locator('.fc-app').getAttribute('lang'), 'zh-CN');
  assert.equal(await b.locator('.fc-app').getAttribute('lang'), 'en');
  // Each theme stays with its own widget.
  assert.equal(await b.locator('.fc-primary').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(46, 125, 50)');
  assert.equal(await a.locator('.fc-primary').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(179, 38, 30)');

  await loadSample(a, 'manufacturer');
  await b.getByRole('button', { name: 'Start the self-check' }).click();
  await b.getByLabel('Enterprise name').fill('Scenario B Ltd.');
  // Each widget must show its own total: a missing one fails, never reads as 0.
  const qualifies = (w) => amountOf(w, '[data-total="qualifies"] .fc-amount');
  assert.equal(await qualifies(a), Number((await expected('manufacturer')).totals.cash_qualifies_yuan));
  assert.equal(await qualifies(b), 0, 'B shows nothing of A');
  assert.equal(await a.getByLabel('企业名称').inputValue(), (await answersOf('manufacturer')).enterprise_name);
  assert.equal(await b.getByLabel('Enterprise name').inputValue(), 'Scenario B Ltd.');
  // B's preset district stays B's; A's location is the sample's.
  const place = (w, label) => w.getByLabel(label).evaluate((s) => s.options[s.selectedIndex].textContent);
  assert.equal(await place(b, 'Location (district or county)'), 'Nanhu District');
  // Ids are unique across the page's two shadow roots.
  const ids = await page.evaluate(() => [...document.querySelectorAll('[data-fusion-check]')]
    .flatMap((h) => [...h.shadowRoot.querySelectorAll('[id]')].map((e) => e.id)));
  assert.equal(new Set(ids).size, ids.length);
  await page.screenshot({ path: path.join(SHOTS, 'embed-two-widgets-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframe embed: the frame follows its content, and the host gets totals only', async () => {
  const { context, page, errors } = await open(`${server.url}host/iframe.html`);
  const frameEl = page.locator('#fusion-check-frame');
  const frame = page.frameLocator('#fusion-check-frame');
  await frame.locator('.fc-app h1').waitFor();
  // The frame's viewport (its content box: host CSS may pad the iframe).
  const heightOf = () => frameEl.evaluate((f) => f.contentWindow.innerHeight);
  const contentHeight = () => frame.locator('.fc-app').evaluate((el) => el.getBoundingClientRect().height);
  await page.waitForFunction(() => window.__messages.some((m) => m.data.type === 'fusion-check:height'));
  const welcome = await heightOf();
  assert.ok(Math.abs(welcome - await contentHeight()) <= 1, `frame ${welcome} vs content ${await contentHeight()}`);

  await frame.getByRole('button', { name: '开始自测' }).click();
  await frame.locator('.fc-step h2').waitFor();
  await page.waitForFunction((h) => {
    const f = document.getElementById('fusion-check-frame');
    return Math.abs(f.contentWindow.innerHeight - h) > 5;
  }, welcome);
  const firstStep = await heightOf();
  assert.ok(Math.abs(firstStep - await contentHeight()) <= 1, 'frame follows the first step');

  await loadSample(frame.locator('body'), 'platform');
  await page.waitForFunction(() => window.__messages.some((m) => m.data.type === 'fusion-check:complete'));
  // 差多少达标 arrives from the on-demand module after the result and grows
  // the panel: measure the settled result, not the one before it.
  await frame.locator('.fc-result[data-plan="ready"]').waitFor();
  // The height message follows the layout: wait until the frame has caught up.
  for (let i = 0; i < 100 && Math.abs(await heightOf() - await contentHeight()) > 1; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(Math.abs(await heightOf() - await contentHeight()) <= 1, 'frame follows the result');

  const complete = await page.evaluate(() => window.__messages.find((m) => m.data.type === 'fusion-check:complete'));
  assert.equal(complete.origin, server.origin);
  assert.deepEqual(Object.keys(complete.data).sort(), ['pack_id', 'totals', 'type']);
  assert.deepEqual(Object.keys(complete.data.totals).sort(), ['cash_likely_yuan', 'cash_qualifies_yuan', 'tax_estimate_yuan']);
  const exp = (await expected('platform')).totals;
  assert.equal(Number(complete.data.totals.cash_qualifies_yuan), Number(exp.cash_qualifies_yuan));
  assert.equal(Number(complete.data.totals.cash_likely_yuan), Number(exp.cash_likely_yuan));
  // Nothing the user typed travels: no message carries a name or a revenue.
  const all = JSON.stringify(await page.evaluate(() => window.__messages));
  assert.doesNotMatch(all, /虚构|revenue|enterprise_name/);
  assert.match(await page.locator('#fusion-check-summary').textContent(), /自测完成/);
  await page.screenshot({ path: path.join(SHOTS, 'embed-iframe-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an iframe without a configured host origin posts nothing', async () => {
  const { context, page } = await open(`${server.url}host/iframe.html`, {
    rewrite: (html) => html.replace("&host_origin=' + encodeURIComponent(location.origin)", "'"),
  });
  assert.match(await page.locator('#fusion-check-frame').getAttribute('src'), /embed=iframe$/);
  const frame = page.frameLocator('#fusion-check-frame');
  await frame.locator('.fc-app h1').waitFor();
  await loadSample(frame.locator('body'), 'trader');
  // The result is up (where a configured frame posts "complete"); once the
  // frame is idle, nothing arrives over the stated quiet window either.
  await frame.locator('.fc-result .fc-downloads').waitFor();
  await quiet(await (await page.locator('#fusion-check-frame').elementHandle()).contentFrame());
  assert.deepEqual(await page.evaluate(() => window.__messages.filter((m) => String(m.data?.type).startsWith('fusion-check'))), []);
  await context.close();
});
