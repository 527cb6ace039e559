// Batch page benchmark (issue 11): a generated list of N rows (default
// 100,000) from file picked to the full results table on screen, in
// headless Chromium against the release dist/, and the memory it takes.
//
//   node scripts/bench-batch.mjs [ROWS] [RUNS]    # after trunk build --release
//
// The rows come from the repository's generator (batch/examples/generate.rs,
// not committed; written once to target/bench-batch/). Memory is the resident
// size of the browser's processes (page, worker, GPU, browser), sampled every
// 50 ms: the peak during a run, and the growth over the page at rest.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, ROOT, quiet } from '../tests/e2e/support.mjs';

const ROWS = Number(process.argv[2] ?? 100000);
const RUNS = Number(process.argv[3] ?? 3);
const dir = path.join(ROOT, 'target/bench-batch');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `rows-${ROWS}.csv`);
if (!existsSync(file)) {
  execFileSync('cargo', ['run', '--quiet', '-p', 'fusion-batch', '--example', 'generate', '--', 'rows', String(ROWS), file],
    { cwd: ROOT, stdio: 'inherit' });
}

/** Resident memory (KiB) of every process of the browser launched with `profile`. */
function rssKiB(profile) {
  let total = 0;
  for (const line of execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')) {
    const [id, ...args] = line.trim().split(' ');
    if (!id || !args.join(' ').includes(profile)) continue;
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    } catch { /* the process ended */ }
  }
  return total;
}

const server = await serve();
const results = [];
for (let run = 0; run < RUNS; run++) {
  // A profile of its own names this browser's processes (other browsers
  // may be running on the machine).
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-batch-profile-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] ?? await browser.newPage();
  await page.goto(`${server.url}batch.html`);
  await page.locator('.fb-page h1').waitFor();
  await quiet(page, 500);
  const rest = rssKiB(profile);
  let peak = rest;
  const sampler = setInterval(() => { peak = Math.max(peak, rssKiB(profile)); }, 50);
  const t0 = Date.now();
  await page.setInputFiles('#fb-file', file);
  await page.locator('#fb-run').waitFor({ timeout: 120000 });
  const opened = Date.now();
  await page.click('#fb-run');
  await page.locator('.fb-results tbody tr').nth(49).waitFor({ timeout: 300000 });
  await page.locator('#fb-budget').waitFor();
  const shown = Date.now();
  clearInterval(sampler);
  peak = Math.max(peak, rssKiB(profile));
  const rows = await page.locator('#fb-rows').textContent();
  results.push({ run, rows, open_ms: opened - t0, run_ms: shown - opened, total_ms: shown - t0, rss_rest_mb: Math.round(rest / 1024), rss_peak_mb: Math.round(peak / 1024) });
  console.log(JSON.stringify(results.at(-1)));
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
await server.close();
const median = (k) => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(JSON.stringify({ rows: ROWS, runs: RUNS, total_ms_median: median('total_ms'), open_ms_median: median('open_ms'), run_ms_median: median('run_ms'), rss_peak_mb_median: median('rss_peak_mb'), rss_rest_mb_median: median('rss_rest_mb') }));
