// The pages issue 11 adds pass axe in both schemes: the evidence report, the share card with a
// link made, a shared plan, and a link that cannot be opened.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAxe } from './browser.mjs';
import { useApp } from './app.mjs';

const app = useApp({ prefix: '/team/cert-planner/' });

async function noViolations(page, what) {
  const result = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${what}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`the report, the share card and a shared plan pass axe (${colorScheme})`, async () => {
    const context = await app.newContext({ colorScheme });
    try {
      const { page } = await app.open(context, '#/');
      await page.getByRole('button', { name: 'Show me an example' }).click();
      await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
      await app.go(page, '#/report');
      await page.locator('#report-title').waitFor();
      await noViolations(page, 'the evidence report');
      await app.go(page, '#/settings');
      await page.getByRole('button', { name: 'Make the link' }).click();
      const link = await page.getByLabel('Link to share').inputValue();
      await noViolations(page, 'the share card');
      const fresh = await app.newContext({ colorScheme });
      try {
        const shared = await app.open(fresh, link.slice(app.server.url.length));
        await shared.page.getByRole('button', { name: 'Save to my journey' }).waitFor();
        await noViolations(shared.page, 'a shared plan');
        const damaged = await app.open(fresh, link.slice(app.server.url.length, -20));
        await damaged.page.getByRole('alert').filter({ hasText: 'This link cannot be opened' }).waitFor();
        await noViolations(damaged.page, 'a damaged link');
      } finally {
        await fresh.close();
      }
    } finally {
      await context.close();
    }
  });
}
