// End-to-end: the certification path page. Enter roles and see the months and the earliest
// eligible date; tick learning objectives and see the area's progress survive a reload.
// The page's clock is fixed at 25 Nov 2026 (UTC) so the dates are known.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordRequests, runAxe } from './browser.mjs';
import { addCertification, stored as storedJourney, useApp } from './app.mjs';

const app = useApp({
  prefix: '/teams/path-planner/',
  hash: '#/path',
  now: new Date('2026-11-25T10:00:00Z'),
  contextOptions: { timezoneId: 'UTC' },
});
const { newContext, open } = app;

async function addRole(page, { title, kind, start, end }) {
  await page.getByLabel('Role title').fill(title);
  await page.getByLabel('Kind of work').selectOption({ label: kind });
  await page.getByLabel('Start date').fill(start);
  const ongoing = page.getByLabel('I still work in this role');
  if (end) {
    if (await ongoing.isChecked()) await ongoing.uncheck();
    await page.getByLabel('End date').fill(end);
  } else {
    await ongoing.check();
  }
  await page.getByRole('button', { name: 'Add role' }).click();
}

test('enter roles and see the months and the earliest eligible date for A-CSPO', async () => {
  const context = await newContext();
  const net = recordRequests(context, app.server.origin);
  const { page, errors } = await open(context, '#/certifications');
  // A CSPO held: A-CSPO is the next step of the Product Owner track.
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
  await page.getByRole('listitem', { name: 'CSPO' }).waitFor();

  await page.getByRole('link', { name: 'Certification path' }).click();
  await page.getByRole('heading', { level: 2, name: 'Certification path' }).waitFor();
  const poTrack = page.getByRole('list', { name: 'Product Owner track' });
  await poTrack.getByRole('listitem').filter({ hasText: 'A-CSPO' }).getByText('Next step').waitFor();
  await poTrack.getByRole('listitem').filter({ hasText: 'CSPO' }).first().getByText('Active').waitFor();

  // Bad input is refused at the field.
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByText('Give the role a title, for example "Product Owner, payments team".').waitFor();
  assert.equal(await page.getByLabel('Role title').getAttribute('aria-invalid'), 'true');
  await addRole(page, { title: 'Backwards', kind: 'Product Owner work', start: '2025-06-01', end: '2025-01-01' });
  await page.getByText('The end date is before the start date.').waitFor();
  assert.equal(await page.getByLabel('End date').getAttribute('aria-describedby'), 'role-end-error');

  // An earlier role, 1 Jan to 31 Aug 2025 (8 months): no date without an ongoing role.
  await page.getByLabel('Role title').fill('');
  await addRole(page, { title: 'Product Owner, payments', kind: 'Product Owner work', start: '2025-01-01', end: '2025-08-31' });
  await page.getByRole('status').getByText('Added the role Product Owner, payments.').waitFor();
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '8 months');
  await page.getByText('You need 4 more months of Product Owner work within the past 5 years.', { exact: false }).first().waitFor();
  assert.match(await page.getByTestId('eligibility-po').textContent(), /No eligible date can be given yet/);

  // An ongoing role since 1 Sep 2026 that overlaps nothing: 8 + 2 months and 25 days = 10.
  await addRole(page, { title: 'Senior Product Owner', kind: 'Product Owner work', start: '2026-09-01' });
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '10 months');
  await page.getByText('You need 2 more months of Product Owner work; at your current role you reach 12 months on', { exact: false }).first().waitFor();
  // 8 months + the ongoing role's 4 months from 1 Sep 2026: 31 Dec 2026.
  assert.equal(await page.getByTestId('eligibility-po').textContent(), 'Earliest eligible date: 31 Dec 2026.');

  // A Scrum Master role is kept apart.
  await addRole(page, { title: 'Scrum Master, team Blue', kind: 'Scrum Master work', start: '2024-11-01', end: '2025-10-31' });
  assert.equal(await page.getByTestId('months-scrum-master').textContent(), '12 months');
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '10 months');

  // Delete and undo.
  await page.getByRole('button', { name: 'Delete Senior Product Owner' }).click();
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '8 months');
  await page.getByRole('button', { name: 'Undo removing Senior Product Owner' }).click();
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '10 months');

  // After a reload the roles and the date are still there.
  await page.reload();
  await page.locator('#page-title').waitFor();
  assert.equal(await page.getByTestId('eligibility-po').textContent(), 'Earliest eligible date: 31 Dec 2026.');
  const stored = await storedJourney(page);
  assert.deepEqual(stored.path.roles.map((r) => [r.title, r.kind, r.start, r.end]), [
    ['Product Owner, payments', 'ProductOwner', '2025-01-01', '2025-08-31'],
    ['Senior Product Owner', 'ProductOwner', '2026-09-01', null],
    ['Scrum Master, team Blue', 'ScrumMaster', '2024-11-01', '2025-10-31'],
  ]);
  // The setting used is named, with a link to change it.
  await page.getByRole('link', { name: 'change them in Settings' }).waitFor();
  errors.assertNone();
  net.assertSameOrigin();
  await context.close();
});

