// Node check: every standard template exported as a SurveyJS survey loads in survey-core with no
// errors or warnings and has the canonical form's questions, types, scale bounds and choices; for
// generated valid responses (and edge cases), answering the SurveyJS model question by question gives
// the same visibility as Otklik's skip logic, and the survey's data, imported back with
// `otklik forms import --format surveyjs`, equals the original and passes `otklik validate`.
import fs from 'node:fs';
import path from 'node:path';
import { Model } from 'survey-core';
import {
  assert, assertEqual, fastCli, harness, jsonEqual, otklik, otklikAsync, otklikOk, pool, standardFormIds, tempDir, visibility,
} from './lib.mjs';

const RESPONSES = Number(process.env.E2E_RESPONSES ?? 300);
const SINGLE_LINE_MAX_LENGTH = 200; // SurveyJsExporter: longer texts become a multi-line comment

// Every console warning or error (survey-core reports problems this way) fails the check.
const consoleProblems = [];
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
function noConsoleProblems(what) {
  assert(consoleProblems.length === 0, `${what}: ${consoleProblems.join('; ')}`);
}

const t = harness('node-check');
const tmp = tempDir('node-check');
fastCli(tmp);
const ids = standardFormIds();
const canonical = {};
const surveys = {};

await t.test(`the CLI lists the 11 standard templates (${ids.join(', ')})`, () => {
  assertEqual(ids.length, 11, 'standard template count');
});

for (const id of ids) {
  canonical[id] = JSON.parse(otklikOk(['forms', 'export', id, '--format', 'otklik']));
  surveys[id] = JSON.parse(otklikOk(['forms', 'export', id, '--format', 'surveyjs']));
}

/** The survey-core model of form `id`, checking that loading it reported nothing. */
function load(id) {
  const before = consoleProblems.length;
  const model = new Model(surveys[id]);
  assert(consoleProblems.length === before, `${id}: survey-core warned while loading: ${consoleProblems.slice(before).join('; ')}`);
  assert(model.jsonErrors == null || model.jsonErrors.length === 0,
    `${id}: jsonErrors ${JSON.stringify((model.jsonErrors ?? []).map((e) => e.message))}`);
  return model;
}

const EXPECTED_TYPE = {
  single: () => 'radiogroup',
  multi: () => 'checkbox',
  scale: () => 'rating',
  boolean: () => 'boolean',
  text: (q) => (q.maxLength !== undefined && q.maxLength <= SINGLE_LINE_MAX_LENGTH ? 'text' : 'comment'),
  number: () => 'text',
};

/** The SurveyJS text of a localizable string in `locale` ("default" is English). */
function localeText(locString, locale) {
  return locString.getLocaleText(locale);
}

function checkTexts(what, locString, text) {
  assertEqual(localeText(locString, 'ru'), text.ru, `${what} (ru)`);
  assertEqual(localeText(locString, 'default'), text.en ?? text.ru, `${what} (default = en)`);
}

// ------------------------------------------------------------------------------------ structure

