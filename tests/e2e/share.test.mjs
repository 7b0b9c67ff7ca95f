// Share a plan by link: the link carries the plan after its #, so the host never sees it; a
// fresh browser shows it read-only as someone else's without touching its own journey, and
// "Save to my journey" takes it through the gate; a damaged link and a newer-version link get
// clear messages.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordRequests } from './browser.mjs';
import { KEY, stored, useApp } from './app.mjs';

const app = useApp({ prefix: '/team/cert-planner/' });

/** Loads the example journey in a fresh context and makes a link with the SEU plan and log. */
async function exampleLink() {
  const context = await app.newContext();
  try {
    const { page, errors } = await app.open(context, '#/');
    await page.getByRole('button', { name: 'Show me an example' }).click();
    await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
    await app.go(page, '#/settings');
    const card = page.getByRole('region', { name: 'Share a read-only view' });
    await card.getByLabel('SEU plan').check();
    await card.getByLabel('SEU log, with notes and evidence links').check();
    await card.getByRole('button', { name: 'Make the link' }).click();
    const link = await card.getByLabel('Link to share').inputValue();
    const size = await card.locator('#share-size').textContent();
    errors.assertNone();
    return { link, size };
  } finally {
    await context.close();
  }
}

/** Opens `link` in a fresh context that records every request. */
async function openLink(link) {
  const context = await app.newContext();
  const net = recordRequests(context, app.server.origin);
  const { page, errors } = await app.open(context, link.slice(app.server.url.length));
  return { context, page, errors, net };
}

test('a link opened in a fresh browser shows the plan read-only; the host never sees it; saving adds it', async () => {
  const { link, size } = await exampleLink();
  assert.ok(link.startsWith(`${app.server.url}#/shared/v1.`), link);
  console.log(`the example journey's share link (plan and log): ${link.length} characters; the page says "${size}"`);
  assert.ok(link.length <= 8000);
  const data = link.split('#')[1];

  const { context, page, errors, net } = await openLink(link);
  try {
    await page.getByRole('heading', { name: 'Someone else’s plan' }).waitFor();
    const main = page.locator('main');
    for (const text of ['CSPO', 'CSM', 'Scrum.org PSPO I', 'Monthly webinar', 'Local Scrum user group meetup']) {
      await main.getByText(text, { exact: true }).first().waitFor();
    }
    // Read-only: no form to change the plan.
    assert.equal(await main.locator('input, select, textarea').count(), 0);
    // The host saw no request carrying any of the plan.
    assert.ok(net.urls.length > 0);
    for (const url of net.urls) {
      assert.ok(!url.includes(data.slice(-40)) && !url.includes('v1.'), `a request carried the plan: ${url}`);
    }
    net.assertSameOrigin();
    // The opener's own journey is untouched.
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);

    await page.getByRole('button', { name: 'Save to my journey' }).click();
    await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
    const journey = await stored(page);
    assert.deepEqual(journey.certifications.map((c) => c.kind), ['CSM', 'CSPO', 'other']);
    assert.equal(journey.seu_log.length, 3);
    assert.equal(journey.planned_activities.length, 1);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('a damaged link and a link from a newer version each get a clear message and change nothing', async () => {
  const { link } = await exampleLink();
  for (const [broken, words] of [
    [link.slice(0, link.length - 30), /This link is damaged/],
    [link.replace('#/shared/v1.', '#/shared/v9.'), /made by a newer version of the app \(link version 9/],
  ]) {
    const { context, page } = await openLink(broken);
    try {
      const alert = page.getByRole('alert').filter({ hasText: 'This link cannot be opened' });
      await alert.waitFor();
      assert.match(await alert.textContent(), words);
      assert.equal(await page.getByRole('button', { name: 'Save to my journey' }).count(), 0);
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
    } finally {
      await context.close();
    }
  }
});
