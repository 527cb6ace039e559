// The batch screening page (batch.html, issue 11) as a bureau uses it:
// download the template, fill it, upload it, watch the progress, filter,
// open one enterprise in the interview, export CSV and XLSX and read them
// back (the CSV must equal the command line's for the same file and date),
// upload an Excel-shaped workbook (numbers, date serials, figures typed as
// text) that must screen exactly as the CSV it was made from, map a GBK file with other headers (remembered next time), use the policy
// sandbox, run with the network blocked, axe, and screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { serve, launch, assertAccessible, quiet, ROOT, SHOTS } from './support.mjs';

let server, browser, work, assess;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  work = await mkdtemp(path.join(os.tmpdir(), 'fusion-batch-e2e-'));
  // The command line whose files the page's must equal (debug build: the
  // same code; native tests have usually built it already).
  execFileSync('cargo', ['build', '--quiet', '--locked', '-p', 'fusion-batch', '--bin', 'assess'], { cwd: ROOT, stdio: 'inherit' });
  assess = path.join(ROOT, 'target/debug/assess');
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Today on this machine's clock, as the page's worker is given it. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function openBatch(viewport = { width: 1280, height: 900 }, query = '') {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(new Error(m.text())); });
  await page.goto(`${server.url}batch.html${query}`);
  await page.locator('.fb-page h1').waitFor();
  return { context, page, errors };
}

/** Clicks `selector` and returns the download's name and bytes. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
}

/** Picks `file`, runs with the proposed mapping, waits for the results. */
async function screen(page, file) {
  await page.setInputFiles('#fb-file', file);
  await page.locator('#fb-run').waitFor();
  await page.click('#fb-run');
  await page.locator('.fb-results tbody tr').first().waitFor({ timeout: 60000 });
}

/** The files of a zip (an XLSX), by name, inflated. */
function unzip(buf) {
  const files = {};
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'a zip file');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = method === 8 ? inflateRawSync(data) : data;
    at += 46 + nameLen + extra + comment;
  }
  return files;
}