let questionTotal = 0;
for (const id of ids) {
  await t.test(`${id}: loads in survey-core without JSON errors or console warnings`, () => {
    const model = load(id);
    assertEqual(model.locale, 'ru', 'survey locale');
    assertEqual(model.clearInvisibleValues, 'onHidden', 'clearInvisibleValues');
  });

  await t.test(`${id}: question count, types, required flags, rating bounds, choices and texts equal the canonical form`, () => {
    const form = canonical[id];
    const model = load(id);
    const questions = model.getAllQuestions();
    assertEqual(questions.map((q) => q.name), form.questions.map((q) => q.id), 'question names in order');
    checkTexts('survey title', model.locTitle, form.title);
    for (const c of form.questions) {
      const q = model.getQuestionByName(c.id);
      const what = `${id}.${c.id}`;
      assertEqual(q.getType(), EXPECTED_TYPE[c.type](c), `${what} type`);
      assertEqual(q.isRequired, Boolean(c.required), `${what} isRequired`);
      checkTexts(`${what} title`, q.locTitle, c.text);
      if (c.type === 'scale') {
        const values = [];
        for (let v = c.min; v <= c.max; v++) values.push(v);
        if (c.dontKnow) values.push('dk');
        assertEqual(q.visibleRateValues.map((v) => v.value), values, `${what} rate values`);
        if (!c.dontKnow && c.max - c.min < 20) {
          assertEqual([q.rateMin, q.rateMax], [c.min, c.max], `${what} rateMin/rateMax`);
        }
        if (c.dontKnow) {
          const dk = q.visibleRateValues.find((v) => v.value === 'dk');
          assert(localeText(dk.locText, 'ru') === 'Затрудняюсь ответить', `${what}: "dk" reads ${localeText(dk.locText, 'ru')}`);
        }
      } else if (c.type === 'single' || c.type === 'multi') {
        assertEqual(q.choices.map((x) => x.value), c.options.map((o) => o.value), `${what} choice values`);
        c.options.forEach((o, i) => checkTexts(`${what} choice ${o.value}`, q.choices[i].locText, o.text));
        assert(!q.showOtherItem && !q.showNoneItem && !q.showSelectAllItem, `${what}: extra items`);
      } else if (c.type === 'text') {
        assertEqual(q.maxLength, c.maxLength, `${what} maxLength`);
      } else if (c.type === 'number') {
        assertEqual(q.inputType, 'number', `${what} inputType`);
        if (c.min !== undefined) assertEqual(q.min, c.min, `${what} min`);
        if (c.max !== undefined) assertEqual(q.max, c.max, `${what} max`);
      }
      questionTotal++;
    }
  });

  await t.test(`${id}: the Russian locale shows Russian titles and choices, the English locale English ones`, () => {
    const form = canonical[id];
    const model = load(id);
    const c = form.questions.find((x) => x.options) ?? form.questions[0];
    const q = model.getQuestionByName(c.id);
    assertEqual(model.title, form.title.ru, 'survey title in ru');
    assertEqual(q.title, c.text.ru, `${c.id} title in ru`);
    if (c.options) assertEqual(q.visibleChoices.map((x) => x.text), c.options.map((o) => o.text.ru), 'choices in ru');
    model.locale = 'en';
    assertEqual(model.title, form.title.en, 'survey title in en');
    assertEqual(q.title, c.text.en, `${c.id} title in en`);
    if (c.options) assertEqual(q.visibleChoices.map((x) => x.text), c.options.map((o) => o.text.en), 'choices in en');
    assertEqual(model.completeText, 'Submit', 'complete button in en');
    model.locale = 'ru';
    assertEqual(model.completeText, 'Отправить', 'complete button in ru');
  });
}

// ------------------------------------------------------------------------------------ answers