test('tick learning objectives and see the area progress survive a reload', async () => {
  const context = await newContext();
  const { page, errors } = await open(context);
  const area = page.getByRole('group', { name: 'Product Owner core competencies' });
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '0 of 5 done');
  await area.getByRole('checkbox', { name: 'Use at least one technique to provide transparency to stakeholders on progress toward goals.', exact: true }).check();
  await area.getByRole('checkbox', { name: 'List at least three techniques to engage stakeholders to gather information or insights.', exact: true }).check();
  await area.getByRole('checkbox', { name: /^Discuss three approaches to the product owner role/ }).check();
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '3 of 5 done');
  const note = area.getByRole('textbox', { name: 'Your note on: Use at least one technique to provide transparency to stakeholders on progress toward goals.' });
  await note.fill('Sprint review burn-up chart');
  await note.blur();
  const backlog = page.getByRole('group', { name: 'Working with the Product Backlog' });
  await backlog.getByRole('checkbox', { name: 'Describe at least three criteria for ordering the Product Backlog.', exact: true }).check();
  assert.equal(await page.getByTestId('objectives-progress-backlog').textContent(), '1 of 8 done');

  await page.reload();
  await page.locator('#page-title').waitFor();
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '3 of 5 done');
  assert.equal(await page.getByTestId('objectives-progress-backlog').textContent(), '1 of 8 done');
  assert.equal(await page.getByTestId('objectives-progress-customers').textContent(), '0 of 7 done');
  assert.equal(await page.getByRole('group', { name: 'Product Owner core competencies' })
    .getByRole('textbox', { name: 'Your note on: Use at least one technique to provide transparency to stakeholders on progress toward goals.' })
    .inputValue(), 'Sprint review burn-up chart');
  await page.getByRole('group', { name: 'Product Owner core competencies' })
    .getByRole('checkbox', { name: 'List at least three techniques to engage stakeholders to gather information or insights.', exact: true }).uncheck();
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '2 of 5 done');
  errors.assertNone();
  await context.close();
});

test('the cost of the path to CSP-PO and the page at phone width, with no axe violations', async () => {
  const context = await newContext({ viewport: { width: 360, height: 800 } });
  const { page, errors } = await open(context);
  await page.getByLabel('Target certification').selectOption('CSPO');
  // Nothing held: the guide's typical CSPO price, no renewal.
  assert.equal(await page.getByTestId('cost-training').textContent(), '$695 to $1,000 for CSPO');
  assert.equal(await page.getByTestId('cost-renewals').textContent(), '$0');
  await page.getByLabel('Target certification').selectOption('CSP-PO');
  await page.getByText('No price yet for A-CSPO, CSP-PO', { exact: false }).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no horizontal page scroll at 360px (scrollWidth ${width})`);
  const result = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa'] });
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  for (const scheme of ['dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const dark = await runAxe(page, { runOnly: ['wcag2aa'] });
    assert.deepEqual(dark.violations.map((v) => v.id), [], `${scheme} scheme`);
  }
  errors.assertNone();
  await context.close();
});
