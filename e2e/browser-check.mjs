// Browser check: a static page on 127.0.0.1 renders the EXT-1 SurveyJS survey with survey-js-ui (the
// framework-free renderer) in Debian's headless Chromium, driven by playwright-core. A respondent who
// answers the screening question "no" sees the survey end; one who answers "yes" fills scales,
// problems and a comment with clicks and typing, completes, and the posted result imported with
// `otklik forms import` passes `otklik validate`. Screenshots in Russian and English go to docs/.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  DOCS, E2E, assert, assertEqual, harness, jsonEqual, launchChromium, otklik, otklikOk, tempDir,
} from './lib.mjs';

const FORM = 'EXT-1';
const LIFETIME_MS = 5 * 60_000; // the server and the browser never outlive this
const t = harness('browser-check');
const tmp = tempDir('browser-check');

const canonical = JSON.parse(otklikOk(['forms', 'export', FORM, '--format', 'otklik']));
const surveyJson = otklikOk(['forms', 'export', FORM, '--format', 'surveyjs']);
const question = (id) => canonical.questions.find((q) => q.id === id);
const optionText = (id, value, lang) => question(id).options.find((o) => o.value === value).text[lang];

// ------------------------------------------------------------------------------------ the page

const PAGE = `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Otklik: ${FORM} in SurveyJS</title>
<!-- the default theme without its web fonts (this page loads nothing from outside) -->
<link rel="stylesheet" href="/lib/survey-core/survey-core.fontless.min.css">
<script src="/lib/survey-core/survey.core.min.js"></script>
<script src="/lib/survey-core/i18n/russian.min.js"></script>
<script src="/lib/survey-js-ui/survey-js-ui.min.js"></script>
<style>body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", sans-serif; }</style>
</head>
<body>
<div id="survey"></div>
<script>
  fetch('/survey.json').then((r) => r.json()).then((json) => {
    const survey = new Survey.Model(json);
    survey.onComplete.add((sender) => {
      fetch('/result', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sender.data) })
        .then((r) => { document.body.dataset.posted = String(r.status); });
    });
    survey.render(document.getElementById('survey'));
    window.survey = survey;
    document.body.dataset.ready = 'true';
  });
</script>
</body>
</html>
`;

// The only files served from node_modules.
const LIB = {
  '/lib/survey-core/survey-core.fontless.min.css': 'text/css',
  '/lib/survey-core/survey.core.min.js': 'text/javascript',
  '/lib/survey-core/i18n/russian.min.js': 'text/javascript',
  '/lib/survey-js-ui/survey-js-ui.min.js': 'text/javascript',
};

const posted = [];
let postedWaiters = [];

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (req.method === 'GET' && url.pathname === '/') return send(200, 'text/html', PAGE);
  if (req.method === 'GET' && url.pathname === '/survey.json') return send(200, 'application/json', surveyJson);
  if (req.method === 'GET' && Object.hasOwn(LIB, url.pathname)) {
    const file = path.join(E2E, 'node_modules', url.pathname.slice('/lib/'.length));
    return send(200, LIB[url.pathname], fs.readFileSync(file));
  }
  if (req.method === 'POST' && url.pathname === '/result') {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > 1 << 20) req.destroy(); else chunks.push(c);
    });
    req.on('end', () => {
      posted.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      postedWaiters.forEach((w) => w());
      postedWaiters = [];
      send(204, 'text/plain', '');
    });
    return undefined;
  }
  return send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const lifetime = setTimeout(() => {
  console.log(`FAIL browser-check ran longer than ${LIFETIME_MS / 1000} s`);
  process.exit(1);
}, LIFETIME_MS);
lifetime.unref();

/** Waits until the page has posted its n-th result. */
async function nthPost(n) {
  const deadline = Date.now() + 15_000;
  while (posted.length < n) {
    assert(Date.now() < deadline, `no result posted (${posted.length} of ${n})`);
    await new Promise((resolve) => {
      postedWaiters.push(resolve);
      setTimeout(resolve, 500);
    });
  }
  return posted[n - 1];
}

// ------------------------------------------------------------------------------------ the browser

const context = await launchChromium();
const page = context.pages()[0] ?? await context.newPage();
const pageProblems = [];
page.on('pageerror', (e) => pageProblems.push(`page error: ${e.message}`));
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') pageProblems.push(`console.${m.type()}: ${m.text()}`);
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(origin + '/')) return route.continue();
  pageProblems.push(`request outside the page's server: ${url}`);
  return route.abort();
});

async function open() {
  await page.goto(origin + '/');
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('[data-name="used"]').waitFor();
}

/** The question's root element, as SurveyJS renders it. */
const q = (id) => page.locator(`.sd-question[data-name="${id}"]`);

/** Clicks the visible label of a choice, as a person would (the radio input itself is visually hidden). */
async function choose(id, text) {
  await q(id).locator('.sd-item__control-label', { hasText: text }).first().click();
}

/** Clicks a point of a rating scale by its label. */
async function rate(id, label) {
  await q(id).locator('.sd-rating__item', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
}

async function visibleQuestions() {
  return page.locator('.sd-question[data-name]').evaluateAll((els) => els
    .filter((e) => e.offsetParent !== null).map((e) => e.getAttribute('data-name')));
}

/** The top of the page (the header and the first questions) into docs/. */
async function screenshot(name) {
  await page.mouse.move(0, 0); // no hover ring in the picture
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300); // let SurveyJS's animations settle
  await page.screenshot({ path: path.join(DOCS, name) });
}

/** Waits until exactly these questions are shown (SurveyJS animates questions in and out). */
async function expectShown(expected, what) {
  const deadline = Date.now() + 10_000;
  let shown;
  while (!jsonEqual(shown = await visibleQuestions(), expected) && Date.now() < deadline) await page.waitForTimeout(100);
  assertEqual(shown, expected, what);
}

