#!/usr/bin/env node
// The benchmark behind scripts/bench.sh: prints figures, asserts nothing.
//
//   node scripts/bench.mjs [dist-dir] [--runs N] [--no-lighthouse]
//
// 1. Sizes of the wasm modules, JS and CSS in dist/: raw, gzip -9 and brotli (quality 11).
// 2. Lighthouse (mobile, default config) against dist/ served with gzip by a tiny local server:
//    the dashboard empty and with the example journey, each LIGHTHOUSE_RUNS times (default 3);
//    scores, each metric of the performance score (LCP, FCP, TBT, CLS, Speed Index), the element
//    taken for the LCP and the main thread's long tasks.
//    Needs LIGHTHOUSE_CLI (bench.sh installs lighthouse on demand) and Chromium.
// 3. Timings in headless Chromium (playwright-core) with an empty log, 5,000 and 20,000 SEU
//    entries: add an entry until the list shows it, apply and clear a filter, open each page,
//    start to a ready SEU log. Medians of N runs (default 5), in milliseconds. Beside each
//    page's next frame, the browser's own part: the same markup put in by a plain script, in a
//    page with the app's styles and no app (`plainSwap`).

import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = resolve(args.find((a, i) => !a.startsWith('--') && !/^--(runs|bare)$/.test(args[i - 1] ?? '')) ?? 'dist');
// The bare Leptos page (bench/bare, built by bench.sh) the app is measured against.
const BARE = option('--bare') ? resolve(option('--bare')) : null;
const RUNS = Number(option('--runs', '5'));
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const KEY = 'cert-planner.journey';
const PREFIX = '/bench/';

const gzip9 = (buf) => gzipSync(buf, { level: 9 });
// The size the budget checks: the gzip command's -9 (scripts/test.sh), else node's zlib.
const gzipSize = (file, buf) => {
  try {
    return execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 26 }).length;
  } catch {
    return gzip9(buf).length;
  }
};
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x == null ? '-' : x.toFixed(1).padStart(7));

// ---------------------------------------------------------------- sizes
function wasmGzip(dir) {
  const out = { start: 0, all: 0 };
  for (const name of readdirSync(dir, { recursive: true })) {
    if (!name.endsWith('.wasm')) continue;
    const size = gzipSize(join(dir, name), readFileSync(join(dir, name)));
    out.all += size;
    if (/(_bg)\.wasm$/.test(name)) out.start += size;
  }
  return out;
}

function sizes() {
  console.log(`== sizes (${DIST})`);
  console.log('file'.padEnd(44), 'raw'.padStart(10), 'gzip -9'.padStart(10), 'brotli'.padStart(10));
  // Recursive: the wasm modules and their JS are in app-<hash>/ (scripts/build-wasm.sh).
  for (const name of readdirSync(DIST, { recursive: true }).sort()) {
    if (!/\.(wasm|js|css|html)$/.test(name)) continue;
    const buf = readFileSync(join(DIST, name));
    console.log(
      name.padEnd(44),
      String(buf.length).padStart(10),
      String(gzipSize(join(DIST, name), buf)).padStart(10),
      String(brotli(buf).length).padStart(10),
    );
  }
}

// ---------------------------------------------------------------- server (gzip like a real host)
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

async function serve(root) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/seed') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>seed</title>');
      return;
    }
    const [prefix, base] = url.pathname.startsWith(PREFIX) ? [PREFIX, root] : BARE && url.pathname.startsWith('/bare/') ? ['/bare/', BARE] : [];
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = resolve(base, rel);
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    let body = readFileSync(file);
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /html|javascript|css|wasm|svg|json/.test(type)) {
      if (!cache.has(file)) cache.set(file, gzip9(body));
      body = cache.get(file);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: `${origin}${PREFIX}`, bare: `${origin}/bare/`, close: () => server.close() };
}

