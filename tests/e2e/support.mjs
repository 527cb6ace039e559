// Shared end-to-end helpers: a static server for the release dist/ on
// 127.0.0.1 (optionally under a sub-path), and a Chromium launcher.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `dir` at `http://127.0.0.1:PORT{prefix}`; resolves to { url, origin, close }.
 * `mounts` ({ '/path/': dir, ... }) serves several folders, e.g. the release
 * build under a sub-path beside a host page (the embed tests).
 * `headers(pathname)` may return extra response headers for a file, as a
 * host's web server would send them (Content-Security-Policy, CORS, cache).
 */
export async function serve({ dir = DIST, prefix = '/', mounts = null, headers = () => ({}) } = {}) {
  const table = Object.entries(mounts ?? { [prefix]: dir }).sort((a, b) => b[0].length - a[0].length);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const hit = table.find(([p]) => url.pathname.startsWith(p));
    if (!hit) {
      res.writeHead(404).end('not found');
      return;
    }
    const [mountPrefix, mountDir] = hit;
    const rel = decodeURIComponent(url.pathname.slice(mountPrefix.length));
    let file = path.join(mountDir, rel);
    if (!file.startsWith(mountDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        ...(headers(url.pathname) ?? {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${mounts ? '/' : prefix}`,
    origin,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Launches Debian's Chromium headless (Playwright's own download is unavailable here). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * In-page helpers for code run by page.evaluate: the tool lives in a shadow
 * root, so `document.activeElement` is its host and `document.querySelector`
 * cannot see inside. `__fcRoot()` is the first tool's shadow root,
 * `__fcActive()` the focused element inside it.
 */
export const SHADOW_HELPERS = `
  window.__fcRoot = () => document.querySelector('[data-fusion-check]')?.shadowRoot ?? document;
  window.__fcActive = () => {
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    return e;
  };
`;

/** Opens the app and waits until the wasm has rendered the title. */
export async function openApp(browser, url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await context.addInitScript(SHADOW_HELPERS);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(new Error(m.text())); });
  await page.goto(url);
  await page.locator('.fc-app h1').waitFor();
  return { context, page, errors };
}

/** Opens the app in another tab of `context` (sharing its storage), its
 *  errors joining `errors`. */
export async function anotherTab(context, url, errors) {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  await page.locator('.fc-app h1').waitFor();
  return page;
}

/**
 * How long a "nothing happens afterwards" check watches once the page is
 * idle. The app sets no timer of its own (autosave, renders and messages
 * follow the user's action in the same task), so anything it would still do
 * after going idle shows up well inside this window.
 */
export const QUIET_MS = 2000;

/**
 * Waits for a positive sign that `target` (a Page or a Frame) has finished
 * its work, its main thread idle twice in a row, then watches for `ms` more.
 * Checks that something does NOT happen (no request, no message) assert
 * after this, not after a guessed pause.
 */
export async function quiet(target, ms = QUIET_MS) {
  await target.evaluate(() => new Promise((resolve) => {
    requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 5000 }), { timeout: 5000 });
  }));
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * axe rules allowed to fail, each with its reason. Empty: every violation of
 * moderate impact or worse fails the test.
 */
export const AXE_ALLOWED = {};

/**
 * Runs axe (WCAG 2.1 A/AA and best practice) on the whole page, the tool's
 * shadow root included, and fails with the rule, impact and nodes of every
 * violation of moderate impact or worse not listed in AXE_ALLOWED.
 * `scope` limits the run to one element (a host page the tool does not own).
 */
export async function assertAccessible(page, where, { scope = null } = {}) {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (scope) axe = axe.include(scope);
  const results = await axe.analyze();
  const bad = results.violations.filter((v) => v.impact !== 'minor' && !(v.id in AXE_ALLOWED));
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(report, [], `${where}: axe found\n${report.join('\n')}`);
  assert.ok(results.passes.length > 10, `${where}: axe ran its checks`);
}
