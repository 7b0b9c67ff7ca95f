#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml): put the sha256 of every inline
// <script> of the built index.html into the script-src directive of its
// Content-Security-Policy <meta>, and of every <style> into style-src, so the
// page needs no 'unsafe-inline'.
//
// Trunk's generated loader (`<script type="module">import init from
// './cert-planner-<hash>.js' ...</script>`) changes with every build because of
// the hashed file names, hence a hook rather than a fixed hash in index.html.
//
// Usage: node scripts/csp-hash.mjs [path/to/index.html]
// (default: $TRUNK_STAGING_DIR/index.html, as set by Trunk for hooks).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file =
  process.argv[2] ??
  (process.env.TRUNK_STAGING_DIR ? join(process.env.TRUNK_STAGING_DIR, 'index.html') : null);
if (!file) {
  console.error('csp-hash: no TRUNK_STAGING_DIR and no file argument');
  process.exit(2);
}

const html = readFileSync(file, 'utf8');

// Inline scripts (<script ...>body</script> without a src attribute) and styles (<style>).
// Comments are skipped: a "<script>" written inside one is not a script.
const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
const sha256 = (body) =>
  // The HTML parser normalises CR LF / CR to LF before the browser hashes.
  `'sha256-${createHash('sha256').update(body.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
const inline = (tag) =>
  [...withoutComments.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)<\\/${tag}\\s*>`, 'gi'))]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs))
    .map(([, , body]) => sha256(body));
const hashes = { 'script-src': inline('script'), 'style-src': inline('style') };

const metaRe =
  /(<meta\b[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*\bcontent\s*=\s*")([^"]*)(")/i;
const meta = html.match(metaRe);
if (!meta) {
  if (Object.values(hashes).every((list) => list.length === 0)) process.exit(0);
  console.error(`csp-hash: ${file} has inline scripts or styles but no Content-Security-Policy <meta content="...">`);
  process.exit(1);
}

const directives = meta[2]
  .split(';')
  .map((d) => d.trim().replace(/\s+/g, ' '))
  .filter(Boolean);
for (const [name, list] of Object.entries(hashes)) {
  const idx = directives.findIndex((d) => new RegExp(`^${name}(\\s|$)`, 'i').test(d));
  if (idx < 0) {
    if (list.length === 0) continue;
    console.error(`csp-hash: the Content-Security-Policy has no ${name} directive`);
    process.exit(1);
  }
  // Idempotent: drop hashes from an earlier run, then add the current ones.
  const kept = directives[idx].split(' ').filter((t) => !/^'sha(256|384|512)-/i.test(t));
  directives[idx] = [...kept, ...new Set(list)].join(' ');
}

const out = html.replace(metaRe, (_, pre, _old, post) => `${pre}${directives.join('; ')}${post}`);
writeFileSync(file, out);
console.log(
  `csp-hash: ${hashes['script-src'].length} inline script and ${hashes['style-src'].length} style hash(es) added in ${file}`,
);
