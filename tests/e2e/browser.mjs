// Browser helpers for the end-to-end tests: Debian's Chromium driven by
// playwright-core (no browser is ever downloaded).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium (playwright-core Browser). */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** Origin of a URL; data: URLs have none (they never hit the network). */
function originOf(url) {
  if (url.startsWith('data:')) return null;
  return new URL(url).origin; // blob:http://host/... -> http://host
}

/**
 * Record every request (and WebSocket) made by a Page or BrowserContext.
 * Attach it before navigating.
 *
 *   const net = recordRequests(page, server.origin);
 *   ...
 *   net.assertSameOrigin();
 */
export function recordRequests(target, origin) {
  const urls = [];
  target.on('request', (req) => urls.push(req.url()));
  target.on('websocket', (ws) => urls.push(ws.url()));
  const offOrigin = () => urls.filter((u) => {
    const o = originOf(u);
    return o !== null && o !== origin;
  });
  return {
    urls,
    offOrigin,
    assertSameOrigin() {
      assert.deepEqual(offOrigin(), [], `requests left the page's origin ${origin}`);
    },
  };
}

/**
 * Collect uncaught page errors and console.error messages (this includes
 * Content-Security-Policy violations and failed resource loads).
 */
export function recordErrors(page) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack || err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      errors.push(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  return {
    errors,
    assertNone() {
      assert.deepEqual(errors, [], 'the page logged errors');
    },
  };
}

/**
 * Run axe-core in the page (DevTools evaluation, not an inline <script>, so
 * the page's CSP does not block it). Returns axe's result object.
 */
export async function runAxe(page, options = {}) {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate((opts) => window.axe.run(document, opts), options);
}
