// End-to-end: nothing a person types can lock their journey. A year typed with too few digits
// is refused in every date field of every form that stores (a message at the field, nothing
// stored, the journey opens at the next start); a stored journey refused for one record opens
// without it after one explicit choice, the original kept byte for byte.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { runAxe } from './browser.mjs';
import { KEY, addCertification, storedText, useApp } from './app.mjs';

const app = useApp({ prefix: '/team/cert-planner/' });

const SHORT_YEAR = '0025-03-01';
const REFUSED = /is not a date this app can keep|Nothing was saved/;

async function noViolations(page, what) {
  const result = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${what}`);
}

/**
 * Fills the date field `label` (in `scope`) with a year of two digits, submits with `submit`,
 * and checks that the field says why and that nothing was stored.
 */
async function refusedAt(page, scope, label, submit) {
  const before = await storedText(page);
  const field = scope.getByLabel(label, { exact: true });
  assert.equal(await field.getAttribute('min'), '1900-01-01', `${label}: min`);
  await field.fill(SHORT_YEAR);
  await scope.getByRole('button', { name: submit, exact: true }).click();
  await scope.getByText(REFUSED).first().waitFor();
  assert.equal(await storedText(page), before, `${label}: nothing was stored`);
  await field.fill('');
}

test('a year typed with too few digits is refused in every date field and the journey still opens', async () => {
  const context = await app.newContext();
  try {
    const { page, errors } = await app.open(context, '#/certifications');
    await addCertification(page, { kind: 'CSPO', earned: '2025-03-14', added: true });

    // Certifications: the date earned, another body's expiry, a course taken.
    await refusedAt(page, page, 'Date earned', 'Add certification');
    await page.getByLabel('Certification', { exact: true }).selectOption('other');
    await page.getByLabel('Name of the certification').fill('Kanban');
    await page.getByLabel('Date earned').fill('2024-01-10');
    await refusedAt(page, page, 'Expiry date (leave empty if it does not expire)', 'Add certification');
    const course = page.getByRole('region', { name: 'I took a course' });
    await course.getByLabel('Teaching hours a day').fill('8');
    await course.getByLabel('Last course day').fill('2026-03-04');
    await refusedAt(page, course, 'First course day', 'Record the course');
    await course.getByLabel('First course day').fill('2026-03-03');
    await refusedAt(page, course, 'Last course day', 'Record the course');

    // The SEU log.
    await app.go(page, '#/seus');
    await page.getByLabel('Hours').fill('1');
    await page.getByLabel('Title').fill('Typo');
    await refusedAt(page, page, 'Date', 'Log activity');

    // The SEU plan: once, then every few weeks until a date.
    await app.go(page, '#/seu-plan');
    await page.getByLabel('Title').fill('Meetup');
    await page.getByLabel('Hours').fill('1');
    await refusedAt(page, page, 'Date', 'Add to plan');
    await page.getByLabel('Repeats').selectOption({ label: 'Every few weeks' });
    await page.getByLabel('Every how many weeks').fill('2');
    await refusedAt(page, page, 'First date', 'Add to plan');
    await page.getByLabel('First date').fill('2027-01-05');
    await refusedAt(page, page, 'Until (optional)', 'Add to plan');

    // The renewal timeline.
    await app.go(page, '#/timeline');
    const renewal = page.getByRole('region', { name: 'Record a renewal' });
    await refusedAt(page, renewal, 'Date of the renewal', 'Record renewal');

    // Training choice: an offer's start and end.
    await app.go(page, '#/training');
    await page.getByLabel('Training provider').fill('Acme');
    await page.getByLabel('Price').fill('900');
    await page.getByLabel('End date').fill('2027-02-02');
    await refusedAt(page, page, 'Start date', 'Add offer');
    await page.getByLabel('Start date').fill('2027-02-01');
    await refusedAt(page, page, 'End date', 'Add offer');

    // The path: a role's start and end.
    await app.go(page, '#/path');
    await page.getByLabel('Role title').fill('Product Owner');
    await refusedAt(page, page, 'Start date', 'Add role');
    await page.getByLabel('Start date').fill('2024-01-01');
    await page.getByLabel('I still work in this role').uncheck();
    await refusedAt(page, page, 'End date', 'Add role');

    // The next start opens the journey.
    await page.reload();
    await page.locator('#page-title').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Your saved data could not be opened' }).count(), 0);
    const journey = JSON.parse(await storedText(page));
    assert.equal(journey.certifications.length, 1);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`a stored journey refused for one record opens without it after the choice (${colorScheme})`, async () => {
    const context = await app.newContext({ colorScheme });
    try {
      const { page } = await app.open(context, '#/');
      await page.getByRole('button', { name: 'Show me an example' }).click();
      await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
      const journey = JSON.parse(await storedText(page));
      const count = journey.seu_log.length;
      const bad = journey.seu_log[0];
      bad.date = SHORT_YEAR;
      const broken = JSON.stringify(journey);
      await page.evaluate(([k, text]) => localStorage.setItem(k, text), [KEY, broken]);
      await page.reload();
      await page.locator('#page-title').waitFor();

      const alert = page.getByRole('alert').filter({ hasText: 'Your saved data could not be opened' });
      await alert.waitFor();
      await noViolations(page, 'the message that the saved data could not be opened');
      await alert.getByRole('link', { name: 'see which records' }).click();
      await page.getByRole('heading', { name: 'Only some records stop your journey from opening' }).waitFor();
      await page.locator('ul.set-aside').getByText(`(id ${bad.id}, "${bad.title}")`).waitFor();
      await page.locator('ul.set-aside').getByText('1 Mar 0025 is outside 1 Jan 1900 to 31 Dec 2199').waitFor();
      assert.equal(await storedText(page), broken, 'nothing is set aside before the choice');
      await noViolations(page, 'the way back in');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the records set aside' }).click();
      const setAside = JSON.parse(await readFile(await (await download).path(), 'utf8'));
      assert.equal(setAside.set_aside[0].record.id, bad.id);

      await page.getByRole('button', { name: 'Open my journey without this record' }).click();
      await page.getByRole('status').getByText('Your journey is open without 1 record').waitFor();
      assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be opened' }).count(), 0);
      const opened = JSON.parse(await storedText(page));
      assert.equal(opened.seu_log.length, count - 1);
      assert.ok(opened.seu_log.every((e) => e.id !== bad.id));
      const kept = await page.evaluate((k) => localStorage.getItem(k), `${KEY}.unreadable`);
      assert.equal(kept, broken, 'the original is kept byte for byte');

      await page.reload();
      await page.locator('#page-title').waitFor();
      assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be opened' }).count(), 0);
      await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
    } finally {
      await context.close();
    }
  });
}

/** Stores the example journey from the dashboard (no later page visited) and returns its text. */
async function exampleStored(page) {
  await page.getByRole('button', { name: 'Show me an example' }).click();
  await page.getByRole('status').getByText('Example journey loaded.', { exact: false }).waitFor();
  return storedText(page);
}

test('an older stored journey is brought up to date at the start, its old text kept', async () => {
  const context = await app.newContext();
  try {
    const { page, errors } = await app.open(context, '#/');
    const current = await exampleStored(page);
    const older = current.replace(/^\{"version":\d+/, '{"version":4');
    assert.notEqual(older, current);
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, older]);
    await page.reload();
    await page.getByText('Your saved data was updated from format version 4; a copy of the old data is kept.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('cert-planner.journey.before-migration.v4')), older);
    assert.equal(JSON.parse(await storedText(page)).version, JSON.parse(current).version);
    await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('when the part that reads an older journey cannot be fetched, the app starts without saving and overwrites nothing', async () => {
  // No service worker, and the pages' module refused: as on a first start offline after an update.
  const context = await app.newContext({ serviceWorkers: 'block' });
  try {
    const { page } = await app.open(context, '#/');
    const older = (await exampleStored(page)).replace(/^\{"version":\d+/, '{"version":4');
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, older]);
    await context.route('**/split_later_pages*.wasm', (route) => route.abort());
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Changes are not being saved' });
    await banner.getByText('the part of the app that opens your saved data could not be fetched', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Show me an example' }).click();
    assert.equal(await storedText(page), older);
  } finally {
    await context.close();
  }
});
