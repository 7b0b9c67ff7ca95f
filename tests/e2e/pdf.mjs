// The text of a PDF that Chromium printed (page.pdf()), for tests: no dependency, only what
// Chromium's PDF writer produces: Flate-compressed content streams, Type0 fonts whose glyphs
// are mapped to text by a ToUnicode CMap, text shown with Tj/TJ after Tf.
// Lines break where the text moves to another line (Tm, Td); it is not a general PDF reader.

import { inflateSync } from 'node:zlib';

/** The objects of the PDF: number -> { dict, stream (Buffer, inflated) }. */
function objects(pdf) {
  const text = pdf.toString('latin1');
  const found = new Map();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) continue;
    const body = text.slice(start, end);
    const at = body.search(/stream\r?\n/);
    let dict = body;
    let stream = null;
    if (at >= 0) {
      dict = body.slice(0, at);
      const dataStart = start + at + body.slice(at).match(/^stream\r?\n/)[0].length;
      const length = dict.match(/\/Length (\d+)(?! \d+ R)/);
      const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
      const raw = pdf.subarray(dataStart, dataEnd);
      try {
        stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    found.set(Number(m[1]), { dict, stream });
  }
  return found;
}

/** A ToUnicode CMap as a map from glyph code (hex) to text. */
function cmap(source) {
  const map = new Map();
  const utf16 = (hex) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(src.toLowerCase(), utf16(dst));
    }
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const first = parseInt(lo, 16);
      const base = parseInt(dst, 16);
      for (let code = first; code <= parseInt(hi, 16) && code - first < 65536; code += 1) {
        map.set(code.toString(16).padStart(lo.length, '0'), utf16((base + code - first).toString(16).padStart(dst.length, '0')));
      }
    }
  }
  return map;
}

/** The text of every page, in order, one line a text line. */
export function pdfText(pdf) {
  const objs = objects(pdf);
  const dictOf = (n) => objs.get(n)?.dict ?? '';
  // Font resource name -> glyph map.
  const fonts = new Map();
  for (const { dict } of objs.values()) {
    for (const block of dict.matchAll(/\/Font\s*(?:<<([^>]*)>>|(\d+) 0 R)/g)) {
      const entries = block[1] ?? dictOf(Number(block[2]));
      for (const [, name, ref] of entries.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const toUnicode = dictOf(Number(ref)).match(/\/ToUnicode (\d+) 0 R/);
        const stream = toUnicode && objs.get(Number(toUnicode[1]))?.stream;
        if (stream) fonts.set(name, cmap(stream.toString('latin1')));
      }
    }
  }
  const pages = [...objs.values()].filter(({ dict }) => /\/Type\s*\/Page\b/.test(dict));
  const lines = [];
  for (const page of pages) {
    const refs = page.dict.match(/\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/);
    if (!refs) continue;
    const ids = (refs[1] ?? `${refs[2]} 0 R`).match(/\d+(?= 0 R)/g) ?? [];
    let font = new Map();
    let size = 12;
    let line = '';
    let y = null;
    // Where the current run started and how many glyphs it showed: a run that starts well past
    // where the previous one would end (about half an em a glyph) is another word or cell.
    let x = 0;
    let glyphs = 0;
    for (const id of ids) {
      const content = objs.get(Number(id))?.stream?.toString('latin1') ?? '';
      const ops = /\/([\w.+-]+)\s+([\d.]+)\s+Tf|(?:-?[\d.]+\s+){4}(-?[\d.]+)\s+(-?[\d.]+)\s+Tm|(-?[\d.]+)\s+(-?[\d.]+)\s+T[dD]|(<[0-9a-fA-F]*>)\s*Tj|\[((?:[^\]])*)\]\s*TJ/g;
      for (const m of content.matchAll(ops)) {
        if (m[1]) {
          font = fonts.get(m[1]) ?? new Map();
          size = Number(m[2]);
        } else if (m[3] !== undefined) {
          const [newX, newY] = [Number(m[3]), m[4]];
          if (newY !== y) {
            if (line.trim()) lines.push(line.trim());
            line = '';
            y = newY;
          } else if (newX > x + (glyphs * 0.5 + 0.6) * size) {
            line += ' ';
          }
          x = newX;
          glyphs = 0;
        } else if (m[5] !== undefined) {
          // Within a run, Chromium moves glyph by glyph; spaces are glyphs of their own.
          if (Number(m[6]) !== 0) {
            if (line.trim()) lines.push(line.trim());
            line = '';
            y = `${y}+${m[6]}`;
          }
        } else {
          for (const [, hex] of (m[7] ?? m[8]).matchAll(/<([0-9a-fA-F]*)>/g)) {
            for (let i = 0; i + 4 <= hex.length; i += 4) {
              line += font.get(hex.slice(i, i + 4).toLowerCase()) ?? '';
              glyphs += 1;
            }
          }
        }
      }
    }
    if (line.trim()) lines.push(line.trim());
  }
  return lines.join('\n').replace(/ {2,}/g, ' ').normalize('NFKC');
}
