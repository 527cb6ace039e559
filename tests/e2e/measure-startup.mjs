// Measures, in headless Chromium against the release dist/ on 127.0.0.1, the
// time from navigation to the first interactive screen and to the first
// interview step. Prints figures; asserts nothing (not a timed test).
//
//   node tests/e2e/measure-startup.mjs [runs]
import { serve, launch, SHADOW_HELPERS } from './support.mjs';

const runs = Number(process.argv[2] || 15);
const server = await serve();
const browser = await launch();

// Records, inside the page, when the start button and the first step's
// heading appear (performance.now() is ms since navigation start).
const probe = () => {
  const seen = {};
  window.__fcTimes = seen;
  // Polled every frame: the tool renders inside a shadow root, which a
  // MutationObserver on the document does not see into.
  const poll = () => {
    if (!seen.start && __fcRoot().querySelector('.fc-app .fc-start')) seen.start = performance.now();
    if (!seen.step && __fcRoot().querySelector('.fc-app .fc-step h2')) seen.step = performance.now();
    if (!seen.step) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

const samples = { start: [], step: [], domContentLoaded: [] };
for (let i = 0; i < runs; i++) {
  // A fresh context each time: an empty cache, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(SHADOW_HELPERS);
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(server.url);
  await page.locator('.fc-start').waitFor();
  // Clicked from inside the page, so the figure has no automation overhead.
  const clickAt = await page.evaluate(() => {
    const t = performance.now();
    __fcRoot().querySelector('.fc-app .fc-start').click();
    return t;
  });
  await page.locator('.fc-step h2').waitFor();
  const t = await page.evaluate(() => ({
    ...window.__fcTimes,
    dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  }));
  samples.start.push(t.start);
  samples.step.push(t.step - clickAt);
  samples.domContentLoaded.push(t.dcl);
  await context.close();
}

// Typing: one keystroke in an amount field to the re-rendered interview and
// result panel (the value read back in words), with a full profile loaded.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
await context.addInitScript(SHADOW_HELPERS);
const page = await context.newPage();
await page.goto(server.url);
const menu = page.getByLabel('示例企业(虚构)');
await menu.selectOption(await menu.locator('option[data-sample="manufacturer"]').getAttribute('value'));
await page.getByRole('button', { name: '载入示例' }).click();
await page.locator('.fc-steps').getByRole('button', { name: '用地与亩均' }).click();
const keystrokes = await page.evaluate(async () => {
  const input = __fcRoot().querySelector('.fc-app input[id$="-value-added"]');
  const readback = () => __fcRoot().getElementById(`${input.id}-read`)?.textContent;
  // The panel is written by the on-demand module's worker: settled when
  // its reply for the answers on show is in.
  const panel = () => __fcRoot().querySelector('.fc-result');
  const settled = () => panel().getAttribute('data-plan') === 'ready';
  const tick = () => new Promise((r) => setTimeout(r, 0));
  while (!settled()) await tick();
  const out = { interview: [], result: [] };
  for (let i = 0; i < 40; i++) {
    const before = readback();
    const shown = panel().innerHTML;
    const t0 = performance.now();
    input.value = String(20000 + i * 7);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // yew renders from a microtask; wait until the read-back changed.
    while (readback() === before) await tick();
    out.interview.push(performance.now() - t0);
    while (!settled() || panel().innerHTML === shown) await tick();
    out.result.push(performance.now() - t0);
  }
  return out;
});
samples.keystroke = keystrokes.interview;
samples.result = keystrokes.result;
await context.close();
await browser.close();
await server.close();

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(0)} ms, min ${s[0].toFixed(0)} ms, p90 ${q(0.9).toFixed(0)} ms`;
};
console.log(`runs: ${runs} (fresh browser context each, release dist/ on 127.0.0.1, headless Chromium)`);
console.log(`navigation → DOMContentLoaded:                      ${stat(samples.domContentLoaded)}`);
console.log(`navigation → first interactive screen (start button): ${stat(samples.start)}`);
console.log(`click 开始自测 → first interview step rendered:         ${stat(samples.step)}`);
console.log(`keystroke in an amount → interview re-rendered (40 keys):              ${stat(samples.keystroke)}`);
console.log(`keystroke in an amount → result panel re-written by the worker (40 keys): ${stat(samples.result)}`);
