#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), in the staging directory ($TRUNK_STAGING_DIR), in order:
//
// 1. One download of the wasm in every engine. Trunk writes a <link rel="preload" as="fetch"> for
//    the wasm whose request WebKit does not match with the loader's fetch(), so Safari-family
//    browsers download the wasm twice. The preload is dropped and the loader starts the one
//    fetch itself, before it waits for the JS glue (which keeps its modulepreload).
//    It starts it once the app shell of index.html is on the screen (the frame after the first,
//    two frames at most; at once in a hidden tab, which paints nothing): on a fast network the
//    wasm's arrival (its streaming compile takes main-thread time) never delays the shell's
//    first paint, and Lighthouse, which replays a local load at phone speeds, sees the shell
//    painted before the wasm arrives, as a phone on a real network does.
// 2. The Content-Security-Policy hashes of the inline scripts (scripts/csp-hash.mjs).
// 3. The service worker's version and file list (scripts/sw-version.mjs), once index.html is final.
// 4. Release builds only: precompressed copies beside the wasm, JS and CSS (name.gz, gzip -9;
//    name.br, brotli quality 11) for hosts that serve them (see the README, "Hosting").
//
// Usage: node scripts/post-build.mjs [staging-dir]

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const index = join(dir, 'index.html');

// 1. The wasm: one fetch, started by the loader.
let html = readFileSync(index, 'utf8');
const preload = /<link\b[^>]*\brel="preload"[^>]*\.wasm"[^>]*>/g;
const loader =
  /import init, \* as bindings from '(\.\/[\w.-]+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[\w.-]+_bg\.wasm)' \}\);/;
const found = html.match(loader);
if (!found) {
  console.error(`post-build: Trunk's wasm loader was not found in ${index}; update scripts/post-build.mjs`);
  process.exit(1);
}
const [, glue, wasmPath] = found;
html = html
  .replace(preload, '')
  .replace(
    loader,
    `if (document.visibilityState === 'visible') await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));\n` +
      `const response = fetch('${wasmPath}');\n` +
      `const bindings = await import('${glue}');\n` +
      `const wasm = await bindings.default({ module_or_path: response });`,
  );
writeFileSync(index, html);
console.log(`post-build: the loader fetches ${wasmPath} once (no preload)`);

// 2. The CSP hashes (the script reads TRUNK_STAGING_DIR or its argument).
process.argv[2] = index;
await import('./csp-hash.mjs');

// 3. The build's version and file list into sw.js (the script reads its argument).
process.argv[2] = dir;
await import('./sw-version.mjs');

// 4. Precompressed copies (release only: they take a few seconds).
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release') {
  for (const name of readdirSync(dir)) {
    if (!/\.(wasm|js|css)$/.test(name)) continue;
    const body = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
    writeFileSync(
      join(dir, `${name}.br`),
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    );
    console.log(`post-build: ${name}.gz and ${name}.br written`);
  }
}
