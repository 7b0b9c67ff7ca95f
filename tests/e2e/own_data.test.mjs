// End-to-end: the user owns their data. Download the journey and restore it in a fresh browser;
// every kind of bad file is refused with its reason and changes nothing; undo a restore; older
// data versions are brought up to date; the SEU log as CSV (export, import all-or-nothing);
// erase everything; what the status line says while storage is full; long unbroken text does not
// widen the page; amounts typed as "1,000" or "$1,000".
// The page's clock is fixed at 25 Nov 2026 (UTC) so file names and dates are known.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { recordRequests, runAxe } from './browser.mjs';
import {
  KEY, KEY_PREFIX, addCertification, addOffer, logActivity, navigate, stored, storedText, useApp,
} from './app.mjs';

const TODAY = '2026-11-25';
const app = useApp({
  prefix: '/people/own-data/',
  now: new Date(`${TODAY}T10:00:00Z`),
  contextOptions: { timezoneId: 'UTC' },
});

const RESTORE_LABEL = 'Choose a copy of your journey that you downloaded from this app';
const CSV_LABEL = 'Add SEU entries from a CSV file';
const NOT_SAVED = 'This is kept in this tab only: changes are not being saved.';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Clicks `button` and returns the file it downloads: its suggested name, text and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Picks a file (name and content) in the file input labelled `label`. */
async function pick(page, label, name, content, mimeType = 'application/json') {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  await page.getByLabel(label, { exact: true }).setInputFiles({ name, mimeType, buffer });
}

/** Every localStorage entry of the page, as [key, value] pairs in key order. */
async function allStorage(page) {
  return page.evaluate(() => Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)]));
}

/** A stored journey without its revision (a restore gives the journey a new one). */
function normalise(journey) {
  const { revision, ...rest } = journey;
  assert.equal(typeof revision, 'number', 'a stored journey has a revision');
  return rest;
}

const restoreRegion = (page) => page.getByRole('region', { name: 'Restore from a file' });

/** The lines of the restore preview. */
async function previewLines(page) {
  const summary = restoreRegion(page).getByTestId('restore-summary');
  await summary.waitFor();
  return summary.getByRole('listitem').allTextContents();
}

/** Starts a journey with the example, then opens Settings and data. */
async function withExample(page) {
  await app.go(page, '#/');
  await page.getByRole('button', { name: 'Show me an example' }).click();
  await page.getByRole('heading', { name: 'Next deadline' }).waitFor();
  await app.go(page, '#/settings');
}

