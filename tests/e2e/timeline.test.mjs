// End-to-end: the renewal timeline. Record a renewal and see the timeline move (the expiry in the
// text equivalent moves by 2 years), check the form's field errors, remove and undo a renewal,
// download the deadlines as .ics and check its content; the terms to come drawn to the picture's
// last year, the fees by calendar year, the series colours measured against each other and the
// background in both schemes, and the phone layout (the picture and the table scroll sideways
// inside their regions, with a visible cue; the page never does). The clock is fixed at 25 Nov
// 2026 so every date below is exact. Elements are found by role and label, never by CSS class.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { recordRequests, runAxe } from './browser.mjs';
import { KEY, stored as storedJourney, useApp } from './app.mjs';

const NOW = new Date('2026-11-25T10:00:00Z');

// CSPO earned 20 Dec 2024, A-CSPO earned 10 Jan 2025: the alignment rule gives both the expiry
// 10 Jan 2027. Two SEU entries in the window: 5 h, and 10 h on one day (8 SEUs count): 13 SEUs.
const JOURNEY = {
  version: 3,
  revision: 1,
  next_id: 10,
  certifications: [
    { id: 1, kind: 'CSPO', earned: '2024-12-20' },
    { id: 2, kind: 'A-CSPO', earned: '2025-01-10', experience_validated: true },
  ],
  renewals: [],
  seu_log: [
    { id: 3, date: '2026-06-01', minutes: 300, category: 'Learning', source: 'Reading', title: 'Product book' },
    { id: 4, date: '2026-10-01', minutes: 600, category: 'Events', source: 'Conference', title: 'Agile conference' },
  ],
};

const app = useApp({ prefix: '/plans/cert-planner/', hash: '#/timeline', now: NOW });

async function openTimeline(options = {}) {
  const context = await app.newContext(options);
  await context.addInitScript(([key, doc]) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, doc);
  }, [KEY, JSON.stringify(JOURNEY)]);
  const { page, errors } = await app.open(context);
  await page.getByRole('heading', { level: 2, name: 'Renewal timeline' }).waitFor();
  return { context, page, errors };
}

/** The cells of the text equivalent's row for a certification. */
async function timelineRow(page, title) {
  const table = page.getByRole('table', { name: 'The timeline as a table' });
  const row = table.getByRole('row', { name: new RegExp(`^${title} `) });
  return row.getByRole('cell').allTextContents();
}

/** Each row of the fee table: its year (or "Total"), renewals and fees. */
async function feesByYear(page) {
  const table = page.getByRole('table', { name: 'Renewal fees per year' });
  const out = [];
  for (const row of (await table.getByRole('row').all()).slice(1)) {
    out.push(await row.locator('th, td').allTextContents());
  }
  return out;
}

async function upcoming(page) {
  const table = page.getByRole('table', { name: 'Renewals to come, in date order' });
  const rows = await table.getByRole('row').all();
  const out = [];
  for (const row of rows.slice(1)) out.push(await row.getByRole('cell').allTextContents());
  return out;
}

