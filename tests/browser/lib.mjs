// Helpers for Convene's browser tests: the browser, the environment the Rust harness
// (tests/browser/main.rs) sets, page audits (screenshots, axe-core, overflow), the
// fixture, and small form helpers that find controls by label or role, never by class.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));

/** The server under test, without a trailing slash. */
export const BASE = (() => {
  const url = process.env.CONVENE_URL;
  if (!url) {
    throw new Error(
      'CONVENE_URL is not set: run these tests through `cargo test --test browser`, which starts the server',
    );
  }
  return url.replace(/\/+$/, '');
})();

/** Where screenshots and reports go. */
export const ARTIFACTS = process.env.CONVENE_ARTIFACTS || join(HERE, '..', '..', 'target', 'browser-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** The browser: Debian's Chromium unless CONVENE_CHROMIUM says otherwise. */
export const CHROMIUM = process.env.CONVENE_CHROMIUM || '/usr/bin/chromium';

/** The widths every page is checked at: a phone and a desktop. */
export const WIDTHS = [390, 1280];

/** The WCAG 2.2 AA rule set of axe-core. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

/** Every audit problem found, also written to `a11y-report.txt` for the interface's authors. */
const REPORT = join(ARTIFACTS, 'a11y-report.txt');
// Each test file runs in its own process: the first one starts the report (the harness
// removes the old one before the suite), the others add to it.
if (!existsSync(REPORT)) writeFileSync(REPORT, `Convene browser audit, ${new Date().toISOString()}\n`);

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The machine may have no network: without these flags Chromium keeps trying to
    // reach Google's services and logs every refused connection.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context (own cookies) and page. `timezoneId` is the zone the browser
 * reports (Convene's script detects it), `javaScriptEnabled: false` is a browser with
 * scripts off.
 */
/** Pages opened with scripts off (axe-core is then run differently). */
const SCRIPTS_OFF = new WeakMap();

export async function newPage(
  browser,
  { timezoneId = 'Europe/Zurich', javaScriptEnabled = true, bypassCSP = true } = {},
) {
  const context = await browser.newContext({
    // The pages' Content-Security-Policy would stop axe-core being injected; one test
    // (`the pages' own script runs under their Content-Security-Policy`) keeps it.
    bypassCSP,
    baseURL: BASE,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId,
    javaScriptEnabled,
    colorScheme: 'light',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  SCRIPTS_OFF.set(page, !javaScriptEnabled);
  return page;
}

// ---- the fixture ----

const FIXTURE = JSON.parse(readFileSync(join(HERE, '..', 'fixtures', 'dccg-meeting.json'), 'utf8'));

/**
 * How many whole years the fixture's dates are moved forward. The fixture's slots are in
 * March/April 2027; a poll refuses slots in the past, so once they have passed every
 * date (slots and deadline) is shifted by whole years until the first slot is more than
 * a day ahead. Whole years keep the weekday-independent facts the tests check: every
 * slot stays on the same side of the US (second Sunday of March) and EU (last Sunday of
 * March) daylight-saving changes, so its UTC time of day is unchanged.
 */
export const SHIFT_YEARS = (() => {
  const first = FIXTURE.slots_local.map((s) => s.slice(0, 10)).sort()[0];
  let years = 0;
  const dayAhead = Date.now() + 24 * 3600 * 1000;
  while (Date.parse(`${shiftYear(first, years)}T00:00:00Z`) < dayAhead) years += 1;
  return years;
})();

function shiftYear(local, years) {
  return `${Number(local.slice(0, 4)) + years}${local.slice(4)}`;
}

/** The fixture with its dates shifted by [`SHIFT_YEARS`]. */
export function fixture() {
  const poll = { ...FIXTURE.poll };
  const deadline = shiftYear(poll.deadline, SHIFT_YEARS);
  // A deadline less than a day ahead would close the poll under the test's feet.
  poll.deadline = Date.parse(`${deadline}:00Z`) - 24 * 3600 * 1000 > Date.now() ? deadline : '';
  return {
    poll,
    slots: FIXTURE.slots_local.map((s) => shiftYear(s, SHIFT_YEARS)),
    participants: FIXTURE.participants,
    year: 2027 + SHIFT_YEARS,
  };
}

/** A fixture participant by name. */
export function participant(name) {
  const p = FIXTURE.participants.find((x) => x.name === name);
  assert.ok(p, `no participant ${name} in the fixture`);
  return p;
}

// ---- the result the Rust side checks the mailbox against ----

const RESULT = {};
export function record(values) {
  Object.assign(RESULT, values);
  if (process.env.CONVENE_RESULT) {
    writeFileSync(process.env.CONVENE_RESULT, `${JSON.stringify(RESULT, null, 2)}\n`);
  }
}

// ---- the JSON API, for polls that only set the scene ----

export async function api(method, path, body, token) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: shown below */
  }
  return { status: response.status, json, text };
}

/** A small poll made through the API (Europe/Zurich, three slots in the fixture's year). */
export async function apiPoll(title) {
  const { year } = fixture();
  const r = await api('POST', '/polls', {
    title,
    description: 'A poll made by the browser tests to set a scene.',
    location: '',
    organizer_name: 'Olga Organizer',
    organizer_email: 'olga@example.org',
    timezone: 'Europe/Zurich',
    duration_minutes: 60,
    deadline: null,
    if_need_be: true,
    hide_results: false,
    slots: [`${year}-03-23T13:00`, `${year}-03-25T07:00`, `${year}-03-29T13:00`],
  });
  assert.equal(r.status, 201, `creating a poll through the API: ${r.text}`);
  return r.json;
}

// ---- form helpers ----

/**
 * Sets a time-zone field, whatever it is today: a `<select>` (choose the option) or a
 * text `<input>` (perhaps with a `list`, a searchable combobox: type the zone).
 */
export async function setZone(locator, zone) {
  const tag = await locator.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') {
    await locator.selectOption(zone);
  } else {
    await locator.fill(zone);
  }
  assert.equal(await locator.inputValue(), zone, `the time-zone field holds ${zone}`);
}

/** The form whose submit button is named `button` (the vote form, the comment form…). */
export function formWith(page, button) {
  return page.locator('form').filter({ has: page.getByRole('button', { name: button }) });
}

/** The answer form of a poll page (new answer or personal page). */
export function voteForm(page) {
  return formWith(page, /save my answer|save changes/i);
}

/** The slot groups of a vote form: the groups (fieldsets) that hold answer radios. */
export function slotGroups(scope) {
  return scope.getByRole('group').filter({ has: scope.page().getByRole('radio') });
}

const ANSWER_NAMES = {
  yes: /\byes\b/i,
  if_need_be: /\bif need be\b/i,
  no: /^(?!.*\bif need be\b).*\bno\b/i,
};

/** The radio of `vote` (`yes`, `if_need_be`, `no`) in a slot group, by accessible name. */
export function answerRadio(group, vote) {
  const name = ANSWER_NAMES[vote];
  assert.ok(name, `unknown vote ${vote}`);
  return group.getByRole('radio', { name });
}

/**
 * Chooses a radio with the mouse. A radio drawn by its label (the input itself hidden)
 * is chosen by clicking the label, as a person would.
 */
export async function choose(radio) {
  const label = await radio.evaluateHandle((el) => (el.labels && el.labels[0]) || null);
  const element = label.asElement();
  if (element) {
    await element.click();
  } else {
    await radio.check();
  }
  assert.ok(await radio.isChecked(), 'the clicked answer is chosen');
}

/** Chooses one answer per slot, in slot order; checks there is one group per answer. */
export async function answerAll(page, votes) {
  const groups = slotGroups(page.locator('main'));
  assert.equal(await groups.count(), votes.length, 'one answer group per slot');
  for (let i = 0; i < votes.length; i += 1) {
    await choose(answerRadio(groups.nth(i), votes[i]));
  }
}

/** The accessible names of the slot groups, in order. */
export async function groupNames(page) {
  const groups = slotGroups(page.locator('main'));
  const n = await groups.count();
  const names = [];
  for (let i = 0; i < n; i += 1) {
    names.push(await accessibleName(groups.nth(i)));
  }
  return names;
}

/** The accessible name Chromium computes for an element (its ARIA snapshot's name). */
export async function accessibleName(locator) {
  const snapshot = await locator.ariaSnapshot();
  // `- group "Name":` on the first line.
  const m = /^- \w+ "((?:[^"\\]|\\.)*)"/.exec(snapshot);
  return m ? JSON.parse(`"${m[1]}"`) : '';
}

