// Batch page benchmark (issue 11): a generated list of N rows (default
// 100,000) from file picked to the full results table on screen, in
// headless Chromium against the release dist/, and the memory it takes.
//
//   node scripts/bench-batch.mjs [ROWS] [RUNS]    # after trunk build --release
//
// The rows come from the repository's generator (batch/examples/generate.rs,
// not committed; written once to target/bench-batch/). Memory is the
// proportional set size (PSS: shared pages counted once) of all the
// browser's processes (page and worker, GPU, browser), sampled every 50 ms:
// the peak during a run beside the page at rest. CPU is those processes'
// user + system time from pick to table: on a loaded machine it is the
// figure to read, wall time the one the user waits.
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

/** The processes of the browser launched with `profile`. */
function pids(profile) {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
    .map((line) => line.trim().split(' '))
    .filter(([id, ...args]) => id && args.join(' ').includes(profile))
    .map(([id]) => id);
}

/** Proportional memory (PSS, KiB: shared pages counted once) of those processes. */
function pssKiB(profile) {
  let total = 0;
  for (const id of pids(profile)) {
    try {
      total += Number(readFileSync(`/proc/${id}/smaps_rollup`, 'utf8').match(/Pss:\s+(\d+)/)?.[1] ?? 0);
    } catch { /* the process ended */ }
  }
  return total;
}

/** CPU time (ms, user + system) those processes have used so far. */
function cpuMs(profile) {
  const tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
  let total = 0;
  for (const id of pids(profile)) {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * tick;
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
  const rest = pssKiB(profile);
  let peak = rest;
  const sampler = setInterval(() => { peak = Math.max(peak, pssKiB(profile)); }, 50);
  const cpu0 = cpuMs(profile);
  const t0 = Date.now();
  await page.setInputFiles('#fb-file', file);
  await page.locator('#fb-run').waitFor({ timeout: 120000 });
  const opened = Date.now();
  await page.click('#fb-run');
  await page.locator('.fb-results tbody tr').nth(49).waitFor({ timeout: 300000 });
  await page.locator('#fb-budget').waitFor();
  const shown = Date.now();
  clearInterval(sampler);
  const cpu = Math.round(cpuMs(profile) - cpu0);
  peak = Math.max(peak, pssKiB(profile));
  const rows = await page.locator('#fb-rows').textContent();
  results.push({ run, rows, open_ms: opened - t0, run_ms: shown - opened, total_ms: shown - t0, cpu_ms: cpu, pss_rest_mb: Math.round(rest / 1024), pss_peak_mb: Math.round(peak / 1024) });
  console.log(JSON.stringify(results.at(-1)));
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
await server.close();
const median = (k) => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(JSON.stringify({ rows: ROWS, runs: RUNS, total_ms_median: median('total_ms'), open_ms_median: median('open_ms'), run_ms_median: median('run_ms'), cpu_ms_median: median('cpu_ms'), pss_peak_mb_median: median('pss_peak_mb'), pss_rest_mb_median: median('pss_rest_mb'), load_average: os.loadavg()[0] }));
