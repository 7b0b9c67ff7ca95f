// End-to-end: the app shell of index.html. Before the wasm has arrived the page already shows
// the header, the navigation and what the app is (in the app's styles, light or dark, desktop or
// phone), and passes axe; once the wasm runs, the app takes the shell's place in one go: no frame
// ever has two h1, main or navigation landmarks, nothing moves (the header and the welcome text
// stay where they were, no layout shift), and the navigation is the app's own. The wasm is fetched
// only once the shell is painted.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordErrors, runAxe } from './browser.mjs';
import { useApp } from './app.mjs';

const app = useApp({ prefix: '/team/shell/' });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const LOADING = 'Loading the planner…';

/**
 * In the page, before any of its scripts: the most h1, main and navigation elements any painted
 * frame had (counted in every animation frame and once more on each DOM change), and the layout
 * shifts.
 */
function watchFrames() {
  window.__most = { h1: 0, main: 0, nav: 0 };
  window.__shift = 0;
  const count = () => {
    for (const [key, selector] of [['h1', 'h1'], ['main', 'main'], ['nav', 'nav']]) {
      window.__most[key] = Math.max(window.__most[key], document.querySelectorAll(selector).length);
    }
  };
  const frame = () => {
    count();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver(count).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Whether the browser had reported the shell's first contentful paint when the wasm was asked
  // for (a fetch before it counts in Lighthouse's largest paint).
  const fetch = window.fetch;
  window.fetch = function (resource, ...rest) {
    if (String(resource).endsWith('.wasm') && window.__paintedBeforeWasm === undefined) {
      window.__paintedBeforeWasm = performance.getEntriesByName('first-contentful-paint').length > 0;
    }
    return fetch.call(this, resource, ...rest);
  };
}

/** Where the header and the welcome text are, and what the navigation links to. */
function layout(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    };
    return {
      header: box(document.querySelector('header')),
      title: box(document.querySelector('h1')),
      welcome: box(document.querySelector('main h2 + p')),
      links: [...document.querySelectorAll('nav a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`),
    };
  });
}

const CASES = [
  ['light', 'desktop', { width: 1280, height: 800 }],
  ['dark', 'phone', { width: 390, height: 844 }],
];

for (const [colorScheme, width, viewport] of CASES) {
  test(`the shell is painted before the wasm arrives, and the app takes its place without two copies or a shift (${colorScheme} scheme, ${width})`, async () => {
    const context = await app.newContext({ colorScheme, viewport });
    await context.addInitScript(watchFrames);
    // Hold the wasm until the shell has been checked.
    let requested;
    const wasmRequested = new Promise((resolve) => (requested = resolve));
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await context.route('**/*.wasm', async (route) => {
      requested();
      await held;
      await route.continue();
    });
    try {
      const page = await context.newPage();
      const errors = recordErrors(page);
      await page.goto(app.server.url, { waitUntil: 'domcontentloaded' });
      await wasmRequested;
      assert.equal(await page.evaluate(() => window.__paintedBeforeWasm), true, 'the wasm is fetched once the shell is painted');

      // The shell, painted while the wasm is on its way.
      await page.getByText(LOADING).waitFor({ state: 'visible' });
      await page.getByRole('heading', { level: 1, name: 'Scrum Certification Planner' }).waitFor({ state: 'visible' });
      await page.getByRole('heading', { level: 2, name: 'Plan and keep your Scrum certification' }).waitFor({ state: 'visible' });
      assert.equal(await page.locator('#page-title').count(), 0, 'the app has not started');
      const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('header')).backgroundColor]);
      // The app's styles: the page and the header in the scheme's own colours (style/main.css).
      assert.deepEqual(colours, colorScheme === 'dark' ? ['rgb(20, 20, 22)', 'rgb(31, 31, 35)'] : ['rgb(247, 247, 245)', 'rgb(255, 255, 255)']);
      const axe = await runAxe(page, { runOnly: AXE_TAGS });
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], 'axe on the shell');
      const shell = await layout(page);

      release();
      await page.locator('#page-title').waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

      // The app in the shell's place: one of each landmark, the loading text gone.
      assert.equal(await page.getByText(LOADING).count(), 0, 'the shell is gone');
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
      assert.equal(await page.getByRole('main').count(), 1);
      assert.equal(await page.getByRole('navigation').count(), 1);
      assert.deepEqual(await page.evaluate(() => window.__most), { h1: 1, main: 1, nav: 1 }, 'the most landmarks in any frame');
      // The same header, navigation and welcome text, in the same places.
      assert.deepEqual(await layout(page), shell);
      assert.ok((await page.evaluate(() => window.__shift)) < 0.001, 'no layout shift');
      errors.assertNone();
    } finally {
      await context.close();
    }
  });
}

test('without JavaScript the shell says the app needs it, not that it is loading', async () => {
  const context = await app.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(app.server.url);
    // (Playwright's text locators skip noscript elements: this one is found by its tag.)
    const message = page.locator('main noscript p');
    await message.waitFor({ state: 'visible' });
    assert.match(await message.textContent(), /please enable JavaScript \(and WebAssembly\) to use it/);
    await page.getByRole('heading', { level: 1, name: 'Scrum Certification Planner' }).waitFor({ state: 'visible' });
    assert.equal(await page.getByText(LOADING).isVisible(), false, 'no "Loading" without JavaScript');
  } finally {
    await context.close();
  }
});
