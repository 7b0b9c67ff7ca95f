// Updates that lose nothing: serve build A, open it, replace the files with build B; the open
// page offers the new version without touching a half-filled form, a page opened meanwhile
// still gets A's files only (its wasm, which the host no longer has), a click reloads into B, A's cache is gone, and B starts offline.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST, useApp } from './app.mjs';

const work = await mkdtemp(join(tmpdir(), 'cert-planner-update-'));
const SITE = join(work, 'site');
const B = join(work, 'b');
after(() => rm(work, { recursive: true, force: true }));

/** Build B: build A with its app (the wasm and its JavaScript) under a new directory name, a
 * marker and a new sw.js. */
async function makeBuildB() {
  await cp(DIST, SITE, { recursive: true });
  await cp(DIST, B, { recursive: true });
  const appDir = (await readdir(B)).find((name) => /^app-[0-9a-f]{16}$/.test(name));
  const newAppDir = 'app-b0b0b0b0b0b0b0b0';
  await rename(join(B, appDir), join(B, newAppDir));
  const html = await readFile(join(B, 'index.html'), 'utf8');
  await writeFile(
    join(B, 'index.html'),
    html.replaceAll(appDir, newAppDir).replace('<title>', '<meta name="build" content="B" />\n    <title>'),
  );
  // The build's hooks give the loader's CSP hash and sw.js B's version and file list.
  const script = (name) => fileURLToPath(new URL(`../../scripts/${name}`, import.meta.url));
  execFileSync('node', [script('csp-hash.mjs'), join(B, 'index.html')]);
  execFileSync('node', [script('sw-version.mjs'), B]);
  return SITE;
}

async function deployB() {
  await rm(SITE, { recursive: true, force: true });
  await cp(B, SITE, { recursive: true });
}

const app = useApp({ prefix: '/team/cert-planner/', root: makeBuildB, timeout: 20_000 });

const build = (page) => page.evaluate(() => document.querySelector('meta[name="build"]')?.content ?? 'A');
// The app's directory the page loaded its wasm from (what the service worker served it).
const appFiles = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname.match(/\/(app-[0-9a-f]{16})\//)?.[1])
      .filter(Boolean)
      .filter((dir, i, all) => all.indexOf(dir) === i),
  );
const appCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('cert-planner')));

test('an open page offers the new version, keeps a half-filled form, and reloads into it only on a click', async () => {
  const context = await app.newContext();
  try {
    const { page, errors } = await app.open(context, '#/seus');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await build(page), 'A');
    const [cacheA] = await appCaches(page);
    assert.ok(cacheA, 'build A is cached');

    const title = page.getByLabel('Title');
    await title.fill('Half-typed webinar title');

    await deployB();
    // What the browser does on its own every so often: ask the host for a new sw.js.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const offer = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await offer.waitFor();

    // Nothing interrupted: same page, same build, the typed text and the focus are still there.
    assert.equal(await build(page), 'A');
    assert.equal(await title.inputValue(), 'Half-typed webinar title');
    assert.equal(await page.evaluate(() => document.activeElement?.id), await title.getAttribute('id'));

    // A page opened now still gets A, whole: its files come from A's cache (the host no
    // longer has A's app).
    const second = await app.open(context, '#/');
    assert.equal(await build(second.page), 'A');
    assert.deepEqual(await appFiles(second.page), await appFiles(page));
    assert.notDeepEqual(await appFiles(second.page), ['app-b0b0b0b0b0b0b0b0']);
    // A's styles apply: its custom properties are set (no styles, no --accent).
    const accent = (p) => p.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    assert.notEqual(await accent(second.page), '', 'the style sheet of A applies');
    assert.equal(await accent(second.page), await accent(page));
    second.errors.assertNone();

    await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Reload' }).click()]);
    await page.locator('#page-title').waitFor();
    assert.equal(await build(page), 'B');
    assert.deepEqual(await appFiles(page), ['app-b0b0b0b0b0b0b0b0']);
    const caches = await appCaches(page);
    assert.equal(caches.length, 1, `one cache left: ${caches}`);
    assert.notEqual(caches[0], cacheA, 'A\u2019s cache was removed');
    // The other page was not reloaded behind its user's back.
    assert.equal(await build(second.page), 'A');

    // B starts offline.
    await context.setOffline(true);
    await page.reload();
    await page.locator('#page-title').waitFor();
    assert.equal(await build(page), 'B');
    const offline = await app.open(context, '#/certifications');
    assert.equal(await build(offline.page), 'B');
    await context.setOffline(false);
    errors.assertNone();
  } finally {
    await context.close();
  }
});
