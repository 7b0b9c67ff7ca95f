#!/usr/bin/env node
// A CPU profile of one user action at a large SEU log, in headless Chromium: where the
// milliseconds of "add an entry" and "apply a filter" go, by function (self time), for a build
// made with WASM_KEEP_NAMES=1 (scripts/build-wasm.sh) so that wasm functions have names.
//
//   WASM_KEEP_NAMES=1 trunk build --release --offline --dist /tmp/dist-names
//   node scripts/profile.mjs /tmp/dist-names [--entries 5000] [--top 40] [--trace]
//
// Each action runs three times and the third is measured (the first pays for compiling what it
// runs). --trace records the browser's own trace instead of a CPU profile: the main thread's
// work by kind (script, style, layout, paint) and its tasks in order, what showed that the rows
// drawn again cost more than the script that made them.
//
// Prints figures; asserts nothing.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
const ENTRIES = Number(option('--entries', '5000'));
const TOP = Number(option('--top', '40'));
const TRACE = args.includes('--trace');
const KEY = 'cert-planner.journey';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/seed') return res.writeHead(200, { 'content-type': 'text/html' }).end('<title>seed</title>');
  let rel = decodeURIComponent(url.pathname.replace(/^\/p\//, '')) || 'index.html';
  const file = resolve(DIST, rel);
  if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  });
  const page = await context.newPage();
  await page.goto(`${base}/p/`);
  await page.getByRole('button', { name: 'Show me an example' }).click();
  await page.waitForFunction((k) => (JSON.parse(localStorage.getItem(k) ?? 'null')?.seu_log ?? []).length > 0, KEY);
  const doc = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  const template = doc.seu_log[0];
  let next = doc.next_id;
  doc.seu_log = Array.from({ length: ENTRIES }, (_, i) => ({
    ...template, id: next++, date: new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10),
    minutes: 30 + (i % 8) * 15, title: `Activity ${i}`, notes: '', evidence: '', used_by_renewal: null,
  }));
  doc.next_id = next;
  doc.revision = (doc.revision ?? 0) + 1;
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(doc)]);
  await page.goto(`${base}/p/#/seus`);
  await page.reload();
  await page.locator('.seu-table tbody tr').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });

  const filter = () => {
    const select = document.getElementById('filter-category');
    // Volunteering, or back to every category when it is already chosen.
    const volunteering = [...select.options].find((o) => o.textContent === 'Volunteering').value;
    select.value = select.value === volunteering ? '' : volunteering;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const onLog = async () => {
    await page.evaluate(() => (location.hash = '#/seus'));
    await page.locator('#filter-category').waitFor();
  };
  const actions = {
    'add an entry': async () => {
      await onLog();
      await page.getByLabel('Date', { exact: true }).fill('2026-01-15');
      await page.getByLabel('Hours').fill('1');
      await page.getByLabel('Minutes').fill('0');
      await page.getByLabel('Title').fill('Profiled');
      return () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Log activity').click();
    },
    'apply a filter': async () => {
      await onLog();
      return filter;
    },
    // Another page, opened from the dashboard (PAGE: its address, #/path by default).
    'open a page': async () => {
      await page.evaluate(() => (location.hash = '#/'));
      await page.waitForFunction(() => document.getElementById('page-title')?.textContent !== 'SEU log');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      return new Function(`location.hash = ${JSON.stringify(process.env.PAGE ?? '#/path')}`);
    },
  };
  // Each action three times, the third profiled (the first pays for compiling what it runs).
  for (const [name, prepare] of [...Object.entries(actions), ...Object.entries(actions), ...Object.entries(actions)].map(
    ([n, p], i) => [`${n} (${Math.floor(i / Object.keys(actions).length) + 1} of 3)`, p],
  )) {
    const act = await prepare();
    const profiled = name.includes('3 of 3');
    if (profiled && TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
    else if (profiled) await cdp.send('Profiler.start');
    const took = await page.evaluate(async (act) => {
      const t0 = performance.now();
      (0, eval)(`(${act})`)();
      return (await window.__frame()) - t0;
    }, act.toString());
    if (!profiled) {
      console.log(`${name}: next frame ${took.toFixed(1)} ms`);
      continue;
    }
    if (TRACE) {
      // The renderer's main thread: time by event name, nested events counted inside their parent
      // too (so read it as "how long each kind of work took", not as a sum).
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
      const by = new Map();
      for (const e of events) {
        if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
        by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      }
      console.log(`\n== ${name}: next frame ${took.toFixed(1)} ms; main thread events (ms, nested included)`);
      for (const [n, t] of [...by].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(t.toFixed(2).padStart(8), n);
      // The tasks of the main thread, in order, with what each ran.
      const mine = events.filter((x) => x.pid === main?.pid && x.tid === main?.tid && x.ph === 'X');
      const t0 = Math.min(...mine.filter((x) => x.name === 'RunTask').map((x) => x.ts));
      for (const task of mine.filter((x) => x.name === 'RunTask' && (x.dur ?? 0) > 1000)) {
        const kids = mine
          .filter((x) => x.ts >= task.ts && x.ts + x.dur <= task.ts + task.dur && x !== task && /^(TimerFire|EventDispatch|FunctionCall|UpdateLayoutTree|Layout|Paint|ParseHTML|MajorGC|MinorGC|V8.GC_SCAVENGER|FireAnimationFrame|v8.compile|v8.wasm.compiledModule)$/.test(x.name) && x.dur > 500)
          .map((x) => `${x.name}${x.args?.data?.type ? `[${x.args.data.type}]` : ''} ${(x.dur / 1000).toFixed(1)}`);
        console.log(`  task at ${((task.ts - t0) / 1000).toFixed(1)} ms: ${(task.dur / 1000).toFixed(1)} ms: ${kids.join(', ')}`);
        if (process.env.TASK_NAMES && task.dur > 30000) {
          const names = new Map();
          for (const x of events.filter((x) => x.pid === main.pid && x.tid === main.tid && x.ts >= task.ts && x.ts <= task.ts + task.dur)) names.set(x.name, (names.get(x.name) ?? 0) + 1);
          console.log(`      ${[...names].map(([n, c]) => `${n} x${c}`).join(', ')}`);
        }
        if (process.env.TASK_DETAIL && task.dur > 30000) {
          for (const x of mine.filter((x) => x.ts >= task.ts && x.ts + x.dur <= task.ts + task.dur && x !== task && x.dur > 300)) {
            console.log(`      ${((x.ts - task.ts) / 1000).toFixed(1)} +${(x.dur / 1000).toFixed(1)} ${x.name} ${JSON.stringify(x.args?.beginData ?? x.args?.data ?? {}).slice(0, 200)}`);
          }
        }
      }
      // Where a style or layout update was forced by a script (a read of the layout), and by what.
      for (const e of events) {
        const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
        if (e.pid === main?.pid && e.tid === main?.tid && (e.dur ?? 0) > 3000 && e.name === 'Blink.ForcedStyleAndLayout.UpdateTime') {
          const around = events.filter((x) => x.pid === e.pid && x.tid === e.tid && x.ph === 'X' && x.ts <= e.ts && x.ts + (x.dur ?? 0) >= e.ts + e.dur && x !== e);
          const task = around.find((x) => x.name === 'RunTask');
          if (task) {
            const inTask = events.filter((x) => x.pid === e.pid && x.tid === e.tid && x.ph === 'X' && x.ts >= task.ts && x.ts + (x.dur ?? 0) <= task.ts + task.dur && (x.dur ?? 0) > 200 && x !== task);
            for (const x of inTask) console.log(`    ${((x.ts - task.ts) / 1000).toFixed(2)} +${((x.dur ?? 0) / 1000).toFixed(2)} ${x.name} ${JSON.stringify(x.args).slice(0, 160)}`);
          }
          console.log(`  a forced style and layout of ${(e.dur / 1000).toFixed(2)} ms, inside: ${around.map((x) => `${x.name}${x.args?.data?.functionName ? `(${x.args.data.functionName})` : ''}${x.args?.data?.type ? `[${x.args.data.type}]` : ''}`).join(' > ')}`);
        }
        if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stack?.length && e.pid === main?.pid && e.tid === main?.tid) {
          console.log(`  forced ${e.name} (${((e.dur ?? 0) / 1000).toFixed(2)} ms) from ${stack.slice(0, 4).map((f) => f.functionName || '?').join(' < ')}`);
        }
      }
      continue;
    }
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const f = n.callFrame.functionName || `(${n.callFrame.url.replace(/^.*\//, '') || 'anonymous'})`;
      self.set(f, (self.get(f) ?? 0) + (dt[i + 1] ?? 0) / 1000);
    });
    // Total time (self and what it called) of the app's own functions and a few others named.
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map();
    profile.samples.forEach((id, i) => {
      const seen = new Set();
      for (let at = id; at != null; at = parent.get(at)) {
        const f = byId.get(at).callFrame.functionName.replace(/h[0-9a-f]{16}E$/, '');
        if (!seen.has(f)) {
          seen.add(f);
          inclusive.set(f, (inclusive.get(f) ?? 0) + (dt[i + 1] ?? 0) / 1000);
        }
      }
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`\n== ${name}: next frame ${took.toFixed(1)} ms; profile ${total.toFixed(1)} ms; self time by function`);
    for (const [f, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(t.toFixed(2).padStart(8), f.replace(/h[0-9a-f]{16}E$/, '').slice(0, 140));
    }
    console.log(`-- total time of the app's functions (with what they call)`);
    for (const [f, t] of [...inclusive].filter(([f]) => /cert_planner|setItem|innerHTML|serde_json/.test(f)).sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(t.toFixed(2).padStart(8), f.slice(0, 160));
    }
  }
} finally {
  await browser.close();
  server.close();
}
