// End-to-end: "I took a course" on the certifications page records the certification and its
// SEUs without an offer (course days need not be consecutive), and the SEU ideas fill the SEU log
// and plan forms, whose category follows the source until the user chooses one.
// The page's clock is fixed at 25 Nov 2026 (UTC) so the dates are known.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAxe } from './browser.mjs';
import { navigate, stored, useApp } from './app.mjs';

const app = useApp({
  prefix: '/teams/course-taken/',
  timeout: 20_000,
  now: new Date('2026-11-25T10:00:00Z'),
  contextOptions: { timezoneId: 'UTC' },
});
const { newContext, open } = app;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('I took a course: four Tuesdays record CSPO on the last one and four course days of SEUs, in one change', async () => {
  const context = await newContext();
  const { page, errors } = await open(context, '#/certifications');
  const form = page.getByRole('region', { name: 'I took a course' });
  await form.waitFor();

  const axe = await runAxe(page, { runOnly: AXE_TAGS });
  const found = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], 'axe on the certifications page with the course form');

  // More course days than the 22 calendar days: refused at the field, nothing recorded.
  await form.getByLabel('Certification the course leads to').selectOption({ label: 'CSPO (Certified Scrum Product Owner)' });
  await form.getByLabel('First course day').fill('2026-03-03');
  await form.getByLabel('Last course day').fill('2026-03-24');
  await form.getByLabel('Course days').fill('23');
  await form.getByLabel('Teaching hours a day').fill('4');
  await form.getByRole('button', { name: 'Record the course' }).click();
  const daysError = page.locator('#course-course-days-error');
  await daysError.waitFor();
  assert.match(await daysError.textContent(), /how many days the course teaches: from 1 to 22/);
  assert.equal(await activeId(page), 'course-course-days');
  assert.equal(await page.locator('#course-course-days').getAttribute('aria-invalid'), 'true');
  assert.equal((await stored(page))?.certifications?.length ?? 0, 0, 'nothing recorded on an error');
  assert.equal((await stored(page))?.seu_log?.length ?? 0, 0);

  // Four Tuesdays, 4 hours each, submitted from the keyboard.
  await form.getByLabel('Course days').fill('4');
  await form.getByLabel('Teaching hours a day').press('Enter');
  await page.getByRole('status').getByText('CSPO recorded as earned on 24 Mar 2026; 16 SEUs logged.').waitFor();
  const journey = await stored(page);
  assert.deepEqual(journey.certifications.map((c) => [c.kind, c.earned]), [['CSPO', '2026-03-24']]);
  assert.deepEqual(
    journey.seu_log.map((e) => [e.date, e.minutes, e.category, e.source]),
    ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24'].map((d) => [d, 240, 'Learning', 'Course']),
  );
  assert.equal(journey.revision, 1, 'the certification and its SEUs are one change');
  await page.locator('.cert-list').getByText('24 Mar 2026').first().waitFor();
  // The form is empty again.
  assert.equal(await form.getByLabel('First course day').inputValue(), '');

  // The SEU log shows the course days.
  await navigate(page, 'SEU log');
  assert.equal((await page.getByTestId('seus-logged').textContent()).trim(), '16');
  errors.assertNone();
  await context.close();
});

test('SEU ideas fill the log form and move focus to the first field still to fill; nothing is saved until submitted', async () => {
  const context = await newContext();
  const { page, errors } = await open(context, '#/seus');
  const ideas = page.getByRole('group', { name: /Ideas: free ways to earn SEUs/ });
  const axe = await runAxe(page, { runOnly: AXE_TAGS });
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe on the SEU log with its ideas');
  await ideas.getByRole('button', { name: 'Local user group' }).click();
  assert.equal(await page.getByLabel('Source', { exact: true }).inputValue(), 'UserGroup');
  assert.equal(await page.getByLabel('Category', { exact: true }).inputValue(), 'Events');
  assert.equal(await page.getByLabel('Title').inputValue(), 'Local agile or Scrum user group');
  assert.equal(await activeId(page), 'seu-hours', 'focus on the duration, the first field still empty');
  assert.equal((await stored(page))?.seu_log?.length ?? 0, 0, 'a tap saves nothing');

  // The category follows the source...
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'Helping or guiding others at work' });
  assert.equal(await page.getByLabel('Category', { exact: true }).inputValue(), 'Volunteering');
  // ...until the user chooses one: then it stays.
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Other' });
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'Live or recorded webinar' });
  assert.equal(await page.getByLabel('Category', { exact: true }).inputValue(), 'Other');

  await page.keyboard.type('2');
  await page.getByRole('button', { name: 'Log activity' }).click();
  await page.getByRole('status').getByText('Logged 2 SEUs').waitFor();
  const [entry] = (await stored(page)).seu_log;
  assert.deepEqual([entry.minutes, entry.source, entry.category], [120, 'Webinar', 'Other']);

  // A new form follows the source again.
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'Local user group' });
  assert.equal(await page.getByLabel('Category', { exact: true }).inputValue(), 'Events');
  errors.assertNone();
  await context.close();
});

test('SEU ideas fill the plan form, and the category follows its source', async () => {
  const context = await newContext();
  const { page, errors } = await open(context, '#/seu-plan');
  const ideas = page.getByRole('group', { name: /Ideas: free ways to earn SEUs/ });
  await ideas.getByRole('button', { name: 'Books, blogs and articles' }).click();
  assert.equal(await page.getByLabel('Title').inputValue(), 'Reading about agile practice');
  assert.equal(await page.getByLabel('Source', { exact: true }).inputValue(), 'Reading');
  assert.equal(await page.getByLabel('Category', { exact: true }).inputValue(), 'Learning');
  assert.equal(await activeId(page), 'plan-hours');
  assert.equal((await stored(page))?.planned_activities?.length ?? 0, 0, 'a tap saves nothing');
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'Conference' });
  assert.equal(await page.getByLabel('Category', { exact: true }).inputValue(), 'Events');
  errors.assertNone();
  await context.close();
});
