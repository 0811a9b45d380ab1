// Renders Otklik's human outputs the way a reader sees them: a full-page screenshot at 1200 px and
// an A4 portrait PDF for each page given, in headless Chromium. Reports columns cut by the print
// width (an element wider than the page) so a table that runs off A4 is caught, not only seen.
//
//   node screenshots.mjs OUT_DIR page.html[=name] ...
//
// Writes OUT_DIR/<name>.png and OUT_DIR/<name>.pdf; exits 1 when a page overflows 1200 px or A4.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [outDir, ...pages] = process.argv.slice(2);
if (!outDir || pages.length === 0) {
  console.error('usage: node screenshots.mjs OUT_DIR page.html[=name] ...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  for (const spec of pages) {
    const [file, given] = spec.split('=');
    const name = given ?? path.basename(file, path.extname(file));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(300_000); // long pages on a busy machine
    await page.goto('file://' + path.resolve(file));
    const wide = await overflow(page);
    await page.screenshot({ path: path.join(outDir, name + '.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    const printWide = await overflow(page);
    await page.pdf({ path: path.join(outDir, name + '.pdf'), format: 'A4', printBackground: true });
    for (const [where, list] of [['1200 px', wide], ['A4', printWide]]) {
      if (list.length > 0) {
        failed = true;
        console.error(`${name}: ${list.length} element(s) wider than the page at ${where}: ${list.slice(0, 5).join('; ')}`);
      }
    }
    console.log(`${name}: ${name}.png, ${name}.pdf`);
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

/** Elements whose right edge passes the document's width (a cut column, a clipped label). */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cut = [];
    for (const el of document.body.querySelectorAll('table, svg, img, pre, h1, h2, h3, p, li')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1) {
        cut.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(box.right)} px`);
      }
    }
    return cut;
  });
}