/** The horizontal overflow of the page in CSS pixels (0 or less: none). */
function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF (a bare LF is accepted),
 * quoted fields may hold commas, CR, LF and doubled quotes. Throws on a malformed file (a quote
 * inside an unquoted field, text after a closing quote, an unclosed quote).
 */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      // A quoted field: up to the closing quote; "" is one quote.
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: a quoted field is not closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        throw new Error(`CSV: text after a closing quote at offset ${i}`);
      }
      // An empty quoted field still counts as a field: mark it so the loop below ends it.
      if (i >= text.length) {
        endRecord();
        return records;
      }
    }
    const c = text[i];
    if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (c === '\n') {
      endRecord();
      i++;
    } else if (c === '"') {
      throw new Error(`CSV: a quote inside an unquoted field at offset ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

test('the CSV reader in this file reads RFC 4180', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, ""y""\r\nz",\r\n'), [['a', 'b'], ['x, "y"\r\nz', '']]);
  assert.deepEqual(parseCsv('"",""\r\n'), [['', '']]);
  assert.deepEqual(parseCsv('a,"b"'), [['a', 'b']]);
  assert.throws(() => parseCsv('a"b\r\n'));
  assert.throws(() => parseCsv('"a"b\r\n'));
  assert.throws(() => parseCsv('"a\r\n'));
});

// A version-3 journey: a CSPO and two SEU entries.
const JOURNEY = {
  version: 3,
  revision: 7,
  next_id: 10,
  certifications: [{ id: 1, kind: 'CSPO', earned: '2025-06-10' }],
  renewals: [],
  seu_log: [
    { id: 2, date: '2026-03-04', minutes: 90, category: 'Learning', source: 'Reading', title: 'A book' },
    { id: 3, date: '2026-05-01', minutes: 120, category: 'Events', source: 'Conference', title: 'A conference' },
  ],
};

/** The journey with its SEU log replaced. */
const withLog = (seu_log) => JSON.stringify({ ...JOURNEY, seu_log });

// ---------------------------------------------------------------------------------------------
// Download and restore

test('download my journey, restore it in a fresh browser, and get the same journey back', async () => {
  const first = await app.newContext();
  const net = recordRequests(first, app.server.origin);
  const { page, errors } = await app.open(first, '#/');
  await addCertification(page, { kind: 'CSPO', earned: '2025-06-10', added: true });
  await page.getByRole('link', { name: 'SEU log', exact: true }).click();
  await page.getByRole('heading', { name: 'Log an activity' }).waitFor();
  await logActivity(page, {
    date: '2026-03-04', hours: 2, minutes: 15, category: 'Learning', source: 'Books, blogs and articles',
    title: 'Scrum guide, "again" — ünïcode', evidence: 'https://example.com/notes',
  });
  await app.go(page, '#/settings');
  const file = await download(page, page.getByRole('button', { name: 'Download my data', exact: true }));
  assert.equal(file.name, `cert-planner-journey-${TODAY}.json`);
  const original = await stored(page);
  assert.equal(original.certifications.length, 1);
  assert.equal(original.seu_log.length, 1);
  assert.deepEqual(JSON.parse(file.text), original, 'the file holds the stored journey');
  errors.assertNone();

  // A fresh browser: nothing stored.
  const second = await app.newContext();
  const { page: fresh, errors: freshErrors } = await app.open(second, '#/settings');
  assert.equal(await storedText(fresh), null);
  await pick(fresh, RESTORE_LABEL, file.name, file.text);
  assert.deepEqual(await previewLines(fresh), [
    '1 certification',
    '1 SEU entry',
    '0 recorded renewals',
    '0 planned activities',
    '0 course offers',
    '0 work roles',
    'Dates from 10 Jun 2025 to 4 Mar 2026',
  ]);
  const region = restoreRegion(fresh);
  await region.getByText('Data version 5.', { exact: true }).waitFor();
  await region.getByRole('button', { name: 'Cancel' }).waitFor();
  assert.equal(await storedText(fresh), null, 'nothing changes before the user confirms');

  await region.getByRole('button', { name: 'Replace my journey' }).click();
  await fresh.getByRole('status').getByText('Your journey was replaced by the one in the file.').waitFor();
  await region.getByRole('button', { name: 'Undo the restore' }).waitFor();
  await region.getByRole('button', { name: 'Download the replaced journey' }).waitFor();
  const restored = await stored(fresh);
  assert.deepEqual(normalise(restored), normalise(original));

  // It is the journey the app shows, and it survives a reload.
  await fresh.reload();
  await fresh.locator('#page-title').waitFor();
  assert.deepEqual(normalise(await stored(fresh)), normalise(original));
  await app.go(fresh, '#/certifications');
  await fresh.getByRole('listitem', { name: 'CSPO' }).getByText('10 Jun 2025').waitFor();
  await app.go(fresh, '#/seus');
  await fresh.getByRole('row').filter({ hasText: 'Scrum guide, "again" — ünïcode' }).waitFor();
  freshErrors.assertNone();
  net.assertSameOrigin();
  await first.close();
  await second.close();
});

test('every kind of bad file is refused with its reason (or offered without its bad records), and storage stays byte for byte the same', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/');
  await withExample(page);
  const journeyBefore = await storedText(page);
  assert.ok(journeyBefore, 'the example journey is stored');
  const everythingBefore = await allStorage(page);

  const big = `{"version":3,"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
  const cases = [
    ['an empty file', 'empty.json', Buffer.alloc(0), 'The file is empty: there is nothing in it to read.'],
    ['bytes that are not text', 'photo.json',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x00, 0x9f]),
      'not text at all'],
    ['text that is not JSON', 'notes.json', 'Dear diary, today I renewed my CSPO.', 'not JSON'],
    ['JSON that is a list', 'list.json', '[]', 'is JSON, but not a journey'],
    ['JSON of another shape', 'other.json', '{"a":1}', 'it has no data version'],
    ['a newer data version', 'future.json', '{"version": 99}', 'newer version of this app (data version 99'],
    ['a file over 5 MB', 'huge.json', big, 'the most this app reads is 5 MB'],
  ];
  // Refused only for some records: offered without them, nothing changes until the choice.
  const partial = [
    ['two SEU entries with the same id', 'duplicate.json',
      withLog([{ ...JOURNEY.seu_log[0] }, { ...JOURNEY.seu_log[1], id: 2 }]),
      'it has the same id as SEU entry 1 (id 2'],
    ['a date out of range', 'ancient.json',
      withLog([{ ...JOURNEY.seu_log[0], date: '0001-01-01' }]),
      'the date 1 Jan 0001 is outside 1 Jan 1900 to 31 Dec 2199'],
  ];
  const region = restoreRegion(page);
  for (const [what, name, content, reason] of cases) {
    await pick(page, RESTORE_LABEL, name, content);
    const alert = region.getByRole('alert');
    await alert.getByRole('listitem').filter({ hasText: reason }).waitFor();
    await alert.getByText('This file was not restored; nothing was changed.').waitFor();
    assert.equal(await region.getByRole('button', { name: 'Replace my journey' }).count(), 0, what);
    assert.equal(await storedText(page), journeyBefore, `${what}: the stored journey is unchanged`);
    assert.deepEqual(await allStorage(page), everythingBefore, `${what}: storage is unchanged`);
  }
  for (const [what, name, content, reason] of partial) {
    await pick(page, RESTORE_LABEL, name, content);
    await region.getByTestId('restore-set-aside').getByRole('listitem').filter({ hasText: reason }).waitFor();
    await region.getByRole('button', { name: 'Replace my journey, without this record' }).waitFor();
    assert.equal(await storedText(page), journeyBefore, `${what}: the stored journey is unchanged`);
    assert.deepEqual(await allStorage(page), everythingBefore, `${what}: storage is unchanged`);
    await region.getByRole('button', { name: 'Cancel' }).click();
  }
  errors.assertNone();
  await context.close();
});

