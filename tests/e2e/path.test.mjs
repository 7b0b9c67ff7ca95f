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
  assert.equal(await page.getByTestId('eligibility-po').textContent(), 'A-CSPO: Earliest eligible date: 31 Dec 2026.');

  // A Scrum Master role is kept apart.
  await addRole(page, { title: 'Scrum Master, team Blue', kind: 'Scrum Master work', start: '2024-11-01', end: '2025-10-31' });
  // Twelve months read as a year, with no count of days beside them.
  assert.equal(await page.getByTestId('months-scrum-master').textContent(), '1 year');
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '10 months');

  // Delete and undo.
  await page.getByRole('button', { name: 'Delete Senior Product Owner' }).click();
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '8 months');
  await page.getByRole('button', { name: 'Undo removing Senior Product Owner' }).click();
  assert.equal(await page.getByTestId('months-product-owner').textContent(), '10 months');

  // After a reload the roles and the date are still there.
  await page.reload();
  await page.locator('#page-title').waitFor();
  assert.equal(await page.getByTestId('eligibility-po').textContent(), 'A-CSPO: Earliest eligible date: 31 Dec 2026.');
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

/** The summary (the line that opens a fold) in `scope` whose text starts with `text`. */
const fold = (scope, text) => scope.locator('summary').filter({ hasText: text });

test('tick learning objectives in their folded areas, write a note, and see both survive a reload', async () => {
  const context = await newContext();
  const { page, errors } = await open(context);
  // Areas are folded with their progress on the line that opens them.
  const coreFold = fold(page, 'Product Owner core competencies');
  assert.equal(await coreFold.getAttribute('aria-expanded'), null, 'a summary, not a button');
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '0 of 5 done');
  const area = page.getByRole('group', { name: 'Product Owner core competencies' });
  assert.equal(await area.isVisible(), false, 'the area starts folded');
  await coreFold.click();
  await area.getByRole('checkbox', { name: 'Use at least one technique to provide transparency to stakeholders on progress toward goals.', exact: true }).check();
  await area.getByRole('checkbox', { name: 'List at least three techniques to engage stakeholders to gather information or insights.', exact: true }).check();
  await area.getByRole('checkbox', { name: /^Discuss three approaches to the product owner role/ }).check();
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '3 of 5 done');

  // Each note is folded under its objective until opened.
  const noteName = 'Your note on: Use at least one technique to provide transparency to stakeholders on progress toward goals.';
  const note = area.getByRole('textbox', { name: noteName });
  assert.equal(await note.isVisible(), false, 'the note box starts folded');
  assert.equal(await area.getByRole('textbox').count(), 0, 'no note box shows in an opened area');
  // A note box is built when its fold opens (26 boxes in closed folds cost a forced layout
  // each once the page is drawn).
  assert.equal(await page.locator('main textarea').count(), 0, 'no note box is built before its fold opens');
  const noteFold = fold(area, 'Add a note on: Use at least one technique');
  await noteFold.click();
  await note.fill('Sprint review burn-up chart');
  assert.equal(await page.locator('main textarea').count(), 1, 'one fold opened, one note box built');
  // Folded again straight from the box: the note is kept (the box saves as it loses focus).
  await noteFold.click();
  await note.waitFor({ state: 'detached' });
  // An objective with a note says so on its folded line.
  await fold(area, 'Your note: Sprint review burn-up chart on: Use at least one technique').waitFor();

  await fold(page, 'Working with the Product Backlog').click();
  const backlog = page.getByRole('group', { name: 'Working with the Product Backlog' });
  await backlog.getByRole('checkbox', { name: 'Describe at least three criteria for ordering the Product Backlog.', exact: true }).check();
  assert.equal(await page.getByTestId('objectives-progress-backlog').textContent(), '1 of 8 done');

  await page.reload();
  await page.locator('#page-title').waitFor();
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '3 of 5 done');
  assert.equal(await page.getByTestId('objectives-progress-backlog').textContent(), '1 of 8 done');
  assert.equal(await page.getByTestId('objectives-progress-customers').textContent(), '0 of 7 done');
  await fold(page, 'Product Owner core competencies').click();
  const core = page.getByRole('group', { name: 'Product Owner core competencies' });
  const kept = fold(core, 'Your note: Sprint review burn-up chart');
  await kept.waitFor();
  assert.equal(await core.getByRole('textbox', { name: noteName }).isVisible(), false, 'a note stays folded after a reload');
  await kept.click();
  assert.equal(await core.getByRole('textbox', { name: noteName }).inputValue(), 'Sprint review burn-up chart');
  await core.getByRole('checkbox', { name: 'List at least three techniques to engage stakeholders to gather information or insights.', exact: true }).uncheck();
  assert.equal(await page.getByTestId('objectives-progress-po-core').textContent(), '2 of 5 done');
  errors.assertNone();
  await context.close();
});

