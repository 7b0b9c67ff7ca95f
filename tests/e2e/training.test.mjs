// End-to-end: the training choice planner. Compare offers (the gates first), choose one as the
// planned course, see it on the dashboard, complete it and see the certification and the SEUs.
// Elements are found by label and role, as a screen reader would.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordRequests, runAxe } from './browser.mjs';
import { addOffer, stored, useApp } from './app.mjs';

const app = useApp({ prefix: '/team/training/', hash: '#/training' });
const { newContext, open } = app;

function row(page, provider) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader').filter({ hasText: provider }) });
}

async function providersInOrder(page) {
  return page.getByRole('rowheader').evaluateAll((cells) =>
    cells.map((c) => c.querySelector('.offer-provider')?.textContent));
}

test('compare three offers: the one without a CST does not lead to the certification; choose, see it on the dashboard, complete it', async () => {
  const context = await newContext();
  const net = recordRequests(context, app.server.origin);
  const { page, errors } = await open(context);
  await page.getByRole('heading', { level: 2, name: 'Training choice' }).waitFor();

  await addOffer(page, {
    provider: 'Agile Academy', trainer: 'Dana Reyes', credential: 'cst',
    start: '2026-03-11', end: '2026-03-12', price: '850', link: 'https://example.org/cspo',
  });
  await addOffer(page, {
    provider: 'Budget Training', trainer: 'Sam Cheap', credential: 'other',
    start: '2026-02-02', end: '2026-02-03', price: '499',
  });
  await addOffer(page, {
    provider: 'Coach Carla', trainer: 'Carla Diaz', credential: 'cac', format: 'in-person',
    start: '2026-04-01', end: '2026-04-02', hours: '7.5', price: '1000.01', place: 'Lisbon',
    answers: ['yes', 'unknown', 'no', 'unknown'],
  });

  // The gates come first: the offer without a CST is marked, whatever its perfect score.
  const budget = row(page, 'Budget Training');
  await budget.getByText('Does not lead to the certification: not taught by a CST (or private coaching by a CAC)').waitFor();
  assert.equal(await budget.getByRole('cell').nth(1).locator('strong').textContent(), '100');
  assert.equal(await budget.getByRole('button', { name: /Choose .* as planned course/ }).count(), 0);
  await row(page, 'Agile Academy').getByText('Leads to CSPO').waitFor();
  // CAC private coaching leads to CSPO.
  const carla = row(page, 'Coach Carla');
  await carla.getByText('Leads to CSPO').waitFor();
  // Flags: too few hours (2 x 7.5 h), price above the guide's range, unknown answers.
  await carla.getByText('Too few hours: 15 h of at least 16 h').waitFor();
  await carla.getByText("Price above the guide's range for CSPO ($695 to $1,000)").waitFor();
  await carla.getByText('Not known yet (counted as no): hands-on practice, practice tests').waitFor();
  // Score with the default weights 4/3/2/1: only "all learning objectives" is yes = 40.
  await carla.getByText('40', { exact: true }).waitFor();
  assert.equal(await row(page, 'Agile Academy').getByText('None', { exact: true }).count(), 1);

  // Sorted by score first, the gates before the score: Budget Training (100/100, no CST) last.
  assert.deepEqual(await providersInOrder(page), ['Agile Academy', 'Coach Carla', 'Budget Training']);
  await page.getByRole('button', { name: 'Price' }).click();
  assert.equal(await page.getByRole('columnheader', { name: 'Price' }).getAttribute('aria-sort'), 'ascending');
  assert.equal(await page.getByRole('columnheader', { name: 'Score' }).getAttribute('aria-sort'), 'none');
  await page.getByRole('status').getByText('Offers sorted by price, lowest first.').waitFor();
  assert.deepEqual(await providersInOrder(page), ['Agile Academy', 'Coach Carla', 'Budget Training']);
  await page.getByRole('button', { name: 'Price' }).click();
  assert.equal(await page.getByRole('columnheader', { name: 'Price' }).getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await providersInOrder(page), ['Coach Carla', 'Agile Academy', 'Budget Training']);

  // Filter: only offers that lead to the certification.
  await page.getByLabel('Only offers that lead to the certification').check();
  await budget.waitFor({ state: 'detached' });
  await page.getByText('2 of 3 offers shown').waitFor();
  await page.getByLabel('Only offers that lead to the certification').uncheck();
  await budget.waitFor();

  // Weights: "all learning objectives" to 0 takes Carla's only yes out of her score.
  await page.getByLabel('Weight of “All learning objectives”').fill('0');
  await page.getByLabel('Weight of “All learning objectives”').press('Tab');
  await carla.getByText('0', { exact: true }).waitFor();
  assert.equal((await stored(page)).training.weights.covers_all_objectives, 0);

  // Choose Agile Academy as the planned course.
  await page.getByRole('button', { name: 'Choose CSPO with Agile Academy as planned course' }).click();
  await page.getByRole('status').getByText('CSPO with Agile Academy is your planned course.').waitFor();
  const planned = page.getByRole('region', { name: 'Planned course' });
  await planned.getByText('11 Mar 2026 to 12 Mar 2026').waitFor();
  await row(page, 'Agile Academy').getByText('Planned course').waitFor();

  // It is on the dashboard (once the dashboard has replaced the training page, whose own
  // "Planned course" card also names the provider).
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Dashboard' }).waitFor();
  const card = page.getByRole('region', { name: 'Planned course' });
  await card.getByText('Agile Academy').waitFor();
  await card.getByText('11 Mar 2026 to 12 Mar 2026').waitFor();
  await card.getByText('$850').waitFor();
  assert.equal(await card.getByRole('definition').last().textContent(), 'Yes');

  // Complete it: one action records the certification and the SEUs.
  await page.getByRole('link', { name: 'Training choice', exact: true }).click();
  await page.getByRole('button', { name: 'Mark as completed' }).click();
  await page.getByRole('status').getByText('CSPO recorded as earned on 12 Mar 2026; 16 SEUs logged.').waitFor();
  await page.getByRole('region', { name: 'Planned course' }).getByText('No course is planned.').waitFor();

  const journey = await stored(page);
  assert.equal(journey.training.chosen, null);
  assert.equal(journey.certifications.length, 1);
  assert.equal(journey.certifications[0].kind, 'CSPO');
  assert.equal(journey.certifications[0].earned, '2026-03-12');
  assert.deepEqual(
    journey.seu_log.map((e) => [e.date, e.minutes, e.category, e.source, e.evidence]),
    [
      ['2026-03-11', 480, 'Learning', 'Course', 'https://example.org/cspo'],
      ['2026-03-12', 480, 'Learning', 'Course', 'https://example.org/cspo'],
    ],
  );

  await page.getByRole('link', { name: 'Certifications', exact: true }).click();
  const cspo = page.getByRole('listitem', { name: 'CSPO' });
  await cspo.getByText('12 Mar 2026').waitFor();
  await cspo.getByText('12 Mar 2028').waitFor();

  errors.assertNone();
  net.assertSameOrigin();
  await context.close();
});

