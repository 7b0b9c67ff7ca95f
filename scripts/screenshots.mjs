// Screenshots of every page with the example journey, at desktop and phone width, for checking
// that a change meant to move code only leaves every page as it was.
//
//   node scripts/screenshots.mjs OUT_DIR [DIST_DIR]     # DIST_DIR: dist/ by default
//   node scripts/screenshots.mjs --compare DIR_A DIR_B  # the pages whose pixels differ
//
// The clock is fixed (25 Nov 2026, UTC) so the example's dates are the same in every run. A
// page's picture is the whole page (full height), the Certification path with every fold open.
// The comparison decodes nothing: Chromium writes the same PNG bytes for the same pixels, so
// files that differ in a byte are pages that differ (open both to see where).

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

/** Every page (src/ui/route.rs): the navigation's and the two the guide links to. */
const PAGES = [
  '#/', '#/certifications', '#/timeline', '#/seus', '#/seu-plan', '#/training', '#/path',
  '#/settings', '#/report', '#/getting-started', '#/glossary',
];
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const NOW = new Date('2026-11-25T10:00:00Z');

function fileName(width, hash) {
  const page = hash.replace(/^#\//, '') || 'dashboard';
  return `${width}-${page}.png`;
}

async function take(outDir, distDir) {
  mkdirSync(outDir, { recursive: true });
  const server = await startServer({ root: distDir, prefix: '/screenshots/' });
  const browser = await launch();
  try {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport, timezoneId: 'UTC', colorScheme: 'light' });
      await context.clock.setFixedTime(NOW);
      const page = await context.newPage();
      await page.goto(`${server.url}#/`);
      await page.locator('#page-title').waitFor();
      await page.getByRole('button', { name: 'Show me an example' }).click();
      await page.getByRole('region', { name: 'What to do next' }).waitFor();
      for (const hash of PAGES) {
        await page.evaluate((to) => { window.location.hash = to; }, hash);
        await page.waitForFunction((to) => window.location.hash === to, hash);
        await page.locator('#page-title').waitFor();
        await page.waitForLoadState('networkidle');
        if (hash === '#/path') {
          await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
        }
        // Two frames: whatever the route change scheduled has painted.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        writeFileSync(join(outDir, fileName(width, hash)), await page.screenshot({ fullPage: true }));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${PAGES.length * Object.keys(VIEWPORTS).length} screenshots in ${outDir}`);
}

function compare(dirA, dirB) {
  const names = [...new Set([...readdirSync(dirA), ...readdirSync(dirB)])].filter((n) => n.endsWith('.png')).sort();
  const differ = names.filter((name) => {
    try {
      return !readFileSync(join(dirA, name)).equals(readFileSync(join(dirB, name)));
    } catch {
      return true; // in one directory only
    }
  });
  console.log(`${names.length - differ.length} of ${names.length} pages identical`);
  for (const name of differ) console.log(`differs: ${name}`);
  return differ.length === 0;
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args.length === 3) {
  process.exitCode = compare(args[1], args[2]) ? 0 : 1;
} else if (args.length >= 1 && !args[0].startsWith('-')) {
  const dist = resolve(args[1] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
  await take(resolve(args[0]), dist);
} else {
  console.error('usage: node scripts/screenshots.mjs OUT_DIR [DIST_DIR] | --compare DIR_A DIR_B');
  process.exitCode = 2;
}
