// Minimal static file server for the end-to-end tests (node:http only).
//
// It behaves like a plain static host that publishes dist/ under a sub-path:
// files are served ONLY under `prefix`, `prefix` without its trailing slash
// redirects to `prefix`, and everything else (including deep paths such as
// <prefix>certifications that are not files) is a 404. So the app must use
// relative asset URLs and hash routes to work there.
//
//   const server = await startServer({ root: 'dist', prefix: '/some/sub/path/' });
//   server.url   // 'http://127.0.0.1:<port>/some/sub/path/'
//   server.requests  // every request so far: { method, path, referer, headers, status }
//   await server.close();

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function normalizePrefix(prefix) {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * `cacheControl(path)` gives the Cache-Control header of a file (its path under the prefix);
 * by default nothing may be cached ('no-store'), so every test sees what the host sends.
 *
 * @param {{root?: string, prefix?: string, port?: number, cacheControl?: (path: string) => string}} [options]
 * @returns {Promise<{url: string, origin: string, prefix: string, requests: object[], close: () => Promise<void>}>}
 */
export async function startServer({
  root = 'dist',
  prefix = '/some/sub/path/',
  port = 0,
  cacheControl = () => 'no-store',
} = {}) {
  const rootDir = resolve(root);
  const base = normalizePrefix(prefix);
  const baseNoSlash = base.slice(0, -1);

  // The server's log: what each engine asked for (and who asked: a service worker's requests
  // carry the worker script as their referrer).
  const requests = [];

  const send = (res, status, body, headers = {}) => {
    const req = res.req;
    requests.push({
      method: req.method,
      path: req.url,
      referer: req.headers.referer ?? null,
      headers: req.headers,
      status,
    });
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'Method Not Allowed\n', { allow: 'GET, HEAD' });
      }
      const url = new URL(req.url, 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(res, 400, 'Bad Request\n');
      }
      if (pathname === baseNoSlash && baseNoSlash !== '') {
        return send(res, 301, 'Moved Permanently\n', { location: `${base}${url.search}` });
      }
      if (!pathname.startsWith(base)) return send(res, 404, 'Not Found\n');

      let rel = pathname.slice(base.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      if (rel.includes('\0') || rel.split('/').some((seg) => seg === '..')) {
        return send(res, 404, 'Not Found\n');
      }
      const file = resolve(rootDir, rel);
      if (!file.startsWith(rootDir + sep) || !(await isFile(file))) {
        return send(res, 404, 'Not Found\n');
      }
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return send(res, 200, body, {
        'content-type': type,
        'content-length': String(body.length),
        'cache-control': cacheControl(rel),
      });
    } catch (err) {
      return send(res, 500, `Internal Server Error\n${err}\n`);
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });

  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: `${origin}${base}`,
    origin,
    prefix: base,
    requests,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
