// End-to-end: the SEU log and the SEU plan. Log SEUs across the window boundary and see exactly
// the right total; plan activities and see the pace; and with 5,000 logged entries, time adding
// one and filtering (printed, not asserted).
// The page's clock is fixed at 25 Nov 2026 (UTC) so the dates are known.

import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { recordRequests, runAxe } from './browser.mjs';
import { KEY, addCertification, logActivity, stored as storedJourney, useApp } from './app.mjs';

const app = useApp({
  prefix: '/teams/seu-planner/',
  timeout: 20_000,
  now: new Date('2026-11-25T10:00:00Z'),
  contextOptions: { timezoneId: 'UTC' },
});
const { newContext, open } = app;

const text = async (page, id) => (await page.getByTestId(id).textContent()).trim();
const row = (page, title) => page.getByRole('row').filter({ hasText: title });

test('log SEUs across the window boundary and the daily cap; the totals are exact', async () => {
  const context = await newContext();
  const net = recordRequests(context, app.server.origin);
  const { page, errors } = await open(context, '#/seus');
  // Nothing held yet: the page says so and links to the certifications.
  await page.getByText('Nothing you hold needs SEUs').waitFor();
  await page.getByRole('link', { name: 'Add your certifications' }).waitFor();

  // A CSPO earned 10 Jun 2025 expires 10 Jun 2027; SEUs count from 10 Dec 2024 (30 months).
  await addCertification(page, { kind: 'CSPO', earned: '2025-06-10', added: true });
  await page.getByRole('link', { name: 'SEU log' }).click();
  await page.getByRole('heading', { name: 'Log an activity' }).waitFor();

  await logActivity(page, { date: '2024-12-09', hours: 2, title: 'Day before the window', evidence: 'javascript:alert(1)' });
  await logActivity(page, { date: '2024-12-10', hours: 1, title: 'First day of the window', evidence: 'https://example.com/cert' });
  await logActivity(page, { date: '2026-03-04', hours: 5, title: 'Conference day', category: 'Events', source: 'Conference' });
  await logActivity(page, { date: '2026-03-04', hours: 3, minutes: 30, title: 'Evening meetup', category: 'Events', source: 'Local user group' });

  assert.equal(await text(page, 'seus-logged'), '11.5');
  assert.equal(await text(page, 'seus-counted'), '9'); // 1 + 8 (cap), not the day before
  assert.equal(await text(page, 'seus-required'), '20');
  assert.equal(await text(page, 'seu-deadline'), '10 Jun 2027');
  await row(page, 'Day before the window').getByText('before the window (starts 10 Dec 2024)').waitFor();
  await row(page, 'First day of the window').getByText('counts 1 SEU').waitFor();
  await row(page, 'Conference day').getByText('counts 5 SEUs').waitFor();
  await row(page, 'Evening meetup').getByText('only 3 of 3.5 count: 8-SEU daily cap').waitFor();

  // Evidence: a link only for http(s); anything else is plain text.
  const link = row(page, 'First day of the window').getByRole('link', { name: 'https://example.com/cert' });
  assert.equal(await link.getAttribute('href'), 'https://example.com/cert');
  await row(page, 'Day before the window').getByText('javascript:alert(1)').waitFor();
  assert.equal(await row(page, 'Day before the window').getByRole('link').count(), 0);

  // A future date is refused at the field.
  await page.getByLabel('Date', { exact: true }).fill('2026-11-26');
  await page.getByLabel('Hours').fill('1');
  await page.getByLabel('Title').fill('Tomorrow');
  await page.getByRole('button', { name: 'Log activity' }).click();
  await page.getByText('26 Nov 2026 is in the future.', { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Date', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Date', { exact: true }).getAttribute('aria-describedby'), 'seu-date-error');

  // Edit: move the first entry one day into the window: now 2 more count.
  await page.getByRole('button', { name: 'Edit Day before the window' }).click();
  await page.getByRole('heading', { name: 'Edit "Day before the window"' }).waitFor();
  await page.getByLabel('Date', { exact: true }).fill('2024-12-10');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await row(page, 'Day before the window').getByText('counts 2 SEUs').waitFor();
  assert.equal(await text(page, 'seus-counted'), '11');

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete Conference day' }).click();
  await row(page, 'Conference day').waitFor({ state: 'detached' });
  // With the conference gone the meetup counts fully: 2 + 1 + 3.5.
  assert.equal(await text(page, 'seus-counted'), '6.5');
  await page.getByRole('button', { name: 'Undo deleting Conference day' }).click();
  await row(page, 'Conference day').waitFor();
  assert.equal(await text(page, 'seus-counted'), '11');

  // Filter by category and by date range; sort by SEUs.
  await page.getByLabel('Filter by category').selectOption({ label: 'Events' });
  await page.getByText('2 of 4 entries match, 8.5 SEUs logged. Showing 2.').waitFor();
  await page.getByLabel('Filter by category').selectOption({ label: 'All categories' });
  await page.getByLabel('From date').fill('2025-01-01');
  await page.getByText('2 of 4 entries match').waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByText('4 entries, 11.5 SEUs logged. Showing 4.').waitFor();
  await page.getByLabel('Sort by').selectOption('SEUs');
  // Newest, largest first: the 5 h conference day, then the 3.5 h meetup.
  const order = ['Conference day', 'Evening meetup', 'Day before the window', 'First day of the window'];
  const titles = async () => {
    const rows = (await page.getByRole('table').getByRole('row').all()).slice(1);
    return Promise.all(rows.map(async (r) => (await r.getByRole('cell').nth(1).textContent()).trim()));
  };
  for (let i = 0; i < 50 && !(await titles())[0]?.startsWith(order[0]); i++) await page.waitForTimeout(50);
  const shown = await titles();
  order.forEach((title, i) => assert.ok(shown[i].startsWith(title), `row ${i}: ${shown[i]}`));

  // Reload: everything is still there.
  await page.reload();
  await page.locator('#page-title').waitFor();
  assert.equal(await text(page, 'seus-counted'), '11');
  const stored = await storedJourney(page);
  assert.equal(stored.seu_log.length, 4);
  assert.equal(stored.seu_log.find((e) => e.title === 'Evening meetup').minutes, 210);

  const axe = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa'] });
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
  errors.assertNone();
  net.assertSameOrigin();
  await context.close();
});

