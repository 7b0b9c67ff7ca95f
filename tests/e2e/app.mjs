// The one way the end-to-end tests open the app: the release build in dist/ served from a
// sub-path by server.mjs, driven in Debian's Chromium by browser.mjs. Every test file calls
// `useApp()` once at its top level and shares the helpers below.
//
//   const app = useApp({ prefix: '/team/cert-planner/' });
//   test('...', async () => {
//     const context = await app.newContext();
//     const { page, errors } = await app.open(context, '#/certifications');
//     await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
//     assert.equal((await stored(page)).certifications.length, 1);
//   });

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { startServer } from './server.mjs';
import { launch, recordErrors } from './browser.mjs';

/** The release build the tests run against (`trunk build --release --offline` writes it). */
export const DIST = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
/** Where the app keeps the journey in localStorage. */
export const KEY = 'cert-planner.journey';
/** Every key the app keeps starts with this. */
export const KEY_PREFIX = 'cert-planner.';

/**
 * Registers the file's `before` (serve dist/ at `prefix`, launch Chromium) and `after` (close
 * both), and returns the shared app. `server` and `browser` are set once `before` has run.
 *
 * @param {object} [config]
 * @param {string} [config.prefix]   the sub-path dist/ is served at
 * @param {string | (() => Promise<string>)} [config.root]  the directory served, or a function
 *                                   run in `before` that returns it (default: DIST)
 * @param {string} [config.hash]     the route `open` goes to when given none
 * @param {number} [config.timeout]  each context's default timeout (ms); null: Playwright's
 * @param {Date}   [config.now]      a fixed clock for every context (none: the real clock)
 * @param {object} [config.contextOptions]  options for every `browser.newContext`
 * @param {object} [config.serverOptions]   more options for server.mjs `startServer`
 */
export function useApp({
  prefix = '/some/sub/path/',
  root = DIST,
  hash: defaultHash = '#/',
  timeout = 15_000,
  now = null,
  contextOptions = {},
  serverOptions = {},
} = {}) {
  const app = {
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    server: undefined,
    /** @type {import('playwright-core').Browser} */
    browser: undefined,

    /**
     * A fresh browser context (empty storage). `options` are Playwright's context options,
     * plus `timeout` and `now` to override the file's.
     */
    async newContext({ timeout: ms = timeout, now: clock = now, ...options } = {}) {
      const context = await app.browser.newContext({ acceptDownloads: true, ...contextOptions, ...options });
      if (ms != null) context.setDefaultTimeout(ms);
      if (clock) await context.clock.setFixedTime(clock);
      return context;
    },

    /**
     * A new page in `context` at `hash`, once the app has rendered its page title. `errors`
     * records page errors and console errors; `response` is the document's response.
     */
    async open(context, hash = defaultHash, { waitUntil } = {}) {
      const page = await context.newPage();
      const errors = recordErrors(page);
      const response = await page.goto(app.server.url + hash, waitUntil ? { waitUntil } : undefined);
      await page.locator('#page-title').waitFor();
      return { page, errors, response };
    },

    /** Goes to `hash` in an open page and waits for the page title. */
    async go(page, hash) {
      await page.goto(app.server.url + hash);
      await page.locator('#page-title').waitFor();
    },
  };

  before(async () => {
    assert.ok(
      existsSync(`${DIST}index.html`),
      `${DIST}index.html not found: run \`trunk build --release --offline\` first`,
    );
    app.server = await startServer({
      ...serverOptions,
      root: typeof root === 'function' ? await root() : root,
      prefix,
    });
    app.browser = await launch();
  });

  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });

  return app;
}

/**
 * The stored journey text, exactly as it is in localStorage (null: none). The app writes a
 * change once it is on the screen, when the browser is next idle (`AppState::save_soon`; in a
 * browser without idle callbacks, a zero-delay timer after the next frame): this reads the same
 * way, after the app's own save, so a change already shown on screen is also stored.
 */
export async function storedText(page) {
  return page.evaluate(
    (k) =>
      new Promise((resolve) => {
        const read = () => setTimeout(() => resolve(localStorage.getItem(k)), 0);
        const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 0));
        requestAnimationFrame(() => idle(read, { timeout: 2000 }));
      }),
    KEY,
  );
}

/** The stored journey, parsed (null: none). */
export async function stored(page) {
  return JSON.parse(await storedText(page));
}

/**
 * Follows the link `name` of the main navigation, opening the phone menu first where the
 * navigation is folded into it.
 */
export async function navigate(page, name) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

/**
 * Adds a certification through the form on the Certifications page. With `added`, waits for
 * the status line that says it was added.
 */
export async function addCertification(page, { kind, earned, name, added = false }) {
  await navigate(page, 'Certifications');
  await page.getByLabel('Certification', { exact: true }).selectOption(kind);
  if (name) await page.getByLabel('Name of the certification').fill(name);
  await page.getByLabel('Date earned').fill(earned);
  await page.getByRole('button', { name: 'Add certification' }).click();
  if (added) await page.getByRole('status').getByText(`Added ${kind}.`).waitFor();
}

/** Logs an activity through the form on the SEU log page (the page must be open). */
export async function logActivity(page, { date, hours, minutes = '', category, source, title, evidence = '' }) {
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Hours').fill(String(hours));
  await page.getByLabel('Minutes').fill(String(minutes));
  if (category) await page.getByLabel('Category', { exact: true }).selectOption({ label: category });
  if (source) await page.getByLabel('Source', { exact: true }).selectOption({ label: source });
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Evidence link').fill(evidence);
  await page.getByRole('button', { name: 'Log activity' }).click();
  await page.getByRole('status').getByText(`"${title}".`).waitFor();
}

/** The four checklist answers of an offer that meets them all. */
export const YES = ['yes', 'yes', 'yes', 'yes'];

/** Adds a course offer through the form on the Training choice page (the page must be open). */
export async function addOffer(page, o) {
  await page.getByLabel('Certification', { exact: true }).selectOption(o.certification ?? 'CSPO');
  await page.getByLabel('Training provider').fill(o.provider);
  await page.getByLabel('Trainer', { exact: true }).fill(o.trainer ?? '');
  await page.getByLabel('Trainer credential').selectOption(o.credential);
  await page.getByLabel('Listed by Scrum Alliance').selectOption(o.listed ?? 'listed');
  await page.getByLabel('Format').selectOption(o.format ?? 'live-online');
  await page.getByLabel('Start date').fill(o.start);
  await page.getByLabel('End date').fill(o.end);
  await page.getByLabel('Course days').fill(o.days ?? '');
  await page.getByLabel('Teaching hours per day').fill(o.hours ?? '8');
  await page.getByLabel('Time zone or location').fill(o.place ?? 'Europe/Berlin');
  await page.getByLabel('Language').fill('English');
  await page.getByLabel('Price').fill(o.price);
  await page.getByLabel('Currency').fill(o.currency ?? 'USD');
  const answers = o.answers ?? YES;
  await page.getByLabel('Does it cover all the learning objectives?').selectOption(answers[0]);
  await page.getByLabel('Is there hands-on practice for the learning objectives?').selectOption(answers[1]);
  await page.getByLabel('Are there interactive activities (group work, case studies)?').selectOption(answers[2]);
  await page.getByLabel('Are there practice tests, quizzes, exercises or simulations?').selectOption(answers[3]);
  await page.getByLabel('Link to the course page').fill(o.link ?? '');
  await page.getByRole('button', { name: 'Add offer' }).click();
  await page.getByRole('status').getByText(`Added the offer ${o.certification ?? 'CSPO'} with ${o.provider}.`).waitFor();
}
