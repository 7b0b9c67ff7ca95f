// End-to-end: every page of the app passes axe-core (WCAG 2.0 to 2.2 A and AA, and best
// practice) with the example journey loaded, in the light and the dark scheme, at desktop and
// phone width; the Certification path with every fold open (other tracks, objective areas,
// notes). The clock is fixed at 25 Nov 2026 (UTC) so the example's dates are known.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAxe } from './browser.mjs';
import { useApp } from './app.mjs';

const app = useApp({
  prefix: '/team/every-page/',
  now: new Date('2026-11-25T10:00:00Z'),
  contextOptions: { timezoneId: 'UTC' },
});

/** Every page (src/ui/route.rs), the navigation's and the two the guide links to. */
const PAGES = [
  '#/', '#/certifications', '#/timeline', '#/seus', '#/seu-plan', '#/training', '#/path',
  '#/settings', '#/report', '#/getting-started', '#/glossary',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** Opens every fold in the page's main part; returns how many there are. */
async function openEveryFold(page) {
  return page.evaluate(async () => {
    const folds = [...document.querySelectorAll('main details')];
    for (const fold of folds) fold.open = true;
    // What a fold builds when it opens (a note box) is there after its toggle event.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return folds.length;
  });
}

for (const colorScheme of ['light', 'dark']) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`every page passes axe with the example journey (${colorScheme} scheme, ${width})`, async () => {
      const context = await app.newContext({ colorScheme, viewport });
      try {
        const { page, errors } = await app.open(context);
        await page.getByRole('button', { name: 'Show me an example' }).click();
        await page.getByRole('region', { name: 'What to do next' }).waitFor();

        // A page added to the navigation is checked here too, or this fails.
        const linked = await page.getByRole('navigation', { name: 'Main' }).getByRole('link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        assert.deepEqual(linked.filter((href) => !PAGES.includes(href)), [], 'pages missing from PAGES');

        const found = [];
        for (const hash of PAGES) {
          await app.go(page, hash);
          if (hash === '#/path') {
            // The other tracks (the example follows Product Owner and Scrum Master, not
            // Developer), five objective areas and 26 notes.
            assert.equal(await openEveryFold(page), 1 + 5 + 26, 'the path page\'s folds');
          }
          const result = await runAxe(page, { runOnly: AXE_TAGS });
          found.push(...result.violations.map((v) => `${hash} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
        }
        assert.deepEqual(found, [], `axe (${colorScheme} scheme, ${viewport.width}px)`);
        errors.assertNone();
      } finally {
        await context.close();
      }
    });
  }
}