fs.mkdirSync(path.join(tmp, 'gen'));
otklikOk(['generate', '--out', path.join(tmp, 'gen'), '--responses', String(RESPONSES)]);
const generated = fs.readFileSync(path.join(tmp, 'gen', 'responses.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/**
 * Hand-made valid answer sets that the generator may miss: every option that ends the survey, and a
 * respondent who answers only the required visible questions, once for each value of the overall
 * scale (so that "dk" and every bound of the problem filter are met).
 */
function edgeCases(form) {
  const cases = [];
  for (const q of form.questions) {
    for (const o of q.options ?? []) {
      if (o.endsSurvey) {
        const answers = {};
        for (const p of form.questions) { // answer what is required before it, then the ending option
          if (p === q) break;
          if (p.required && visibility(form, answers)[p.id]) answers[p.id] = firstValue(p);
        }
        answers[q.id] = q.type === 'multi' ? [o.value] : o.value;
        cases.push(answers);
      }
    }
  }
  const overall = form.questions.find((q) => q.role === 'overall');
  if (overall) {
    const values = [];
    for (let v = overall.min; v <= overall.max; v++) values.push(v);
    if (overall.dontKnow) values.push('dk');
    for (const v of values) {
      const answers = {};
      for (const p of form.questions) {
        if (!visibility(form, answers)[p.id]) continue;
        if (p === overall) answers[p.id] = v;
        else if (p.required) answers[p.id] = firstValue(p);
      }
      cases.push(answers);
    }
  }
  return cases;
}

function firstValue(q) {
  switch (q.type) {
    case 'single': return q.options.find((o) => !o.endsSurvey).value;
    case 'multi': return [q.options.find((o) => !o.endsSurvey).value];
    case 'scale': return q.max;
    case 'boolean': return true;
    case 'text': return 'Всё хорошо';
    default: return q.min ?? 1;
  }
}

/** Answers the model question by question in form order, as a respondent would. */
function answer(model, form, answers) {
  for (const q of form.questions) {
    if (Object.hasOwn(answers, q.id)) model.setValue(q.id, answers[q.id]);
  }
}

const cases = []; // {form, record (original response or null), answers, data (filled by the check)}
for (const r of generated) cases.push({ form: r.form, record: r, answers: r.answers });
for (const id of ids) {
  edgeCases(canonical[id]).forEach((answers, i) => cases.push({
    form: id,
    record: {
      id: `edge-${id}-${i + 1}`, form: id, formVersion: canonical[id].version, submittedAt: '2025-02-03T04:05:06Z',
      agency: 'minsoc', ...(canonical[id].audience === 'EXTERNAL' ? { process: 'svc-edge' } : {}),
      channel: canonical[id].audience === 'EXTERNAL' ? 'OFFICIAL_SITE' : 'INTRANET',
      client: { kind: canonical[id].audience }, anonymous: true, answers,
    },
    answers,
  }));
}

const endedCount = cases.filter((c) => Object.values(visibility(canonical[c.form], c.answers)).some((v) => !v)
  && canonical[c.form].questions.some((q) => (q.options ?? []).some((o) => o.endsSurvey && c.answers[q.id] === o.value))).length;

for (const id of ids) {
  const mine = cases.filter((c) => c.form === id);
  const fromGenerator = mine.filter((c) => !c.record.id.startsWith('edge-')).length;
  await t.test(`${id}: SurveyJS visibility equals Otklik's skip logic for ${fromGenerator} generated + ${mine.length - fromGenerator} edge-case responses`, () => {
    assert(mine.length > 0, 'no responses');
    const form = canonical[id];
    for (const c of mine) {
      const model = load(id);
      answer(model, form, c.answers);
      const expected = visibility(form, c.answers);
      for (const q of form.questions) {
        const sj = model.getQuestionByName(q.id).isVisible;
        assert(sj === expected[q.id], `${c.record.id}: question ${q.id} is ${sj ? 'visible' : 'hidden'} in SurveyJS, `
          + `${expected[q.id] ? 'visible' : 'hidden'} in Otklik (answers ${JSON.stringify(c.answers)})`);
      }
      assertEqual(model.data, c.answers, `${c.record.id}: survey.data`);
      c.data = model.data;
    }
  });
}

const imported = [];
await t.test(`survey.data of all ${cases.length} responses imported with otklik forms import equals the originals`, async () => {
  const dataDir = path.join(tmp, 'data');
  fs.mkdirSync(dataDir);
  const results = await pool(cases, 2, async (c, i) => {
    assert(c.data, `${c.record.id}: no survey data (visibility check failed)`);
    const file = path.join(dataDir, `${i}.json`);
    fs.writeFileSync(file, JSON.stringify(c.data));
    const r = c.record;
    const args = ['forms', 'import', c.form, '--format', 'surveyjs', '--data', file, '--form-version', r.formVersion,
      '--id', r.id, '--agency', r.agency, '--channel', r.channel, '--submitted-at', r.submittedAt,
      '--client-kind', r.client.kind, '--anonymous', String(r.anonymous ?? true)];
    if (r.process) args.push('--process', r.process);
    if (r.client.category) args.push('--category', r.client.category);
    return otklikAsync(args);
  });
  results.forEach((res, i) => {
    const c = cases[i];
    assert(res.status === 0, `${c.record.id}: otklik forms import exited ${res.status}: ${res.stderr.trim()}`);
    const lines = res.stdout.split('\n').filter(Boolean);
    assertEqual(lines.length, 1, `${c.record.id}: lines printed`);
    const back = JSON.parse(lines[0]);
    const { respondent, ...original } = c.record; // personal data never passes through the survey
    void respondent;
    if (!jsonEqual(back, { ...original, anonymous: original.anonymous ?? true })) {
      throw new Error(`${c.record.id}: imported ${lines[0]}\n  original ${JSON.stringify(original)}`);
    }
    imported.push(lines[0]);
  });
});

await t.test(`otklik validate accepts every imported response`, () => {
  assert(imported.length === cases.length, 'import failed');
  const file = path.join(tmp, 'imported.jsonl');
  fs.writeFileSync(file, imported.join('\n') + '\n');
  const r = otklik(['validate', file, '--rejects', path.join(tmp, 'rejects.jsonl')]);
  assert(r.status === 0, `validate exited ${r.status}: ${r.stdout}${r.stderr}`);
  assertEqual(r.stdout.trim(), `accepted ${cases.length}, rejected 0`, 'validate summary');
});

await t.test('survey-core printed no warning or error during the whole run', () => noConsoleProblems('console'));

console.log(`node-check: ${ids.length} forms, ${questionTotal} questions, ${generated.length} generated + `
  + `${cases.length - generated.length} edge-case responses (${endedCount} ended by a screening answer)`);
t.done();