// ---------------------------------------------------------------- journeys
/** The example journey (loaded through the dashboard's "Show me an example") with `n` SEU entries. */
async function journeyWith(browser, url, n) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Show me an example' }).click();
  await page.waitForFunction((k) => (JSON.parse(localStorage.getItem(k) ?? 'null')?.seu_log ?? []).length > 0, KEY);
  const doc = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  await page.close();
  if (n == null) return doc;
  const template = doc.seu_log[0];
  const base = Date.UTC(2024, 0, 1);
  let next = doc.next_id;
  const sources = ['Reading', 'UserGroup', 'HelpingOthers', 'Webinar', 'Course', 'Conference', 'Other'];
  const categories = ['Events', 'Learning', 'Volunteering', 'Other'];
  doc.seu_log = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: next++,
    date: new Date(base + (i % 700) * 86_400_000).toISOString().slice(0, 10),
    minutes: 30 + (i % 8) * 15,
    category: categories[i % 4],
    source: sources[i % 7],
    title: `Activity ${i}`,
    notes: '',
    evidence: '',
    used_by_renewal: null,
  }));
  doc.next_id = next;
  return doc;
}

// ---------------------------------------------------------------- timings
const PAGES = [
  ['#/', 'Dashboard'],
  ['#/certifications', 'Certifications'],
  ['#/timeline', 'Renewal timeline'],
  ['#/seus', 'SEU log'],
  ['#/seu-plan', 'SEU plan'],
  ['#/training', 'Training choice'],
  ['#/path', 'Certification path'],
  ['#/settings', 'Settings and data'],
];

// In the page: resolve once every queued microtask and effect has run (a fresh macrotask), then
// the time to the next frame.
const IN_PAGE = () => {
  window.__settled = () =>
    new Promise((r) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => r(performance.now());
      c.port2.postMessage(0);
    });
  window.__frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  window.__until = (cond) =>
    new Promise((r) => {
      const check = () => {
        if (cond()) {
          obs.disconnect();
          r(performance.now());
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      check();
    });
  // Start to a ready SEU log: the heading and the log summary are there (and a row when logged).
  window.__ready = new Promise((r) => {
    const ready = () => {
      const title = document.getElementById('page-title');
      const summary = document.getElementById('log-summary');
      if (!title || title.textContent !== 'SEU log' || !summary) return false;
      return summary.textContent.startsWith('Nothing') || document.querySelector('.seu-table tbody tr');
    };
    const obs = new MutationObserver(() => {
      if (ready()) {
        obs.disconnect();
        r(performance.now());
      }
    });
    obs.observe(document, { subtree: true, childList: true, characterData: true });
  });
};

async function timings(browser, url, doc, label, rounds = RUNS) {
  const text = doc ? JSON.stringify(doc) : null;
  const runs = { start: [], add: [], addFrame: [], filter: [], filterFrame: [], clear: [], clearFrame: [] };
  const pages = Object.fromEntries(PAGES.map(([, t]) => [t, []]));
  const pageFrames = Object.fromEntries(PAGES.map(([, t]) => [t, []]));
  // What each page and the page it is opened from put on the screen (the first run's): the
  // markup `plainSwap` puts in with a plain script, to measure the browser's own part.
  const markup = { page: {}, from: {}, body: null, styles: null };
  for (let run = 0; run < rounds; run++) {
    const context = await browser.newContext();
    await context.addInitScript(IN_PAGE);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The journey is stored from a page of the same origin that is not the app, before the
    // timed start (as a returning user's data is there before they open the app; stored from
    // an init script, the start also counted parsing and storing the document: about 20 ms
    // at 5,000 entries).
    if (text) {
      await page.goto(new URL('/seed', url).href);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
    }
    await page.goto(`${url}#/seus`);
    runs.start.push(await page.evaluate(() => window.__ready));
    await page.locator('#log-summary').waitFor();

    // Add entries dated after every seeded one, so each is first in the (date, newest first)
    // list: three a run (the first after start is the slowest; all count in the median).
    for (let n = 0; n < 3; n++) {
      const title = `Bench ${run}.${n}`;
      await page.getByLabel('Date', { exact: true }).fill('2026-01-15');
      await page.getByLabel('Hours').fill('1');
      await page.getByLabel('Minutes').fill('0');
      await page.getByLabel('Title').fill(title);
      const [add, addFrame] = await page.evaluate(async (title) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Log activity');
        const t0 = performance.now();
        button.click();
        const shown = await window.__until(() =>
          [...document.querySelectorAll('.seu-table tbody strong')].some((s) => s.textContent === title),
        );
        const frame = await window.__frame();
        return [shown - t0, frame - t0];
      }, title);
      runs.add.push(add);
      runs.addFrame.push(addFrame);
    }

    // Filter by a category, then clear it.
    for (const [value, into, frameInto] of [['Volunteering', 'filter', 'filterFrame'], ['', 'clear', 'clearFrame']]) {
      const [t, f] = await page.evaluate(async (value) => {
        const select = document.getElementById('filter-category');
        const option = [...select.options].find((o) => (value ? o.textContent === value : o.value === ''));
        const t0 = performance.now();
        select.value = option.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const settled = await window.__settled();
        const frame = await window.__frame();
        return [settled - t0, frame - t0];
      }, value);
      runs[into].push(t);
      runs[frameInto].push(f);
    }

    // Open each page (from the SEU log, or the dashboard for the SEU log itself).
    for (const [hash, heading] of PAGES) {
      const from = hash === '#/' ? '#/seus' : '#/';
      await page.evaluate((h) => (location.hash = h), from);
      await page.waitForFunction(() => document.getElementById('page-title'));
      await page.evaluate(() => window.__settled());
      const mainHtml = () => document.getElementById('main').innerHTML;
      if (run === 0) markup.from[heading] = await page.evaluate(mainHtml);
      const t = await page.evaluate(
        async ([hash, heading]) => {
          const t0 = performance.now();
          location.hash = hash;
          const seen = await window.__until(() => {
            const el = document.querySelector('main h2');
            return el && (heading === 'Dashboard' || el.textContent === heading);
          });
          await window.__settled();
          const frame = await window.__frame();
          return [seen - t0, frame - t0];
        },
        [hash, heading],
      );
      pages[heading].push(t[0]);
      pageFrames[heading].push(t[1]);
      if (run === 0) {
        await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
        markup.page[heading] = await page.evaluate(mainHtml);
        markup.body ??= await page.evaluate(() => document.body.innerHTML);
        markup.styles ??= await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'));
      }
    }
    if (errors.length) console.log(`  (${label}, run ${run}: page errors: ${errors.join('; ')})`);
    await context.close();
  }
  const plain = await plainSwap(browser, url, markup, rounds);
  return { runs, pages, pageFrames, plain };
}