/** Clicks `locator` and waits for the page it loads; returns the main response. */
export async function clickAndLoad(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  assert.ok(response, 'the click loaded a page');
  return response;
}

/**
 * Checks the status of the page `response` loaded; on a mismatch the message carries the
 * page's error texts (alerts) or the start of its main text.
 */
export async function assertStatus(page, response, expected, what) {
  const status = response.status();
  if (status === expected) return;
  const alerts = await page.getByRole('alert').allInnerTexts().catch(() => []);
  const text = alerts.length ? alerts.join('\n') : (await page.locator('main').innerText().catch(() => '')).slice(0, 1500);
  assert.fail(`${what}: ${page.url()} answered ${status}, expected ${expected}. The page says:\n${text}`);
}

/** `page.goto` that checks the status. */
export async function open(page, path, status = 200) {
  const response = await page.goto(path, { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), status, `${path} answered ${response.status()}, expected ${status}`);
  return response;
}

// ---- audits ----

/**
 * Checks the page as it is now at each width in [`WIDTHS`]: a full-page screenshot
 * `<name>-<width>.png`, axe-core's WCAG 2.2 AA rules, and (at the phone width) no
 * horizontal overflow. With `dark`, also in the dark colour scheme (`<name>-dark-<width>.png`).
 * Each check is its own subtest of `t`, so one failure does not hide the others nor stop
 * the flow.
 */
