// Smoke test of the release build (dist/) published under a sub-path.
// Run after `trunk build --release --offline`:  node --test tests/e2e/

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { startServer } from './server.mjs';
import { launch, recordErrors, recordRequests } from './browser.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PREFIX = '/some/sub/path/';
const TIMEOUT = 30_000;

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(`${DIST}index.html`),
    `${DIST}index.html not found: run \`trunk build --release --offline\` first`,
  );
  server = await startServer({ root: DIST, prefix: PREFIX });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Open `url` in a fresh context and wait until the app has rendered an h1. */
async function openApp(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const net = recordRequests(context, server.origin);
  const errs = recordErrors(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${url}`);
  await page.locator('h1').first().waitFor({ state: 'visible' });
  // Let anything the app starts right after mounting finish (or fail).
  await page.waitForLoadState('networkidle');
  return { context, page, net, errs };
}

test('the app starts at a sub-path, with no errors and no request leaving the origin', async () => {
  const { context, page, net, errs } = await openApp(server.url);
  try {
    errs.assertNone();
    net.assertSameOrigin();
    // Relative asset URLs: everything was fetched from under the sub-path.
    const path = (u) => new URL(u).pathname;
    const sameOrigin = net.urls.filter((u) => u.startsWith(server.origin));
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

test('a deep hash route (#/certifications) loads the app directly and survives a reload', async () => {
  const { context, page, net, errs } = await openApp(`${server.url}#/certifications`);
  try {
    const reload = await page.reload({ waitUntil: 'load' });
    assert.equal(reload?.status(), 200, 'reload of the deep hash route');
    await page.locator('h1').first().waitFor({ state: 'visible' });
    assert.equal(new URL(page.url()).hash, '#/certifications');
    errs.assertNone();
    net.assertSameOrigin();
  } finally {
    await context.close();
  }
});

test('the static host serves only the sub-path (sanity check of the test server)', async () => {
  const noSlash = await fetch(server.url.slice(0, -1), { redirect: 'manual' });
  assert.equal(noSlash.status, 301);
  assert.equal(noSlash.headers.get('location'), PREFIX);
  assert.equal((await fetch(`${server.origin}/`)).status, 404);
  assert.equal((await fetch(`${server.url}certifications`)).status, 404);
  const index = await fetch(server.url);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
});
