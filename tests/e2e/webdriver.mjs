// A small W3C WebDriver client (fetch only) for the engines Playwright cannot drive with a
// Debian build: Firefox through geckodriver and WebKit through WebKitWebDriver. The driver runs
// as a child process on a free port; everything it and the browser print (where the engines
// write their console, see engines.test.mjs) is kept in `driver.output()`.
//
//   const driver = await startDriver({ command: 'geckodriver', args: (port) => ['--port', port] });
//   const session = await driver.newSession({ browserName: 'firefox', ... });
//   await session.navigate(url);
//   const text = await session.execute('return document.title');
//   await session.close();
//   await driver.stop();

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// Node 20 has no WebSocket client of its own; Playwright's bundled `ws` serves WebDriver BiDi.
const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');

/** A port nothing listens on at the moment. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One WebDriver command; throws with the driver's error and message when it fails. */
async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 500)}`);
  }
  if (!response.ok || json?.value?.error) {
    const { error = `HTTP ${response.status}`, message = text.slice(0, 500) } = json?.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
  }
  return json.value;
}

/**
 * Starts a WebDriver server and waits until it is ready.
 *
 * @param {object} options
 * @param {string} options.command  the program (the driver, or `xvfb-run` in front of it)
 * @param {(port: number) => string[] | Promise<string[]>} options.args  its arguments, given the
 *                                   port to listen on
 * @param {number} [options.timeout]  how long the driver may take to be ready (ms)
 */
export async function startDriver({ command: program, args, timeout = 30_000 }) {
  const port = await freePort();
  // Its own process group, so stopping it also stops the browser and any X server it started.
  const child = spawn(program, await args(port), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  child.stderr.on('data', (chunk) => chunks.push(chunk));
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited (${signal ?? code})`));
    child.once('error', (err) => resolve(`did not start: ${err.message}`));
  });
  const output = () => Buffer.concat(chunks).toString('utf8');
  // A test that ends early (or a crash) never leaves a browser behind.
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const base = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + timeout;
  for (;;) {
    const ended = await Promise.race([exited, sleep(200).then(() => null)]);
    if (ended) throw new Error(`${program} ${ended}:\n${output()}`);
    try {
      const status = await command(base, 'GET', '/status');
      if (status?.ready !== false) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${program} was not ready after ${timeout} ms:\n${output()}`);
    }
  }

  function stop() {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    return Promise.race([exited, sleep(5_000)]).then(() => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    });
  }

  return {
    output,
    stop,

    /** A new session with these capabilities (W3C `alwaysMatch`). */
    async newSession(capabilities) {
      const { sessionId, capabilities: granted } = await command(base, 'POST', '/session', {
        capabilities: { alwaysMatch: capabilities },
      });
      const at = (path) => `/session/${sessionId}${path}`;
      const session = {
        capabilities: granted,
        navigate: (url) => command(base, 'POST', at('/url'), { url }),
        /** Runs `script` (a function body) in the page and returns its value. */
        execute: (script, ...args) => command(base, 'POST', at('/execute/sync'), { script, args }),
        /** Runs `script` in the page; it calls its last argument with the result. */
        executeAsync: (script, ...args) => command(base, 'POST', at('/execute/async'), { script, args }),
        setTimeouts: (timeouts) => command(base, 'POST', at('/timeouts'), timeouts),

        /**
         * Subscribes to WebDriver BiDi events (a session made with `webSocketUrl: true`); returns
         * the list the events' params are added to, and `close`.
         */
        async subscribe(events) {
          const socket = new WebSocket(granted.webSocketUrl);
          await new Promise((resolve, reject) => {
            socket.once('open', resolve);
            socket.once('error', reject);
          });
          const received = [];
          const replied = new Promise((resolve, reject) => {
            socket.on('message', (data) => {
              const message = JSON.parse(String(data));
              if (message.type === 'event') received.push({ method: message.method, ...message.params });
              else if (message.id === 1) (message.type === 'success' ? resolve : reject)(message);
            });
          });
          socket.send(JSON.stringify({ id: 1, method: 'session.subscribe', params: { events } }));
          await replied;
          return { received, close: () => socket.close() };
        },
        close: () => command(base, 'DELETE', at('')),

        /**
         * Polls `script` until it returns something truthy (returned), or fails after `timeout`
         * ms saying what it waited for.
         */
        async waitFor(what, script, { timeout = 30_000, interval = 100 } = {}) {
          const until = Date.now() + timeout;
          let last;
          for (;;) {
            try {
              last = await session.execute(script);
              if (last) return last;
            } catch (err) {
              last = err.message; // a page between two documents: try again
            }
            if (Date.now() > until) throw new Error(`waited ${timeout} ms for ${what}; last: ${last}`);
            await sleep(interval);
          }
        },
      };
      return session;
    },
  };
}