/** Two rounds' timings (`timings`) as one: every list of figures of `b` after `a`'s. */
function merge(a, b) {
  const join = (x, y) => Object.fromEntries(Object.keys(x).map((k) => [k, [...x[k], ...y[k]]]));
  return { runs: join(a.runs, b.runs), pages: join(a.pages, b.pages), pageFrames: join(a.pageFrames, b.pageFrames), plain: join(a.plain, b.plain) };
}

/** The browser's own part of opening each page: the same markup (`markup`, as the app drew
 * it) put into the page by a plain script (`innerHTML`, then the heading focused as the app
 * does), in a page of the same origin with the app's styles and no app, timed the same way
 * (to the next frame); medians of RUNS. No framework can open the page faster than this. */
async function plainSwap(browser, url, markup, rounds) {
  const context = await browser.newContext();
  await context.addInitScript(IN_PAGE);
  const page = await context.newPage();
  await page.goto(new URL('/seed', url).href);
  await page.evaluate(({ body, styles }) => {
    const style = document.createElement('style');
    style.textContent = styles;
    document.head.append(style);
    document.body.innerHTML = body;
  }, markup);
  const frames = Object.fromEntries(PAGES.map(([, t]) => [t, []]));
  for (let run = 0; run < rounds; run++) {
    for (const [, heading] of PAGES) {
      const [from, to] = [markup.from[heading], markup.page[heading]];
      if (from == null || to == null) continue;
      await page.evaluate(async (from) => {
        document.getElementById('main').innerHTML = from;
        await window.__frame();
        await window.__settled();
      }, from);
      frames[heading].push(
        await page.evaluate(async (to) => {
          const t0 = performance.now();
          document.getElementById('main').innerHTML = to;
          document.getElementById('page-title')?.focus();
          await window.__settled();
          return (await window.__frame()) - t0;
        }, to),
      );
    }
  }
  await context.close();
  return frames;
}