test('undo the restore brings the previous journey back; the replaced journey can be downloaded', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/');
  await withExample(page);
  const before = await stored(page);

  await pick(page, RESTORE_LABEL, 'backup.json', JSON.stringify(JOURNEY));
  assert.deepEqual(await previewLines(page), [
    '1 certification',
    '2 SEU entries',
    '0 recorded renewals',
    '0 planned activities',
    '0 course offers',
    '0 work roles',
    'Dates from 10 Jun 2025 to 1 May 2026',
  ]);
  const region = restoreRegion(page);
  await region.getByRole('button', { name: 'Replace my journey' }).click();
  await page.getByRole('status').getByText('Your journey was replaced by the one in the file.').waitFor();
  const replaced = await stored(page);
  assert.deepEqual(replaced.certifications.map((c) => [c.id, c.kind, c.earned]), [[1, 'CSPO', '2025-06-10']]);
  assert.deepEqual(replaced.seu_log.map((e) => e.title), ['A book', 'A conference']);
  assert.ok(replaced.revision > before.revision, 'the restored journey has a newer revision');

  const old = await download(page, region.getByRole('button', { name: 'Download the replaced journey' }));
  assert.equal(old.name, `cert-planner-replaced-journey-${TODAY}.json`);
  assert.deepEqual(normalise(JSON.parse(old.text)), normalise(before));

  await region.getByRole('button', { name: 'Undo the restore' }).click();
  await page.getByRole('status').getByText('The restore was undone: your previous journey is back.').waitFor();
  await region.getByRole('button', { name: 'Undo the restore' }).waitFor({ state: 'detached' });
  assert.deepEqual(normalise(await stored(page)), normalise(before));
  await page.reload();
  await page.locator('#page-title').waitFor();
  assert.deepEqual(normalise(await stored(page)), normalise(before));
  errors.assertNone();
  await context.close();
});

