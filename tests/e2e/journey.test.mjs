// End-to-end: what a user does with their certifications, against the release build served
// from a sub-path. Elements are found by label and role, as a screen reader would.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordRequests, runAxe } from './browser.mjs';
import { KEY, addCertification, stored as storedJourney, useApp } from './app.mjs';

const BACKUP_KEY = 'cert-planner.journey.unreadable';

const app = useApp({ prefix: '/team/cert-planner/' });
const { newContext, open } = app;

test('add a CSPO earned on a given date; after a reload it is still there with its expiry', async () => {
  const context = await newContext();
  const net = recordRequests(context, app.server.origin);
  const { page, errors } = await open(context);
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
  const card = page.getByRole('listitem', { name: 'CSPO' });
  await card.getByText('14 Mar 2027').waitFor();
  await page.getByRole('status').getByText('Added CSPO.').waitFor();

  await page.reload();
  await page.locator('#page-title').waitFor();
  const again = page.getByRole('listitem', { name: 'CSPO' });
  await again.getByText('14 Mar 2025').waitFor();
  await again.getByText('14 Mar 2027').waitFor();
  // The combined requirement for a CSPO alone: 20 SEUs, $100.
  assert.equal(await page.getByTestId('seus-needed').textContent(), '20');
  assert.equal(await page.getByTestId('renewal-fee').textContent(), '$100');

  const stored = await storedJourney(page);
  assert.equal(stored.version, 5);
  assert.equal(stored.certifications[0].kind, 'CSPO');
  assert.equal(stored.certifications[0].earned, '2025-03-14');
  errors.assertNone();
  net.assertSameOrigin();
  await context.close();
});

test('the form says at the field what is wrong: future date, prerequisite, duplicate', async () => {
  const context = await newContext();
  const { page } = await open(context, '#/certifications');
  const earned = page.getByLabel('Date earned');

  await page.getByRole('button', { name: 'Add certification' }).click();
  await page.getByText('Enter the date you earned it.').waitFor();
  assert.equal(await earned.getAttribute('aria-invalid'), 'true');

  await addCertification(page, { kind: 'CSPO', earned: '2099-01-01' });
  await page.getByText(/is in the future/).waitFor();
  assert.equal(await earned.getAttribute('aria-describedby'), 'cert-earned-error');

  await addCertification(page, { kind: 'A-CSPO', earned: '2025-01-01' });
  await page.getByText('A-CSPO needs a CSPO (active or expired). Add your CSPO first.').waitFor();

  await addCertification(page, { kind: 'CSPO', earned: '2024-06-01' });
  await page.getByRole('listitem', { name: 'CSPO' }).waitFor();
  await addCertification(page, { kind: 'CSPO', earned: '2024-07-01' });
  await page.getByText(/You already hold CSPO/).waitFor();
  // Nothing invalid was stored.
  const stored = await storedJourney(page);
  assert.equal(stored.certifications.length, 1);
  await context.close();
});

test('edit, remove and undo a certification', async () => {
  const context = await newContext();
  const { page } = await open(context, '#/certifications');
  await addCertification(page, { kind: 'CSM', earned: '2025-05-02' });
  await page.getByRole('button', { name: 'Edit CSM' }).click();
  await page.getByLabel('Date earned').fill('2025-05-09');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('listitem', { name: 'CSM' }).getByText('9 May 2027').waitFor();

  await page.getByRole('button', { name: 'Remove CSM' }).click();
  await page.getByRole('listitem', { name: 'CSM' }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo removing CSM' }).click();
  await page.getByRole('listitem', { name: 'CSM' }).getByText('9 May 2027').waitFor();
  await context.close();
});

test('corrupt stored data: the app explains, keeps the original and offers it for download', async () => {
  const context = await newContext();
  const { page } = await open(context);
  const corrupt = '{"version":3,"certifications":[{"id":1,"kind":"CSPO"'; // cut off mid-way
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, corrupt]);
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'Your saved data could not be opened' }).waitFor();
  await alert.getByText(BACKUP_KEY).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(path, 'utf8'), corrupt);

  // A change now is not saved over the original.
  await page.getByRole('button', { name: 'Show me an example' }).click();
  await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
  const kept = await page.evaluate(([a, b]) => [localStorage.getItem(a), localStorage.getItem(b)], [KEY, BACKUP_KEY]);
  assert.deepEqual(kept, [corrupt, corrupt]);

  // Only when the user chooses does the app save again; the backup stays.
  await alert.getByRole('button', { name: 'Start over and save from now on' }).click();
  await alert.waitFor({ state: 'detached' });
  const after = await page.evaluate(([a, b]) => [localStorage.getItem(a), localStorage.getItem(b)], [KEY, BACKUP_KEY]);
  assert.equal(JSON.parse(after[0]).certifications.length, 3);
  assert.equal(after[1], corrupt);
  await context.close();
});