test('record a renewal: the expiry moves by 2 years, SEUs are used, and undo moves it back', async () => {
  const { context, page, errors } = await openTimeline();
  const net = recordRequests(context, app.server.origin);

  // The picture is an image with a title and a description, beside its text equivalent.
  await page.getByRole('img', { name: 'Renewal timeline, 2024 to 2030' }).waitFor();
  assert.deepEqual(await timelineRow(page, 'CSPO'), [
    '20 Dec 2024', '10 Jan 2027', '12 Oct 2026',
    '20 Dec 2024 to 20 Dec 2026 (earned); 10 Jan 2025 to 10 Jan 2027 (aligned); '
      + '10 Jan 2027 to 10 Jan 2029 (to come, if renewed on 10 Jan 2027); '
      + '10 Jan 2029 to 10 Jan 2031 (to come, if renewed on 10 Jan 2029)',
    'None', 'No change',
  ]);
  assert.deepEqual(await upcoming(page), [
    ['10 Jan 2027', 'CSPO, A-CSPO', '30', '13', '$175'],
    ['10 Jan 2029', 'CSPO, A-CSPO', '30', '0', '$175'],
    ['10 Jan 2031', 'CSPO, A-CSPO', '30', '0', '$175'],
  ]);
  assert.equal(await page.getByTestId('forecast-renewals').textContent(), '3');
  assert.equal(await page.getByTestId('forecast-total').textContent(), '$525');
  // Fees by calendar year: this year (from today) and the next 6, January to December.
  assert.deepEqual(await feesByYear(page), [
    ['2026', '0', '$0'], ['2027', '1', '$175'], ['2028', '0', '$0'], ['2029', '1', '$175'],
    ['2030', '0', '$0'], ['2031', '1', '$175'], ['2032', '0', '$0'], ['Total', '3', '$525'],
  ]);

  // Checking only the top of the track: the CSPO renews with it.
  const form = page.getByRole('region', { name: 'Record a renewal' });
  const cspo = form.getByRole('checkbox', { name: 'CSPO', exact: true });
  const acspo = form.getByRole('checkbox', { name: 'A-CSPO' });
  await acspo.uncheck();
  await cspo.uncheck();
  assert.equal(await form.getByLabel('Fee paid (US dollars)').inputValue(), '0');
  await acspo.check();
  assert.ok(await cspo.isChecked());
  assert.ok(await cspo.isDisabled());
  await form.getByText('CSPO renews with A-CSPO.').waitFor();
  assert.equal(await form.getByLabel('Fee paid (US dollars)').inputValue(), '175');

  // Errors at the fields: a date in the future, a negative fee. Nothing is stored.
  await form.getByLabel('Date of the renewal').fill('2026-12-01');
  await form.getByLabel('Fee paid (US dollars)').fill('-5');
  await form.getByRole('button', { name: 'Record renewal' }).click();
  await form.getByText('The renewal date 1 Dec 2026 is in the future. Record a renewal once you have made it.').waitFor();
  await form.getByText('The fee paid cannot be negative. Enter 0 if you paid nothing.').waitFor();
  assert.equal(await form.getByLabel('Date of the renewal').getAttribute('aria-invalid'), 'true');
  assert.equal(await form.getByLabel('Fee paid (US dollars)').getAttribute('aria-invalid'), 'true');
  assert.match(await form.getByLabel('Fee paid (US dollars)').getAttribute('aria-describedby'), /renew-fee-error/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'renew-date');
  assert.equal((await storedJourney(page)).renewals.length, 0);

  await form.getByLabel('Date of the renewal').fill('2026-11-20');
  await form.getByLabel('Fee paid (US dollars)').fill('175');
  await form.getByRole('button', { name: 'Record renewal' }).click();
  await page.getByRole('status').getByText(/Renewal recorded\. CSPO now expires on 10 Jan 2029; A-CSPO now expires on 10 Jan 2029\./).waitFor();

  // The timeline moved: the expiry in the text equivalent is 2 years later.
  assert.deepEqual((await timelineRow(page, 'CSPO')).slice(1, 3), ['10 Jan 2029', '12 Oct 2028']);
  assert.deepEqual((await timelineRow(page, 'A-CSPO')).slice(1, 3), ['10 Jan 2029', '12 Oct 2028']);
  assert.equal((await timelineRow(page, 'CSPO'))[4], '20 Nov 2026');
  assert.deepEqual(await upcoming(page), [
    ['10 Jan 2029', 'CSPO, A-CSPO', '30', '0', '$175'],
    ['10 Jan 2031', 'CSPO, A-CSPO', '30', '0', '$175'],
  ]);
  assert.equal(await page.getByTestId('forecast-total').textContent(), '$350');
  const recorded = page.getByRole('region', { name: 'Recorded renewals' });
  await recorded.getByText('. Fee paid $175; 13 SEUs used.').waitFor();

  const stored = await storedJourney(page);
  assert.equal(stored.renewals.length, 1);
  assert.deepEqual(stored.renewals[0].renewed, [1, 2]);
  assert.equal(stored.renewals[0].date, '2026-11-20');
  assert.equal(stored.renewals[0].fee_paid_cents, 17500);
  assert.deepEqual(stored.seu_log.map((e) => e.used_by_renewal), [stored.renewals[0].id, stored.renewals[0].id]);

  // After a reload it is still there.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Renewal timeline' }).waitFor();
  assert.equal((await timelineRow(page, 'CSPO'))[1], '10 Jan 2029');

  // Remove the renewal: the expiry moves back; undo brings it back.
  await page.getByRole('button', { name: 'Remove the renewal of 20 Nov 2026' }).click();
  await page.getByText('No renewal recorded yet.').waitFor();
  assert.equal((await timelineRow(page, 'CSPO'))[1], '10 Jan 2027');
  assert.deepEqual((await upcoming(page))[0], ['10 Jan 2027', 'CSPO, A-CSPO', '30', '13', '$175']);
  await page.getByRole('button', { name: 'Undo removing the renewal of 20 Nov 2026' }).click();
  await page.getByRole('button', { name: 'Remove the renewal of 20 Nov 2026' }).waitFor();
  assert.equal((await timelineRow(page, 'CSPO'))[1], '10 Jan 2029');

  // The deadlines as iCalendar.
  const ics = await downloadIcs(page);
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), ics.slice(0, 60));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends in CRLF');
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 4);
  // The journey got its id with the first calendar; every UID carries it, and no date.
  const id = (await storedJourney(page)).id;
  assert.match(id, /^[0-9a-f]{32}$/);
  const uids = [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]).sort();
  assert.deepEqual(uids, [
    `${id}-1-expiry@cert-planner`, `${id}-1-reminder@cert-planner`,
    `${id}-2-expiry@cert-planner`, `${id}-2-reminder@cert-planner`,
  ]);
  const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((m) => m[1]).sort();
  assert.deepEqual(starts, ['20281012', '20281012', '20290110', '20290110']);
  assert.equal(ics.match(/^DTSTAMP:20261125T100000Z\r$/gm).length, 4);
  assert.match(ics, /^SUMMARY:A-CSPO expires in 90 days\r$/m);

  // The renewal removed, then undone: each new file moves the CSPO's expiry event (same UID) to
  // the new date, with a higher SEQUENCE, so a calendar that imports it updates the event.
  const expiryEvent = (text) => {
    const event = text.split('BEGIN:VEVENT').find((e) => e.includes(`UID:${id}-1-expiry@cert-planner`));
    return { start: event.match(/DTSTART;VALUE=DATE:(\d{8})/)[1], sequence: Number(event.match(/SEQUENCE:(\d+)/)[1]) };
  };
  const renewed = expiryEvent(ics);
  assert.equal(renewed.start, '20290110');
  await page.getByRole('button', { name: 'Remove the renewal of 20 Nov 2026' }).click();
  await page.getByText('No renewal recorded yet.').waitFor();
  const removed = expiryEvent(await downloadIcs(page));
  assert.equal(removed.start, '20270110');
  assert.ok(removed.sequence > renewed.sequence, `SEQUENCE ${removed.sequence} after ${renewed.sequence}`);
  await page.getByRole('button', { name: 'Undo removing the renewal of 20 Nov 2026' }).click();
  await page.getByRole('button', { name: 'Remove the renewal of 20 Nov 2026' }).waitFor();
  const again = expiryEvent(await downloadIcs(page));
  assert.equal(again.start, '20290110');
  assert.ok(again.sequence > removed.sequence, `SEQUENCE ${again.sequence} after ${removed.sequence}`);
  assert.equal((await storedJourney(page)).id, id, 'the id is made once');

  errors.assertNone();
  net.assertSameOrigin();
  await context.close();
});

