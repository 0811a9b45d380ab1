// Paper check: the `html` export of EXT-1 and INT-1 (Russian and English), printed to A4 PDF by
// headless Chromium, has the pinned number of pages and no question cut across a page break; page 1
// of EXT-1 goes to docs/ as a PNG.
//
// How a cut is detected, from the printed PDF itself rather than from a model of Chromium's layout:
// every question block's text (read in the page, whitespace removed) must be contained whole in the
// text of exactly one PDF page (pdftotext -raw, whitespace removed). A block split by a page break has
// its beginning on one page and its end on the next, so neither page contains it whole. The check is
// shown to have teeth by a control run: the same page printed without the export's
// `break-inside: avoid` rule must show cuts under the same check (for at least one of the forms).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  DOCS, assert, assertEqual, harness, launchChromium, otklikOk, tempDir,
} from './lib.mjs';

// Pinned page counts on A4 with the export's 18 mm margins, measured with Debian's fonts-liberation
// (Liberation Serif stands in for the export's "Times New Roman"), which run.sh installs.
const EXPECTED_PAGES = {
  'EXT-1 ru': 3,
  'EXT-1 en': 3,
  'INT-1 ru': 3,
  'INT-1 en': 3,
};

const t = harness('paper-check');
const tmp = tempDir('paper-check');
const context = await launchChromium();
const page = context.pages()[0] ?? await context.newPage();
await context.route('**/*', (route) => route.abort()); // the export is self-contained: nothing to fetch

const squeeze = (s) => s.replace(/\s+/g, '');

/** Prints `html` to PDF; returns the PDF's path and the text of each question block. */
async function print(html, name, extraCss) {
  await page.setContent(html, { waitUntil: 'load' });
  if (extraCss) await page.addStyleTag({ content: extraCss });
  await page.emulateMedia({ media: 'print' });
  const blocks = await page.locator('[data-question]').evaluateAll((els) => els.map((e) => ({
    id: e.getAttribute('data-question'),
    text: e.innerText,
    breakInside: getComputedStyle(e).breakInside,
  })));
  const pdf = path.join(tmp, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  return { pdf, blocks };
}

function pageCount(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
}

function pageTexts(pdf, pages) {
  const texts = [];
  for (let p = 1; p <= pages; p++) {
    texts.push(squeeze(execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' })));
  }
  return texts;
}

/** The ids of the blocks not found whole on exactly one page, and the page of every other block. */
function cuts(pdf, blocks) {
  const texts = pageTexts(pdf, pageCount(pdf));
  const cut = [];
  const pageOf = {};
  for (const b of blocks) {
    const on = texts.map((text, i) => (text.includes(squeeze(b.text)) ? i + 1 : 0)).filter(Boolean);
    if (on.length === 1) pageOf[b.id] = on[0];
    else cut.push(b.id);
  }
  return { cut, pageOf };
}

const controls = [];
try {
  for (const id of ['EXT-1', 'INT-1']) {
    for (const lang of ['ru', 'en']) {
      const key = `${id} ${lang}`;
      const html = otklikOk(['forms', 'export', id, '--format', 'html', '--lang', lang]);
      const questions = JSON.parse(otklikOk(['forms', 'export', id, '--format', 'otklik'])).questions.length;
      await t.test(`${key}: prints to ${EXPECTED_PAGES[key]} A4 pages with every one of its ${questions} questions whole on one page`, async () => {
        const { pdf, blocks } = await print(html, `${id}-${lang}`);
        assertEqual(blocks.length, questions, 'question blocks');
        for (const b of blocks) assertEqual(b.breakInside, 'avoid', `${b.id}: break-inside under print media`);
        const pages = pageCount(pdf);
        assertEqual(pages, EXPECTED_PAGES[key], 'pages');
        const { cut, pageOf } = cuts(pdf, blocks);
        assertEqual(cut, [], 'questions cut across a page break');
        const order = blocks.map((b) => pageOf[b.id]);
        assert(order.every((p, i) => i === 0 || p >= order[i - 1]), `pages out of order: ${order}`);
        console.log(`     pages of the questions: ${blocks.map((b) => `${b.id}→${pageOf[b.id]}`).join(' ')}`);
        if (key === 'EXT-1 ru') {
          const out = path.join(tmp, 'page');
          execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
          fs.copyFileSync(`${out}.png`, path.join(DOCS, 'paper-ext1-page1.png'));
        }
      });
      // the control: without the break rule, the same check finds cuts
      const { pdf, blocks } = await print(html, `${id}-${lang}-control`,
        '[data-question] { break-inside: auto !important; page-break-inside: auto !important; }');
      controls.push({ key, cut: cuts(pdf, blocks).cut });
    }
  }
  await t.test('the cut check has teeth: without break-inside: avoid it finds questions cut across pages', () => {
    console.log(`     cut without the rule: ${controls.map((c) => `${c.key}: [${c.cut.join(', ')}]`).join('; ')}`);
    assert(controls.some((c) => c.cut.length > 0), 'the control printed no cut question: the check proves nothing');
  });
} finally {
  await context.close();
}
t.done();
