// End-to-end: proof files kept with an SEU entry. Attach a PDF and an image to an entry, see them
// listed and counted in the log, reload and still see them, open one, remove one with undo, be
// told plainly when a file is a copy or of another kind, take them away in an audit pack and
// restore it elsewhere, drop a file on the entry, and erase everything, files included.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { addCertification, logActivity, navigate, stored, useApp } from './app.mjs';

const app = useApp({
  prefix: '/proof/',
  timeout: 20_000,
  now: new Date('2026-11-25T10:00:00Z'),
  contextOptions: { timezoneId: 'UTC' },
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
// A 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The keys of the proof files' store (IndexedDB). */
const storedFiles = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('cert-planner-proofs', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('proofs');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const keys = open.result.transaction('proofs').objectStore('proofs').getAllKeys();
    keys.onsuccess = () => { open.result.close(); resolve(keys.result.map(String).sort()); };
    keys.onerror = () => reject(keys.error);
  };
}));

test('attach a PDF and an image to an entry, reload, open, remove with undo, erase', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/seus');
  await addCertification(page, { kind: 'CSPO', earned: '2025-03-14', added: true });
  await navigate(page, 'SEU log');
  await logActivity(page, { date: '2026-11-20', hours: 2, title: 'Scrum webinar' });

  // A new entry gets its files once saved.
  await page.getByText('Save the entry first').waitFor();
  await page.getByRole('button', { name: 'Edit Scrum webinar' }).click();
  const input = page.getByLabel('Attach files (PDF, PNG, JPEG or WebP)');
  await input.setInputFiles([
    { name: 'certificate.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'screenshot.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await page.getByRole('status').getByText('Attached 2 files to "Scrum webinar".').waitFor();
  await page.getByRole('button', { name: 'Open certificate.pdf' }).waitFor();
  await page.getByText(`PNG image, ${PNG.length} bytes`).waitFor();

  // The journey keeps each file's description; the browser keeps the files.
  const entry = (await stored(page)).seu_log[0];
  assert.equal(entry.proofs.length, 2);
  assert.match(entry.proofs[0], /^[0-9a-f]{64} \d+ application\/pdf certificate\.pdf$/);
  const keys = await storedFiles(page);
  assert.equal(keys.length, 2);
  assert.ok(keys.every((k) => k.startsWith(`seu-${entry.id}-`)), keys.join());

  // The same file again, another kind of file, an empty file: refused, nothing changes.
  await input.setInputFiles([
    { name: 'copy.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'notes.docx', mimeType: 'application/msword', buffer: Buffer.from('x') },
  ]);
  await page.getByText('"copy.pdf" is already attached to this entry (as "certificate.pdf").').waitFor();
  await page.getByText('"notes.docx" is not a PDF, PNG, JPEG or WebP file').waitFor();
  assert.equal((await stored(page)).seu_log[0].proofs.length, 2);
  assert.equal((await storedFiles(page)).length, 2, 'the refused copy is not kept');

  // The log counts them; after a reload they are still there.
  await page.getByRole('button', { name: 'Cancel editing' }).click();
  await page.getByRole('row').filter({ hasText: 'Scrum webinar' }).getByText('2 proof files').waitFor();
  await page.reload();
  await page.locator('#page-title').waitFor();
  await page.getByRole('row').filter({ hasText: 'Scrum webinar' }).getByText('2 proof files').waitFor();
  await page.getByRole('button', { name: 'Edit Scrum webinar' }).click();

  // Open: the browser shows the file in a new tab.
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open screenshot.png' }).click(),
  ]);
  assert.match(tab.url(), /^blob:/);
  await tab.close();

  // Remove with undo; the file stays stored while the undo is offered.
  await page.getByRole('button', { name: 'Remove screenshot.png' }).click();
  await page.getByRole('button', { name: 'Undo removing screenshot.png' }).waitFor();
  assert.equal((await stored(page)).seu_log[0].proofs.length, 1);
  assert.equal((await storedFiles(page)).length, 2);
  await page.getByRole('button', { name: 'Undo removing screenshot.png' }).click();
  await page.getByRole('button', { name: 'Open screenshot.png' }).waitFor();
  assert.equal((await stored(page)).seu_log[0].proofs.length, 2);

  // The audit pack: the journey, the report and each file in its entry's folder, read back with
  // a real unzip.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByTestId('proof-files-size').getByText(`2 files, ${PDF.length + PNG.length} bytes (at most 200 MB in all)`).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the audit pack' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^cert-planner-audit-pack-2026-11-25\.zip$/);
  const dir = mkdtempSync(join(tmpdir(), 'audit-pack-'));
  const zip = join(dir, 'pack.zip');
  await download.saveAs(zip);
  const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8' });
  const folder = `proof/2026-11-20 Scrum webinar (entry ${entry.id})`;
  for (const name of ['journey.json', 'evidence-report.html', `${folder}/certificate.pdf`, `${folder}/screenshot.png`]) {
    assert.ok(listing.includes(name), `${name} in\n${listing}`);
  }
  assert.match(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' }), /No errors detected/);
  assert.deepEqual(execFileSync('unzip', ['-p', zip, `${folder}/certificate.pdf`]), PDF);
  const journey = JSON.parse(execFileSync('unzip', ['-p', zip, 'journey.json'], { encoding: 'utf8' }));
  assert.equal(journey.seu_log[0].proofs.length, 2);
  await page.getByRole('status').getByText('The audit pack holds your journey, the evidence report and 2 proof files.').waitFor();

  // The pack's report prints as the report page does: the same report, the same print style.
  const printed = async (p) => {
    await p.emulateMedia({ media: 'print' });
    const article = p.locator('article.report').first();
    const facts = {
      text: await article.innerText(),
      border: await article.locator('td').first().evaluate((td) => getComputedStyle(td).borderTopStyle + ' ' + getComputedStyle(td).borderTopColor),
      title: await p.locator('h1').first().isVisible(),
    };
    await p.emulateMedia({ media: 'screen' });
    return facts;
  };
  const packed = await context.newPage();
  await packed.setContent(execFileSync('unzip', ['-p', zip, 'evidence-report.html'], { encoding: 'utf8' }));
  await navigate(page, 'Evidence report');
  await page.getByRole('heading', { name: 'SEU evidence for the renewal due', exact: false }).waitFor();
  const fromPack = await printed(packed);
  assert.match(fromPack.text, /certificate\.pdf/);
  assert.deepEqual(fromPack, await printed(page));
  await packed.close();

  // Restored into a fresh browser, the pack brings the files back.
  const fresh = await app.newContext();
  const other = (await app.open(fresh, '#/settings')).page;
  await other.getByLabel('Choose a copy of your journey that you downloaded from this app').setInputFiles(zip);
  await other.getByTestId('restore-summary').getByText('2 proof files').waitFor();
  await other.getByRole('button', { name: 'Replace my journey' }).click();
  await other.getByRole('status').getByText('2 proof files restored.', { exact: false }).waitFor();
  assert.deepEqual(await storedFiles(other), keys);
  await other.getByRole('link', { name: 'SEU log' }).click();
  await other.getByRole('row').filter({ hasText: 'Scrum webinar' }).getByText('2 proof files').waitFor();
  await fresh.close();

  // A plain copy holds no files: restored alone, Settings names the files this browser lacks.
  const copy = join(dir, 'journey.json');
  writeFileSync(copy, execFileSync('unzip', ['-p', zip, 'journey.json']));
  const bare = await app.newContext();
  const third = (await app.open(bare, '#/settings')).page;
  await third.getByLabel('Choose a copy of your journey that you downloaded from this app').setInputFiles(copy);
  await third.getByRole('button', { name: 'Replace my journey' }).click();
  await third.getByRole('status').getByText('Your journey was replaced by the one in the file.').waitFor();
  await third.reload();
  await third.getByTestId('proof-files-missing').getByText(
    'Not kept in this browser: "certificate.pdf" (Scrum webinar), "screenshot.png" (Scrum webinar).', { exact: false },
  ).waitFor();
  await bare.close();
  rmSync(dir, { recursive: true, force: true });

  // A file dropped on the entry's proof files is attached as if chosen.
  await page.getByRole('link', { name: 'SEU log' }).click();
  await page.getByRole('button', { name: 'Edit Scrum webinar' }).click();
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'photo.jpg', { type: 'image/jpeg' }));
    return transfer;
  });
  await page.locator('fieldset.proof-files').dispatchEvent('drop', { dataTransfer: dropped });
  await page.getByRole('status').getByText('Attached "photo.jpg" to "Scrum webinar".').waitFor();
  await page.getByRole('button', { name: 'Open photo.jpg' }).waitFor();
  assert.equal((await stored(page)).seu_log[0].proofs.length, 3);
  await page.getByRole('link', { name: 'Settings' }).click();

  // Erasing all data erases the files too.
  await page.getByRole('button', { name: 'Erase all my data…' }).click();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('status').getByText('All your data was erased from this browser.').waitFor();
  assert.deepEqual(await storedFiles(page), []);
  errors.assertNone();
  await context.close();
});

