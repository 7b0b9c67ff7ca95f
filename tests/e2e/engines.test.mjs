// Every engine starts the app cleanly: Chromium (Playwright), Firefox (geckodriver) and WebKit
// (WebKitWebDriver under xvfb-run) each open the release build from a sub-path on a fresh
// profile, twice: from a host that lets browsers cache the files (the host's log must show each
// wasm module requested once: the page's download of the start module, which the service worker
// then takes from the HTTP cache, and the service worker's of the later pages' module) and from
// one that forbids caching (the page must request the start module once; the service worker's
// own copies are then downloads no page can spare). Each time the app shows its first page
// heading, then opens a page of the later pages' module (Certifications) and adds a CSPO there
// through its form, and the engine's console has no error and no uncaught exception.
//
// The consoles: Playwright reports Chromium's; Firefox's comes as WebDriver BiDi log entries
// and, for the service worker, in geckodriver's output (pref devtools.console.stdout.content); WebKit
// writes its console, the engine's own messages (CSP, loads) included, to stdout with the
// setting enable-write-console-messages-to-stdout in webkit-browser.py. Each run ends with a
// canary (a console.error and an uncaught exception): a capture that does not see it fails the
// test, so a silent console is never mistaken for a clean one.
//
// Nothing is skipped: a missing driver or browser fails (./scripts/test.sh installs them).

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { KEY, useApp } from './app.mjs';
import { freePort, startDriver } from './webdriver.mjs';

const PREFIX = '/engines/sub/path/';
const TIMEOUT = 30_000;

/**
 * A host that lets browsers cache what can be cached: a file whose name carries Trunk's content
 * hash, or in the wasm's directory named after its content (app-<hash>/), never changes (a year,
 * immutable); the rest is revalidated on every use.
 */
