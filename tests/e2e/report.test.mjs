// The evidence report for the example journey: printed to PDF, its text holds every counted
// entry's title and the totals; in print, no navigation, black on white in either scheme.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from './app.mjs';
import { pdfText } from './pdf.mjs';

const app = useApp({ prefix: '/team/cert-planner/' });

/** The example journey's logged activities (src/domain/edge/example.rs): all count. */
const TITLES = ['Read “Escaping the Build Trap”', 'Local Scrum user group meetup', 'Webinar: product discovery'];

async function exampleReport(context) {
  const { page, errors } = await app.open(context, '#/');
  await page.getByRole('button', { name: 'Show me an example' }).click();
  await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence report' }).click();
  await page.locator('#report-title').waitFor();
  return { page, errors };
}

test('the report of the example journey prints to a PDF with every counted entry and the totals', async () => {
  const context = await app.newContext();
  try {
    const { page, errors } = await exampleReport(context);
    assert.match(await page.locator('#report-title').textContent(), /^SEU evidence for the renewal due \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    const rows = page.locator('.report-entries tbody tr');
    assert.equal(await rows.count(), TITLES.length);
    assert.equal(await page.getByTestId('report-total').textContent(), '9.5');

    // The button is the browser's own print.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => { window.printed += 1; };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);

    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000, `a PDF of ${pdf.length} bytes`);
    const text = pdfText(pdf);
    console.log(`--- the report as printed to PDF ---\n${text}\n---`);
    // Table cells wrap and the PDF places words by position, so compare without white space.
    const flat = text.replace(/\s+/g, '');
    const has = (words) => flat.includes(words.replace(/\s+/g, ''));
    for (const title of TITLES) assert.ok(has(title), `the PDF names "${title}"`);
    assert.ok(has('Category Entries SEUs counted'), 'the totals table');
    assert.ok(has('Events 1 1.5'), 'Events total');
    assert.ok(has('Learning 2 8'), 'Learning total');
    assert.ok(has('Volunteering 0 0') && has('Other 0 0'), 'empty categories');
    assert.ok(has('Total 3 9.5'), 'the total');
    assert.ok(has('SEUs required 30') && has('SEUs counted 9.5'), 'the requirement');
    assert.match(flat, /reportmadeon\d{1,2}[A-Z][a-z]{2}\d{4}/);
    assert.ok(!has('Skip to content') && !has('Dashboard'), 'no navigation in print');
    assert.ok(!has('Print or save as PDF'), 'no buttons in print');
    errors.assertNone();
  } finally {
    await context.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`in print the report is black on white and shows no navigation (${scheme} scheme)`, async () => {
    const context = await app.newContext({ colorScheme: scheme });
    try {
      const { page } = await exampleReport(context);
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const look = await page.evaluate(() => {
        const style = (el) => getComputedStyle(el);
        const cells = [...document.querySelectorAll('.report td, .report th, .report h3, .report p')];
        return {
          body: style(document.body).backgroundColor,
          colours: [...new Set(cells.map((c) => style(c).color))],
          backgrounds: [...new Set(cells.map((c) => style(c).backgroundColor))],
          nav: style(document.querySelector('.site-header')).display,
          rows: [...new Set([...document.querySelectorAll('.report tr')].map((r) => style(r).breakInside))],
        };
      });
      assert.equal(look.body, 'rgb(255, 255, 255)');
      assert.deepEqual(look.colours, ['rgb(0, 0, 0)']);
      assert.ok(look.backgrounds.every((b) => b === 'rgb(255, 255, 255)' || b === 'rgba(0, 0, 0, 0)'), look.backgrounds.join());
      assert.equal(look.nav, 'none');
      assert.deepEqual(look.rows, ['avoid']);
    } finally {
      await context.close();
    }
  });
}
