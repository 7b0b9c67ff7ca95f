// Installable: the release build served from a sub-path has a web app manifest Chromium accepts
// (no installability errors), with relative start_url and scope, and icons that load.

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, recordErrors } from './browser.mjs';
import { useApp } from './app.mjs';

const app = useApp({ prefix: '/team/cert-planner/' });

test('Chromium finds nothing that stops installing the app from a sub-path', async () => {
  // A profile on disk: Chromium never offers to install from an off-the-record context.
  const profile = await mkdtemp(join(tmpdir(), 'cert-planner-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    const errors = recordErrors(page);
    await page.goto(app.server.url);
    await page.locator('#page-title').waitFor();
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { url, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
    assert.equal(new URL(url).pathname, '/team/cert-planner/manifest.webmanifest');
    assert.deepEqual(manifestErrors, []);
    errors.assertNone();
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the manifest names the app, starts and stays within its own sub-path, and has every icon', async () => {
  const response = await fetch(`${app.server.url}manifest.webmanifest`);
  assert.equal(response.status, 200);
  const manifest = await response.json();
  assert.equal(manifest.name, 'Scrum Certification Planner');
  assert.ok(manifest.short_name.length <= 12, manifest.short_name);
  assert.ok(manifest.description.length > 20);
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  const has = (type, sizes, purpose) =>
    manifest.icons.some((i) => i.type === type && i.sizes === sizes && i.purpose === purpose);
  assert.ok(has('image/svg+xml', 'any', 'any'), 'an SVG icon');
  assert.ok(has('image/png', '192x192', 'any'), 'a 192 px PNG');
  assert.ok(has('image/png', '512x512', 'any'), 'a 512 px PNG');
  assert.ok(has('image/png', '512x512', 'maskable'), 'a maskable PNG');
  for (const icon of manifest.icons) {
    const file = await fetch(new URL(icon.src, `${app.server.url}manifest.webmanifest`));
    assert.equal(file.status, 200, icon.src);
    assert.equal(file.headers.get('content-type'), icon.type, icon.src);
  }
});

test('the page has a theme colour for each scheme and a description for link previews', async () => {
  const html = await (await fetch(app.server.url)).text();
  assert.match(html, /<meta name="theme-color" media="\(prefers-color-scheme: light\)"/);
  assert.match(html, /<meta name="theme-color" media="\(prefers-color-scheme: dark\)"/);
  assert.match(html, /<meta name="description" content="[^"]{50,}"/);
  assert.match(html, /<meta property="og:title" content="Scrum Certification Planner"/);
  assert.match(html, /<meta property="og:description" content="[^"]{50,}"/);
  assert.doesNotMatch(html, /manifest-src/);
});