test('a non-CST offer with a perfect score ranks last; a new offer starts as "not checked yet"; the nine questions per offer', async () => {
  const context = await newContext();
  const { page, errors } = await open(context);
  await page.getByRole('heading', { level: 2, name: 'Training choice' }).waitFor();
  // No offers yet: no score weights to set.
  assert.equal(await page.getByRole('heading', { name: 'Score weights' }).count(), 0);
  assert.equal(await page.getByLabel('Listed by Scrum Alliance').inputValue(), 'not-checked');

  await addOffer(page, {
    provider: 'Perfect Pretender', trainer: 'Pat', credential: 'other',
    start: '2026-03-11', end: '2026-03-12', price: '700',
  });
  await addOffer(page, {
    provider: 'Real CST School', trainer: 'Rae', credential: 'cst',
    start: '2026-03-11', end: '2026-03-12', price: '900', answers: ['yes', 'yes', 'yes', 'no'],
  });
  await addOffer(page, {
    provider: 'Unchecked Co', trainer: 'Uma', credential: 'cst', listed: 'not-checked',
    start: '2026-03-03', end: '2026-03-24', days: '4', hours: '4', price: '800',
  });
  await page.getByRole('heading', { name: 'Score weights' }).waitFor();
  assert.equal(await row(page, 'Perfect Pretender').getByRole('cell').nth(1).locator('strong').textContent(), '100');
  assert.equal(await row(page, 'Real CST School').getByRole('cell').nth(1).locator('strong').textContent(), '90');
  assert.deepEqual(await providersInOrder(page), ['Real CST School', 'Unchecked Co', 'Perfect Pretender']);
  await page.getByRole('button', { name: 'Score' }).click();
  assert.equal(await page.getByRole('columnheader', { name: 'Score' }).getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await providersInOrder(page), ['Real CST School', 'Unchecked Co', 'Perfect Pretender'],
    'lowest score first within each verdict: the 100/100 offer without a CST stays last');

  const unchecked = row(page, 'Unchecked Co');
  await unchecked.getByText('Not known yet: check that Scrum Alliance lists it').waitFor();
  // Four Tuesdays of 4 hours: 16 hours, not 22 days' worth.
  await unchecked.getByRole('cell', { name: /^16 h\s*4 h a day$/ }).waitFor();
  await unchecked.getByText("The guide's nine questions").click();
  const questions = unchecked.locator('.nine-questions li');
  assert.equal(await questions.count(), 9);
  assert.match(await questions.nth(1).textContent(), /Does Scrum Alliance list it\? Not checked yet \(a gate\)/);
  assert.match(await questions.nth(7).textContent(), /3 Mar 2026 to 24 Mar 2026; 4 course days, 4 h a day \(compared\)/);

  // A phone: the offers are cards, nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `#/training is ${overflow}px wider than the screen`);
  const box = await row(page, 'Perfect Pretender').boundingBox();
  assert.ok(box.width <= 360, `an offer card is ${box.width}px wide`);
  errors.assertNone();
  await context.close();
});

