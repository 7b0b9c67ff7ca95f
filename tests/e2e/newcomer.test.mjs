// End-to-end: a person who has never heard of the CSPO. The first visit asks where they stand,
// Getting started leads from the role to the next level with its words linked to the glossary
// (an anchor that survives a reload), the dashboard then says what to do next; notices go away
// on their own; the phone navigation folds into a menu button; axe finds nothing on the new
// pages in both schemes at desktop and phone width. The clock is fixed at 25 Nov 2026 (UTC).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAxe } from './browser.mjs';
import { addCertification, addOffer, logActivity, useApp } from './app.mjs';

const app = useApp({
  prefix: '/teams/newcomer/',
  now: new Date('2026-11-25T10:00:00Z'),
  contextOptions: { timezoneId: 'UTC' },
});
const { newContext, open } = app;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('a newcomer goes from the first visit through Getting started and a course choice (the non-CST offer last) to a recorded CSPO and the A-CSPO date', async () => {
  const context = await newContext({ viewport: DESKTOP });
  const { page, errors } = await open(context);

  // The first visit asks where the person stands.
  await page.getByRole('heading', { level: 3, name: 'Where do you stand?' }).waitFor();
  await page.getByRole('link', { name: 'I already hold certifications' }).waitFor();
  await page.getByRole('button', { name: 'Show me an example' }).waitFor();
  await page.getByRole('link', { name: 'I\u2019m getting my first certification' }).click();

  // Getting started: the role, the course, the cost, after it, keeping it, what comes next.
  await page.getByRole('heading', { level: 2, name: 'Getting started' }).waitFor();
  assert.equal(await activeId(page), 'page-title', 'focus lands on the new page');
  for (const heading of [
    'The Product Owner role: does it fit you?',
    'Earning the CSPO: one course, no exam',
    'What it costs',
    'After the course',
    'Keeping it: SEUs and renewal',
    'What comes next: A-CSPO and CSP-PO',
  ]) {
    await page.getByRole('heading', { level: 3, name: heading }).waitFor();
  }
  const text = await page.locator('main').innerText();
  for (const words of [
    'There is no exam for the CSPO',
    'at least 16 hours',
    '$695 to $1,000',
    'accept the CSPO license agreement and to complete your member profile',
    'download and print your certificate',
    'two years of Scrum Alliance membership',
    'You can renew from 30 days after earning',
    'one fee of $100',
    'No source the app uses gives a typical price for the A-CSPO or CSP-PO course',
  ]) {
    assert.ok(text.includes(words), `Getting started says "${words}"`);
  }
  await page.getByRole('link', { name: 'Compare courses on Training choice' }).waitFor();
  await page.getByRole('link', { name: 'Plan your SEUs' }).waitFor();
  const paid = page.getByRole('link', { name: 'Scrum Alliance\u2019s website, where you renew and pay' });
  assert.equal(await paid.getAttribute('href'), 'https://www.scrumalliance.org/');

  // A step from the page's own list: the section's heading takes focus.
  await page.getByRole('navigation', { name: 'Steps on this page' }).getByRole('link', { name: 'What it costs' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'cost');

  // A word links to the glossary; its entry takes focus, also after a reload.
  await page.getByRole('link', { name: 'CST', exact: true }).first().click();
  await page.getByRole('heading', { level: 2, name: 'Glossary' }).waitFor();
  assert.match(page.url(), /#\/glossary#cst$/);
  await page.waitForFunction(() => document.activeElement?.id === 'cst');
  assert.match(await page.locator('#cst + dd').innerText(), /teach its certification courses/);
  await page.reload();
  await page.locator('#page-title').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'cst');
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'Getting started' }).waitFor();

  // Choosing a course: an offer not taught by a CST ranks last, whatever its score.
  await page.getByRole('link', { name: 'Compare courses on Training choice' }).click();
  await page.getByRole('heading', { level: 2, name: 'Training choice' }).waitFor();
  await addOffer(page, {
    provider: 'Too Good To Be True', trainer: 'Sam', credential: 'other',
    start: '2026-05-11', end: '2026-05-12', price: '$695',
  });
  await addOffer(page, {
    provider: 'CST Academy', trainer: 'Chris', credential: 'cst',
    start: '2026-05-11', end: '2026-05-12', price: '$1,000', answers: ['yes', 'yes', 'yes', 'no'],
  });
  const providers = await page.getByRole('rowheader').evaluateAll((cells) =>
    cells.map((c) => c.querySelector('.offer-provider')?.textContent));
  assert.deepEqual(providers, ['CST Academy', 'Too Good To Be True'], 'the offer without a CST ranks last');
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'Getting started' }).waitFor();

  // After the course: record the CSPO, then the role that counts toward the A-CSPO.
  await page.getByRole('link', { name: 'Record your CSPO on Certifications' }).click();
  await page.getByRole('heading', { level: 2, name: 'Certifications' }).waitFor();
  await page.getByText('Until the agreement is accepted the certification is inactive.').waitFor();
  await addCertification(page, { kind: 'CSPO', earned: '2026-06-01', added: true });
  await page.getByRole('link', { name: 'Certification path' }).first().click();
  await page.getByLabel('Role title').fill('Product Owner, payments');
  await page.getByLabel('Kind of work').selectOption({ label: 'Product Owner work' });
  await page.getByLabel('Start date').fill('2026-05-01');
  await page.getByLabel('I still work in this role').check();
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByRole('listitem', { name: 'Product Owner, payments' }).waitFor();

  // The dashboard says what to do next.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const next = page.getByRole('region', { name: 'What to do next' });
  const bar = next.getByRole('progressbar', { name: 'SEUs toward the renewal due 1 Jun 2028' });
  assert.equal(await bar.getAttribute('value'), '0');
  assert.equal(await bar.getAttribute('max'), String(20 * 60));
  await next.getByText('0 of 20 SEUs').waitFor();
  await next.getByText('Earn 20 more SEUs by 1 Jun 2028.').waitFor();
  await next.getByText('Earliest eligible date: 30 Apr 2027.').waitFor();
  await next.getByRole('link', { name: 'A-CSPO' }).waitFor();
  await next.getByText('CSPO learning objectives ticked: 0 of 26.').waitFor();

  // The dashboard, the SEU log and the SEU plan share one reading of the log: each shows an
  // activity logged after the dashboard was first drawn.
  await page.getByRole('link', { name: 'SEU log', exact: true }).click();
  await logActivity(page, { date: '2026-11-20', hours: 2, title: 'Scrum webinar' });
  await page.getByRole('link', { name: 'SEU plan', exact: true }).click();
  await page.getByTestId('plan-earned').getByText('2', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await next.getByText('2 of 20 SEUs').waitFor();
  assert.equal(await bar.getAttribute('value'), String(2 * 60));
  errors.assertNone();
  await context.close();
});