export async function audit(t, page, name, { dark = false } = {}) {
  const schemes = dark ? ['light', 'dark'] : ['light'];
  try {
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of WIDTHS) {
        const label = scheme === 'dark' ? `${name}-dark-${width}` : `${name}-${width}`;
        await page.setViewportSize({ width, height: 900 });
        // A change of scheme or width may start CSS transitions (colours fading to the
        // dark theme): jump them to their end, or axe would measure colours half-way.
        await page.evaluate(() =>
          document.getAnimations().forEach((a) => {
            try {
              a.finish();
            } catch {
              a.cancel(); // an endless animation cannot finish
            }
          }),
        );
        await page.screenshot({ path: join(ARTIFACTS, `${label}.png`), fullPage: true, animations: 'disabled' });
        const violations = await runAxe(page);
        await t.test(`${label}: axe-core finds no WCAG 2.2 AA violation`, () => {
          if (violations.length > 0) {
            const text = describeViolations(violations);
            report(`${label} (${page.url()})`, text);
            assert.fail(`${violations.length} axe violation(s) on ${label} (${page.url()}):\n${text}`);
          }
        });
        if (width === 390 && scheme === 'light') {
          const overflow = await horizontalOverflow(page);
          await t.test(`${label}: no horizontal scrolling at ${width} px`, () => {
            if (overflow) {
              const text = describeOverflow(overflow);
              report(`${label} overflow (${page.url()})`, text);
              assert.fail(`${label} (${page.url()}) scrolls sideways:\n${text}`);
            }
          });
        }
      }
    }
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

export async function runAxe(page) {
  if (SCRIPTS_OFF.get(page)) {
    // With scripts off a script tag does not run and the page's timers never fire, but
    // the test may still evaluate code: load axe that way, its timers made microtasks.
    // (The page has no script of its own running, so nothing else sees the change.)
    await page.evaluate(() => {
      window.setTimeout = (fn, _ms, ...args) => {
        Promise.resolve().then(() => fn(...args));
        return 0;
      };
      window.clearTimeout = () => {};
      window.requestAnimationFrame = (fn) => {
        Promise.resolve().then(() => fn(performance.now()));
        return 0;
      };
    });
    await page.evaluate(AXE_SOURCE);
  } else if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return result.violations;
}

export function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => {
          const html = n.html.length > 300 ? `${n.html.slice(0, 300)}…` : n.html;
          const why = (n.failureSummary || '').split('\n').map((l) => `        ${l}`).join('\n');
          return `    - ${JSON.stringify(n.target)}\n      ${html}\n${why}`;
        })
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more node(s)` : '';
      return `  * ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Null, or how far the page scrolls sideways and which elements stick out. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = window.innerWidth;
    if (doc.scrollWidth <= width) return null;
    const describe = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += `#${el.id}`;
      if (typeof el.className === 'string' && el.className.trim()) s += `.${el.className.trim().split(/\s+/).join('.')}`;
      return s;
    };
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) {
        // Only the outermost offenders: skip an element whose parent already sticks out.
        const parent = el.parentElement;
        const pr = parent ? parent.getBoundingClientRect() : null;
        if (pr && pr.right > width + 1 && parent !== document.body) continue;
        wide.push({ element: describe(el), right: Math.round(r.right), html: el.outerHTML.slice(0, 200) });
      }
    }
    return { scrollWidth: doc.scrollWidth, innerWidth: width, wide: wide.slice(0, 10) };
  });
}

function describeOverflow(o) {
  const items = o.wide.map((w) => `    - ${w.element} reaches x=${w.right}: ${w.html}`).join('\n');
  return `  scrollWidth ${o.scrollWidth} > innerWidth ${o.innerWidth}; outermost elements past the edge:\n${items}`;
}

export function report(title, text) {
  appendFileSync(REPORT, `\n## ${title}\n${text}\n`);
}

// ---- keyboard and focus ----

/** Whether `locator`'s element has the focus. */
export async function isFocused(locator) {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/**
 * Presses Tab (or Shift+Tab) until `locator` (with `any`: one of the elements it
 * matches) has the focus; fails after `limit` presses.
 */
export async function tabTo(page, locator, what, { limit = 80, backwards = false, any = false } = {}) {
  const focused = () =>
    any ? locator.evaluateAll((els) => els.some((el) => el === document.activeElement)) : isFocused(locator);
  for (let i = 0; i < limit; i += 1) {
    if (await focused()) return i;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await focused()) return limit;
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  assert.fail(`${what} never got the focus after ${limit} Tab presses (focus is on ${at})`);
}

/**
 * Describes how the focused element shows its focus: null when it shows none (no
 * outline, no box shadow), else the visible style.
 */
export async function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    // The element itself, or its label (a custom radio may draw the ring on its label).
    for (const candidate of [el, ...(el.labels ? [...el.labels] : [])]) {
      const s = getComputedStyle(candidate);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
      const who = candidate === el ? '' : ' (on its label)';
      if (outline) return `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}${who}`;
      if (shadow) return `box-shadow ${s.boxShadow}${who}`;
    }
    return null;
  });
}

export async function assertFocusVisible(page, where) {
  const indicator = await focusIndicator(page);
  const html = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  assert.ok(indicator, `no visible focus indicator (outline or box-shadow) at ${where} on ${html}`);
}