test('two tabs see the same proof files', async () => {
  const context = await app.newContext();
  const { page: first, errors } = await app.open(context, '#/seus');
  await logActivity(first, { date: '2026-11-20', hours: 1, title: 'Meetup' });
  const { page: second } = await app.open(context, '#/seus');
  await second.getByRole('row').filter({ hasText: 'Meetup' }).waitFor();

  await first.getByRole('button', { name: 'Edit Meetup' }).click();
  await first.getByLabel('Attach files (PDF, PNG, JPEG or WebP)').setInputFiles([
    { name: 'receipt.pdf', mimeType: 'application/pdf', buffer: PDF },
  ]);
  await first.getByRole('status').getByText('Attached "receipt.pdf" to "Meetup".').waitFor();

  // The other tab takes the change and opens the file the first one stored.
  await second.getByRole('row').filter({ hasText: 'Meetup' }).getByText('1 proof file').waitFor();
  await second.getByRole('button', { name: 'Edit Meetup' }).click();
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    second.getByRole('button', { name: 'Open receipt.pdf' }).click(),
  ]);
  assert.match(tab.url(), /^blob:/);
  await tab.close();

  // A file dropped on an entry's row in the log is attached to that entry; one of another kind
  // is refused in a sentence, and nothing changes.
  const drop = async (name, type) => {
    const transfer = await second.evaluateHandle(([name, type]) => {
      const t = new DataTransfer();
      t.items.add(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], name, { type }));
      return t;
    }, [name, type]);
    await second.getByRole('row').filter({ hasText: 'Meetup' }).getByText('Meetup').dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop('notes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  await second.getByRole('status').getByText('"notes.docx" is not a PDF, PNG, JPEG or WebP file', { exact: false }).waitFor();
  await drop('photo.jpg', 'image/jpeg');
  await second.getByRole('status').getByText('Attached "photo.jpg" to "Meetup".').waitFor();
  await first.getByRole('row').filter({ hasText: 'Meetup' }).getByText('2 proof files').waitFor();
  assert.equal((await stored(first)).seu_log[0].proofs.length, 2);
  errors.assertNone();
  await context.close();
});

