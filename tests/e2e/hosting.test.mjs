// What a bureau's web servers send, and who may hear from the widget: the
// script embed under the host Content-Security-Policy EMBEDDING.md gives
// (and a clear failure under a stricter one), and the iframe embed on a
// second origin, which gets messages only when it is the frame's real
// parent. Headers come from examples/embed/headers.mjs, as documented.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { serve, launch, DIST, ROOT, SHADOW_HELPERS } from './support.mjs';
import { HOST_CSP, toolHeaders, CACHE_IMMUTABLE, CACHE_REVALIDATE } from '../../examples/embed/headers.mjs';

const TOOL = '/zhengce/liangye/';
const EXAMPLES = path.join(ROOT, 'examples/embed');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The tool under TOOL and the example host pages under /host/, with headers. */
function serveSite({ hostCsp = HOST_CSP, frameAncestors = "'self'", extra = {} } = {}) {
  return serve({
    mounts: { [TOOL]: DIST, '/host/': EXAMPLES, ...extra },
    headers: (pathname) => {
      if (pathname.startsWith(TOOL)) return toolHeaders(pathname.slice(TOOL.length), { frameAncestors });
      if (pathname.endsWith('.html') && hostCsp) return { 'content-security-policy': hostCsp };
      return {};
    },
  });
}

// Records CSP violations and messages from the page's first moment.
const RECORD = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  window.__messages = [];
  window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  // No print dialog in a headless browser: count the calls, in any frame.
  window.print = () => { window.top.__printed = (window.top.__printed ?? 0) + 1; };
`;

async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(SHADOW_HELPERS);
  await context.addInitScript(RECORD);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Console errors, but not the browser's own favicon request the host
  // pages do not answer (failed responses are listed apart, below).
  page.on('console', (m) => { if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  return { context, page, errors };
}

async function loadSample(scope, name) {
  const menu = scope.locator('select').filter({ has: scope.page().locator(`option[data-sample="${name}"]`) }).first();
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await scope.locator('.fc-samples button').first().click();
  await scope.locator('.fc-result').waitFor();
}

test('the documented headers are the ones EMBEDDING.md gives', async () => {
  const doc = await readFile(path.join(ROOT, 'EMBEDDING.md'), 'utf8');
  assert.ok(doc.includes(HOST_CSP), 'EMBEDDING.md quotes the host CSP');
  assert.ok(doc.includes(CACHE_IMMUTABLE));
  // Every file of the build: those with a hash in their name are kept for a
  // year, the others revalidated, by the example headers and by the nginx
  // rule EMBEDDING.md gives alike.
  const nginx = new RegExp(doc.match(/location ~ "([^"]+)"/)[1]);
  const files = await readdir(DIST);
  assert.ok(files.some((f) => f.startsWith('fusion-batch-worker-')), files.join(' '));
  for (const file of files) {
    const hashed = /-[0-9a-f]{16}[-_.]/.test(file);
    assert.equal(toolHeaders(file)['cache-control'], hashed ? CACHE_IMMUTABLE : CACHE_REVALIDATE, file);
    assert.equal(nginx.test(`/zhengce/liangye/${file}`), hashed, `nginx rule for ${file}`);
  }
  assert.ok(doc.includes("frame-ancestors"));
  // And the tool's own page asks for nothing it does not use.
  const index = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const policy = index.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.doesNotMatch(policy, /unsafe-inline|blob:|font-src|frame-src|manifest-src/);
  assert.match(policy, /style-src 'sha256-[^']+'(;|$)/);
});

test('the script embed works under the documented host CSP, printing included', async () => {
  const site = await serveSite();
  const { context, page, errors } = await open(`${site.url}host/script.html`);
  const widget = page.locator('[data-fusion-check]');
  await widget.locator('.fc-app h1').waitFor();
  // Styled (the host's theme reaches it) with no inline style allowed.
  const button = widget.locator('.fc-primary');
  assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 83, 148)');
  await widget.getByRole('button', { name: '开始自测' }).click();
  // The progress bar's width is set without a style attribute.
  // (set through its style object: no violation below).
  const fill = widget.locator('.fc-bar-fill');
  assert.ok((await fill.evaluate((el) => el.getBoundingClientRect().width)) > 0);
  await loadSample(widget, 'logistics');
  // Printing: a sandboxed srcdoc frame, styled by a constructed sheet.
  await page.evaluate(() => {
    const root = window.__fcRoot();
    new MutationObserver(() => {
      const frame = root.querySelector('iframe.fc-print-frame');
      if (frame && !frame.__hooked) {
        frame.__hooked = true;
        frame.addEventListener('load', () => {
          const doc = frame.contentDocument;
          window.__printFrame = {
            sandbox: frame.getAttribute('sandbox'),
            centred: getComputedStyle(doc.querySelector('.title-block')).textAlign === 'center',
            styleElements: doc.querySelectorAll('style').length,
          };
        });
      }
    }).observe(root, { childList: true, subtree: true });
  });
  await widget.locator('.fc-downloads').getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await page.waitForFunction(() => window.__printFrame && window.__printed > 0);
  const frame = await page.evaluate(() => window.__printFrame);
  assert.equal(frame.sandbox, 'allow-same-origin allow-modals');
  assert.equal(frame.styleElements, 0);
  assert.equal(frame.centred, true, 'the report is styled inside the frame');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});

test('under a stricter host CSP the widget says it cannot start', async () => {
  const strict = HOST_CSP.replace(" 'wasm-unsafe-eval'", '');
  const site = await serveSite({ hostCsp: strict });
  const { context, page, errors } = await open(`${site.url}host/script.html`);
  const widget = page.locator('[data-fusion-check]');
  await page.waitForFunction(() => document.querySelector('[data-fusion-check]').getAttribute('role') === 'alert');
  assert.match(await widget.textContent(), /无法在本页启动.*内容安全策略/);
  assert.match(await widget.textContent(), /Content-Security-Policy/);
  assert.equal(await page.evaluate(() => document.querySelector('[data-fusion-check]').shadowRoot), null);
  assert.ok(errors.some((e) => /wasm-unsafe-eval|WebAssembly/.test(e)), errors.join('\n'));
  await context.close();
  await site.close();
});

/** A host page that frames the tool at `toolOrigin`, claiming to be `claimed`. */
function framingPage(toolOrigin, claimed) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body>
    <iframe id="f" title="tool" width="1200" height="700"
      src="${toolOrigin}${TOOL}index.html?embed=iframe&host_origin=${encodeURIComponent(claimed)}"></iframe>
    </body></html>`;
}

