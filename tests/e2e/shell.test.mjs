// The app shell, as a first-time visitor meets it in the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, openApp, SHOTS } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('shows the Chinese title and policy, then switches to English', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  assert.equal(await page.title(), '两业融合政策自测');
  assert.equal(await page.locator('.fc-app h1').textContent(), '两业融合政策自测');
  const body = await page.locator('.fc-app').textContent();
  assert.match(body, /嘉政发〔2024〕14号/);
  assert.match(body, /2024-05-20/);
  assert.match(body, /2026-12-31/);
  await page.screenshot({ path: path.join(SHOTS, 'shell-zh-1280.png') });

  await page.getByRole('button', { name: '切换语言' }).click();
  await page.locator('.fc-app[lang="en"]').waitFor();
  assert.match(await page.locator('.fc-app h1').textContent(), /Self-Check/);
  await page.screenshot({ path: path.join(SHOTS, 'shell-en-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('mounts into its own element, not into body, inside a shadow root', async () => {
  const { context, page } = await openApp(browser, server.url);
  const host = await page.locator('.fc-app').evaluate((el) => {
    const root = el.getRootNode();
    return { shadow: root instanceof ShadowRoot, host: root.host?.hasAttribute('data-fusion-check'), body: root.host === document.body };
  });
  assert.deepEqual(host, { shadow: true, host: true, body: false });
  await context.close();
});
