#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), after csp-hash.mjs: writes the build's version and
// file list into the built sw.js, so every build is a new service worker version that caches
// exactly its own files (see sw.js).
//
// VERSION: the first 16 hex digits of a sha256 over every file's name and bytes.
// FILES: every file of the build as './name', except sw.js itself and compressed copies
// (.gz, .br) that a host may serve in their place.
//
// Usage: node scripts/sw-version.mjs [dist-dir]   (default: $TRUNK_STAGING_DIR)

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('sw-version: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .filter((name) => name !== 'sw.js' && !/\.(gz|br)$/.test(name))
  .sort();

const hash = createHash('sha256');
for (const name of files) {
  hash.update(`${name}\0`);
  hash.update(readFileSync(join(dir, name)));
}
const version = hash.digest('hex').slice(0, 16);
const list = files.filter((name) => name !== 'index.html').map((name) => `./${name}`);

const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
const versionRe = /^const VERSION = '[^']*';$/m;
const filesRe = /^const FILES = \[[^\]]*\];$/m;
if (!versionRe.test(sw) || !filesRe.test(sw)) {
  console.error(`sw-version: ${swPath} has no "const VERSION = '...';" or "const FILES = [...];" line`);
  process.exit(1);
}
writeFileSync(
  swPath,
  sw.replace(versionRe, `const VERSION = '${version}';`).replace(filesRe, `const FILES = ${JSON.stringify(list)};`),
);
console.log(`sw-version: version ${version}, ${list.length} files`);