// Host pages are real files on a real server: Chromium blocks a page that
// is not served from the local network (a routed one) from framing 127.0.0.1.
const PAGES = await mkdtemp(path.join(tmpdir(), 'fc-hosts-'));
let pageNo = 0;

async function runFramed(toolSite, hostSite, claimed, { sample = 'platform' } = {}) {
  pageNo += 1;
  await writeFile(path.join(PAGES, `framing-${pageNo}.html`), framingPage(toolSite.origin, claimed));
  const { context, page } = await open(`${hostSite.url}pages/framing-${pageNo}.html`);
  const frame = page.frameLocator('#f');
  await frame.locator('.fc-app h1').waitFor();
  if (sample) await loadSample(frame.locator('body'), sample);
  await page.waitForTimeout(600);
  const messages = await page.evaluate(() => window.__messages.filter((m) => String(m.data?.type).startsWith('fusion-check')));
  const keys = await page.frames()[1].evaluate(() => Object.keys(localStorage));
  return { context, page, frame, messages, keys };
}

test('an iframe host on a second origin gets messages only as the real parent', async () => {
  const hostSite = await serve({ mounts: { '/pages/': PAGES } });
  const toolSite = await serveSite({ frameAncestors: `'self' ${hostSite.origin}` });

  // Claiming the tool's own origin (or any other): nothing, and no answers
  // saved under the claimed origin.
  const liar = await runFramed(toolSite, hostSite, toolSite.origin);
  assert.deepEqual(liar.messages, []);
  assert.ok(!liar.keys.some((k) => k.includes(toolSite.origin)), liar.keys.join());
  assert.ok(liar.keys.every((k) => k.endsWith(`@${hostSite.origin}`) || k.endsWith(`@${hostSite.origin}:step`)), liar.keys.join());
  await liar.context.close();

  // The honest host: height and the completed totals, and its own key.
  const honest = await runFramed(toolSite, hostSite, hostSite.origin);
  const types = honest.messages.map((m) => m.data.type);
  assert.ok(types.includes('fusion-check:height'));
  assert.ok(types.includes('fusion-check:complete'));
  assert.ok(honest.messages.every((m) => m.origin === toolSite.origin));
  assert.ok(honest.keys.includes(`fusion-check:answers@${hostSite.origin}`), honest.keys.join());
  await honest.context.close();

  // A half-answered interview shown as a result: no "complete".
  const half = await runFramed(toolSite, hostSite, hostSite.origin, { sample: null });
  await half.frame.getByRole('button', { name: '开始自测' }).click();
  for (let i = 0; i < 10; i += 1) {
    const see = half.frame.getByRole('button', { name: '查看结果' });
    if (await see.count()) { await see.click(); break; }
    await half.frame.locator('.fc-next').click();
  }
  await half.page.waitForTimeout(600);
  const halfTypes = await half.page.evaluate(() => window.__messages.map((m) => m.data?.type));
  assert.ok(halfTypes.includes('fusion-check:height'));
  assert.ok(!halfTypes.includes('fusion-check:complete'), halfTypes.join());
  await half.context.close();

  // frame-ancestors: a site the tool's server does not name cannot frame it.
  const other = await serve({ mounts: { '/pages/': PAGES } });
  await writeFile(path.join(PAGES, 'framing-other.html'), framingPage(toolSite.origin, other.origin));
  const refused = await open(`${other.url}pages/framing-other.html`);
  await refused.page.waitForTimeout(1500);
  assert.equal(refused.page.frames()[1]?.url().startsWith(toolSite.origin), false);
  await refused.context.close();
  await Promise.all([hostSite.close(), toolSite.close(), other.close()]);
});