/** Clicks "Download deadlines (.ics)" and returns the file's text. */
async function downloadIcs(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download deadlines (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'certification-deadlines-2026-11-25.ics');
  return readFile(await download.path(), 'utf8');
}

/** The picture of the timeline (an image named by its title). */
function picture(page) {
  return page.getByRole('img', { name: 'Renewal timeline, 2024 to 2030' });
}

/** WCAG 2 contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the picture draws the terms to come, dashed, to its last year, with their renewal dates', async () => {
  const { context, page, errors } = await openTimeline({ viewport: { width: 1280, height: 900 } });
  const svg = picture(page);
  await svg.waitFor();
  const tips = await svg.locator('title').allTextContents();
  for (const tip of [
    'CSPO: 10 Jan 2027 to 10 Jan 2029 (to come, if renewed on 10 Jan 2027)',
    'CSPO: 10 Jan 2029 to 10 Jan 2031 (to come, if renewed on 10 Jan 2029)',
    'A-CSPO: 10 Jan 2029 to 10 Jan 2031 (to come, if renewed on 10 Jan 2029)',
    'CSPO: renewal to come on 10 Jan 2027',
    'A-CSPO: renewal to come on 10 Jan 2029',
  ]) assert.ok(tips.includes(tip), `the picture shows "${tip}" (it shows: ${tips.join(' | ')})`);

  // The last term to come runs to the picture's right end (2030 and beyond), and is drawn
  // hollow with a dashed outline, unlike a term held.
  const shape = (tip) => svg.locator('title', { hasText: tip }).locator('..');
  const last = shape(/^CSPO: 10 Jan 2029 to 10 Jan 2031/);
  const held = shape(/^CSPO: 10 Jan 2025 to 10 Jan 2027 \(aligned\)/);
  const [box, whole] = [await last.boundingBox(), await svg.boundingBox()];
  const scale = whole.width / 720;
  assert.ok(box.x + box.width >= whole.x + whole.width - 12 * scale,
    `the last term to come reaches the picture's end (${box.x + box.width} of ${whole.x + whole.width})`);
  const look = (el) => el.evaluate((e) => {
    const s = getComputedStyle(e);
    return { dash: s.strokeDasharray, fill: s.fill };
  });
  const [future, now] = [await look(last), await look(held)];
  assert.notEqual(future.dash, 'none', 'a term to come has a dashed outline');
  assert.equal(now.dash, 'none', 'a term held has a solid outline');
  assert.notEqual(future.fill, now.fill, 'a term to come is hollow, a term held is filled');
  // The legend names them.
  await page.getByText('Term to come if renewed on time, or with a planned course (dashed)').waitFor();
  await page.getByText('Renewal to come (ring)').waitFor();
  errors.assertNone();
  await context.close();
});

test('each series colour is at least 3:1 against every other and the background, in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openTimeline({ colorScheme, viewport: { width: 1280, height: 900 } });
    const svg = picture(page);
    await svg.waitFor();
    // Every colour a series is drawn with, as the browser computes it from the style sheet:
    // the fills and outlines of the shapes (and of the stripe pattern), leaving out the grid's
    // hairlines (1px or less) and what is cut out in the background colour.
    const { colours, background } = await svg.evaluate((el) => {
      let node = el;
      let background = null;
      while (node && !background) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') background = bg;
        node = node.parentElement;
      }
      const colours = new Set();
      for (const shape of el.querySelectorAll('rect, circle, line, path')) {
        const s = getComputedStyle(shape);
        const width = parseFloat(s.strokeWidth);
        if (shape.tagName !== 'line' && s.fill.startsWith('rgb')) colours.add(s.fill);
        if (s.stroke.startsWith('rgb') && (shape.tagName !== 'line' || width > 1)) colours.add(s.stroke);
      }
      colours.delete(background);
      return { colours: [...colours], background };
    });
    assert.ok(colours.length >= 2, `${colorScheme}: the series have at least two colours (${colours})`);
    for (const c of colours) {
      const ratio = contrast(c, background);
      assert.ok(ratio >= 3, `${colorScheme}: ${c} against the background ${background} is ${ratio.toFixed(2)}:1`);
      for (const d of colours.filter((x) => x !== c)) {
        const pair = contrast(c, d);
        assert.ok(pair >= 3, `${colorScheme}: ${c} against ${d} is ${pair.toFixed(2)}:1`);
      }
    }
    await context.close();
  }
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const CHART_CUE = 'Scroll sideways to see later years \u2192';
const TABLE_CUE = 'Scroll sideways to see every column \u2192';

/** Whether a region's content is wider than the region (it scrolls sideways). */
function overflows(region) {
  return region.evaluate((e) => e.scrollWidth > e.clientWidth);
}

