// Shared helpers of the e2e checks: running the Otklik CLI, a tiny test harness, deep equality and
// the skip-logic rule of spec/formats.md §1 written out in JavaScript.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(E2E, '..');
export const OTKLIK = path.join(ROOT, 'otklik');
export const DOCS = path.join(ROOT, 'docs');

// Many short CLI runs: the JVM's quick-start settings halve their start-up time, and a class-data
// archive (see fastCli) halves it again.
const QUICK_JVM = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';
const CLI_ENV = { ...process.env, OTKLIK_JAVA_OPTS: process.env.OTKLIK_JAVA_OPTS ?? QUICK_JVM };

/**
 * Makes the later CLI runs start faster: one run of `otklik forms import` dumps the classes it loaded
 * into a dynamic class-data-sharing archive in `dir` (JDK 13+), which the later runs map instead of
 * loading the classes again. Nothing changes when the JVM cannot make the archive.
 */
export function fastCli(dir) {
  if (process.env.OTKLIK_JAVA_OPTS !== undefined) return; // the caller chose
  const archive = path.join(dir, 'otklik-cli.jsa');
  const data = path.join(dir, 'cds-sample.json');
  fs.writeFileSync(data, '{"used":"yes","overall":2,"problems":["queue"],"comment":"x"}');
  const dump = spawnSync(OTKLIK, ['forms', 'import', 'EXT-1', '--format', 'surveyjs', '--data', data], {
    env: { ...CLI_ENV, OTKLIK_JAVA_OPTS: `${QUICK_JVM} -Xlog:disable -XX:ArchiveClassesAtExit=${archive}` },
    encoding: 'utf8', timeout: 300_000,
  });
  if (dump.status === 0 && fs.existsSync(archive)) {
    CLI_ENV.OTKLIK_JAVA_OPTS = `${QUICK_JVM} -Xlog:disable -Xshare:auto -XX:SharedArchiveFile=${archive}`;
  }
}

/** Runs ../otklik synchronously; returns {status, stdout, stderr}. */
export function otklik(args, { input } = {}) {
  const r = spawnSync(OTKLIK, args, { env: CLI_ENV, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs ../otklik and returns its standard output, failing on a non-zero exit. */
export function otklikOk(args) {
  const r = otklik(args);
  if (r.status !== 0) throw new Error(`otklik ${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** Runs ../otklik asynchronously; resolves to {status, stdout, stderr}. */
export function otklikAsync(args) {
  return new Promise((resolve, reject) => {
    execFile(OTKLIK, args, { env: CLI_ENV, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') reject(err);
      else resolve({ status: err ? err.code : 0, stdout, stderr });
    });
  });
}

/** Maps items through an async function with at most `limit` running at once, keeping order. */
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The ids of the standard templates, from `otklik forms list --json`. */
export function standardFormIds() {
  return JSON.parse(otklikOk(['forms', 'list', '--json'])).filter((f) => f.standard).map((f) => f.id);
}

/** A fresh temporary directory, removed at exit. */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `otklik-${prefix}-`));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Deep equality of JSON values: object keys in any order, arrays in order, numbers and strings distinct. */
export function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function assertEqual(actual, expected, what) {
  if (!jsonEqual(actual, expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/**
 * A tiny test harness: `await t.test(name, fn)` runs fn and prints "ok" or "FAIL"; `t.done()` prints
 * the machine-read line "# NAME passed=P failed=F" (run.sh adds these up) and sets the exit code.
 */
export function harness(name) {
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  return {
    async test(title, fn) {
      const t0 = Date.now();
      try {
        await fn();
        passed++;
        console.log(`ok   ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${title}\n     ${String(e && e.stack ? e.stack : e).split('\n').join('\n     ')}`);
      }
    },
    done() {
      console.log(`# ${name} passed=${passed} failed=${failed} seconds=${((Date.now() - started) / 1000).toFixed(1)}`);
      process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
    },
  };
}

// ------------------------------------------------------------------------------------ skip logic

/** Whether the canonical condition `c` holds for `answers` (spec/formats.md §1). */
export function holds(c, answers, questionsById) {
  if ('all' in c) return c.all.every((x) => holds(x, answers, questionsById));
  if ('any' in c) return c.any.some((x) => holds(x, answers, questionsById));
  if ('not' in c) return !holds(c.not, answers, questionsById);
  const answered = Object.hasOwn(answers, c.question);
  if ('answered' in c) return answered === c.answered;
  if (!answered) return false; // equals and in are false when the question is unanswered
  const value = answers[c.question];
  const wanted = 'equals' in c ? [c.equals] : c.in;
  // a multi answer matches when any chosen value matches; "dk" equals only "dk" (strict equality)
  const chosen = questionsById[c.question]?.type === 'multi' && Array.isArray(value) ? value : [value];
  return chosen.some((v) => wanted.some((w) => v === w));
}

/** Whether the answer of question `q` chooses one of its `endsSurvey` options. */
function endsSurvey(q, value) {
  const ending = new Set((q.options ?? []).filter((o) => o.endsSurvey).map((o) => o.value));
  if (ending.size === 0) return false;
  const chosen = Array.isArray(value) ? value : [value];
  return chosen.some((v) => ending.has(v));
}

/**
 * Visibility of every question of the canonical form for the given answers: a question is visible when
 * its visibleIf holds and no earlier answer ended the survey.
 */
export function visibility(form, answers) {
  const byId = Object.fromEntries(form.questions.map((q) => [q.id, q]));
  const visible = {};
  let ended = false;
  for (const q of form.questions) {
    visible[q.id] = !ended && (!q.visibleIf || holds(q.visibleIf, answers, byId));
    if (Object.hasOwn(answers, q.id) && endsSurvey(q, answers[q.id])) ended = true;
  }
  return visible;
}

// ------------------------------------------------------------------------------------ browser

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, through playwright-core (no browser of Playwright's own). The flags
 * keep it off the network: this machine reaches nothing but package registries. The profile is a new
 * empty directory, removed at exit.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const profile = tempDir('chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1000, height: 1400 },
    deviceScaleFactor: 1,
    locale: 'ru-RU',
    timeout: 60_000,
  });
  context.setDefaultTimeout(20_000);
  return context;
}
