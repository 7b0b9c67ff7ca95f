// Smoke test of the release build (dist/) published under a sub-path.
// Run after `trunk build --release --offline`:  node --test tests/e2e/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordRequests } from './browser.mjs';
import { useApp } from './app.mjs';

const PREFIX = '/some/sub/path/';
const TIMEOUT = 30_000;

const app = useApp({ prefix: PREFIX, timeout: TIMEOUT });

/** Open `hash` in a fresh context and wait until the app has rendered an h1. */
async function openApp(hash) {
  const context = await app.newContext();
  const net = recordRequests(context, app.server.origin);
  const { page, errors: errs, response } = await app.open(context, hash, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${app.server.url}${hash}`);
  await page.locator('h1').first().waitFor({ state: 'visible' });
  // Let anything the app starts right after mounting finish (or fail).
  await page.waitForLoadState('networkidle');
  return { context, page, net, errs };
}

test('the app starts at a sub-path, with no errors and no request leaving the origin', async () => {
  const { context, page, net, errs } = await openApp('');
  try {
    errs.assertNone();
    net.assertSameOrigin();
    // Relative asset URLs: everything was fetched from under the sub-path.
    const path = (u) => new URL(u).pathname;
    const sameOrigin = net.urls.filter((u) => u.startsWith(app.server.origin));
    assert.ok(sameOrigin.some((u) => u.endsWith('.wasm')), 'the .wasm module was requested');
    assert.deepEqual(
      sameOrigin.filter((u) => !path(u).startsWith(PREFIX)),
      [],
      `requests outside ${PREFIX}`,
    );
    assert.match(await page.title(), /Scrum Certification Planner/);
  } finally {
    await context.close();
  }
});

test('on a first visit the page downloads the wasm once, and nothing logs an error', async () => {
  const context = await app.newContext();
  // Requests of the page only: the service worker caches the files again when it installs.
  const wasm = [];
  context.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm') && !request.serviceWorker()) wasm.push(request.url());
  });
  try {
    const { page, errors } = await app.open(context, '', { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    assert.equal(wasm.length, 1, `wasm requests: ${wasm.join(', ')}`);
    // No preload of the wasm is left for an engine to fetch a second time.
    assert.equal(await page.locator('link[rel="preload"][href$=".wasm"]').count(), 0);
    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('a deep hash route (#/certifications) loads the app directly and survives a reload', async () => {
  const { context, page, net, errs } = await openApp('#/certifications');
  try {
    const reload = await page.reload({ waitUntil: 'load' });
    assert.equal(reload?.status(), 200, 'reload of the deep hash route');
    // The app's own page heading, not the static shell's h1 (which is there before the wasm).
    await page.getByRole('heading', { level: 2, name: 'Certifications', exact: true }).waitFor();
    assert.equal(await page.locator('#app-shell').count(), 0, 'the app replaced the static shell');
    assert.equal(new URL(page.url()).hash, '#/certifications');
    errs.assertNone();
    net.assertSameOrigin();
  } finally {
    await context.close();
  }
});

test('the static host serves only the sub-path (sanity check of the test server)', async () => {
  const noSlash = await fetch(app.server.url.slice(0, -1), { redirect: 'manual' });
  assert.equal(noSlash.status, 301);
  assert.equal(noSlash.headers.get('location'), PREFIX);
  assert.equal((await fetch(`${app.server.origin}/`)).status, 404);
  assert.equal((await fetch(`${app.server.url}certifications`)).status, 404);
  const index = await fetch(app.server.url);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
});