test('two tabs stay in step, and neither overwrites the other', async () => {
  const context = await newContext();
  const { page: first } = await open(context, '#/certifications');
  const { page: second } = await open(context, '#/certifications');
  await addCertification(first, { kind: 'CSPO', earned: '2025-02-10' });
  await second.getByRole('listitem', { name: 'CSPO' }).getByText('10 Feb 2027').waitFor();
  await second.getByRole('status').getByText(/another tab/).waitFor();

  await addCertification(second, { kind: 'CSM', earned: '2025-04-01' });
  await first.getByRole('listitem', { name: 'CSM' }).waitFor();
  // Earning the CSM aligned the CSPO to the CSM's expiry in both tabs.
  await first.getByRole('listitem', { name: 'CSPO' }).getByText('1 Apr 2027').waitFor();
  const stored = await storedJourney(first);
  assert.deepEqual(stored.certifications.map((c) => c.kind), ['CSPO', 'CSM']);
  await context.close();
});

test('a change made right before the page is hidden or closed is saved, and is there when it is opened again', async () => {
  const context = await newContext();
  const { page, errors } = await open(context, '#/certifications');
  await page.getByLabel('Certification', { exact: true }).selectOption('CSPO');
  await page.getByLabel('Date earned').fill('2025-03-14');
  // Saving follows the change a moment later; a page being hidden saves at once. Both in one
  // task, so the later save cannot have run yet.
  const saved = await page.evaluate((key) => {
    const add = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add certification');
    add.click();
    window.dispatchEvent(new Event('pagehide'));
    return JSON.parse(localStorage.getItem(key))?.certifications.map((c) => c.kind);
  }, KEY);
  assert.deepEqual(saved, ['CSPO'], 'saved as the page was hidden');

  // Add another and close the page at once.
  await page.getByLabel('Certification', { exact: true }).selectOption('CSM');
  await page.getByLabel('Date earned').fill('2025-04-01');
  await page.getByRole('button', { name: 'Add certification' }).click();
  errors.assertNone();
  await page.close();

  const { page: again } = await open(context, '#/certifications');
  await again.getByRole('listitem', { name: 'CSPO' }).waitFor();
  await again.getByRole('listitem', { name: 'CSM' }).waitFor();
  assert.deepEqual((await storedJourney(again)).certifications.map((c) => c.kind), ['CSPO', 'CSM']);
  await context.close();
});

test('storage blocked: the app works in memory and says changes are not saved', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const { page, errors } = await open(context);
  await page.getByRole('alert').getByRole('heading', { name: 'Changes are not being saved' }).waitFor();
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
  await page.getByRole('listitem', { name: 'CSPO' }).getByText('14 Mar 2027').waitFor();
  errors.assertNone();
  await context.close();
});

test('storage full: the app keeps the change in memory and says it was not saved', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  const { page } = await open(context);
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'Changes are not being saved' }).waitFor();
  await alert.getByText(/storage for this site is full/).waitFor();
  await page.getByRole('listitem', { name: 'CSPO' }).waitFor();
  await context.close();
});

test('works offline after the first visit', async () => {
  const context = await newContext();
  const { page } = await open(context);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The page is controlled once the worker has claimed it; reload once online to be sure.
  await page.reload();
  await page.locator('#page-title').waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.locator('#page-title').waitFor();
  await page.getByRole('button', { name: 'Show me an example' }).click();
  await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
  await context.setOffline(false);
  await context.close();
});

test('the dashboard, Certifications and Settings pass axe in light and dark schemes, and the keyboard reaches the navigation (every page: axe_every_page)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext({ colorScheme });
    const { page } = await open(context);
    await page.getByRole('button', { name: 'Show me an example' }).click();
    for (const hash of ['#/', '#/certifications', '#/settings']) {
      await page.goto(app.server.url + hash);
      await page.locator('#page-title').waitFor();
      const result = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `axe on ${hash} (${colorScheme})`);
    }
    // Keyboard: skip link, then the navigation.
    await page.goto(app.server.url + '#/');
    await page.reload();
    await page.locator('#page-title').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Certifications');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Certifications' }).waitFor();
    await context.close();
  }
});

test('a phone-width screen has no horizontal scrolling', async () => {
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const { page } = await open(context);
  await page.getByRole('button', { name: 'Show me an example' }).click();
  for (const hash of ['#/', '#/certifications', '#/settings']) {
    await page.goto(app.server.url + hash);
    await page.locator('#page-title').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${hash} is ${overflow}px wider than the screen`);
  }
  await context.close();
});