test('a journey saved by an older version (data version 1 or 2) is restored and brought up to date', async () => {
  // The shapes of tests/schema_migration.rs: version 1 kept the SEU window in years.
  const certifications = [
    { id: 1, kind: 'CSM', earned: '2022-01-10', license_accepted: true, experience_validated: false, notes: 'first' },
    { id: 2, kind: 'CSPO', earned: '2024-02-29' },
    { id: 3, kind: 'other', name: 'PMI-ACP', earned: '2023-05-01', expires: '2026-05-01' },
  ];
  const renewals = [{ id: 4, date: '2023-12-01', renewed: [1], fee_paid_cents: 10000 }];
  const documents = [
    [1, { version: 1, revision: 4, next_id: 5, settings: { seu_window_years: 2.5, grace_period_days: 90 }, certifications, renewals }],
    [2, { version: 2, revision: 4, next_id: 5, settings: { seu_window_months: 30, grace_period_days: 90 }, certifications, renewals }],
  ];
  for (const [version, document] of documents) {
    const context = await app.newContext();
    const { page, errors } = await app.open(context, '#/settings');
    await pick(page, RESTORE_LABEL, `old-v${version}.json`, JSON.stringify(document));
    assert.deepEqual(await previewLines(page), [
      '3 certifications',
      '0 SEU entries',
      '1 recorded renewal',
      '0 planned activities',
      '0 course offers',
      '0 work roles',
      'Dates from 10 Jan 2022 to 1 May 2026',
    ]);
    const region = restoreRegion(page);
    await region.getByText(`Data version ${version}, brought up to date`, { exact: false }).waitFor();
    await region.getByRole('button', { name: 'Replace my journey' }).click();
    await page.getByRole('status').getByText('Your journey was replaced by the one in the file.').waitFor();
    const journey = await stored(page);
    assert.equal(journey.version, 5);
    assert.equal(journey.settings.seu_window_months, 30);
    assert.deepEqual(journey.certifications.map((c) => [c.id, c.kind, c.earned]), [
      [1, 'CSM', '2022-01-10'], [2, 'CSPO', '2024-02-29'], [3, 'other', '2023-05-01'],
    ]);
    assert.equal(journey.certifications[2].name, 'PMI-ACP');
    assert.deepEqual(journey.renewals.map((r) => [r.id, r.renewed, r.fee_paid_cents]), [[4, [1], 10000]]);
    assert.deepEqual(journey.seu_log, []);
    await app.go(page, '#/certifications');
    await page.getByRole('listitem', { name: 'CSM' }).waitFor();
    errors.assertNone();
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// The SEU log as CSV

// Two logged entries whose titles a spreadsheet must get right: a comma, quotes, a line break
// and non-ASCII text; and one that begins like a formula.
const TRICKY = 'Book, "Scrum" —\nsecond line: Ünïcödé 日本語';
const FORMULA = '=HYPERLINK("https://example.com","click")';
const CSV_JOURNEY = {
  ...JOURNEY,
  seu_log: [
    { id: 2, date: '2026-03-04', minutes: 90, category: 'Learning', source: 'Reading', title: TRICKY,
      notes: '+1 for the quotes: "yes"', evidence: 'https://example.com/book' },
    { id: 3, date: '2026-05-01', minutes: 120, category: 'Events', source: 'Conference', title: FORMULA },
  ],
};

/** Opens the SEU log of a browser whose storage starts with `journey`. */
async function openLog(journey) {
  const context = await app.newContext();
  await context.addInitScript(([key, doc]) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, doc);
  }, [KEY, JSON.stringify(journey)]);
  const { page, errors } = await app.open(context, '#/seus');
  const tools = page.getByRole('region', { name: 'Your SEU log as a spreadsheet' });
  await tools.waitFor();
  return { context, page, errors, tools };
}

test('the SEU log downloads as CSV that a CSV reader reads back exactly, formulas guarded', async () => {
  const { context, page, errors, tools } = await openLog(CSV_JOURNEY);
  const file = await download(page, tools.getByRole('button', { name: 'Download the SEU log (CSV)' }));
  assert.equal(file.name, `seu-log-${TODAY}.csv`);
  // A UTF-8 byte order mark first, so that a spreadsheet reads the non-ASCII text right.
  assert.deepEqual([...file.bytes.subarray(0, 7)], [0xef, 0xbb, 0xbf, ...Buffer.from('Date')]);
  assert.ok(file.text.endsWith('\r\n'), 'the file ends with CRLF');
  const records = parseCsv(file.text.slice(1));
  assert.deepEqual(records[0], [
    'Date', 'Hours', 'Minutes', 'SEUs counted', 'Category', 'Source', 'Title', 'Notes', 'Evidence link', 'Used by renewal',
  ]);
  assert.equal(records.length, 3, 'a header and one row per entry');
  assert.deepEqual(records[1], [
    '2026-03-04', '1', '30', '1.5', 'Learning', 'Books, blogs and articles', TRICKY,
    "'+1 for the quotes: \"yes\"", 'https://example.com/book', '',
  ]);
  assert.deepEqual(records[2], ['2026-05-01', '2', '0', '2', 'Events', 'Conference', `'${FORMULA}`, '', '', '']);

  // The file read back by the app: every row is already logged (the formula guard is undone).
  const logged = await storedText(page);
  await pick(page, CSV_LABEL, file.name, file.text, 'text/csv');
  await tools.getByTestId('csv-summary').getByText('0 entries to add; 2 skipped as already logged.').waitFor();
  assert.equal(await tools.getByRole('button', { name: 'Log these entries' }).count(), 0);
  await tools.getByRole('button', { name: 'Cancel' }).click();
  await tools.getByTestId('csv-summary').waitFor({ state: 'detached' });
  assert.equal(await storedText(page), logged);
  errors.assertNone();
  await context.close();
});

test('a CSV file with one bad row logs nothing and names the line and column', async () => {
  const { context, page, errors, tools } = await openLog(CSV_JOURNEY);
  const logged = await storedText(page);
  const lines = [
    'Date,Hours,Category,Source,Title',
    '2026-06-01,1,Learning,Reading,A good row',
    '2026-13-40,1,Learning,Reading,A row with a bad date',
    '',
  ];
  // Both line ends a CSV file may have: LF, and CRLF (the app's own export, and spreadsheets').
  for (const [ending, eol] of [['LF', '\n'], ['CRLF', '\r\n']]) {
    await pick(page, CSV_LABEL, `bad-${ending}.csv`, lines.join(eol), 'text/csv');
    const alert = tools.getByRole('alert');
    await alert.getByText('Nothing was logged from this file.').waitFor();
    const problems = alert.getByRole('listitem');
    await problems.filter({ hasText: '2026-13-40' }).waitFor();
    assert.deepEqual(
      await problems.allTextContents(),
      ['line 3, column "Date": "2026-13-40" is not a date written as YYYY-MM-DD'],
      `the bad row is on line 3 of the file (${ending} line ends)`,
    );
    assert.equal(await tools.getByRole('button', { name: 'Log these entries' }).count(), 0);
    assert.equal(await storedText(page), logged, 'nothing was added');
  }
  errors.assertNone();
  await context.close();
});

test('a good CSV file is previewed, then its entries are logged', async () => {
  const { context, page, errors, tools } = await openLog(CSV_JOURNEY);
  const logged = await storedText(page);
  const good = [
    'Date,Hours,Minutes,Category,Source,Title,Notes',
    '2026-06-01,1,,Learning,Reading,"Imported, with a comma",',
    '2026-06-02,0,45,events,Conference,"Imported ""two""",From a spreadsheet',
    '',
  ].join('\r\n');
  await pick(page, CSV_LABEL, 'good.csv', good, 'text/csv');
  await tools.getByTestId('csv-summary').getByText('2 entries to add.').waitFor();
  assert.equal(await storedText(page), logged, 'nothing is logged before the user confirms');
  await tools.getByRole('button', { name: 'Log these entries' }).click();
  await page.getByRole('status').getByText('Logged 2 entries from the file.').waitFor();
  await page.getByRole('row').filter({ hasText: 'Imported, with a comma' }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Imported "two"' }).waitFor();
  const journey = await stored(page);
  assert.equal(journey.seu_log.length, 4);
  const added = journey.seu_log.filter((e) => e.title.startsWith('Imported'));
  assert.deepEqual(
    added.map((e) => [e.date, e.minutes, e.category, e.source, e.title, e.notes ?? '']).sort(),
    [
      ['2026-06-01', 60, 'Learning', 'Reading', 'Imported, with a comma', ''],
      ['2026-06-02', 45, 'Events', 'Conference', 'Imported "two"', 'From a spreadsheet'],
    ],
  );
  await page.reload();
  await page.getByRole('row').filter({ hasText: 'Imported "two"' }).waitFor();
  errors.assertNone();
  await context.close();
});

test('CSV files as spreadsheets save them: semicolons and decimal commas, UTF-16, Windows-1252; an unclosed quote logs nothing', async () => {
  const { context, page, errors, tools } = await openLog(CSV_JOURNEY);
  const utf16 = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const latin = (text) => Buffer.from(text, 'latin1');
  // (file, what the preview says, the entry it logs: date, minutes, title)
  const files = [
    ['european.csv', Buffer.from('Date;Hours;Category;Title\r\n2026-07-01;1,5;Learning;Café européen\r\n'),
      'Read as UTF-8 text, columns separated by semicolons.', ['2026-07-01', 90, 'Café européen']],
    ['unicode.txt', utf16('Date\tHours\tCategory\tTitle\r\n2026-07-02\t2\tLearning\t東京 meetup\r\n'),
      'Read as UTF-16 text, columns separated by tabs.', ['2026-07-02', 120, '東京 meetup']],
    ['windows.csv', latin('Date;Hours;Category;Title\r\n2026-07-03;0,5;Learning;Zoë’s talk\r\n'.replace('’', '\x92')),
      'Read as Windows-1252 text, columns separated by semicolons.', ['2026-07-03', 30, 'Zoë’s talk']],
  ];
  for (const [name, bytes, readAs, [date, minutes, title]] of files) {
    await pick(page, CSV_LABEL, name, bytes, 'text/csv');
    await tools.getByTestId('csv-summary').getByText('1 entry to add.').waitFor();
    await tools.getByText(readAs).waitFor();
    await tools.getByRole('button', { name: 'Log these entries' }).click();
    await page.getByRole('status').getByText('Logged 1 entry from the file.').waitFor();
    const entry = (await stored(page)).seu_log.find((e) => e.date === date);
    assert.deepEqual([entry?.minutes, entry?.title], [minutes, title], name);
  }

  // A quote opened on line 3 and never closed: refused, the line named, nothing logged.
  const logged = await storedText(page);
  const unclosed = [
    'Date,Hours,Category,Title',
    '2026-08-01,1,Learning,One',
    '2026-08-02,1,Learning,"Two',
    '2026-08-03,1,Learning,Three',
    '2026-08-04,1,Learning,Four',
    '',
  ].join('\r\n');
  await pick(page, CSV_LABEL, 'unclosed.csv', unclosed, 'text/csv');
  const alert = tools.getByRole('alert');
  await alert.getByText('Nothing was logged from this file.').waitFor();
  await alert.getByText(/A quote opened on line 3 is never closed/).waitFor();
  assert.equal(await tools.getByRole('button', { name: 'Log these entries' }).count(), 0);
  assert.equal(await storedText(page), logged, 'nothing was added');
  errors.assertNone();
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// Erase

test('erase all my data: a confirmation, then no key of the app is left and the app starts empty', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/');
  await withExample(page);
  // A download leaves a key of its own (the date of the last copy).
  await download(page, page.getByRole('button', { name: 'Download my data', exact: true }));
  const keys = () => page.evaluate(() => Object.keys(localStorage));
  assert.ok((await keys()).includes(KEY));

  await page.getByRole('button', { name: 'Erase all my data…' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.ok((await keys()).includes(KEY), 'Cancel erases nothing');

  await page.getByRole('button', { name: 'Erase all my data…' }).click();
  const copy = await download(page, dialog.getByRole('button', { name: 'Download a copy first' }));
  assert.equal(copy.name, `cert-planner-journey-${TODAY}.json`);
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Show me an example' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Plan and keep your Scrum certification' }).waitFor();
  assert.equal(new URL(page.url()).hash, '#/');
  assert.deepEqual((await keys()).filter((k) => k.startsWith(KEY_PREFIX)), []);

  await page.reload();
  await page.getByRole('button', { name: 'Show me an example' }).waitFor();
  assert.deepEqual((await keys()).filter((k) => k.startsWith(KEY_PREFIX)), []);
  errors.assertNone();
  await context.close();
});

test('erasing while unreadable saved data paused saving removes it too, and saving starts again', async () => {
  const context = await app.newContext();
  const { page } = await app.open(context, '#/');
  await page.evaluate((key) => localStorage.setItem(key, 'this is not a journey'), KEY);
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'Your saved data could not be opened' }).waitFor();
  await app.go(page, '#/settings');
  await page.getByRole('button', { name: 'Erase all my data…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Show me an example' }).waitFor();
  await alert.getByRole('heading', { name: 'Your saved data could not be opened' }).waitFor({ state: 'detached' });
  assert.deepEqual(
    (await page.evaluate(() => Object.keys(localStorage))).filter((k) => k.startsWith(KEY_PREFIX)), []);
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
  await page.getByRole('listitem', { name: 'CSPO' }).waitFor();
  assert.equal((await stored(page)).certifications.length, 1, 'the new change is saved');
  await context.close();
});

/** The size Settings shows for `bytes` (under 1 MB): bytes, then whole KB of 1,024 bytes. */
const journeySizeText = (bytes) => (bytes < 1024 ? `${bytes} bytes` : `${Math.floor(bytes / 1024)} KB`);

test('Settings shows the size the journey takes in storage, and the new size once a change is saved', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/');
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
  await page.getByRole('listitem', { name: 'CSPO' }).waitFor();
  const compact = await storedText(page);
  // The same journey stored with wide indentation (as another tool might write it): what the
  // page shows is the size of what is stored, not of the journey written again.
  const wide = JSON.stringify(JSON.parse(compact), null, 10);
  assert.notEqual(journeySizeText(Buffer.byteLength(wide)), journeySizeText(Buffer.byteLength(compact)));
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, wide]);
  await page.reload();
  await app.go(page, '#/settings');
  const size = page.getByTestId('journey-size');
  await size.getByText(journeySizeText(Buffer.byteLength(wide)), { exact: true }).waitFor();

  // A change is saved (written compactly again) and the size follows, on the same page.
  await page.getByLabel('Remind me to download a copy after (days)').fill('45');
  await page.getByLabel('Remind me to download a copy after (days)').press('Tab');
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).settings.backup_reminder_days === 45, KEY);
  const saved = await storedText(page);
  await size.getByText(journeySizeText(Buffer.byteLength(saved)), { exact: true }).waitFor();
  assert.notEqual(journeySizeText(Buffer.byteLength(saved)), journeySizeText(Buffer.byteLength(wide)));
  errors.assertNone();
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// Storage full, long text, money