test('a Product Owner sees their own track; the tracks they do not follow are folded away', async () => {
  const context = await newContext();
  const { page, errors } = await open(context, '#/certifications');
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14', added: true });
  await page.getByRole('link', { name: 'Certification path' }).first().click();
  await page.getByRole('heading', { level: 2, name: 'Certification path' }).waitFor();
  await page.getByRole('list', { name: 'Product Owner track' }).waitFor();
  const others = fold(page, 'Other tracks: Scrum Master, Developer');
  await others.waitFor();
  // Folded: nothing of the Scrum Master and Developer tracks shows, and nothing says
  // "go for it now" (CSM and CSD need nothing, so their tracks would).
  assert.equal(await page.getByRole('list', { name: 'Scrum Master track' }).isVisible(), false);
  assert.equal(await page.getByTestId('eligibility-dev').isVisible(), false);
  assert.ok(!(await page.locator('main').innerText()).includes('go for it now'), 'no "go for it now" while folded');
  assert.match(await page.getByTestId('eligibility-po').textContent(), /^A-CSPO: No eligible date can be given yet/);
  // Opened on request, they say what they need.
  await others.click();
  assert.equal(await page.getByTestId('eligibility-sm').textContent(), 'CSM: You can go for it now.');
  assert.equal(await page.getByTestId('eligibility-dev').textContent(), 'CSD: You can go for it now.');
  await page.getByRole('list', { name: 'Developer track' }).waitFor();
  // The fold stays open while the figures change (a role recorded on the same page).
  await page.getByLabel('Role title').fill('Product Owner, payments');
  await page.getByLabel('Start date').fill('2026-05-01');
  await page.getByLabel('I still work in this role').check();
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByRole('status').getByText('Added the role Product Owner, payments.').waitFor();
  assert.equal(await page.getByTestId('eligibility-po').textContent(), 'A-CSPO: Earliest eligible date: 30 Apr 2027.');
  assert.equal(await page.getByTestId('eligibility-dev').isVisible(), true, 'the fold is still open');

  // A CSM as well: the Scrum Master track is theirs now, only the Developer track is folded.
  await addCertification(page, { kind: 'CSM', earned: '2025-06-01', added: true });
  await page.getByRole('link', { name: 'Certification path' }).first().click();
  await fold(page, 'Other tracks: Developer').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Scrum Master track' }).isVisible(), true);
  errors.assertNone();
  await context.close();
});

test('with the example journey the page is far shorter: notes and areas folded, months as months, what A-CSPO and CSP-PO take', async () => {
  // Before the folds (issue 10) the page was 7,776 px tall on a desktop and 11,214 px on a
  // phone with the example, every one of the 26 objectives showing an open note box.
  for (const [viewport, bound] of [[{ width: 1280, height: 800 }, 4_000], [{ width: 390, height: 844 }, 6_000]]) {
    const context = await newContext({ viewport });
    const { page, errors } = await open(context, '#/');
    await page.getByRole('button', { name: 'Show me an example' }).click();
    await page.getByRole('region', { name: 'What to do next' }).waitFor();
    await app.go(page, '#/path');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < bound, `the path page is ${height}px tall at ${viewport.width}px (bound ${bound}px)`);
    // The example's Product Owner role since 25 Jan 2026: 10 months, and no days beside them.
    assert.equal(await page.getByTestId('months-product-owner').textContent(), '10 months');
    const figures = await page.getByRole('region', { name: 'Work experience' }).locator('dl').innerText();
    assert.ok(!/days/.test(figures), `no count of days beside the months: ${figures}`);
    const text = await page.locator('main').innerText();
    for (const words of [
      'A-CSPO course of at least 16 hours with its course work before and after, and 12 months of validated Product Owner work',
      'CSP-PO course and 24 months of validated Product Owner work',
      'No source the app uses gives a typical price for the A-CSPO or CSP-PO course',
      'Sources: Scrum Alliance, A-CSPO and CSP-PO requirements',
    ]) {
      assert.ok(text.includes(words), `the path page says "${words}"`);
    }
    assert.ok(!text.includes('in affection with'), 'the guide\'s slip is not copied');
    errors.assertNone();
    await context.close();
  }
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