const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The first sheet of an XLSX as rows of cell texts (numbers as written). */
function xlsxRows(buf) {
  const files = unzip(buf);
  const shared = [];
  const sst = files['xl/sharedStrings.xml']?.toString('utf8') ?? '';
  for (const si of sst.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    shared.push(unescapeXml([...si[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  }
  const sheet = files['xl/worksheets/sheet1.xml'].toString('utf8');
  const rows = [];
  for (const row of sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = [];
    for (const c of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const col = [...c[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const v = c[3]?.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? c[3]?.match(/<t[^>]*>([\s\S]*?)<\/t>/)?.[1] ?? '';
      cells[col] = / t="s"/.test(c[2]) ? shared[Number(v)] : unescapeXml(v);
    }
    rows.push(Array.from(cells, (x) => x ?? ''));
  }
  return rows;
}

/** A CSV's rows (quoted cells, BOM dropped). */
function csvRows(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  text = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const csvCell = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

test('template, filled file, progress, filter, open, exports equal to the command line', async () => {
  const { context, page, errors } = await openBatch();

  // The template, both formats: the CSV is the command line's template.
  const csvTemplate = await download(page, '#fb-template-csv');
  assert.match(csvTemplate.name, /\.csv$/);
  assert.deepEqual([...csvTemplate.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
  const cliTemplate = path.join(work, 'template.csv');
  execFileSync(assess, ['--template', cliTemplate]);
  assert.ok(csvTemplate.bytes.equals(await readFile(cliTemplate)), 'template CSV equals assess --template');
  const xlsxTemplate = await download(page, '#fb-template-xlsx');
  assert.match(xlsxTemplate.name, /\.xlsx$/);
  const headers = csvRows(csvTemplate.bytes.toString('utf8'))[0];
  assert.deepEqual(xlsxRows(xlsxTemplate.bytes)[0], headers, 'XLSX template has the same headers');

  // A bureau fills it: three enterprises, repeated so the run takes a while.
  const col = (name) => headers.indexOf(name);
  assert.ok(col('企业名称') >= 0 && col('2024年营业收入(万元)') >= 0, headers.join(','));
  const enterprise = (name, code, county, industry, revenue) => {
    const cells = headers.map(() => '');
    cells[col('企业名称')] = name;
    cells[col('统一社会信用代码')] = code;
    cells[col('所在县(市、区)')] = county;
    cells[col('行业类别')] = industry;
    cells[col('是否规上企业')] = '是';
    revenue.forEach((r, i) => { cells[col(`${2019 + i}年营业收入(万元)`)] = r; });
    return cells.map(csvCell).join(',');
  };
  const filled = [
    enterprise('测试物流有限公司', '91330400TESTE2E001', '南湖区', '物流运输', ['1500', '1,600', '1700', '1800', '1900', '2,100.5', '2600']),
    enterprise('测试科技有限公司', '91330400TESTE2E002', '海宁市', '科技信息', ['3000', '3500', '4000', '4500', '4800', '5200', '7400']),
    enterprise('测试制造有限公司', '91330400TESTE2E003', '秀洲区', '制造业', ['28000', '29000', '30000', '31000', '32000', '不详', '36000']),
  ];
  const lines = [headers.map(csvCell).join(',')];
  for (let i = 0; i < 1700; i++) lines.push(...filled);
  const file = path.join(work, '企业清单.csv');
  await writeFile(file, '\uFEFF' + lines.join('\r\n') + '\r\n');

  // Progress: every value the bar shows during the run is recorded.
  await page.setInputFiles('#fb-file', file);
  await page.locator('#fb-run').waitFor();
  assert.match(await page.locator('.fb-status').first().textContent(), /5,100/);
  await page.evaluate(() => {
    window.__seen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('#fb-progress');
      if (bar) window.__seen.push(Number(bar.getAttribute('value')));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.click('#fb-run');
  await page.locator('.fb-results tbody tr').first().waitFor({ timeout: 60000 });
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.some((v) => v > 0 && v < 5100), `progress shown part way: ${seen.join(',')}`);
  assert.equal(await page.locator('#fb-rows').textContent(), '5,100');
  // The unreadable cell ("不详") is listed, and the row still assessed.
  assert.match(await page.locator('#fb-h-problems').textContent(), /1,700/);
  assert.match(await page.locator('#fb-problems tbody tr').first().textContent(), /2024年营业收入\(万元\)/);

  // Filters: a rule, a location, a search.
  const matching = async () => Number((await page.locator('#fb-matching').textContent()).replace(/[^0-9]/g, ''));
  assert.equal(await matching(), 5100);
  await page.selectOption('#fb-f-location', { label: '海宁市' });
  await page.waitForFunction(() => document.querySelector('#fb-matching').textContent.startsWith('1,700'));
  const locations = await page.locator('.fb-results tbody tr td:nth-child(4)').allTextContents();
  assert.ok(locations.length === 50 && locations.every((l) => l === '海宁市'), locations.join(','));
  await page.selectOption('#fb-f-location', { label: '全部' });
  await page.waitForFunction(() => document.querySelector('#fb-matching').textContent.startsWith('5,100'));
  await page.fill('#fb-search', '物流');
  await page.waitForFunction(() => document.querySelector('#fb-matching').textContent.startsWith('1,700'));
  assert.ok((await page.locator('.fb-results tbody tr td:nth-child(2)').allTextContents()).every((n) => n.includes('物流')));
  await page.fill('#fb-search', '');
  await page.waitForFunction(() => document.querySelector('#fb-matching').textContent.startsWith('5,100'));
  await page.selectOption('#fb-f-rule', 'F3');
  await page.waitForFunction(() => !document.querySelector('#fb-matching').textContent.startsWith('5,100'));
  const chips = await page.locator('.fb-results tbody tr .fb-rules').allTextContents();
  assert.ok(chips.length > 0 && chips.every((c) => c.includes('F3')), 'every row filtered by F3 has F3: ' + (await page.locator('#fb-matching').textContent()) + chips.slice(0, 3).join(' / '));
  // Sort by cash, largest first (two clicks).
  await page.click('.fb-results th:nth-child(6) button');
  await page.click('.fb-results th:nth-child(6) button');
  await page.waitForFunction(() => document.querySelector('.fb-results th:nth-child(6)').getAttribute('aria-sort') === 'descending');

  // Open one enterprise: the interview, read-only, with its answers.
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('.fb-results tbody tr').first().getByRole('button').click(),
  ]);
  await popup.waitForLoadState();
  await popup.waitForFunction(() => {
    const root = document.querySelector('[data-fusion-check]')?.shadowRoot;
    const q = root?.querySelector('fieldset.fc-questions');
    // Read-only (the share link's banner), with the enterprise's name filled in.
    return q && q.disabled && root.textContent.includes('只读')
      && [...root.querySelectorAll('input')].some((i) => i.value.startsWith('测试'));
  }, null, { timeout: 30000 });
  assert.match(popup.url(), /index\.html\?lang=zh$/, 'the link leaves the address once read');
  await popup.close();

  // Exports: the CSV is the command line's for the same file and date.
  await page.selectOption('#fb-f-rule', '');
  const csv = await download(page, '#fb-export-csv');
  const cliOut = path.join(work, 'results.csv');
  execFileSync(assess, ['--batch', file, '--out', cliOut, '--today', today()], { stdio: 'ignore' });
  const cli = await readFile(cliOut);
  assert.ok(csv.bytes.equals(cli), 'browser CSV equals assess --batch, byte for byte');
  const xlsx = await download(page, '#fb-export-xlsx');
  const rows = xlsxRows(xlsx.bytes);
  const cliRows = csvRows(cli.toString('utf8')).filter((r) => r.length > 1);
  assert.equal(rows.length, cliRows.length, 'XLSX has every row');
  assert.deepEqual(rows[0], cliRows[0], 'XLSX headers');
  for (const i of [1, 2, 3, 5099, 5100]) {
    assert.equal(rows[i][1], cliRows[i][1], `row ${i} name`);
    assert.equal(Number(rows[i][5] || 0), Number(cliRows[i][5] || 0), `row ${i} cash`);
  }
  const problems = await download(page, '#fb-problems-csv');
  assert.equal(csvRows(problems.bytes.toString('utf8')).filter((r) => r.length > 1).length, 1701);

  assert.deepEqual(errors.map(String), []);
  await context.close();
});

/** A zip archive of `files` (name -> Buffer), deflated, as Excel writes one. */
function zip(files) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8); head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(data.length, 22); head.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10); central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(head, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A workbook of `rows` shaped as Excel saves a typed-in sheet: text in the
 *  shared strings table, plain figures as numbers, dates as day serials
 *  with a date format, figures typed with grouping ("1,800") as text. */
function excelWorkbook(rows) {
  const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const shared = [], index = new Map();
  const text = (s) => { if (!index.has(s)) { index.set(s, shared.length); shared.push(s); } return index.get(s); };
  const col = (i) => (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : '') + String.fromCharCode(65 + (i % 26));
  const serial = (iso) => (Date.parse(iso + 'T00:00:00Z') - Date.UTC(1899, 11, 30)) / 86400000;
  const sheetRows = rows.map((row, r) => {
    const cells = row.map((v, c) => {
      const ref = `${col(c)}${r + 1}`;
      if (v === '') return '';
      if (r > 0 && /^\d{4}-\d{2}-\d{2}$/.test(v)) return `<c r="${ref}" s="1"><v>${serial(v)}</v></c>`;
      if (r > 0 && /^-?\d+(\.\d+)?$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
      return `<c r="${ref}" t="s"><v>${text(v)}</v></c>`;
    }).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  }).join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="企业清单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${ns}" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t>${xml(s)}</t></si>`).join('')}</sst>`;
  return zip(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v, 'utf8')])));
}

test('an Excel workbook (numbers, dates, figures typed as text) screens as its CSV does', async () => {
  const { context, page, errors } = await openBatch();
  const source = path.join(ROOT, 'examples/batch/enterprises.csv');
  const rows = csvRows(await readFile(source, 'utf8')).filter((r) => r.length > 1);
  const book = excelWorkbook(rows);
  // The workbook holds what it should: real numbers and date serials.
  const back = xlsxRows(book);
  assert.equal(back.length, rows.length);
  const dateCol = rows[0].indexOf('服务型制造示范企业认定日期');
  const dated = rows.findIndex((r, i) => i > 0 && r[dateCol]);
  assert.match(back[dated][dateCol], /^\d{5}$/, 'a date is a day serial');
  const file = path.join(work, '企业清单.xlsx');
  await writeFile(file, book);

  await screen(page, file);
  assert.equal(await page.locator('#fb-rows').textContent(), (rows.length - 1).toLocaleString('en-US'));
  // Every row reads as the CSV it was made from: the browser's results are
  // the command line's for the CSV, byte for byte.
  const csv = await download(page, '#fb-export-csv');
  const cliOut = path.join(work, 'from-csv.csv');
  execFileSync(assess, ['--batch', source, '--out', cliOut, '--today', today()], { stdio: 'ignore' });
  assert.ok(csv.bytes.equals(await readFile(cliOut)), 'results from the workbook equal those from the CSV');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

/** Picks a file of 60,500 rows (the five examples and 50 fictional
 *  enterprises, 1,100 times), long enough to cancel a run of it. */
async function openLarge(page) {
  const [head, ...rows] = (await readFile(path.join(ROOT, 'examples/batch/enterprises.csv'), 'utf8')).trimEnd().split(/\r?\n/);
  const file = path.join(work, 'large.csv');
  await writeFile(file, [head, ...Array.from({ length: 1100 }, () => rows).flat()].join('\n') + '\n');
  await page.setInputFiles('#fb-file', file);
  await page.locator('#fb-run').waitFor();
}

test('cancel stops a run at once; the same file then runs to the end', async () => {
  const { page, context, errors } = await openBatch();
  await openLarge(page);
  // Cancel the moment the progress bar shows (a click from the test could
  // come after the end of a fast run).
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const cancel = document.querySelector('#fb-cancel');
      if (cancel) { observer.disconnect(); window.__progressAtCancel = document.querySelector('#fb-progress').getAttribute('value'); cancel.click(); }
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.click('#fb-run');
  await page.getByText('已取消。').waitFor();
  assert.equal(await page.locator('#fb-summary').count(), 0, 'no results from a cancelled run');
  assert.ok(Number(await page.evaluate(() => window.__progressAtCancel)) < 60500);
  // The page still works: the new worker has the file again.
  await page.click('#fb-run');
  await page.locator('.fb-results tbody tr').first().waitFor({ timeout: 120000 });
  assert.equal(await page.locator('#fb-rows').textContent(), '60,500');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('run asked for the instant a run is cancelled: it waits for the file to reach the new worker, then finishes', async () => {
  const { page, context, errors } = await openBatch();
  await openLarge(page);
  // Cancel, and ask for a run again at once, before the new worker can
  // have the file (it is read from disk again): that run once reached the
  // worker first, found no file, and the page waited for ever.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const cancel = document.querySelector('#fb-cancel');
      if (!cancel) return;
      observer.disconnect();
      cancel.click();
      // Once the page has drawn the cancel (a task later), as a quick hand would.
      setTimeout(() => {
        const run = document.querySelector('#fb-run');
        window.__runDisabled = run.disabled;
        run.click();
      }, 0);
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.click('#fb-run');
  await page.getByText('已取消。').waitFor();
  assert.equal(await page.evaluate(() => window.__runDisabled), true, 'no run before the new worker has the file');
  await page.click('#fb-run'); // waits until the button is enabled again
  await page.locator('.fb-results tbody tr').first().waitFor({ timeout: 120000 });
  assert.equal(await page.locator('#fb-rows').textContent(), '60,500');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('a GBK file with other headers: mapping corrected, remembered next time', async () => {
  const { context, page, errors } = await openBatch();
  await page.setInputFiles('#fb-file', path.join(ROOT, 'examples/batch/bureau-gbk.csv'));
  await page.locator('#fb-run').waitFor();
  assert.match(await page.locator('#fb-h-mapping + .fb-hint').textContent(), /表头与模板不同/);
  // Proposed from the headers' words.
  const label = async (header) => {
    const id = await page.locator('.fb-mapping-table label', { hasText: header }).getAttribute('for');
    return page.locator(`#${id} option:checked`).textContent();
  };
  assert.equal(await label('单位名称'), '企业名称');
  assert.equal(await label('营业收入2023(元)'), '2023年营业收入(元)');
  assert.equal(await label('备注'), '不读取');
  // The user says 从业人员数 is not to be read.
  const id = await page.locator('.fb-mapping-table label', { hasText: '从业人员数' }).getAttribute('for');
  await page.selectOption(`#${id}`, '');
  await page.click('#fb-run');
  await page.locator('.fb-results tbody tr').first().waitFor({ timeout: 60000 });
  assert.ok(Number((await page.locator('#fb-rows').textContent()).replace(/,/g, '')) > 0);

  // Next visit: the correction is remembered.
  await page.reload();
  await page.setInputFiles('#fb-file', path.join(ROOT, 'examples/batch/bureau-gbk.csv'));
  await page.locator('#fb-run').waitFor();
  assert.equal(await label('从业人员数'), '不读取', 'the correction is remembered');
  assert.equal(await label('单位名称'), '企业名称');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('the policy sandbox moves the budget, shown beside the policy as written', async () => {
  const { context, page, errors } = await openBatch();
  await screen(page, path.join(ROOT, 'examples/batch/enterprises.csv'));
  // A rule's notification list is the command line's --notices file.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'F3 通知名单 CSV' }).click()]);
  const notices = path.join(work, 'notices');
  execFileSync(assess, ['--batch', path.join(ROOT, 'examples/batch/enterprises.csv'), '--out', path.join(work, 'n.csv'),
    '--today', today(), '--notices', notices], { stdio: 'ignore' });
  assert.equal(dl.suggestedFilename(), 'enterprises-通知名单-F3.csv');
  assert.ok((await readFile(await dl.path())).equals(await readFile(path.join(notices, '通知名单-F3.csv'))),
    'the F3 list equals assess --notices');
  const total = async (cell) => Number((await page.locator(`#fb-budget .fb-total td:nth-child(${cell})`).textContent()).replace(/,/g, ''));
  const before = (await total(2)) + (await total(3));
  // A bad figure is refused beside its field, nothing runs.
  await page.fill('#fb-sb-f3a-0', '五十');
  await page.click('#fb-sandbox-run');
  await page.locator('#fb-sb-f3a-0-error').waitFor();
  assert.equal(await page.locator('#fb-sb-f3a-0').getAttribute('aria-invalid'), 'true');
  // Every F3 tier award doubled.
  const awards = [];
  for (let i = 0; await page.locator(`#fb-sb-f3a-${i}`).count(); i++) {
    const input = page.locator(`#fb-sb-f3a-${i}`);
    const value = i === 0 ? 50 : Number(await input.inputValue());
    awards.push(value);
    await input.fill(String(value * 2));
  }
  await page.click('#fb-sandbox-run');
  await page.waitForFunction(() => document.querySelectorAll('#fb-budget thead th').length === 6, null, { timeout: 60000 });
  assert.equal(before, (await total(2)) + (await total(3)), 'the policy as written keeps its budget');
  const sandbox = (await total(4)) + (await total(5));
  const change = await total(6);
  assert.ok(change > 0, `doubling F3 adds to the budget (${change})`);
  assert.equal(Math.round((sandbox - before) * 100), Math.round(change * 100));
  // The change is F3's own cash, doubled minus once.
  const f3 = page.locator('#fb-summary tbody tr', { hasText: 'F3' });
  const cashCell = await f3.locator('td:nth-child(5)').textContent();
  const [was, now] = cashCell.split('→').map((t) => Number(t.replace(/[^0-9.]/g, '')));
  assert.equal(now, was * 2, `F3 qualifying cash doubles: ${cashCell}`);
  // Back to the policy as written.
  await page.click('#fb-sandbox-reset');
  await page.waitForFunction(() => document.querySelectorAll('#fb-budget thead th').length === 3, null, { timeout: 60000 });
  assert.equal(await page.locator('#fb-sb-f3a-0').inputValue(), String(awards[0]));
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('with the network blocked, a whole run makes no request', async () => {
  const { context, page, errors } = await openBatch();
  // The worker starts with the page; wait until it is loaded and idle.
  await quiet(page);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => route.abort());
  await screen(page, path.join(ROOT, 'examples/batch/enterprises.csv'));
  await page.selectOption('#fb-f-rule', 'F1');
  await page.waitForFunction(() => !document.querySelector('#fb-matching').textContent.startsWith('55'));
  await download(page, '#fb-export-xlsx');
  await quiet(page);
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), [], 'no request left the page');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('accessible, fits and looks right at 1280 and 390 px, in both languages', async () => {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    for (const lang of ['zh', 'en']) {
      const { context, page, errors } = await openBatch({ width, height }, lang === 'en' ? '?lang=en' : '');
      await screen(page, path.join(ROOT, 'examples/batch/enterprises.csv'));
      await page.fill('#fb-sb-f1-0', '300');
      await page.click('#fb-sandbox-run');
      await page.waitForFunction(() => document.querySelectorAll('#fb-budget thead th').length === 6, null, { timeout: 60000 });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang === 'en' ? 'en' : 'zh-CN');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `${width} ${lang}: the page does not scroll sideways (${wide}px)`);
      await assertAccessible(page, `batch ${width} ${lang}`);
      await page.screenshot({ path: path.join(SHOTS, `batch-${width}-${lang}.png`), fullPage: width === 390 });
      await page.locator('#fb-h-table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `batch-${width}-${lang}-table.png`) });
      assert.deepEqual(errors.map(String), []);
      await context.close();
    }
  }
});

test('a list with a title row above its header: the header is found and the page says where', async () => {
  const { context, page, errors } = await openBatch();
  const source = await readFile(path.join(ROOT, 'examples/batch/enterprises.csv'));
  const file = path.join(work, '附件1-企业名单.csv');
  await writeFile(file, Buffer.concat([Buffer.from('附件1:2025 年企业名单,,,\r\n,,,\r\n'), source.subarray(3)]));
  await page.setInputFiles('#fb-file', file);
  await page.locator('#fb-run').waitFor();
  assert.match(await page.locator('.fb-status').first().textContent(), /55 行数据 · 表头在第 3 行,其上各行未读入/);
  // The template's headers, found under the title: no mapping to correct.
  assert.match(await page.locator('body').textContent(), /表头与模板一致/);
  await page.click('#fb-run');
  await page.locator('.fb-results tbody tr').first().waitFor({ timeout: 60000 });
  assert.equal(await page.locator('#fb-rows').textContent(), '55');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('a file that cannot be read is said beside the picker, in the page\'s language', async () => {
  const broken = path.join(work, 'broken.xlsx');
  await writeFile(broken, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('not a workbook')]));
  for (const [query, han] of [['', true], ['?lang=en', false]]) {
    const { context, page, errors } = await openBatch({ width: 1280, height: 900 }, query);
    await page.setInputFiles('#fb-file', broken);
    const message = await page.locator('#fb-file-error').textContent();
    assert.equal(/[\u4e00-\u9fff]/.test(message), han, message);
    assert.equal(await page.locator('#fb-file').getAttribute('aria-describedby'), 'fb-file-error');
    assert.equal(await page.locator('#fb-run').count(), 0, 'nothing to run');
    await assertAccessible(page, `a file that cannot be read${query}`);
    assert.deepEqual(errors.map(String), []);
    await context.close();
  }
});

test('a worker that cannot load is said plainly, nothing else breaks', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/fusion-batch-worker-/, (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${server.url}batch.html`);
  await page.getByRole('alert').filter({ hasText: '筛查模块无法启动' }).waitFor();
  assert.ok(await page.locator('#fb-template-xlsx').isVisible(), 'the page is still there');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('a file dropped on the page opens like a picked one', async () => {
  const { page, context, errors } = await openBatch();
  const text = await readFile(path.join(ROOT, 'examples/batch/enterprises.csv'), 'utf8');
  await page.evaluate((csv) => {
    const data = new DataTransfer();
    data.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    document.querySelector('.fb-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await page.locator('#fb-run').waitFor();
  assert.match(await page.locator('.fb-status').first().textContent(), /dropped\.csv · 55 行数据/);
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('embedded in a frame on a host page (EMBEDDING.md section 5), it screens a file', async () => {
  const host = await serve({ mounts: { '/zhengce/liangye/': path.join(ROOT, 'dist'), '/host/': path.join(ROOT, 'examples/embed') } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${host.origin}/host/batch.html`);
  const frame = page.frameLocator('#fusion-batch-frame');
  await frame.locator('.fb-page h1').waitFor();
  await frame.locator('#fb-file').setInputFiles(path.join(ROOT, 'examples/batch/enterprises.csv'));
  await frame.locator('#fb-run').click();
  await frame.locator('.fb-results tbody tr').first().waitFor({ timeout: 60000 });
  assert.equal(await frame.locator('#fb-rows').textContent(), '55');
  await context.close();
  await host.close();
});

test('the interview links to the batch page, whose bundle it never loads', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(server.url);
  await page.locator('[data-fusion-check]').evaluate((el) => new Promise((resolve) => {
    const t = setInterval(() => { if (el.shadowRoot?.querySelector('h1')) { clearInterval(t); resolve(); } }, 50);
  }));
  await quiet(page);
  assert.deepEqual(fetched.filter((u) => /batch/.test(u)), [], 'nothing of the batch page in the first load');
  await page.click('footer a[lang="zh-CN"]');
  await page.locator('.fb-page h1').waitFor();
  assert.equal(await page.locator('.fb-page h1').textContent(), '批量筛查');
  await context.close();
});