test('while storage is full, the status line says the change is kept in this tab only', async () => {
  const context = await app.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  const { page } = await app.open(context, '#/');
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14' });
  const status = page.getByRole('status');
  await status.getByText('Added CSPO.', { exact: false }).waitFor();
  await status.getByText(NOT_SAVED).waitFor();
  await page.getByRole('listitem', { name: 'CSPO' }).waitFor();
  await context.close();
});

test('2,000 characters without a space do not make the page scroll sideways', async () => {
  const long = 'Supercalifragilisticexpialidocious'.repeat(60).slice(0, 2000);
  const link = `https://example.com/${'evidence'.repeat(300)}`.slice(0, 2000);
  assert.equal(long.length, 2000);
  assert.equal(link.length, 2000);
  // Names and titles are kept to 200 characters (the field's maxlength, the gate's limit);
  // notes and links take the full 2,000.
  const name = long.slice(0, 200);
  const context = await app.newContext({ viewport: { width: 360, height: 740 } });
  const { page, errors } = await app.open(context, '#/');
  await navigate(page, 'Certifications');
  await page.getByLabel('Notes').fill(long);
  await addCertification(page, { kind: 'other', earned: '2025-01-15', name: long });
  await page.getByRole('status').getByText(`Added ${name}.`).waitFor();

  await navigate(page, 'SEU log');
  await page.getByRole('heading', { name: 'Log an activity' }).waitFor();
  await page.getByLabel('Notes').fill(long);
  await logActivity(page, { date: '2026-06-01', hours: 1, category: 'Learning', title: name, evidence: link });

  const journey = await stored(page);
  assert.deepEqual(
    [journey.certifications[0].name, journey.certifications[0].notes],
    [name, long],
  );
  assert.deepEqual(
    [journey.seu_log[0].title, journey.seu_log[0].notes, journey.seu_log[0].evidence],
    [name, long, link],
  );

  for (const hash of ['#/', '#/certifications', '#/seus']) {
    await app.go(page, hash);
    const wider = await overflow(page);
    assert.ok(wider <= 0, `${hash} is ${wider}px wider than the screen`);
  }
  // What the forms took, the app reads back.
  await page.reload();
  await page.getByRole('row').filter({ hasText: name }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Your saved data could not be opened' }).count(), 0);
  errors.assertNone();
  await context.close();
});

test('a price typed as "1,000" or "$1,000" is one thousand dollars', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/training');
  await addOffer(page, { provider: 'Comma Academy', credential: 'cst', start: '2026-03-11', end: '2026-03-12', price: '1,000' });
  await addOffer(page, { provider: 'Dollar Academy', credential: 'cst', start: '2026-04-11', end: '2026-04-12', price: '$1,000' });
  const journey = await stored(page);
  assert.deepEqual(
    journey.training.offers.map((o) => [o.provider, o.price_cents]),
    [['Comma Academy', 100000], ['Dollar Academy', 100000]],
  );
  errors.assertNone();
  await context.close();
});

test('the data section passes axe with a restore preview, a refused file and the erase question open, in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await app.newContext({ colorScheme });
    const { page } = await app.open(context, '#/');
    await withExample(page);
    const check = async (what) => {
      const result = await runAxe(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `axe with ${what} (${colorScheme})`);
    };
    await pick(page, RESTORE_LABEL, 'backup.json', JSON.stringify(JOURNEY));
    await restoreRegion(page).getByRole('button', { name: 'Replace my journey' }).waitFor();
    await check('a restore preview');
    await pick(page, RESTORE_LABEL, 'notes.json', 'not a journey');
    await restoreRegion(page).getByRole('alert').waitFor();
    await check('a refused file');
    await page.getByRole('button', { name: 'Erase all my data…' }).click();
    await page.getByRole('alertdialog').waitFor();
    await check('the erase question');
    await context.close();
  }
});