test('completing an A-CSPO course without a CSPO says why and records nothing', async () => {
  const context = await newContext();
  const { page, errors } = await open(context);
  await addOffer(page, {
    certification: 'A-CSPO', provider: 'Advanced Co', trainer: 'Lee', credential: 'cst',
    format: 'live-online-self-paced', start: '2026-05-04', end: '2026-05-06', hours: '10', price: '1400',
  });
  await page.getByRole('button', { name: 'Choose A-CSPO with Advanced Co as planned course' }).click();
  await page.getByRole('status').getByText('A-CSPO with Advanced Co is your planned course.').waitFor();
  const before = await stored(page);
  assert.equal(before.training.chosen, before.training.offers[0].id, 'the choice is stored');
  await page.getByRole('button', { name: 'Mark as completed' }).click();
  await page.getByText('Nothing was recorded: A-CSPO needs a CSPO (active or expired). Add your CSPO first.').waitFor();
  const afterwards = await stored(page);
  assert.deepEqual(afterwards, before, 'the stored journey is unchanged');
  assert.equal(afterwards.training.chosen, afterwards.training.offers[0].id);
  errors.assertNone();
  await context.close();
});

test('the offer form says at the field what is wrong; remove has undo', async () => {
  const context = await newContext();
  const { page } = await open(context);
  await page.getByLabel('Format').selectOption('live-online-self-paced');
  await page.getByLabel('Start date').fill('2026-03-12');
  await page.getByLabel('End date').fill('2026-03-11');
  await page.getByLabel('Teaching hours per day').fill('13');
  await page.getByLabel('Price').fill('-5');
  await page.getByLabel('Currency').fill('US');
  await page.getByLabel('Link to the course page').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Add offer' }).click();
  const provider = page.getByLabel('Training provider');
  await page.getByText("Enter the training provider's name.").waitFor();
  assert.equal(await provider.getAttribute('aria-invalid'), 'true');
  assert.equal(await provider.getAttribute('aria-describedby'), 'offer-provider-error');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'offer-provider');
  for (const text of [
    'Live online + self-paced is offered only for advanced and professional courses; a CSPO course is live (in person or online).',
    'The end date cannot be before the start date.',
    'Enter the teaching hours per day: more than 0 and at most 12.',
    'The price cannot be negative.',
    'Enter the currency as its 3-letter code, for example USD or EUR.',
    'Enter a web address starting with https:// or http://, or leave it empty.',
  ]) {
    await page.getByText(text).waitFor();
  }
  assert.equal((await stored(page))?.training?.offers?.length ?? 0, 0, 'nothing was stored');

  await addOffer(page, {
    provider: 'Keep Me', credential: 'cst', start: '2026-03-11', end: '2026-03-12', price: '700',
  });
  await page.getByRole('button', { name: 'Edit CSPO with Keep Me' }).click();
  await page.getByLabel('Price').fill('720');
  await page.getByRole('button', { name: 'Save offer' }).click();
  await row(page, 'Keep Me').getByRole('cell', { name: '$720' }).waitFor();
  await page.getByRole('button', { name: 'Remove CSPO with Keep Me' }).click();
  await row(page, 'Keep Me').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo removing CSPO with Keep Me' }).click();
  await row(page, 'Keep Me').getByRole('cell', { name: '$720' }).waitFor();
  await context.close();
});

test('the training page passes axe in both schemes and fits a phone screen', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext({ colorScheme, viewport: { width: 360, height: 740 } });
    const { page } = await open(context);
    await addOffer(page, {
      provider: 'Agile Academy', credential: 'cst', start: '2026-03-11', end: '2026-03-12', price: '850',
    });
    await addOffer(page, {
      provider: 'No CST Ltd', credential: 'other', listed: 'not-listed', start: '2026-03-11', end: '2026-03-11', price: '300',
    });
    await page.getByRole('button', { name: 'Choose CSPO with Agile Academy as planned course' }).click();
    const result = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, [], `axe on #/training (${colorScheme})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `#/training is ${overflow}px wider than the screen`);
    await page.goto(app.server.url + '#/');
    await page.locator('#page-title').waitFor();
    const dashboard = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
    assert.deepEqual(dashboard.violations.map((v) => v.id), [], `axe on #/ (${colorScheme})`);
    await context.close();
  }
});
