#!/usr/bin/env node
// Draws the app's PNG icons from the SVGs in assets/icons/ with the system Chromium (through
// playwright-core, already a dev dependency). Run once after changing an SVG and commit the
// PNGs:  node scripts/make-icons.mjs
//
//   icon.svg      -> icon-192.png, icon-512.png   (purpose "any": rounded square)
//   maskable.svg  -> maskable-512.png             (purpose "maskable": full bleed, the mark
//                                                  inside the central 80% safe zone)

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';

const dir = fileURLToPath(new URL('../assets/icons/', import.meta.url));
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
];

const browser = await launch();
try {
  for (const [svg, png, size] of jobs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = Buffer.from(readFileSync(dir + svg)).toString('base64');
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block">` +
        `</body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: dir + png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`${png}: ${size}x${size}`);
  }
} finally {
  await browser.close();
}