try {
  await t.test(`${FORM} renders in Chromium with survey-js-ui in Russian, from local files only`, async () => {
    await open();
    const version = await page.evaluate(() => Survey.Version);
    assertEqual(version, '2.5.38', 'survey-core version in the page');
    assertEqual(await page.evaluate(() => window.survey.locale), 'ru', 'survey locale');
    await page.getByText(question('used').text.ru).waitFor();
    await page.getByText(canonical.title.ru).first().waitFor();
    for (const o of question('used').options) await q('used').getByText(o.text.ru, { exact: true }).waitFor();
    await expectShown(['used', 'result-obtained', 'visits', 'result-time', 'waiting-time', 'staff',
      'premises', 'information', 'e-service', 'category', 'channel', 'comment'], 'questions shown before any answer');
    assertEqual(pageProblems, [], 'page problems');
  });

  await t.test('answering the screening question "no" ends the survey; the posted data is {"used":"no"}', async () => {
    const n = posted.length + 1;
    await open();
    await choose('used', optionText('used', 'no', 'ru'));
    await expectShown(['used'], 'questions shown after "no"');
    const complete = page.locator('input.sd-navigation__complete-btn, button.sd-navigation__complete-btn');
    assertEqual((await complete.getAttribute('value')) ?? (await complete.textContent()), 'Отправить', 'complete button');
    await complete.click();
    await page.locator('.sd-completedpage').waitFor();
    // SurveyJS's own UI text, from its Russian locale file
    await page.getByText('Благодарим Вас за заполнение анкеты!').waitFor();
    assertEqual(await nthPost(n), { used: 'no' }, 'posted data');
    assertEqual(pageProblems, [], 'page problems');
  });

  await t.test('a respondent answers "yes", scales, two problems and a typed comment; the result validates in Otklik', async () => {
    const n = posted.length + 1;
    await open();
    await choose('used', optionText('used', 'yes', 'ru'));
    await q('result-obtained').waitFor();
    await choose('result-obtained', optionText('result-obtained', 'yes', 'ru'));
    assertEqual(await q('problems').isVisible(), false, 'problems before the overall rating');
    await rate('overall', 2);
    await q('problems').waitFor();
    await rate('waiting-time', 1);
    await rate('staff', 4);
    await q('information').locator('.sd-rating__item', { hasText: 'Затрудняюсь ответить' }).click();
    await choose('problems', optionText('problems', 'queue', 'ru'));
    await choose('problems', optionText('problems', 'repeat-contacts', 'ru'));
    await choose('category', optionText('category', 'CITIZEN', 'ru'));
    await q('comment').locator('textarea').click();
    await page.keyboard.type('Долго ждали в очереди, пришлось приходить дважды.');
    await screenshot('surveyjs-ext1-ru.png');
    await page.locator('.sd-navigation__complete-btn').click();
    await page.locator('.sd-completedpage').waitFor();
    const full = await nthPost(n);
    assertEqual(full, {
      used: 'yes', 'result-obtained': 'yes', overall: 2, 'waiting-time': 1, staff: 4, information: 'dk',
      problems: ['queue', 'repeat-contacts'], category: 'CITIZEN', comment: 'Долго ждали в очереди, пришлось приходить дважды.',
    }, 'posted data');
    const data = path.join(tmp, 'posted.json');
    fs.writeFileSync(data, JSON.stringify(full));
    const jsonl = path.join(tmp, 'posted.jsonl');
    const imported = otklik(['forms', 'import', FORM, '--format', 'surveyjs', '--data', data, '--id', 'web-1', '--agency', 'minsoc',
      '--process', 'svc-042', '--channel', 'OFFICIAL_SITE', '--category', 'CITIZEN', '-o', jsonl]);
    assert(imported.status === 0, `otklik forms import exited ${imported.status}: ${imported.stderr}`);
    const validate = otklik(['validate', jsonl]);
    assert(validate.status === 0, `otklik validate exited ${validate.status}: ${validate.stdout}${validate.stderr}`);
    assertEqual(validate.stdout.trim(), 'accepted 1, rejected 0', 'validate summary');
    assertEqual(pageProblems, [], 'page problems');
  });

  await t.test('the English locale switches titles, choices and buttons; the Russian one switches back', async () => {
    await open();
    await choose('used', optionText('used', 'yes', 'ru'));
    await rate('overall', 3);
    await q('problems').waitFor();
    await page.evaluate(() => { window.survey.locale = 'en'; });
    await page.getByText(question('used').text.en).waitFor();
    await page.getByText(canonical.title.en).first().waitFor();
    for (const o of question('used').options) await q('used').getByText(o.text.en, { exact: true }).waitFor();
    await q('problems').getByText(optionText('problems', 'queue', 'en'), { exact: true }).waitFor();
    await q('overall').getByText("Can't say", { exact: true }).waitFor();
    assertEqual(await page.getByText(question('used').text.ru).count(), 0, 'Russian title left in English');
    assertEqual(await page.locator('.sd-navigation__complete-btn').getAttribute('value'), 'Submit', 'complete button');
    await screenshot('surveyjs-ext1-en.png');
    await page.evaluate(() => { window.survey.locale = 'ru'; });
    await page.getByText(question('used').text.ru).waitFor();
    await q('problems').getByText(optionText('problems', 'queue', 'ru'), { exact: true }).waitFor();
    assertEqual(await page.getByText(question('used').text.en).count(), 0, 'English title left in Russian');
    assertEqual(pageProblems, [], 'page problems');
  });
} finally {
  await context.close();
  server.close();
}

t.done();
