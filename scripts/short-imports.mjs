#!/usr/bin/env node
// Shortens the names the start module imports its JavaScript functions by (wasm-bindgen's
// `__wbg_set_innerHTML_a9d3a267967b5117` becomes `_5k`), in the wasm module and in its glue
// together. The names' hashes do not compress: about 200 of them weigh several KB of the start
// module and its glue after gzip. Nothing else changes: the imports keep their order, kinds
// and types, and the glue binds the same functions under the new names.
//
//   node scripts/short-imports.mjs app/cert-planner_bg.wasm app/cert-planner.js
//
// scripts/build-wasm.sh runs it on every build. It stops with a message (and changes nothing)
// when a name is not listed in the glue exactly once (`<name>: function`), or when the module
// exports a function under a name it imports by.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: short-imports.mjs module.wasm glue.js');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');
// The module wasm-bindgen names the glue's functions by, and how the glue lists each of them.
const MODULE = './cert-planner_bg.js';
const binding = (from) => new RegExp(`^\\s+${from}: `, 'gm');

/** An unsigned LEB128 at `at`: [value, bytes read]. */
function leb(buf, at) {
  let value = 0;
  let shift = 0;
  let n = 0;
  for (;;) {
    const byte = buf[at + n++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, n];
    shift += 7;
    if (n > 5) throw new Error(`a LEB128 number at byte ${at} is too long`);
  }
}
function toLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
const name = (buf, at) => {
  const [len, n] = leb(buf, at);
  return [buf.subarray(at + n, at + n + len).toString('utf8'), n + len];
};
const withName = (text) => Buffer.concat([toLeb(Buffer.byteLength(text)), Buffer.from(text)]);
/** Short names: _0 … _z, _10 …, none a word JavaScript reserves. */
const short = (i) => `_${i.toString(36)}`;

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmPath} is not a wasm module`);
const parts = [wasm.subarray(0, 8)];
const renamed = new Map();
// The module's export names: the glue calls them as `wasm.<name>`, which the renaming below must
// not touch, so an export may not share a name with a renamed import.
const exported = new Set();
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, n] = leb(wasm, at + 1);
  const body = wasm.subarray(at + 1 + n, at + 1 + n + size);
  if (id === 7) {
    const [count, c] = leb(body, 0);
    let p = c;
    for (let i = 0; i < count; i++) {
      const [field, f] = name(body, p);
      exported.add(field);
      p += f + 1 + leb(body, p + f + 1)[1];
    }
  }
  if (id !== 2) {
    parts.push(wasm.subarray(at, at + 1 + n + size));
  } else {
    const [count, c] = leb(body, 0);
    let p = c;
    const out = [toLeb(count)];
    for (let i = 0; i < count; i++) {
      const [module, m] = name(body, p);
      const [field, f] = name(body, p + m);
      const descStart = p + m + f;
      const kind = body[descStart];
      let d = 1;
      if (kind === 0 || kind === 4) d += (kind === 4 ? 1 : 0) + leb(body, descStart + d + (kind === 4 ? 1 : 0))[1];
      else if (kind === 1) d += 1 + limits(body, descStart + 2);
      else if (kind === 2) d += limits(body, descStart + 1);
      else if (kind === 3) d += 2;
      else throw new Error(`import ${module}.${field}: unknown kind ${kind}`);
      let next = field;
      if (module === MODULE) {
        next = short(renamed.size);
        renamed.set(field, next);
      }
      out.push(withName(module), withName(next), body.subarray(descStart, descStart + d));
      p = descStart + d;
    }
    if (p !== body.length) throw new Error('the import section did not read to its end');
    const section = Buffer.concat(out);
    parts.push(Buffer.from([2]), toLeb(section.length), section);
  }
  at += 1 + n + size;
}
function limits(buf, at) {
  const flags = buf[at];
  let n = 1 + leb(buf, at + 1)[1];
  if (flags & 1) n += leb(buf, at + n)[1];
  return n;
}

for (const [from, to] of renamed) {
  if (exported.has(from)) throw new Error(`the module exports a function named like the import ${from}`);
  if ((glue.match(binding(from)) ?? []).length !== 1) {
    throw new Error(`the glue does not list ${from} exactly once`);
  }
  if (new RegExp(`\\b${to}\\b`).test(glue)) throw new Error(`the glue already uses the name ${to}`);
}
glue = glue.replace(/\b__wb[A-Za-z0-9_]+\b/g, (word) => renamed.get(word) ?? word);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed.size} imports renamed`);