// ---------------------------------------------------------------- cold start, side by side
// Lighthouse's mobile throttling: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU.
const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** From navigation to the page heading (#page-title) on the screen, in a fresh browser
 * context (nothing cached, no service worker), with or without the mobile throttling. */
async function coldStart(browser, url, throttled) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__heading = new Promise((r) => {
        const seen = () => document.getElementById('page-title') && (r(performance.now()), true);
        if (!seen()) {
          const obs = new MutationObserver(() => seen() && obs.disconnect());
          obs.observe(document, { subtree: true, childList: true });
        }
      });
    });
    const page = await context.newPage();
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await page.evaluate(() => window.__heading));
    await context.close();
  }
  return median(times);
}

// ---------------------------------------------------------------- lighthouse
function run(cmd, argv, opts = {}) {
  return new Promise((res, rej) => {
    const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => (code === 0 ? res(out) : rej(new Error(`${cmd} exited ${code}: ${err.slice(-2000)}`))));
  });
}

async function lighthouse(url, doc) {
  const cli = process.env.LIGHTHOUSE_CLI;
  const profile = mkdtempSync(join(tmpdir(), 'bench-chrome-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome = spawn(CHROMIUM, [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ], { stdio: 'ignore' });
  try {
    let browser;
    for (let i = 0; i < 50 && !browser; i++) {
      await new Promise((r) => setTimeout(r, 200));
      browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => undefined);
    }
    if (doc) {
      const page = await browser.contexts()[0].newPage();
      // A page of the same origin that is not the app, so no service worker is installed and
      // nothing is cached before Lighthouse loads the app.
      await page.goto(new URL('/seed', url).href);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(doc)]);
      await page.close();
    }
    await browser.close();
    const out = await run(process.execPath, [
      cli,
      url,
      `--port=${port}`,
      '--output=json',
      '--quiet',
      '--disable-storage-reset',
      '--only-categories=performance,accessibility,best-practices,seo',
    ]);
    const report = JSON.parse(out);
    const score = (c) => Math.round(report.categories[c].score * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcp: report.audits['largest-contentful-paint'].numericValue,
      fcp: report.audits['first-contentful-paint'].numericValue,
      tbt: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
      si: report.audits['speed-index'].numericValue,
      // What Lighthouse took for the largest contentful paint (the element's CSS path).
      lcpElement: report.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.selector ?? '?',
      // The main thread's long tasks Lighthouse saw (what the blocking time comes from).
      longTasks: (report.audits['long-tasks']?.details?.items ?? []).map(
        (t) => `${t.url.replace(/^.*\//, '') || 'page'} at ${t.startTime.toFixed(0)} ms: ${t.duration.toFixed(0)} ms`,
      ),
    };
  } finally {
    chrome.kill();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main
sizes();
const server = await serve(DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const example = await journeyWith(browser, server.url, null);
  if (!flag('--no-lighthouse') && process.env.LIGHTHOUSE_CLI) {
    console.log('\n== Lighthouse 13, mobile, default config, served with gzip');
    console.log('journey'.padEnd(18), 'perf', 'a11y', 'best', 'seo', '   LCP (s)', 'FCP (s)', 'TBT (ms)', '  CLS', 'SI (s)', ' LCP element');
    // Each journey LIGHTHOUSE_RUNS times (3 unless set): the score moves from run to run.
    const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
    const journeys = [['empty', null], ['example journey', example]];
    for (const [name, doc] of journeys.flatMap((j) => Array.from({ length: lighthouseRuns }, () => j))) {
      try {
        const r = await lighthouse(server.url, doc);
        console.log(
          name.padEnd(18),
          String(r.performance).padStart(4),
          String(r.accessibility).padStart(4),
          String(r['best-practices']).padStart(4),
          String(r.seo).padStart(3),
          (r.lcp / 1000).toFixed(2).padStart(10),
          (r.fcp / 1000).toFixed(2).padStart(7),
          r.tbt.toFixed(0).padStart(8),
          r.cls.toFixed(3).padStart(5),
          (r.si / 1000).toFixed(2).padStart(6),
          ` ${r.lcpElement}`,
        );
        for (const task of r.longTasks) console.log(''.padEnd(18), `long task: ${task}`);
      } catch (e) {
        console.log(name.padEnd(18), `failed: ${e.message.split('\n')[0]}`);
      }
    }
  } else {
    console.log('\n(Lighthouse skipped: set LIGHTHOUSE_CLI or run scripts/bench.sh)');
  }

  if (BARE) {
    const app = wasmGzip(DIST);
    const bare = wasmGzip(BARE);
    console.log(`\n== side by side with a bare Leptos 0.8 page (bench/bare), served with gzip; median of ${RUNS} runs`);
    console.log(''.padEnd(44), 'this app'.padStart(10), 'bare page'.padStart(10), 'ratio'.padStart(7));
    const line = (name, a, b, unit = '') =>
      console.log(name.padEnd(44), `${a.toFixed(0)}${unit}`.padStart(10), `${b.toFixed(0)}${unit}`.padStart(10), (a / b).toFixed(2).padStart(7));
    line('start module, gzip -9 (B)', app.start, bare.start);
    line('all wasm, gzip -9 (B)', app.all, bare.all);
    line('cold start to the page heading (ms)', await coldStart(browser, server.url, false), await coldStart(browser, server.bare, false));
    line('the same, mobile throttling (ms)', await coldStart(browser, server.url, true), await coldStart(browser, server.bare, true));
  } else {
    console.log('\n(No bare page to compare with: scripts/bench.sh builds it, or pass --bare DIR)');
  }

  console.log(`\n== timings in headless Chromium, median of ${RUNS} runs, ms (served with gzip)`);
  const sets = [['empty', null], ['5,000 SEUs', await journeyWith(browser, server.url, 5000)], ['20,000 SEUs', await journeyWith(browser, server.url, 20000)]];
  // One round of every journey at a time, RUNS rounds: whatever the machine does meanwhile (it
  // drifts by 100 ms and more over minutes) weighs on each journey alike. The first start in a
  // browser is slower than the later ones, so a round is run first and not counted.
  await timings(browser, server.url, null, 'warm-up', 1);
  const results = sets.map(([label]) => [label, null]);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, [label, doc]] of sets.entries()) {
      const r = await timings(browser, server.url, doc, label, 1);
      results[i][1] = results[i][1] ? merge(results[i][1], r) : r;
    }
  }
  const rowsOut = [
    ['start to ready SEU log', (r) => r.runs.start],
    ['add entry until shown', (r) => r.runs.add],
    ['add entry, next frame', (r) => r.runs.addFrame],
    ['apply filter', (r) => r.runs.filter],
    ['apply filter, next frame', (r) => r.runs.filterFrame],
    ['clear filter', (r) => r.runs.clear],
    ['clear filter, next frame', (r) => r.runs.clearFrame],
    ...PAGES.map(([, t]) => [`open ${t}`, (r) => r.pages[t]]),
    // Each page's next frame, then the same markup put in by a plain script (`plainSwap`).
    ...PAGES.flatMap(([, t]) => [
      [`open ${t}, next frame`, (r) => r.pageFrames[t]],
      ['  same markup, plain script', (r) => r.plain[t]],
    ]),
  ];
  console.log(''.padEnd(40), ...results.map(([l]) => l.padStart(12)));
  for (const [name, pick] of rowsOut) {
    console.log(name.padEnd(40), ...results.map(([, r]) => ms(median(pick(r))).padStart(12)));
  }
  const empty = median(results[0][1].runs.start);
  console.log(
    'start ratio to empty'.padEnd(40),
    ...results.map(([, r]) => (median(r.runs.start) / empty).toFixed(2).padStart(12)),
  );
} finally {
  await browser.close();
  server.close();
}
