// Helpers for driving the interview as a user does: by label, by typing, by
// clicking; and for reading the result panel's figures back.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { ROOT } from './support.mjs';

/** The hand-checked expectation for an example enterprise (derived from
 * the policy text, keyed by rule, then data year). */
export async function expected(name) {
  return JSON.parse(await readFile(path.join(ROOT, 'examples/expected', `${name}.json`), 'utf8'));
}

/** The expectation's outcomes as one list of { rule, year, level, amount_yuan }. */
export function expectedOutcomes(exp) {
  return Object.entries(exp.rules).flatMap(([rule, entries]) =>
    entries.map((e) => ({ rule, year: e.year, level: e.level, amount_yuan: e.amount_yuan })));
}

/** The example enterprise's answers file (for the figures to type). */
export async function answersOf(name) {
  return JSON.parse(await readFile(path.join(ROOT, 'examples/answers', `${name}.json`), 'utf8'));
}

/** Yuan as typed in 万元, the form's default unit ("106000000" → "10,600"). */
export function wan(yuan) {
  const v = Number(yuan) / 10000;
  return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** The interview column and the result panel of the (only) widget. */
export const interview = (page) => page.locator('.fc-interview');
export const result = (page) => page.locator('.fc-result');

/** Loads the sample `name` (its option's data-sample) and waits for its
 * result with its 差多少达标 computed. */
export async function loadSample(page, name) {
  const menu = page.getByLabel(/示例企业|Sample enterprises/);
  await menu.selectOption(await menu.locator(`option[data-sample="${name}"]`).getAttribute('value'));
  await page.getByRole('button', { name: /载入示例|Load sample/ }).click();
  await page.locator('.fc-result[data-plan="ready"]').waitFor();
}

/** Waits until the result panel shows the on-demand module's reply for
 * the answers on show (`data-plan="ready"`): the module assesses them and
 * writes the panel after each change, and the panel keeps the last reply,
 * marked `computing`, until the new one is in. */
export async function settled(page) {
  await page.locator('.fc-result[data-plan="ready"]').waitFor();
}

/** The result panel's text once the module's reply has settled (ready,
 * or failed, or nothing to assess yet). */
export async function settledText(page) {
  await page.locator('.fc-result:not([data-plan="computing"])').waitFor();
  return result(page).innerText();
}

/** Every value the form shows now (units too), by field id suffix (ids carry a random prefix). */
export async function formValues(page) {
  return interview(page).locator('input, select').evaluateAll((els) => els.map((e) => {
    const id = e.id.replace(/^fc[0-9a-z]+-/, '');
    if (e.type === 'radio' || e.type === 'checkbox') return `${id}=${e.checked}`;
    return `${id}=${e.value}`;
  }).filter((v) => !v.startsWith('samples=')));
}

/** Clicks 开始自测 and waits for the first step. */
export async function start(page) {
  await page.getByRole('button', { name: '开始自测' }).click();
  await page.locator('.fc-step h2').waitFor();
}

/** The current step's heading text. */
export async function stepTitle(page) {
  return (await page.locator('.fc-step h2').textContent()).trim();
}

/** Goes to the next step and checks that focus landed on its heading. */
export async function next(page, expectedTitle) {
  await interview(page).getByRole('button', { name: /下一步|Next/ }).click();
  if (expectedTitle) assert.equal(await stepTitle(page), expectedTitle);
  assert.equal(await page.evaluate(() => __fcActive()?.tagName), 'H2');
}

/** Jumps to a step by its button in the progress list. */
export async function goToStep(page, title) {
  await page.locator('.fc-steps').getByRole('button', { name: title }).click();
  assert.equal(await stepTitle(page), title);
}

/** The field by its id, which survives a change of language (its label does not). */
async function byId(page, field) {
  return page.locator(`[id="${await field.getAttribute('id')}"]`);
}

/** Types into the field labelled `label` (exact), replacing what is there. */
export async function type(page, label, text) {
  const field = interview(page).getByLabel(label, { exact: true });
  await field.fill(text);
  return byId(page, field);
}

/** Types key by key, as on a keyboard, then leaves the field. */
export async function typeKeys(page, label, text) {
  const field = interview(page).getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(text);
  await field.blur();
  return byId(page, field);
}

/** Chooses an option of the select labelled `label`. */
export async function choose(page, label, option, { nth } = {}) {
  let field = interview(page).getByLabel(label, { exact: true });
  if (nth !== undefined) field = field.nth(nth);
  await field.selectOption({ label: option });
}

/** Answers a radio group (fieldset named `legend`) with `option`. */
export async function answer(page, legend, option) {
  await interview(page).getByRole('group', { name: legend, exact: true }).getByLabel(option, { exact: true }).check();
}

/** Ticks checkboxes by their labels. */
export async function tick(page, ...labels) {
  for (const label of labels) await interview(page).getByLabel(label, { exact: true }).check();
}

/** The message shown beside a field, and whether the field is marked invalid. */
export async function fieldError(field) {
  const id = await field.getAttribute('id');
  const page = field.page();
  const message = (await page.locator(`[id="${id}-err"]`).textContent()).trim();
  return { message, invalid: (await field.getAttribute('aria-invalid')) === 'true' };
}

/** Every outcome line of the result panel, as the engine's JSON names them. */
export async function panelOutcomes(page) {
  await settled(page);
  return result(page).locator('li.fc-outcome').evaluateAll((items) =>
    items.map((li) => ({
      rule: li.dataset.rule,
      year: li.dataset.year ? Number(li.dataset.year) : undefined,
      level: li.dataset.level,
      amount: li.querySelector('summary .fc-amount')?.dataset.yuan,
    })),
  );
}

/**
 * The amount of the one element matching `selector` inside `scope`, in yuan.
 * A missing (or doubled) element fails: a panel that lost its total must not
 * read as 0. Tests that expect an element to be absent say so with
 * `assertAbsent`.
 */
export async function amountOf(scope, selector) {
  const el = scope.locator(selector);
  const n = await el.count();
  assert.equal(n, 1, `${selector}: ${n} elements, one expected`);
  const yuan = await el.getAttribute('data-yuan');
  assert.match(yuan ?? '', /^-?\d+(\.\d+)?$/, `${selector}: data-yuan ${yuan}`);
  return Number(yuan);
}

/** Asserts, on purpose, that nothing matches `selector` inside `scope`. */
export async function assertAbsent(scope, selector, why) {
  assert.equal(await scope.locator(selector).count(), 0, `${selector} should be absent: ${why}`);
}

/** The cash total that qualifies, as the panel shows it (it must show it). */
export const qualifiesTotal = async (page) => {
  await settled(page);
  return amountOf(result(page), '[data-total="qualifies"] .fc-amount');
};

/**
 * The panel's totals, by the engine's field names. The tax path total is
 * shown only when not zero: `null` when absent (the caller decides whether
 * that is right); the other totals must be there.
 */
export async function panelTotals(page) {
  await settled(page);
  const r = result(page);
  const rows = (table, key) => r.locator(`${table} tbody tr`).evaluateAll(
    (trs, key) => trs.map((tr) => ({
      [key]: key === 'year' ? Number(tr.dataset.year) : tr.dataset.rule,
      qualifies_yuan: Number(tr.querySelectorAll('.fc-amount')[0].dataset.yuan),
      likely_yuan: Number(tr.querySelectorAll('.fc-amount')[1].dataset.yuan),
    })),
    key,
  );
  const possible = '[data-total="tax-possible"] .fc-amount';
  return {
    cash_qualifies_yuan: await amountOf(r, '[data-total="qualifies"] .fc-amount'),
    cash_likely_yuan: await amountOf(r, '[data-total="likely"] .fc-amount'),
    tax_estimate_yuan: await amountOf(r, '[data-total="tax"] .fc-amount'),
    tax_possible_yuan: (await r.locator(possible).count()) ? await amountOf(r, possible) : null,
    cash_by_year: await rows('.fc-by-year', 'year'),
    cash_by_rule: await rows('.fc-by-rule', 'rule'),
  };
}

/** Asserts the panel shows exactly the engine's expected assessment. */
export async function assertPanelMatches(page, exp, label) {
  const got = await panelOutcomes(page);
  const key = (o) => `${o.rule}/${o.year ?? '-'}`;
  const byKey = new Map(got.map((o) => [key(o), o]));
  const outcomes = expectedOutcomes(exp);
  for (const want of outcomes) {
    const line = byKey.get(key(want));
    assert.ok(line, `${label}: ${key(want)} missing from the panel (shown: ${[...byKey.keys()].join(' ')})`);
    assert.equal(line.level, want.level, `${label}: level of ${key(want)}`);
    if (want.amount_yuan !== undefined) {
      assert.equal(Number(line.amount), Number(want.amount_yuan), `${label}: amount of ${key(want)}`);
    }
  }
  assert.equal(got.length, outcomes.length, `${label}: ${got.map(key).join(' ')}`);
  const t = await panelTotals(page);
  const e = exp.totals;
  assert.equal(t.cash_qualifies_yuan, Number(e.cash_qualifies_yuan), `${label}: cash qualifies`);
  assert.equal(t.cash_likely_yuan, Number(e.cash_likely_yuan), `${label}: cash likely`);
  assert.equal(t.tax_estimate_yuan, Number(e.tax_estimate_yuan), `${label}: tax estimate`);
  // The path total is left out when it is zero: absent only then.
  const possible = Number(e.tax_possible_yuan ?? 0);
  if (possible === 0) await assertAbsent(result(page), '[data-total="tax-possible"]', `${label}: no tax path`);
  else assert.equal(t.tax_possible_yuan, possible, `${label}: tax possible`);
  const num = (rows, key) => rows.map((r) => ({
    [key]: key === 'year' ? Number(r[key]) : r[key],
    qualifies_yuan: Number(r.qualifies_yuan),
    likely_yuan: Number(r.likely_yuan),
  }));
  assert.deepEqual(t.cash_by_year, num(e.cash_by_year, 'year'), `${label}: by year`);
  assert.deepEqual(t.cash_by_rule, num(e.cash_by_rule, 'rule'), `${label}: by rule`);
}