test('on a phone the picture and the table scroll sideways in their regions, with a visible cue; the page does not', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await openTimeline({ colorScheme, viewport: PHONE });
    await picture(page).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${colorScheme}: no sideways page scroll at 390px (${overflow}px too wide)`);

    const chart = page.getByRole('region', { name: 'Timeline picture (scrolls sideways on narrow screens)' });
    const table = page.getByRole('region', { name: 'The timeline as a table (scrolls sideways)' });
    for (const [region, cue] of [[chart, CHART_CUE], [table, TABLE_CUE]]) {
      assert.ok(await overflows(region), `${colorScheme}: it is wider than the phone`);
      assert.ok(await page.getByText(cue).isVisible(), `${colorScheme}: "${cue}" shows`);
      // Keyboard users scroll it: the region takes the focus, and the arrow keys move it.
      await region.focus();
      assert.ok(await region.evaluate((e) => e === document.activeElement), 'the region takes the focus');
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((e) => e.scrollLeft > 0, await region.elementHandle());
    }
    errors.assertNone();
    await context.close();
  }

  // On a desktop everything fits: no cue.
  const { context, page } = await openTimeline({ viewport: DESKTOP });
  await picture(page).waitFor();
  const chart = page.getByRole('region', { name: 'Timeline picture (scrolls sideways on narrow screens)' });
  assert.equal(await overflows(chart), false, 'the picture fits a desktop');
  assert.equal(await page.getByText(CHART_CUE).isVisible(), false);
  assert.equal(await page.getByText(TABLE_CUE).isVisible(), false);
  await context.close();
});

test('the timeline page passes axe in both colour schemes, at desktop and phone width', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await openTimeline({ colorScheme, viewport });
      await picture(page).waitFor();
      const result = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `axe on #/timeline (${colorScheme}, ${viewport.width}px)`);
      await context.close();
    }
  }
});