test('a row\'s button keeps the keyboard focus when another tab changes the log', async () => {
  const context = await newContext();
  const { page: first, errors } = await open(context, '#/seus');
  await logActivity(first, { date: '2026-10-01', hours: 2, title: 'Book club' });
  await logActivity(first, { date: '2026-10-08', hours: 1, title: 'Refinement webinar' });
  const { page: second } = await open(context, '#/seus');

  const remove = row(first, 'Book club').getByRole('button', { name: /Delete/ });
  await remove.focus();
  const name = await remove.getAttribute('aria-label');
  await logActivity(second, { date: '2026-10-15', hours: 3, title: 'Meetup talk' });
  await row(first, 'Meetup talk').waitFor();
  assert.equal(await first.evaluate(() => document.activeElement?.getAttribute('aria-label')), name);

  // The key acts on the entry it is on.
  await first.keyboard.press('Enter');
  await row(first, 'Book club').waitFor({ state: 'detached' });
  await row(first, 'Refinement webinar').waitFor();
  await row(first, 'Meetup talk').waitFor();
  errors.assertNone();
  await context.close();
});

test('plan activities and see earned, planned, still missing and the pace', async () => {
  const context = await newContext();
  const { page, errors } = await open(context, '#/seu-plan');
  await page.getByText('Nothing you hold needs SEUs, so there is no renewal to plan toward.').waitFor();

  // A CSPO earned 25 Nov 2025: due 25 Nov 2027, 20 SEUs, 12 months from today; 4 SEUs logged.
  await addCertification(page, { kind: 'CSPO', earned: '2025-11-25', added: true });
  await page.getByRole('link', { name: 'SEU log' }).click();
  await logActivity(page, { date: '2026-06-01', hours: 4, title: 'Scrum gathering', category: 'Events' });
  await page.getByRole('link', { name: 'SEU plan' }).click();
  await page.getByRole('heading', { name: 'Against your next renewal' }).waitFor();
  assert.equal(await text(page, 'plan-earned'), '4');
  assert.equal(await text(page, 'plan-planned'), '0');
  assert.equal(await text(page, 'plan-missing'), '16');
  assert.equal(await text(page, 'plan-pace'), '1.4'); // 16 SEUs over 12 months, rounded up

  // A webinar, 1 h, every month from 1 Dec 2026: 12 before the deadline.
  await page.getByLabel('Title').fill('Monthly webinar');
  await page.getByLabel('Source').selectOption({ label: 'Live or recorded webinar' });
  await page.getByLabel('Hours').fill('1');
  await page.getByLabel('Repeats').selectOption({ label: 'Every few months' });
  await page.getByLabel('First date').fill('2026-12-01');
  await page.getByLabel('Every how many months').fill('1');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await page.getByRole('status').getByText('Planned "Monthly webinar".').waitFor();
  await row(page, 'Monthly webinar').getByText('every month from 1 Dec 2026').waitFor();
  await row(page, 'Monthly webinar').getByText('12 × 1 SEU = 12 SEUs').waitFor();
  assert.equal(await text(page, 'plan-planned'), '12');
  assert.equal(await text(page, 'plan-missing'), '4');
  const warnings = page.getByRole('region', { name: 'Warnings' });
  await warnings.getByText('Your plan does not reach the requirement by 25 Nov 2027: 4 SEUs are still missing.', { exact: false }).waitFor();
  await page.getByText('All certifications: 4 earned + 12 planned of 20 SEUs').waitFor();

  // "Read a book, 6 h, by March": the plan now reaches the requirement.
  await page.getByLabel('Title').fill('Read a book');
  await page.getByLabel('Source').selectOption({ label: 'Books, blogs and articles' });
  await page.getByLabel('Hours').fill('6');
  await page.getByLabel('Repeats').selectOption({ label: 'Once' });
  await page.getByLabel('Date', { exact: true }).fill('2027-03-01');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await row(page, 'Read a book').getByText('once on 1 Mar 2027').waitFor();
  assert.equal(await text(page, 'plan-planned'), '18');
  assert.equal(await text(page, 'plan-missing'), '0');
  await warnings.waitFor({ state: 'detached' });
  await page.getByText('your plan covers it', { exact: false }).waitFor();

  // Breakdown by month shows March 2027: 1 (webinar) + 6 (book) planned.
  const march = page.getByRole('table', { name: 'By month' }).getByRole('row', { name: /Mar 2027/ });
  assert.deepEqual(await march.getByRole('cell').allTextContents(), ['0', '7']);
  const learning = page.getByRole('table', { name: 'By category' }).getByRole('row', { name: /Learning/ });
  assert.deepEqual(await learning.getByRole('cell').allTextContents(), ['0', '18', '18']);

  // A planned day over the cap: 7 h on 1 Mar 2027 besides the book's 6 h.
  await page.getByLabel('Title').fill('Hackathon');
  await page.getByLabel('Hours').fill('3');
  await page.getByLabel('Date', { exact: true }).fill('2027-03-01');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await warnings.getByText('1 Mar 2027: 10 SEUs logged and planned, over the 8-SEU daily cap; only 8 count.').waitFor();
  await row(page, 'Hackathon').getByText('1 × 3 SEUs = 3 SEUs, 1 count (daily cap)').waitFor();

  // Delete with undo; a bad form is explained at the field.
  await page.getByRole('button', { name: 'Delete Hackathon' }).click();
  await row(page, 'Hackathon').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo deleting Hackathon' }).click();
  await row(page, 'Hackathon').waitFor();
  await page.getByLabel('Title').fill('Past thing');
  await page.getByLabel('Hours').fill('1');
  await page.getByLabel('Date', { exact: true }).fill('2026-01-01');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await page.getByText('1 Jan 2026 is in the past.', { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Date', { exact: true }).getAttribute('aria-invalid'), 'true');

  const axe = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa'] });
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
  errors.assertNone();
  await context.close();
});

test('phone width: the SEU pages do not scroll sideways', async () => {
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const { page } = await open(context, '#/seus');
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k, v),
    [KEY, JSON.stringify(seedJourney(30))],
  );
  for (const hash of ['#/seus', '#/seu-plan']) {
    await page.goto(app.server.url + hash);
    await page.reload();
    await page.getByRole('heading', { name: hash === '#/seus' ? 'Your log' : 'Against your next renewal' }).waitFor();
    await page.getByRole('table').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${hash} scrolls sideways by ${overflow}px`);
  }
  await context.close();
});

/** A journey with a CSPO and `count` logged entries over four years. */
function seedJourney(count) {
  const categories = ['Events', 'Learning', 'Volunteering', 'Other'];
  const sources = ['Reading', 'UserGroup', 'HelpingOthers', 'Webinar', 'Course', 'Conference', 'Other'];
  const start = Date.UTC(2026, 10, 25);
  const seu_log = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(start - ((i * 7) % 1460) * 86_400_000).toISOString().slice(0, 10);
    seu_log.push({
      id: 10 + i,
      date,
      minutes: 30 + ((i * 37) % 240),
      category: categories[i % 4],
      source: sources[i % 7],
      title: `Activity ${i} on agile topic ${i % 97}`,
      notes: 'Notes about what was learned',
      evidence: 'https://example.com/evidence',
      used_by_renewal: null,
    });
  }
  return {
    version: 3,
    revision: 1,
    next_id: 10 + count,
    certifications: [{ id: 1, kind: 'CSPO', earned: '2025-03-01' }, { id: 2, kind: 'CSM', earned: '2025-08-15' }],
    seu_log,
    planned_activities: [{ id: 5, title: 'Monthly webinar', source: 'Webinar', category: 'Learning', minutes_each: 60, schedule: { kind: 'monthly', every: 1, from: '2026-12-01', until: null } }],
  };
}

test('5,000 logged entries: time to add one and to filter (printed, not asserted)', async () => {
  const context = await newContext();
  const { page, errors } = await open(context, '#/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(seedJourney(5000))]);

  let t0 = performance.now();
  await page.goto(app.server.url + '#/seus');
  await page.reload();
  await page.getByText('5000 entries,', { exact: false }).waitFor();
  const openMs = performance.now() - t0;
  // Only a page of rows is rendered, with a way to see more.
  assert.equal(await page.getByRole('table').getByRole('row').count(), 51);
  await page.getByRole('button', { name: 'Show more (50 more)' }).waitFor();

  const adds = [];
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('Date', { exact: true }).fill('2026-11-20');
    await page.getByLabel('Hours').fill('1');
    await page.getByLabel('Title').fill(`Timed entry ${i}`);
    t0 = performance.now();
    await page.getByRole('button', { name: 'Log activity' }).click();
    await page.getByText(`${5001 + i} entries,`, { exact: false }).waitFor();
    adds.push(performance.now() - t0);
  }
  // An added entry draws its own row only: the other rows on the page keep their elements (the
  // browser lays out one new row, not fifty).
  await page.evaluate(() => document.querySelectorAll('.seu-table tbody tr').forEach((tr) => (tr.__drawn = true)));
  await page.getByLabel('Date', { exact: true }).fill('2026-11-21');
  await page.getByLabel('Hours').fill('1');
  await page.getByLabel('Title').fill('Drawn alone');
  await page.getByRole('button', { name: 'Log activity' }).click();
  await page.getByText('5004 entries,', { exact: false }).waitFor();
  await page.locator('.seu-table tbody strong', { hasText: 'Drawn alone' }).waitFor();
  const drawn = await page.evaluate(() =>
    [...document.querySelectorAll('.seu-table tbody tr')].map((tr) => [tr.__drawn === true, tr.querySelector('strong').textContent]),
  );
  assert.equal(drawn.length, 50);
  assert.deepEqual(drawn.filter(([kept]) => !kept).map(([, title]) => title), ['Drawn alone']);

  const filters = [];
  // 1,250 seeded entries a category; the 4 added ones are Learning.
  for (const [label, shows] of [['Learning', '1254 of 5004 entries match'], ['Events', '1250 of 5004 entries match'], ['All categories', '5004 entries,']]) {
    t0 = performance.now();
    await page.getByLabel('Filter by category').selectOption({ label });
    await page.getByText(shows, { exact: false }).waitFor();
    filters.push(performance.now() - t0);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`SEU log in the browser, 5,000 entries (release build, headless Chromium):`);
  console.log(`  open the log page: ${openMs.toFixed(0)} ms`);
  console.log(`  add an entry through the form, until the list shows it: median ${median(adds).toFixed(0)} ms (${adds.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`  apply a category filter, until the list shows it: median ${median(filters).toFixed(0)} ms (${filters.map((x) => x.toFixed(0)).join(', ')})`);

  // The plan page computes its figures from the same 5,000 entries.
  t0 = performance.now();
  await page.getByRole('link', { name: 'SEU plan' }).click();
  await page.getByTestId('plan-pace').waitFor();
  console.log(`  open the plan page: ${(performance.now() - t0).toFixed(0)} ms`);
  errors.assertNone();
  await context.close();
});