test('ready to renew once the SEUs are logged and renewal is open; not open in the first 30 days', async () => {
  const context = await newContext({ viewport: DESKTOP });
  const { page } = await open(context, '#/certifications');
  await addCertification(page, { kind: 'CSPO', earned: '2026-11-10', added: true });
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const next = page.getByRole('region', { name: 'What to do next' });
  await next.getByText('Renewal opens on 10 Dec 2026, 30 days after earning').waitFor();

  // Earned earlier: open, and with 20 SEUs logged (8 a day at most), ready.
  const later = await newContext({ viewport: DESKTOP });
  const { page: other } = await open(later, '#/certifications');
  await addCertification(other, { kind: 'CSPO', earned: '2025-03-14', added: true });
  await other.getByRole('link', { name: 'SEU log', exact: true }).click();
  for (const [day, hours] of [['20', 8], ['21', 8], ['22', 4]]) {
    await logActivity(other, { date: `2026-11-${day}`, hours, title: `Book, part ${day}` });
  }
  await other.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const ready = other.getByRole('region', { name: 'What to do next' });
  await ready.getByText('Ready to renew: you have the SEUs and renewal is open. Pay the fee of $100').waitFor();
  await ready.getByText('20 of 20 SEUs').waitFor();
  assert.equal(
    await ready.getByRole('link', { name: 'Scrum Alliance\u2019s website' }).getAttribute('href'),
    'https://www.scrumalliance.org/',
  );
  await later.close();
  await context.close();
});

test('a notice goes away on the next page, and on its own after a few seconds', async () => {
  const context = await newContext({ viewport: DESKTOP });
  const { page } = await open(context, '#/certifications');
  const status = page.getByRole('status').filter({ hasText: 'Dismiss' });
  await addCertification(page, { kind: 'CSPO', earned: '2026-06-01', added: true });
  await page.waitForTimeout(1_200);
  await page.getByRole('link', { name: 'Timeline', exact: false }).first().click();
  await page.getByRole('heading', { level: 2, name: 'Renewal timeline' }).waitFor();
  await status.waitFor({ state: 'detached' });

  // The example's notice comes with no navigation: it leaves by itself.
  const second = await newContext({ viewport: DESKTOP });
  const { page: other } = await open(second);
  await other.getByRole('button', { name: 'Show me an example' }).click();
  const loaded = other.getByRole('status').getByText('Example journey loaded.');
  await loaded.waitFor();
  await loaded.waitFor({ state: 'detached', timeout: 12_000 });
  await second.close();
  await context.close();
});

test('at phone width the navigation folds into a menu button that opens, closes and works by keyboard', async () => {
  const context = await newContext({ viewport: PHONE });
  const { page } = await open(context);
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav.getByRole('link', { name: 'SEU log' }).isVisible(), false);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'SEU log' }).click();
  await page.getByRole('heading', { level: 2, name: 'SEU log' }).waitFor();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'choosing a page folds the menu');
  assert.equal(await nav.getByRole('link', { name: 'SEU log' }).isVisible(), false);

  // Keyboard: Enter opens, Tab reaches the pages, Escape folds and returns to the button.
  await menu.focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Dashboard');
  await page.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await activeId(page), 'menu-button');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);

  // On a desktop the list shows as before and there is no menu button.
  await page.setViewportSize(DESKTOP);
  assert.equal(await menu.isVisible(), false);
  assert.equal(await nav.getByRole('link', { name: 'SEU log' }).isVisible(), true);
  await context.close();
});

test('the first visit, Getting started, the glossary and the dashboard pass axe in both schemes at desktop and phone width', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [DESKTOP, PHONE]) {
      const context = await newContext({ colorScheme, viewport });
      const { page } = await open(context);
      const check = async (what) => {
        const result = await runAxe(page, { runOnly: AXE_TAGS });
        const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(found, [], `axe on ${what} (${colorScheme}, ${viewport.width}px)`);
      };
      await check('the first visit');
      for (const hash of ['#/getting-started', '#/glossary#seu']) {
        await app.go(page, hash);
        await check(hash);
      }
      await app.go(page, '#/');
      await page.getByRole('button', { name: 'Show me an example' }).click();
      await page.getByRole('region', { name: 'What to do next' }).waitFor();
      await check('the dashboard with the example');
      if (viewport === PHONE) {
        await page.getByRole('button', { name: 'Menu' }).click();
        await check('the open menu');
      }
      await context.close();
    }
  }
});