function hostCacheControl(path) {
  return /(-[0-9a-f]{12,}\.[a-z]+|(^|\/)app-[0-9a-f]{16}\/[\w.-]+)$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/** The host of the next run: 'caching' (hostCacheControl) or 'no-store' (nothing cached). */
let host = 'caching';
const app = useApp({
  prefix: PREFIX,
  timeout: TIMEOUT,
  serverOptions: { cacheControl: (path) => (host === 'caching' ? hostCacheControl(path) : 'no-store') },
});

/**
 * Calls `done('activated')` once the service worker has installed (its caching done) and
 * activated: the body of an async WebDriver script or of a Promise in Playwright.
 */
const SERVICE_WORKER_ACTIVE = `
  if (!navigator.serviceWorker) return done('no service worker');
  navigator.serviceWorker.ready.then((registration) => {
    const worker = registration.active;
    if (worker.state === 'activated') return done('activated');
    worker.addEventListener('statechange', () => worker.state === 'activated' && done('activated'));
  });`;

/** Throws from a task of its own, so the engine reports an uncaught exception. */
const CANARY = `
  console.error('e2e canary: console.error');
  setTimeout(() => { throw new Error('e2e canary: uncaught'); }, 0);`;

const HEADING = `const h = document.querySelector('#page-title'); return h && h.textContent.trim();`;

/**
 * The later pages' module in use (every page but the dashboard is in it): go to Certifications
 * by the navigation, fill in its form by its labels and add a CSPO; then wait until the page
 * says so and the stored journey holds it. Function bodies, as WebDriver runs them.
 */
const LATER_PAGE = {
  open: `document.querySelector('nav a[href="#/certifications"]').click(); return true;`,
  opened: `const h = document.querySelector('#page-title');
    return h && h.textContent.trim() === 'Certifications' && document.querySelector('form button[type="submit"]') ? 'shown' : '';`,
  use: `const field = (text) => {
      const label = [...document.querySelectorAll('main label')].find((l) => l.textContent.trim() === text);
      return label && document.getElementById(label.htmlFor);
    };
    const set = (control, value) => {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const kind = field('Certification');
    set(kind, [...kind.options].find((o) => o.textContent.startsWith('CSPO (')).value);
    set(field('Date earned'), '2026-01-15');
    [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Add certification').click();
    return true;`,
  used: `const said = [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.includes('Added CSPO.'));
    const stored = JSON.parse(localStorage.getItem('${KEY}') || '{}').certifications || [];
    return said && stored.some((c) => c.earned === '2026-01-15') ? 'CSPO added and stored' : '';`,
};

/**
 * The host's log: every request for the wasm, and who made it. On a host that forbids caching,
 * only the page's (a service worker's requests carry its script as their referrer).
 */
function wasmRequests() {
  return app.server.requests
    .filter((r) => new URL(r.path, 'http://host').pathname.endsWith('.wasm'))
    .filter((r) => host === 'caching' || !/\/sw\.js$/.test(r.referer ?? ''))
    .map((r) => `${r.method} ${r.path} ${r.status} (referrer ${r.referer ?? 'none'})`);
}

/**
 * Opens the app in one engine and returns what it showed: the page heading, whether the
 * service worker activated, and the console errors before the canary and after it.
 */
async function startCleanly(engine, from) {
  host = from;
  const log = app.server.requests;
  log.length = 0;
  const result = await engine(app.server.url);
  result.wasm = wasmRequests();
  result.log = log.map((r) => `${r.status} ${r.path} (referrer ${r.referer ?? 'none'})`);
  return result;
}

/** What every engine must show. */
function assertClean(engine, { heading, later, worker, errors, canary, wasm, log }) {
  const name = `${engine} (${host} host)`;
  const context = `\n${name}: host log:\n  ${log.join('\n  ')}`;
  assert.ok(heading, `${name}: the app showed no page heading${context}`);
  assert.equal(later, 'CSPO added and stored', `${name}: the later pages' module was not used${context}`);
  assert.equal(worker, 'activated', `${name}: the service worker did not activate${context}`);
  const requests = `:\n  ${wasm.join('\n  ')}${context}`;
  const starts = wasm.filter((line) => line.includes('/cert-planner_bg.wasm '));
  assert.equal(starts.length, 1, `${name}: the start module was requested ${starts.length} times${requests}`);
  const paths = wasm.map((line) => line.split(' ')[1]);
  assert.equal(new Set(paths).size, paths.length, `${name}: a wasm module was requested more than once${requests}`);
  assert.deepEqual(errors, [], `${name}: the console had errors on a clean start${context}`);
  assert.ok(
    canary.some((line) => line.includes('e2e canary: console.error')) &&
      canary.some((line) => line.includes('e2e canary: uncaught')),
    `${name}: the console capture missed the canary (a console.error and an uncaught exception), so it ` +
      `cannot be trusted; it saw:\n  ${canary.join('\n  ')}`,
  );
}

/** Waits until `read()` has lines with both canaries (or the time is up) and returns them. */
async function canaryLines(read) {
  const until = Date.now() + 10_000;
  for (;;) {
    const lines = read();
    const both = ['e2e canary: console.error', 'e2e canary: uncaught'].every((c) => lines.some((l) => l.includes(c)));
    if (both || Date.now() > until) return lines;
    await sleep(100);
  }
}

/** Chromium through Playwright: its console and page errors are Playwright events. */
async function chromium(url) {
  const context = await app.newContext();
  // The page's console is Playwright's page events (app.open); the service worker's is its own.
  const workerErrors = [];
  context.on('serviceworker', (worker) =>
    worker.on('console', (msg) => msg.type() === 'error' && workerErrors.push(`service worker console.error: ${msg.text()}`)),
  );
  try {
    const { page, errors: pageErrors } = await app.open(context, '');
    const errors = { all: () => [...pageErrors.errors, ...workerErrors] };
    assert.equal(page.url(), url);
    const heading = (await page.locator('#page-title').textContent()).trim();
    const worker = await page.evaluate(`new Promise((done) => { ${SERVICE_WORKER_ACTIVE} })`);
    const run = (body) => page.evaluate(`(() => { ${body} })()`);
    // Polled (waitForFunction evaluates a string, which the app's CSP forbids).
    const until = async (body) => {
      for (const end = Date.now() + TIMEOUT; Date.now() < end; await sleep(100)) {
        const value = await run(body);
        if (value) return value;
      }
      return run(body);
    };
    await run(LATER_PAGE.open);
    await until(LATER_PAGE.opened);
    await run(LATER_PAGE.use);
    const later = await until(LATER_PAGE.used);
    await sleep(500);
    const before = errors.all();
    await page.evaluate(CANARY);
    const canary = await canaryLines(() => errors.all().slice(before.length));
    return { heading, later, worker, errors: before, canary };
  } finally {
    await context.close();
  }
}

/**
 * A WebDriver engine: opens the app, waits for the heading and the service worker, and reads the
 * console errors `watch(driver, session)` collects (it returns a function that lists them so far)
 * before and after the canary.
 */
async function webdriver(url, { driver: options, capabilities, watch }) {
  const driver = await startDriver(options);
  try {
    const session = await driver.newSession(capabilities);
    try {
      const errors = await watch(driver, session);
      await session.setTimeouts({ script: TIMEOUT });
      await session.navigate(url);
      const heading = await session.waitFor('the page heading', HEADING, { timeout: TIMEOUT });
      const worker = await session.executeAsync(`const done = arguments[arguments.length - 1]; ${SERVICE_WORKER_ACTIVE}`);
      await session.execute(LATER_PAGE.open);
      await session.waitFor('the Certifications page, from the later pages\' module', LATER_PAGE.opened, { timeout: TIMEOUT });
      await session.execute(LATER_PAGE.use);
      const later = await session.waitFor('a CSPO added there and stored', LATER_PAGE.used, { timeout: TIMEOUT });
      await sleep(500);
      const before = errors();
      await session.execute(CANARY);
      const canary = await canaryLines(() => errors().slice(before.length));
      return { heading, later, worker, errors: before, canary };
    } finally {
      await session.close();
    }
  } finally {
    await driver.stop();
  }
}

/** Firefox ESR through geckodriver, headless, on the fresh profile geckodriver makes. */
function firefox(url) {
  return webdriver(url, {
    driver: {
      command: process.env.GECKODRIVER || 'geckodriver',
      args: async (port) => [
        '--port',
        String(port),
        '--websocket-port',
        String(await freePort()),
        '--binary',
        process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      ],
    },
    capabilities: {
      browserName: 'firefox',
      webSocketUrl: true,
      'moz:firefoxOptions': {
        args: ['-headless'],
        prefs: {
          // The page's console to stdout, the browser's own (its updates, its remote settings) not.
          'devtools.console.stdout.content': true,
          'devtools.console.stdout.chrome': false,
        },
      },
    },
    // Two sources: WebDriver BiDi log entries of level error (console.error, uncaught exceptions
    // and the engine's own errors such as CSP's), and geckodriver's output, which also has the
    // service worker's console: `console.error: ...` and `JavaScript error: <url>, line n: ...`
    // (only those of the page's origin, not the browser's own). One browser module logs through
    // its own console whatever the prefs say: the experiments loader (`console.error: RSLoader:
    // ...`), which cannot reach Mozilla's servers from here.
    watch: async (driver, session) => {
      const log = await session.subscribe(['log.entryAdded']);
      const origin = new URL(url).origin;
      return () => [
        ...log.received.filter((entry) => entry.level === 'error').map((entry) => `${entry.type} error: ${entry.text}`),
        ...driver
          .output()
          .split('\n')
          .filter(
            (line) =>
              (line.startsWith('console.error:') && !line.startsWith('console.error: RSLoader:')) ||
              line.startsWith(`JavaScript error: ${origin}`),
          ),
      ];
    },
  });
}

/** WebKitGTK through WebKitWebDriver under xvfb-run, in webkit-browser.py (a fresh profile). */
async function webkit(url) {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-webkit-profile-'));
  try {
    return await webkitIn(url, profile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function webkitIn(url, profile) {
  return webdriver(url, {
    driver: {
      command: 'xvfb-run',
      args: (port) => ['--auto-servernum', process.env.WEBKIT_WEBDRIVER || 'WebKitWebDriver', `--port=${port}`],
    },
    capabilities: {
      'webkitgtk:browserOptions': {
        binary: fileURLToPath(new URL('./webkit-browser.py', import.meta.url)),
        args: ['--automation', `--profile=${profile}`],
      },
    },
    // `CONSOLE ERROR ...`, `CONSOLE JS ERROR ...`, `CONSOLE SECURITY ERROR ...`: every source.
    watch: async (driver) => () =>
      driver
        .output()
        .split('\n')
        .filter((line) => /\bCONSOLE(?: [A-Z-]+)? ERROR\b/.test(line)),
  });
}

test('Chromium downloads each wasm module once, starts without a console error and runs a later page', { timeout: 120_000 }, async () => {
  assertClean('Chromium', await startCleanly(chromium, 'caching'));
  assertClean('Chromium', await startCleanly(chromium, 'no-store'));
});

test('Firefox downloads each wasm module once, starts without a console error and runs a later page', { timeout: 120_000 }, async () => {
  assertClean('Firefox', await startCleanly(firefox, 'caching'));
  assertClean('Firefox', await startCleanly(firefox, 'no-store'));
});

test('WebKit downloads each wasm module once, starts without a console error and runs a later page', { timeout: 120_000 }, async () => {
  assertClean('WebKit', await startCleanly(webkit, 'caching'));
  assertClean('WebKit', await startCleanly(webkit, 'no-store'));
});

test('after a first visit to a host that lets files be cached, the app starts offline', { timeout: 120_000 }, async () => {
  // The service worker took the hashed files from the HTTP cache: its own cache is still whole.
  host = 'caching';
  const context = await app.newContext();
  try {
    const { page, errors } = await app.open(context, '');
    await page.evaluate(`new Promise((done) => { ${SERVICE_WORKER_ACTIVE} })`);
    await context.setOffline(true);
    const offline = await app.open(context, '#/certifications');
    assert.equal(await offline.page.locator('#page-title').textContent(), 'Certifications');
    await context.setOffline(false);
    errors.assertNone();
    offline.errors.assertNone();
  } finally {
    await context.close();
  }
});
