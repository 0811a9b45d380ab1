// Intake check: the example Spring Boot application (examples/spring-boot-intake, Otklik's starter)
// runs on the throw-away PostgreSQL server of scripts/with-postgres.sh (OTKLIK_TEST_PG_URL). Headless
// Chromium answers EXT-1 on its page by clicks and keys; the rows land in PostgreSQL; `otklik metrics
// --db` gives the figures of that data, and so does the application's report page; tampered posts get
// 422 with the exact reason and store nothing. Then a bounded load test on loopback: INTAKE_LOAD posts
// (default 20,000) from 8 concurrent clients, some invalid and some repeated.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  E2E, ROOT, assert, assertEqual, harness, jsonEqual, launchChromium, otklikOk, tempDir,
} from './lib.mjs';

const FORM = 'EXT-1';
const LIFETIME_MS = 15 * 60_000; // the application, the browser and the load never outlive this
const LOAD = Number(process.env.INTAKE_LOAD ?? 20000);
const CLIENTS = 8;
const t = harness('intake-check');
const tmp = tempDir('intake-check');

const jdbcUrl = process.env.OTKLIK_TEST_PG_URL;
if (!jdbcUrl) {
  console.log('FAIL intake-check needs OTKLIK_TEST_PG_URL (run it through scripts/with-postgres.sh)');
  console.log('# intake-check passed=0 failed=1');
  process.exit(1);
}
const pg = new URL(jdbcUrl.replace(/^jdbc:/, ''));
const psqlUrl = `postgresql://${pg.searchParams.get('user') ?? 'postgres'}@${pg.hostname}:${pg.port}${pg.pathname}`;
/** Rows of a query, as arrays of strings. */
function sql(query) {
  const r = spawnSync('psql', [psqlUrl, '-X', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', query], { encoding: 'utf8' });
  assert(r.status === 0, `psql failed: ${r.stderr}`);
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}

const canonical = JSON.parse(otklikOk(['forms', 'export', FORM, '--format', 'otklik']));
const question = (id) => canonical.questions.find((q) => q.id === id);
const optionText = (id, value, lang) => question(id).options.find((o) => o.value === value).text[lang];

// ------------------------------------------------------------------------------------ the application

const jar = path.join(ROOT, 'examples', 'spring-boot-intake', 'target', 'otklik-example-spring-boot-intake.jar');
assert(fs.existsSync(jar), `no ${jar}: build it with ./mvnw -pl examples/spring-boot-intake -am package`);
const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const origin = `http://127.0.0.1:${port}`;
const appLog = path.join(tmp, 'app.log');
const app = spawn('java', ['-Xmx512m', '-jar', jar, `--server.port=${port}`, `--spring.datasource.url=${jdbcUrl}`,
  `--example.survey-js-dir=${path.join(E2E, 'node_modules')}`, '--logging.level.root=WARN'],
{ stdio: ['ignore', fs.openSync(appLog, 'w'), fs.openSync(appLog, 'a')] });
let appExited = null;
app.on('exit', (code) => { appExited = code; });
const stopApp = () => { if (appExited === null) app.kill('SIGTERM'); };
process.on('exit', stopApp);
const lifetime = setTimeout(() => {
  console.log(`FAIL intake-check ran longer than ${LIFETIME_MS / 1000} s`);
  stopApp();
  process.exit(1);
}, LIFETIME_MS);
lifetime.unref();

async function started() {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    assert(appExited === null, `the application exited (${appExited}): ${fs.readFileSync(appLog, 'utf8').slice(-3000)}`);
    try {
      const r = await fetch(`${origin}/actuator/health`);
      if (r.ok && (await r.json()).status === 'UP') return;
    } catch { /* not yet listening */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the application did not start in 180 s');
}

async function postJson(form, body, key) {
  const headers = { 'content-type': 'application/json' };
  if (key) headers['idempotency-key'] = key;
  const r = await fetch(`${origin}/otklik/forms/${form}/responses`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: r.status, body: await r.json() };
}

const count = () => Number(sql('SELECT count(*) FROM responses')[0][0]);

// ------------------------------------------------------------------------------------ the browser

let context;
let page;
const pageProblems = [];
const q = (id) => page.locator(`.sd-question[data-name="${id}"]`);
async function choose(id, text) {
  await q(id).locator('.sd-item__control-label', { hasText: text }).first().click();
}
async function rate(id, label) {
  await q(id).locator('.sd-rating__item', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
}
async function visibleQuestions() {
  return page.locator('.sd-question[data-name]').evaluateAll((els) => els
    .filter((e) => e.offsetParent !== null).map((e) => e.getAttribute('data-name')));
}
async function expectShown(expected, what) {
  const deadline = Date.now() + 10_000;
  let shown;
  while (!jsonEqual(shown = await visibleQuestions(), expected) && Date.now() < deadline) await page.waitForTimeout(100);
  assertEqual(shown, expected, what);
}
async function open() {
  await page.goto(origin + '/');
  await page.waitForSelector('body[data-ready="true"]');
  await q('used').waitFor();
}
async function submitted() {
  await page.waitForSelector('body[data-posted]');
  return { status: await page.evaluate(() => document.body.dataset.posted), id: await page.evaluate(() => document.body.dataset.responseId) };
}

const ids = {};
try {
  await t.test('the example application starts on PostgreSQL with the starter and two properties', async () => {
    await started();
    const health = await (await fetch(`${origin}/actuator/health`)).json();
    assertEqual(health.components.otklik.status, 'UP', 'otklik health');
    assertEqual(count(), 0, 'responses before the test');
    assertEqual(sql('SELECT max(version) FROM otklik_schema_history')[0][0], '2', 'the store migrated its own schema');
  });

  context = await launchChromium();
  page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => pageProblems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') pageProblems.push(`console.${m.type()}: ${m.text()}`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    pageProblems.push(`request outside the application: ${url}`);
    return route.abort();
  });

  await t.test('"Нет" on the screening question ends the survey; the response is stored with that answer only', async () => {
    await open();
    assertEqual(await page.evaluate(() => window.survey.locale), 'ru', 'survey locale (Accept-Language ru-RU)');
    await choose('used', optionText('used', 'no', 'ru'));
    await expectShown(['used'], 'questions shown after "Нет"');
    await page.locator('.sd-navigation__complete-btn').click();
    const { status, id } = await submitted();
    assertEqual(status, '201', 'intake status');
    ids.no = id;
    const rows = sql(`SELECT form, agency, process, channel, client_kind, anonymous, answers_json FROM responses WHERE id = '${id}'`);
    assertEqual(rows, [['EXT-1', 'minsoc', 'svc-housing', 'OFFICIAL_SITE', 'EXTERNAL', 't', '{"used":"no"}']], 'row in PostgreSQL');
    assertEqual(sql(`SELECT count(*) FROM respondents WHERE response_id = '${id}'`), [['0']], 'respondent rows (anonymous)');
    assertEqual(pageProblems, [], 'page problems');
  });

  await t.test('a full answer with problems and a typed comment is stored as answered', async () => {
    await open();
    await choose('used', optionText('used', 'yes', 'ru'));
    await q('result-obtained').waitFor();
    await choose('result-obtained', optionText('result-obtained', 'yes', 'ru'));
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
    await page.locator('.sd-navigation__complete-btn').click();
    const { status, id } = await submitted();
    assertEqual(status, '201', 'intake status');
    ids.full = id;
    const [row] = sql(`SELECT form, process, client_category, answers_json FROM responses WHERE id = '${id}'`);
    assertEqual(row.slice(0, 3), ['EXT-1', 'svc-housing', 'CITIZEN'], 'row in PostgreSQL');
    assertEqual(JSON.parse(row[3]), {
      used: 'yes', 'result-obtained': 'yes', overall: 2, 'waiting-time': 1, staff: 4, information: 'dk',
      problems: ['queue', 'repeat-contacts'], category: 'CITIZEN', comment: 'Долго ждали в очереди, пришлось приходить дважды.',
    }, 'stored answers');
    await page.getByText('Спасибо! Ваш ответ сохранён.').waitFor();
    assertEqual(pageProblems, [], 'page problems');
  });

  await t.test('tampered posts get 422 with the exact reason and store nothing', async () => {
    const before = count();
    const expect = async (form, body, key, field, reason) => {
      const r = await postJson(form, body, key);
      assertEqual(r.status, 422, `status of ${JSON.stringify(body)} to ${form}`);
      assertEqual(r.body.rejects.map((x) => [x.field, x.reason]), [[field, reason]], `rejects of ${JSON.stringify(body)}`);
      assertEqual(r.body.rejects[0].source, `/otklik/forms/${form}/responses`, 'reject source');
      assertEqual(r.body.rejects[0].line, 1, 'reject line');
    };
    await expect(FORM, { used: 'yes', overall: 5, problems: ['queue'] }, 'tamper-1', 'answers.problems', 'answered although hidden (its visibleIf is false)');
    await expect(FORM, { used: 'yes', overall: 9 }, 'tamper-2', 'answers.overall', 'value 9 is outside 1..5');
    await expect('EXT-9', { used: 'no' }, 'tamper-3', 'form', 'unknown form "EXT-9"');
    await expect(FORM, { used: 'no', overall: 3 }, 'tamper-4', 'answers.overall', 'answered after the survey ended at question used');
    const html = await postJson(FORM, '{"used":', 'tamper-5');
    assertEqual(html.status, 422, 'malformed body');
    assert(!JSON.stringify(html.body).includes('Exception') && !JSON.stringify(html.body).includes('at io.'), 'no stack trace');
    assertEqual(count(), before, 'responses after the tampered posts');
    assertEqual(sql("SELECT count(*) FROM responses WHERE id LIKE 'tamper-%'"), [['0']], 'tampered rows');
  });

  await t.test('otklik metrics --db gives the figures of the stored data, and the report page shows the same', async () => {
    const period = sql(`SELECT substr(submitted_at, 1, 10) FROM responses WHERE id = '${ids.full}'`)[0][0];
    const [y, m] = period.split('-').map(Number);
    const quarter = `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    const cli = JSON.parse(otklikOk(['metrics', '--db', jdbcUrl, '--period', quarter]));
    assertEqual(cli.inputs.responses, { read: 2, accepted: 2, rejected: 0, inPeriod: 2 }, 'responses read from the store');
    const total = cli.satisfaction[0];
    fs.writeFileSync(path.join(tmp, 'metrics.json'), JSON.stringify(cli, null, 2));
    assertEqual(total.key, {}, 'the total group');
    assertEqual(total.responses, 2, 'responses in the total group ("Нет" and the full answer)');
    const figures = (f) => [f.answered, f.dontKnow, f.satisfied, f.neutral, f.dissatisfied, f.share, f.mean];
    assertEqual(figures(total.overall), [1, 0, 0, 0, 1, 0, 2], 'overall: answered, dk, satisfied, neutral, dissatisfied, share, mean');
    assertEqual(figures(total.aspects.staff), [1, 0, 1, 0, 0, 1, 4], 'aspect staff');
    assertEqual(figures(total.aspects['waiting-time']), [1, 0, 0, 0, 1, 0, 1], 'aspect waiting-time');
    assertEqual(figures(total.aspects.information), [0, 1, 0, 0, 0, null, null], 'aspect information ("Затрудняюсь ответить")');
    assertEqual(total.problems, { queue: { count: 1, base: 1, share: 1 }, 'repeat-contacts': { count: 1, base: 1, share: 1 } }, 'problems');
    const page = JSON.parse(await (await fetch(`${origin}/report.json?period=${quarter}`)).text());
    assertEqual(page, cli, 'the report page against otklik metrics --db');
  });

  await t.test(`load: ${LOAD} posts from ${CLIENTS} clients, some invalid and some repeated; every valid one stored once, every invalid one 422, none lost`, async () => {
    if (LOAD === 0) return;
    const before = count();
    // the plan: every 10th post invalid (out of range or hidden answered), every 7th a repeat of an earlier valid one
    const plan = [];
    const valid = [];
    for (let i = 0; i < LOAD; i++) {
      if (i % 10 === 9) {
        plan.push({ key: `load-bad-${i}`, body: i % 20 === 19 ? { used: 'yes', overall: 6 } : { used: 'yes', overall: 5, problems: ['queue'] }, expect: [422] });
      } else if (i % 7 === 6 && valid.length > 0) {
        const earlier = valid[(i * 7919) % valid.length];
        plan.push({ key: earlier.key, body: earlier.body, expect: [200, 201], repeat: true });
      } else {
        const body = { used: 'yes', 'result-obtained': 'yes', overall: 1 + (i % 5), staff: 1 + ((i * 3) % 5) };
        if (body.overall <= 3) body.problems = ['queue'];
        if (i % 3 === 0) body.comment = `Отзыв №${i}`;
        const p = { key: `load-${i}`, body, expect: [201, 200] };
        plan.push(p);
        valid.push(p);
      }
    }
    const statuses = new Map();
    const latencies = new Float64Array(plan.length);
    let next = 0;
    let lost = 0;
    const t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: CLIENTS }, async () => {
      while (next < plan.length) {
        const i = next++;
        const p = plan[i];
        const s = process.hrtime.bigint();
        try {
          const r = await fetch(`${origin}/otklik/forms/${FORM}/responses`, {
            method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': p.key }, body: JSON.stringify(p.body),
          });
          await r.arrayBuffer();
          latencies[i] = Number(process.hrtime.bigint() - s) / 1e6;
          if (!p.expect.includes(r.status)) throw new Error(`post ${i} (${p.key}) got ${r.status}, expected ${p.expect.join(' or ')}`);
          if (!statuses.has(p.key)) statuses.set(p.key, []);
          statuses.get(p.key).push(r.status);
        } catch (e) {
          lost++;
          if (lost <= 3) console.log(`     ${e.message}`);
        }
      }
    }));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    assertEqual(lost, 0, 'posts without the expected answer');
    const sorted = Array.from(latencies).sort((a, b) => a - b);
    const pct = (x) => sorted[Math.min(sorted.length - 1, Math.ceil(x * sorted.length) - 1)];
    const validKeys = new Set(valid.map((p) => p.key));
    for (const key of validKeys) {
      const s = statuses.get(key);
      assertEqual(s.filter((x) => x === 201).length, 1, `201 answers of ${key} (${s})`);
    }
    const stored = Number(sql("SELECT count(*) FROM responses WHERE id LIKE 'load-%'")[0][0]);
    assertEqual(stored, validKeys.size, 'stored load responses (each valid one once)');
    assertEqual(sql("SELECT count(*) FROM responses WHERE id LIKE 'load-bad-%'"), [['0']], 'stored invalid ones');
    assertEqual(count(), before + validKeys.size, 'responses after the load');
    const invalid = plan.filter((p) => p.expect[0] === 422).length;
    const repeats = plan.filter((p) => p.repeat).length;
    const rate = plan.length / seconds;
    const line = `load: ${plan.length} posts (${validKeys.size} new, ${repeats} repeated, ${invalid} invalid), ${CLIENTS} clients, `
      + `${seconds.toFixed(1)} s, ${rate.toFixed(0)} requests/s, latency p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
    console.log(`     ${line}`);
    if (process.env.INTAKE_LOAD_REPORT) fs.writeFileSync(process.env.INTAKE_LOAD_REPORT, line + '\n');
    const metrics = await (await fetch(`${origin}/actuator/metrics/otklik.responses.rejected?tag=reason:invalid-answer`)).json();
    assertEqual(metrics.measurements[0].value, invalid + 3, 'otklik.responses.rejected{reason=invalid-answer}');
  });
} finally {
  if (context) await context.close();
  stopApp();
}

t.done();
