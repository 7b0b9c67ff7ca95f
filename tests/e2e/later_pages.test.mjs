// The wasm comes in two modules (scripts/build-wasm.sh): the dashboard starts without the module
// of the later pages (src/ui/later_pages.rs), which the first visit to another page fetches. The
// service worker is blocked here, so that only the page's own requests fetch the module.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from './app.mjs';

const app = useApp({ prefix: '/later/pages/' });
const LATER = '**/split_later_pages.wasm';
const isLater = (url) => new URL(url).pathname.endsWith('/split_later_pages.wasm');

test('the dashboard starts without the later pages; the first visit to one says "Loading", fetches them once and moves focus to its heading', async () => {
  const context = await app.newContext({ serviceWorkers: 'block' });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(LATER, async (route) => {
    await held;
    await route.continue();
  });
  try {
    const { page, errors } = await app.open(context, '#/');
    const fetched = [];
    page.on('request', (request) => isLater(request.url()) && fetched.push(request.url()));
    await page.getByRole('heading', { level: 2, name: 'Plan and keep your Scrum certification' }).waitFor();
    assert.deepEqual(fetched, [], 'the dashboard did not fetch the later pages');

    // The request event reaches the test after the page has asked: wait for it, then count.
    const requested = page.waitForRequest((request) => isLater(request.url()));
    await page.getByRole('link', { name: 'Renewal timeline' }).click();
    await page.getByRole('status').filter({ hasText: 'Loading the page…' }).waitFor();
    await requested;
    assert.equal(fetched.length, 1, 'the first visit fetches the later pages');
    release();
    await page.getByRole('heading', { level: 2, name: 'Renewal timeline' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title', 'focus on the new page heading');
    assert.equal(await page.getByText('Loading the page…').count(), 0);

    await page.getByRole('link', { name: 'SEU log' }).click();
    await page.getByRole('heading', { level: 2, name: 'SEU log' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title');
    assert.equal(fetched.length, 1, 'the later pages are fetched once');
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('when the later pages cannot be fetched, the page says so, the dashboard still works, and the next visit tries again', async () => {
  const context = await app.newContext({ serviceWorkers: 'block' });
  let refuse = true;
  await context.route(LATER, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  try {
    const { page, errors } = await app.open(context, '#/');
    await page.getByRole('link', { name: 'Renewal timeline' }).click();
    await page.getByRole('alert').filter({ hasText: 'This page could not be loaded' }).waitFor();
    assert.equal(await page.locator('#page-title').textContent(), 'Renewal timeline');
    // The split loader reports the failed fetch on the console; nothing else may fail.
    assert.ok(errors.errors.length > 0 && errors.errors.every((e) => /split_later_pages|Failed to fetch|ERR_INTERNET_DISCONNECTED/.test(e)), errors.errors.join('\n'));
    errors.errors.length = 0;

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan and keep your Scrum certification' }).waitFor();

    refuse = false;
    await page.getByRole('link', { name: 'Renewal timeline' }).click();
    await page.getByRole('heading', { level: 2, name: 'Renewal timeline' }).waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: 'This page could not be loaded' }).count(), 0);
    errors.assertNone();
  } finally {
    await context.close();
  }
});
