// Shared end-to-end helpers: a static server for the release dist/ on
// 127.0.0.1 (optionally under a sub-path), and a Chromium launcher.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

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
 */
export async function serve({ dir = DIST, prefix = '/', mounts = null } = {}) {
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
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
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

/** Runs axe on the widget; fails with the rule, impact and nodes of any serious or critical violation. */
export async function assertAccessible(page, where) {
  const results = await new AxeBuilder({ page })
    // The host element: axe checks the tool inside its shadow root.
    .include('[data-fusion-check]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(report, [], `${where}: axe found\n${report.join('\n')}`);
  assert.ok(results.passes.length > 10, `${where}: axe ran its checks`);
}