test('a removed file is deleted from the browser a week later, and a listed one never', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/seus');
  await logActivity(page, { date: '2026-11-20', hours: 1, title: 'Meetup' });
  await page.getByRole('button', { name: 'Edit Meetup' }).click();
  await page.getByLabel('Attach files (PDF, PNG, JPEG or WebP)').setInputFiles([
    { name: 'receipt.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'screenshot.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await page.getByRole('status').getByText('Attached 2 files to "Meetup".').waitFor();
  await page.getByRole('button', { name: 'Remove screenshot.png' }).click();
  await page.getByRole('button', { name: 'Undo removing screenshot.png' }).waitFor();
  const files = await storedFiles(page);
  assert.equal(files.length, 2);

  // After a reload the undo is gone; the file is kept, its first day unnamed noted.
  await page.reload();
  await page.getByRole('heading', { name: 'SEU log', level: 2 }).waitFor();
  const [listed] = (await stored(page)).seu_log[0].proofs;
  const named = files.find((key) => key.endsWith(listed.slice(0, 64)));
  const unnamed = files.find((key) => key !== named);
  await page.waitForFunction((line) => localStorage.getItem('cert-planner.proofs.unnamed-since') === line,
    `2026-11-25 ${unnamed}\n`);
  assert.deepEqual(await storedFiles(page), files);

  // Unnamed since 8 days ago: at the next start it goes. The listed one stays, whatever the
  // bookkeeping says of it.
  await page.evaluate(([a, b]) => localStorage.setItem('cert-planner.proofs.unnamed-since',
    `2026-11-17 ${a}\n2026-11-01 ${b}\n`), [unnamed, named]);
  await page.reload();
  await page.getByRole('heading', { name: 'SEU log', level: 2 }).waitFor();
  await page.waitForFunction(() => localStorage.getItem('cert-planner.proofs.unnamed-since') === null);
  assert.deepEqual(await storedFiles(page), [named]);
  await page.getByRole('button', { name: 'Edit Meetup' }).click();
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open receipt.pdf' }).click(),
  ]);
  assert.match(tab.url(), /^blob:/);
  errors.assertNone();
  await context.close();
});

test('a file the browser has no room for is refused plainly, and nothing changes', async () => {
  const context = await app.newContext();
  const { page, errors } = await app.open(context, '#/seus');
  await logActivity(page, { date: '2026-11-20', hours: 1, title: 'Meetup' });
  const before = await stored(page);
  // The browser's quota for this site, set far below the file (Chromium's DevTools protocol):
  // the browser refuses the write when it commits it, after the request itself succeeded.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 50_000 });
  await page.getByRole('button', { name: 'Edit Meetup' }).click();
  await page.getByLabel('Attach files (PDF, PNG, JPEG or WebP)').setInputFiles([
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(2_000_000)]) },
  ]);
  await page.getByText('The browser has no room left for this file (its storage for this site is full); nothing was attached.').waitFor();
  assert.deepEqual(await storedFiles(page), []);
  assert.deepEqual(await stored(page), before);
  await page.getByText('No files attached yet.').waitFor();

  // With room again, the same file is attached.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByLabel('Attach files (PDF, PNG, JPEG or WebP)').setInputFiles([
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(2_000_000)]) },
  ]);
  await page.getByRole('status').getByText('Attached "scan.pdf" to "Meetup".').waitFor();
  assert.equal((await storedFiles(page)).length, 1);
  errors.assertNone();
  await context.close();
});
