// End-to-end tests of Convene's pages in headless Chromium (issue 4, "Browser tests").
//
// Run by `cargo test --test browser` (tests/browser/main.rs), which starts the real
// server on SQLite with a real SMTP server and passes its address in CONVENE_URL; the
// mail the flow causes is checked there, from the facts this file records in
// CONVENE_RESULT. Screenshots and the accessibility report go to CONVENE_ARTIFACTS.
//
// The tests run in order and the first five share one poll (the fixture, created
// through the form): create → answer ×3 → edit → finalize. Each page reached is audited
// (screenshots at 390 and 1280 px, axe-core WCAG 2.2 AA, no sideways scrolling at 390 px)
// in subtests, so an accessibility failure is reported without stopping the flow.
// Controls are found by label and role, never by CSS class.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  BASE,
  accessibleName,
  answerAll,
  answerRadio,
  api,
  apiPoll,
  assertFocusVisible,
  assertStatus,
  audit,
  choose,
  clickAndLoad,
  fixture,
  groupNames,
  horizontalOverflow,
  isFocused,
  launch,
  newPage,
  open,
  participant,
  record,
  runAxe,
  setZone,
  slotGroups,
  tabTo,
  voteForm,
  SHIFT_YEARS,
} from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const F = fixture();
const YEAR = F.year;

/** What the flow tests hand to each other. */
const flow = {};
function need(key, producer) {
  assert.ok(flow[key], `this test needs ${key} from the test "${producer}", which did not get that far`);
  return flow[key];
}

/**
 * The three participants who answer in the browser, each in a browser that reports
 * their zone, and what the first slot (fixture: 23 March, 13:00 in Europe/Zurich, CET
 * +01:00, so 12:00 UTC) must look like to them:
 * - Pacific/Fiji: +12:00 all year (Fiji has kept no summer time since 2022) → 24 March 00:00;
 * - Asia/Kathmandu: +05:45 → 23 March 17:45;
 * - America/Los_Angeles: PDT −07:00 (US summer time began on the second Sunday of March) → 23 March 05:00.
 */
const VOTERS = [
  { name: 'Mele Tupou', firstSlot: { date: `24 March ${YEAR}`, time: '00:00' } },
  { name: 'Anil Shrestha', firstSlot: { date: `23 March ${YEAR}`, time: '17:45' } },
  { name: 'Rosa Delgado', firstSlot: { date: `23 March ${YEAR}`, time: '05:00' } },
].map((v) => ({ ...v, ...participant(v.name) }));

/** The slot the organizer finalizes: the fourth, 31 March 21:00 in Zurich. */
const FINAL_INDEX = 3;
/**
 * 21:00 CEST (+02:00; EU summer time begins on the last Sunday of March, 25–31 March, at
 * 01:00 UTC, before 21:00 local even when it is the 31st) is 19:00 UTC.
 */
const FINAL_UTC = `${YEAR}-03-31T19:00:00Z`;
const FINAL_ICS = `${YEAR}0331T190000Z`;

test('the checkers work: axe-core and the overflow check catch planted faults, with and without scripts', async () => {
  // A page with an unlabelled field, low contrast and a box wider than a phone: if these
  // pass, a clean audit of Convene's pages would mean nothing.
  const planted =
    '<!doctype html><html lang="en"><head><title>Planted faults</title></head><body><main>' +
    '<h1>Faults</h1><input type="text"><p style="color:#aaa;background:#fff">faint text</p>' +
    '<div style="width:900px">wide</div></main></body></html>';
  for (const javaScriptEnabled of [true, false]) {
    const page = await newPage(browser, { javaScriptEnabled });
    try {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.setContent(planted);
      const ids = (await runAxe(page)).map((v) => v.id).sort();
      assert.deepEqual(ids, ['color-contrast', 'label'], `scripts ${javaScriptEnabled ? 'on' : 'off'}: axe finds ${ids}`);
      assert.ok(await horizontalOverflow(page), 'the overflow check sees the wide box');
    } finally {
      await page.context().close();
    }
  }
});

test('the fixture poll is created through the form', async (t) => {
  const page = await newPage(browser, { timezoneId: 'Europe/Zurich' });
  try {
    await open(page, '/');
    await audit(t, page, 'create', { dark: true });

    const { poll, slots } = F;
    await page.getByLabel(/^title/i).fill(poll.title);
    await page.getByLabel(/^description/i).fill(poll.description);
    await page.getByLabel(/location/i).fill(poll.location);
    await page.getByLabel(/your name/i).fill(poll.organizer_name);
    await page.getByLabel(/your email/i).fill(poll.organizer_email);
    await setZone(page.getByLabel(/time zone/i), poll.timezone);
    await page.getByLabel(/length/i).fill(String(poll.duration_minutes));
    if (poll.deadline) await page.getByLabel(/deadline/i).fill(poll.deadline);

    const addSlot = page.getByRole('button', { name: /add a slot/i });
    for (let i = 0; i < slots.length; i += 1) {
      const row = page.getByRole('group', { name: `Slot ${i + 1}`, exact: true });
      if ((await row.count()) === 0) await addSlot.click();
      assert.equal(await row.count(), 1, `a row for slot ${i + 1}`);
      const [date, time] = slots[i].split('T');
      await row.getByLabel(/date/i).fill(date);
      await row.getByLabel(/time/i).fill(time);
    }
    // "Add a slot" (JavaScript) adds a row after the last and puts the focus in it;
    // its "Remove" button takes it away again.
    const rows = page.getByRole('group', { name: /^slot \d+$/i });
    const before = await rows.count();
    await addSlot.click();
    const added = page.getByRole('group', { name: `Slot ${before + 1}`, exact: true });
    assert.equal(await added.count(), 1, '"Add a slot" adds a row');
    assert.ok(await isFocused(added.getByLabel(/date/i)), 'the new row\'s date field has the focus');
    await added.getByRole('button', { name: /remove/i }).click();
    assert.equal(await rows.count(), before, '"Remove" takes the row away');

    await page.getByLabel(/if need be/i).setChecked(poll.if_need_be);
    await page.getByLabel(/hide answers/i).setChecked(poll.hide_results);

    const response = await clickAndLoad(page, page.getByRole('button', { name: /create poll/i }));
    await assertStatus(page, response, 200, 'the admin page after creating');
    const m = /\/p\/([^/]+)\/admin\/([^/?#]+)/.exec(page.url());
    assert.ok(m, `created: landed on the admin page, not ${page.url()}`);
    const [, id, token] = m;
    flow.id = id;
    flow.adminPath = `/p/${id}/admin/${token}`;
    record({
      poll_id: id,
      title: poll.title,
      shift_years: SHIFT_YEARS,
      organizer: { name: poll.organizer_name, email: poll.organizer_email, timezone: poll.timezone },
    });

    await page.getByText(/your poll is ready/i).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: /participant link/i }).inputValue(),
      `${BASE}/p/${id}`,
      'the admin page shows the participant link',
    );
    const created = await api('GET', `/polls/${id}`);
    assert.equal(created.status, 200, created.text);
    assert.equal(created.json.slots.length, slots.length, 'every slot was saved, the empty row ignored');
    await audit(t, page, 'admin-new');
  } finally {
    await page.context().close();
  }
});

test('three participants in Fiji, Kathmandu and Los Angeles answer, each seeing their own times', async (t) => {
  const id = need('id', 'the fixture poll is created through the form');
  flow.links = {};
  for (const [n, v] of VOTERS.entries()) {
    const page = await newPage(browser, { timezoneId: v.timezone });
    try {
      // With no zone chosen yet, the page's script reloads it in the browser's zone
      // (?tz=, as the browser names it: Chromium says Asia/Katmandu, and the server
      // reads that as Asia/Kathmandu). The wait is bounded only for the failure report:
      // when it works, the reload has happened by the time the page is loaded.
      await page.goto(`/p/${id}`);
      const detected = await page
        .waitForURL((url) => url.searchParams.has('tz'), { timeout: 5000 })
        .then(() => true, () => false);
      await page.waitForLoadState('load');
      const picker = page.getByLabel(/show times in/i);
      const shown = await picker.inputValue();
      const reported = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      await t.test(`${v.timezone}: the poll page switches to the browser's zone by itself`, () => {
        assert.ok(
          detected && shown === v.timezone,
          `the page shows ${shown} (${page.url()}); the browser reports its zone as "${reported}"` +
            (reported !== v.timezone
              ? `, ICU's legacy alias of ${v.timezone}: the server should show it under the current name`
              : ''),
        );
      });
      if (shown !== v.timezone) {
        // Carry on as the participant would: pick the zone by hand.
        await setZone(picker, v.timezone);
        await clickAndLoad(page, page.getByRole('button', { name: /show times/i }));
      }
      const names = await groupNames(page);
      assert.equal(names.length, F.slots.length, 'one answer group per slot');
      assert.ok(
        names[0].includes(v.firstSlot.date) && names[0].includes(v.firstSlot.time),
        `${v.timezone}: the first slot reads ${v.firstSlot.date} ${v.firstSlot.time}, not ${JSON.stringify(names[0])}`,
      );

      const save = page.getByRole('button', { name: /save my answer/i });
      if (n === 0) {
        await audit(t, page, 'vote', { dark: true });
        // Submitting with no name is refused and shows the errors.
        const refused = await clickAndLoad(page, save);
        await assertStatus(page, refused, 422, 'a vote without a name is refused');
        const alert = page.getByRole('alert').filter({ hasText: /name/i });
        assert.ok((await alert.count()) > 0, 'an error summary names the name field');
        await audit(t, page, 'vote-errors');
      }

      const form = voteForm(page);
      await form.getByLabel(/your name/i).fill(v.name);
      await form.getByLabel(/affiliation/i).fill(v.affiliation);
      await form.getByLabel(/email/i).fill(v.email);
      await setZone(form.getByLabel(/your time zone/i), v.timezone);
      await answerAll(page, v.votes);
      const saved = await clickAndLoad(page, save);
      await assertStatus(page, saved, 200, 'saving the answer');
      await page.getByText(/your answer is saved/i).waitFor();
      const link = await page.getByRole('textbox', { name: /your personal link/i }).inputValue();
      assert.match(link, new RegExp(`^${BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/p/${id}/r/[\\w-]+$`), 'the personal link');
      flow.links[v.name] = link;
      if (n === 0) await audit(t, page, 'vote-saved');
    } finally {
      await page.context().close();
    }
  }
  record({
    participants: VOTERS.map((v) => ({ name: v.name, email: v.email, timezone: v.timezone })),
  });

  // The results, as anyone sees them (a browser in Zurich).
  const page = await newPage(browser, { timezoneId: 'Europe/Zurich' });
  try {
    await open(page, `/p/${id}`);
    for (const v of VOTERS) {
      assert.equal(await page.getByRole('rowheader', { name: v.name }).count(), 1, `${v.name} has a row in the results`);
    }
    await audit(t, page, 'results', { dark: true });

    // "Show times in" switches the whole page to another zone.
    await setZone(page.getByLabel(/show times in/i), 'Asia/Kathmandu');
    await clickAndLoad(page, page.getByRole('button', { name: /show times/i }));
    assert.ok(
      (await page.getByRole('columnheader', { name: /17:45/ }).count()) > 0,
      'in Kathmandu time the first slot starts at 17:45',
    );

    // A comment with nothing in it is refused with the form's errors.
    const refused = await clickAndLoad(page, page.getByRole('button', { name: /post comment/i }));
    await assertStatus(page, refused, 422, 'an empty comment is refused');
    await audit(t, page, 'comment-errors');
  } finally {
    await page.context().close();
  }
});

test('an answer is changed through its personal link', async (t) => {
  const links = need('links', 'three participants … answer');
  const rosa = VOTERS[2];
  const link = links[rosa.name];
  assert.ok(link, 'Rosa answered');
  const page = await newPage(browser, { timezoneId: rosa.timezone });
  try {
    await open(page, link);
    const form = voteForm(page);
    assert.equal(await form.getByLabel(/your name/i).inputValue(), rosa.name, 'the form holds her answer');
    const first = slotGroups(page.locator('main')).first();
    assert.equal(rosa.votes[0], 'if_need_be');
    assert.ok(await answerRadio(first, 'if_need_be').isChecked(), 'her first answer is "if need be"');
    await audit(t, page, 'edit', { dark: true });

    // An empty name is refused; the page keeps her other answers.
    await form.getByLabel(/your name/i).fill('');
    const refused = await clickAndLoad(page, page.getByRole('button', { name: /save changes/i }));
    await assertStatus(page, refused, 422, 'an edit without a name is refused');
    await audit(t, page, 'edit-errors');

    await voteForm(page).getByLabel(/your name/i).fill(rosa.name);
    await choose(answerRadio(slotGroups(page.locator('main')).first(), 'yes'));
    const saved = await clickAndLoad(page, page.getByRole('button', { name: /save changes/i }));
    await assertStatus(page, saved, 200, 'saving the answer');
    await page.getByText(/your answer is saved/i).waitFor();
    assert.ok(
      await answerRadio(slotGroups(page.locator('main')).first(), 'yes').isChecked(),
      'the personal page shows the new answer',
    );
    const row = page.getByRole('row', { name: new RegExp(rosa.name) });
    assert.match(await row.getByRole('cell').first().innerText(), /\byes\b/i, 'the results table shows the change');
  } finally {
    await page.context().close();
  }
});

test('the organizer finalizes; the poll page shows the meeting time and offers the .ics', async (t) => {
  const adminPath = need('adminPath', 'the fixture poll is created through the form');
  const id = flow.id;
  const page = await newPage(browser, { timezoneId: 'Europe/Zurich' });
  try {
    await open(page, adminPath);
    for (const v of VOTERS) {
      assert.equal(await page.locator('table.results').getByRole('rowheader', { name: new RegExp(v.name) }).count(), 1, `${v.name} in the admin page's results`);
    }
    await audit(t, page, 'admin', { dark: true });

    // Saving the settings with an empty title is refused with the form's errors.
    await page.getByLabel(/^title/i).fill('');
    const refused = await clickAndLoad(page, page.getByRole('button', { name: /save settings/i }));
    await assertStatus(page, refused, 422, 'an empty title is refused');
    await audit(t, page, 'admin-errors');
    await open(page, adminPath);

    const choice = page.getByRole('radio', { name: new RegExp(`31 March ${YEAR}`) });
    assert.equal(await choice.count(), 1, 'one finalize choice for 31 March');
    await choose(choice);
    const done = await clickAndLoad(page, page.getByRole('button', { name: /finalize/i }));
    await assertStatus(page, done, 200, 'finalizing');
    await page.getByRole('heading', { name: /^the meeting time/i }).waitFor();
    await audit(t, page, 'admin-finalized');
    record({ final_slot_utc: FINAL_UTC });

    await open(page, `/p/${id}`);
    const final = page.getByRole('region', { name: /^the meeting time/i });
    const when = await final.innerText();
    assert.ok(
      when.includes(`31 March ${YEAR}`) && when.includes('21:00'),
      `the poll page shows the meeting time, 31 March ${YEAR} 21:00 in Zurich: ${when}`,
    );
    await audit(t, page, 'finalized', { dark: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /\.ics|calendar/i }).first().click(),
    ]);
    assert.equal(new URL(download.url()).pathname, `/p/${id}/event.ics`);
    const ics = readFileSync(await download.path(), 'utf8');
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), `the file is a calendar:\n${ics}`);
    assert.ok(!/(^|[^\r])\n/.test(ics), 'every line ends with CRLF');
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'), 'it ends with END:VCALENDAR and CRLF');
    assert.match(ics, new RegExp(`\\r\\nDTSTART:${FINAL_ICS}\\r\\n`), `DTSTART is ${FINAL_ICS} (UTC)`);

    // A participant's own page after the end: her answers, read-only.
    await open(page, new URL(flow.links[VOTERS[1].name]).pathname);
    await audit(t, page, 'finalized-personal');
  } finally {
    await page.context().close();
  }
});

test('the organizer invites people by pasting a list, sees the bad line, and marks a co-chair required with the keyboard', async (t) => {
  const page = await newPage(browser, { timezoneId: 'Europe/Zurich' });
  try {
    const poll = await apiPoll('Invitations in the browser');
    const adminPath = `/p/${poll.id}/admin/${poll.admin_token}`;
    await open(page, adminPath);
    const list = page.getByLabel(/^paste a list/i);
    await list.fill([
      'Mele Tupou, mele.invitee@example.org, DC on Environment, Pacific/Fiji',
      'Rosa Delgado <rosa.invitee@example.org>',
      'no address on this line',
    ].join('\n'));
    const added = await clickAndLoad(page, page.getByRole('button', { name: /^add$/i }));
    await assertStatus(page, added, 200, 'a list with one bad line');
    assert.match(await page.getByText(/line 3: “no address on this line”/i).innerText(), /line 3/i, 'the bad line is named with its number');
    assert.equal(await page.getByLabel(/^paste a list/i).inputValue(), 'no address on this line', 'only the bad line is back in the box');
    await audit(t, page, 'admin-invitees-errors');

    await open(page, adminPath);
    const table = page.locator('table.invitees');
    assert.equal(await table.getByRole('rowheader').count(), 2, 'two invitees listed');
    // Mark Mele required with the keyboard alone.
    const mark = table.getByRole('button', { name: /mark required.*Mele Tupou/i });
    await tabTo(page, mark, 'the "Mark required" button of Mele', { limit: 200 });
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const pressed = page.locator('table.invitees').getByRole('button', { name: /required.*Mele Tupou/i });
    assert.equal(await pressed.getAttribute('aria-pressed'), 'true', 'the button says it is on');
    const quorum = page.locator('table.quorum');
    assert.match(await quorum.innerText(), /Missing: Mele Tupou \(no answer yet\)/, 'the quorum names the required person');
    await audit(t, page, 'admin-invitees', { dark: true });
  } finally {
    await page.context().close();
  }
});

test('the planner proposes fair times, shows a strip per zone, and passes axe', async (t) => {
  const page = await newPage(browser, { timezoneId: 'Europe/Berlin' });
  try {
    await open(page, '/planner');
    await audit(t, page, 'planner-new');
    const q = new URLSearchParams([
      ['from', '2027-03-22'], ['to', '2027-03-26'], ['timezone', 'Europe/Berlin'],
      ['duration_minutes', '60'], ['step_minutes', '15'],
      ['weekday', 'mon'], ['weekday', 'tue'], ['weekday', 'wed'], ['weekday', 'thu'], ['weekday', 'fri'],
      ['zones', 'America/Los_Angeles 1\nEurope/Berlin 5\nAsia/Kathmandu 5'],
      ['day_start', '07:00'], ['work_start', '09:00'], ['work_end', '18:00'], ['night_start', '22:00'],
    ]);
    await open(page, `/planner?${q}`);
    const first = page.locator('ol.proposals').getByRole('checkbox').first();
    assert.match(await accessibleName(first), /Monday 22 March 2027, 09:00–10:00/, 'the best start, 09:00 in Berlin');
    await audit(t, page, 'planner', { dark: true });
  } finally {
    await page.context().close();
  }
});

test('error pages: 404 for an unknown poll and a wrong admin link', async (t) => {
  const page = await newPage(browser);
  try {
    await open(page, '/p/xxxxxxxxxxxx', 404);
    assert.ok((await page.getByRole('heading', { level: 1 }).count()) === 1, 'the 404 page has a heading');
    await audit(t, page, 'error-404', { dark: true });

    const poll = await apiPoll('Wrong admin link');
    const token = poll.admin_token;
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    await open(page, `/p/${poll.id}/admin/${wrong}`, 404);
    await audit(t, page, 'error-404-admin');
  } finally {
    await page.context().close();
  }
});

test('a vote form left open while the poll is closed in another tab gets the 409 page', async (t) => {
  const poll = await apiPoll('Stale form');
  const page = await newPage(browser);
  try {
    await open(page, `/p/${poll.id}`);
    await voteForm(page).getByLabel(/your name/i).fill('Late Larry');
    await answerAll(page, ['yes', 'no', 'if_need_be']);

    const admin = await page.context().newPage();
    await admin.goto(new URL(poll.admin_url).pathname);
    await clickAndLoad(admin, admin.getByRole('button', { name: /close the poll/i }));
    await admin.close();

    const response = await clickAndLoad(page, page.getByRole('button', { name: /save my answer/i }));
    await assertStatus(page, response, 409, 'an answer to a closed poll is refused with 409');
    await audit(t, page, 'error-409', { dark: true });
  } finally {
    await page.context().close();
  }
});

test('the create form with errors moves the focus to the error summary, whose links lead to the fields', async (t) => {
  const page = await newPage(browser);
  try {
    await open(page, '/');
    const response = await clickAndLoad(page, page.getByRole('button', { name: /create poll/i }));
    await assertStatus(page, response, 422, 'an empty form is refused');
    await audit(t, page, 'create-errors', { dark: true });

    const summary = await page.evaluate(() => {
      // The summary: the focused element, or its nearest ancestor, that holds links to
      // fragments (the skip link aside) and a heading about the problems.
      const links = (el) => [...el.querySelectorAll('a[href^="#"]')].filter((a) => a.getAttribute('href') !== '#main');
      const focused = document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : null;
      let el = document.activeElement;
      if (el && el.matches('a')) el = el.parentElement;
      while (el && el !== document.body && el.tagName !== 'MAIN' && links(el).length === 0) el = el.parentElement;
      const isSummary =
        el &&
        el !== document.body &&
        el.tagName !== 'MAIN' &&
        [...el.querySelectorAll('h1, h2, h3, [role=heading]')].some((h) => /problem|error|correct/i.test(h.textContent));
      if (!isSummary) return { focused, links: [] };
      return {
        focused,
        links: links(el).map((a) => {
          const id = decodeURIComponent(a.getAttribute('href').slice(1));
          const target = document.getElementById(id);
          return { text: a.textContent.trim(), id, exists: !!target, tag: target ? target.tagName.toLowerCase() : null };
        }),
      };
    });
    assert.ok(summary.links.length > 0, `the focus is on or in the error summary (it is on ${summary.focused})`);
    for (const l of summary.links) {
      assert.ok(l.exists, `the summary link "${l.text}" points at #${l.id}, which does not exist`);
    }
    const titleId = await page.getByLabel(/^title/i).getAttribute('id');
    assert.ok(
      summary.links.some((l) => l.id === titleId),
      `a summary link leads to the title field (#${titleId}): ${JSON.stringify(summary.links)}`,
    );
  } finally {
    await page.context().close();
  }
});

test('the vote form can be completed with the keyboard alone', async () => {
  const poll = await apiPoll('Keyboard only');
  const votes = ['yes', 'if_need_be', 'no'];
  const name = 'Kim Keyboard';
  // A browser in the poll's zone: the page does not reload itself to change zones.
  const page = await newPage(browser, { timezoneId: 'Europe/Zurich' });
  try {
    await open(page, `/p/${poll.id}`);
    await page.keyboard.press('Tab');
    await assertFocusVisible(page, 'the first Tab stop (skip link)');

    const nameField = voteForm(page).getByLabel(/your name/i);
    await tabTo(page, nameField, 'the name field');
    await assertFocusVisible(page, 'the name field');
    await page.keyboard.type(name);

    const groups = slotGroups(page.locator('main'));
    assert.equal(await groups.count(), votes.length);
    for (let i = 0; i < votes.length; i += 1) {
      const group = groups.nth(i);
      await tabTo(page, group.getByRole('radio'), `an answer of slot ${i + 1}`, { any: true });
      if (i === 0) await assertFocusVisible(page, 'the first answer radio');
      const target = answerRadio(group, votes[i]);
      // Arrow keys move through (and choose) the answers; Space chooses the focused one.
      for (let k = 0; k < 4 && !(await isFocused(target)); k += 1) await page.keyboard.press('ArrowDown');
      assert.ok(await isFocused(target), `the arrow keys reach "${votes[i]}" in slot ${i + 1}`);
      await page.keyboard.press('Space');
      assert.ok(await target.isChecked(), `slot ${i + 1}: "${votes[i]}" is chosen`);
    }

    const save = page.getByRole('button', { name: /save my answer/i });
    await tabTo(page, save, 'the save button');
    await assertFocusVisible(page, 'the save button');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.getByText(/your answer is saved/i).waitFor();

    const stored = await api('GET', `/polls/${poll.id}`);
    const mine = stored.json.responses.find((r) => r.name === name);
    assert.ok(mine, `the answer of ${name} is stored: ${stored.text}`);
    assert.deepEqual(
      poll.slots.map((s) => mine.votes[s.id]),
      votes,
      'the stored answers are those chosen with the keyboard',
    );
  } finally {
    await page.context().close();
  }
});

test('without JavaScript, a poll is created and answered', async (t) => {
  const page = await newPage(browser, { javaScriptEnabled: false, timezoneId: 'Asia/Kolkata' });
  try {
    await open(page, '/');
    await audit(t, page, 'nojs-create');
    const slots = [...F.slots, `${YEAR}-04-02T09:00`];
    await page.getByLabel(/^title/i).fill('Planning call, no script');
    await page.getByLabel(/your name/i).fill('Priya Raman');
    await page.getByLabel(/your email/i).fill('priya.raman@example.org');
    await setZone(page.getByLabel(/time zone/i), 'Europe/Zurich');
    // Six slots: more than the rows the form starts with, so the no-script
    // "Add 5 more slot rows" button is needed (what was typed is kept).
    const rows = () => page.getByRole('group', { name: /^slot \d+$/i });
    assert.ok((await rows().count()) < slots.length, 'the form starts with fewer rows than needed here');
    const more = page.getByRole('button', { name: /more slot rows/i });
    await clickAndLoad(page, more);
    assert.ok((await rows().count()) >= slots.length, 'more rows were added');
    assert.equal(await page.getByLabel(/^title/i).inputValue(), 'Planning call, no script', 'the title was kept');
    await audit(t, page, 'nojs-create-more-rows');
    for (let i = 0; i < slots.length; i += 1) {
      const row = page.getByRole('group', { name: `Slot ${i + 1}`, exact: true });
      const [date, time] = slots[i].split('T');
      await row.getByLabel(/date/i).fill(date);
      await row.getByLabel(/time/i).fill(time);
    }
    await clickAndLoad(page, page.getByRole('button', { name: /create poll/i }));
    const m = /\/p\/([^/]+)\/admin\/([^/?#]+)/.exec(page.url());
    assert.ok(m, `landed on the admin page, not ${page.url()}`);
    const [, id, adminToken] = m;
    await audit(t, page, 'nojs-admin');

    await open(page, `/p/${id}`);
    // No script: no zone detection, the page shows the poll's zone.
    assert.equal(await page.getByLabel(/show times in/i).inputValue(), 'Europe/Zurich');
    await audit(t, page, 'nojs-vote');
    await voteForm(page).getByLabel(/your name/i).fill('Wanjiru Kamau');
    await setZone(voteForm(page).getByLabel(/your time zone/i), 'Africa/Nairobi');
    await answerAll(page, ['yes', 'yes', 'if_need_be', 'no', 'yes', 'no']);
    const saved = await clickAndLoad(page, page.getByRole('button', { name: /save my answer/i }));
    await assertStatus(page, saved, 200, 'saving the answer');
    await page.getByText(/your answer is saved/i).waitFor();
    await audit(t, page, 'nojs-vote-saved');

    // A participant's zone is the organizer's to see: read as the organizer.
    const stored = await api('GET', `/polls/${id}`, undefined, adminToken);
    assert.equal(stored.json.slots.length, slots.length, 'six slots');
    assert.equal(stored.json.responses.length, 1, 'one answer');
    assert.equal(stored.json.responses[0].timezone, 'Africa/Nairobi');
  } finally {
    await page.context().close();
  }
});

test('in Arabic the pages are right to left, mirrored, and pass axe; Chinese and Russian pages pass axe too', async (t) => {
  const poll = await apiPoll('Right to left');
  const slot = poll.slots[0].id;
  const answer = await api('POST', `/polls/${poll.id}/responses`, {
    name: 'مريم الحسيني',
    timezone: 'Asia/Riyadh',
    language: 'ar',
    votes: { [slot]: 'yes' },
  });
  assert.equal(answer.status, 201, answer.text);
  const page = await newPage(browser, { timezoneId: 'Asia/Riyadh' });
  try {
    // The language selector on the page: choose العربية and apply.
    await open(page, `/p/${poll.id}?tz=Asia/Riyadh`);
    await page.getByLabel(/^language$/i).selectOption('ar');
    await clickAndLoad(page, page.getByRole('button', { name: /^change$/i }));
    const html = page.locator('html');
    assert.equal(await html.getAttribute('dir'), 'rtl', 'the Arabic page is right to left');
    assert.equal(await html.getAttribute('lang'), 'ar');
    // Mirrored: the answer form's first field (the name) sits right of the second
    // (affiliation), and table cells start on the right.
    const name = await page.getByRole('textbox', { name: /^اسمك \(/ }).boundingBox();
    const affiliation = await page.getByLabel(/الجهة/).first().boundingBox();
    assert.ok(name && affiliation && name.x > affiliation.x, 'the first field of a row is on the right');
    const cellAlign = await page.locator('table.results th').first().evaluate((el) => getComputedStyle(el).textAlign);
    assert.ok(['start', 'right'].includes(cellAlign), `table headers start on the right, not ${cellAlign}`);
    await audit(t, page, 'ar-vote', { dark: true });
    // The choice is remembered: the create form comes in Arabic without ?lang=.
    await open(page, '/');
    assert.equal(await html.getAttribute('dir'), 'rtl', 'the cookie keeps Arabic');
    await audit(t, page, 'ar-create');
    await open(page, `/p/${poll.id}/admin/${poll.admin_token}`);
    await audit(t, page, 'ar-admin');
    await open(page, '/p/xxxxxxxxxxxx', 404);
    assert.equal(await html.getAttribute('dir'), 'rtl', 'error pages follow the language');
    await audit(t, page, 'ar-error-404');
    for (const lang of ['zh', 'ru']) {
      await open(page, `/p/${poll.id}?lang=${lang}`);
      assert.equal(await html.getAttribute('dir'), 'ltr');
      await audit(t, page, `${lang}-vote`);
    }
  } finally {
    await page.context().close();
  }
});

test("the pages' own script runs under their Content-Security-Policy, which reports nothing", async () => {
  const page = await newPage(browser, { bypassCSP: false });
  const refused = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) refused.push(message.text());
  });
  try {
    const response = await open(page, '/');
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    // The script adds an "Add a slot" button to the slot rows: it ran.
    await page.getByRole('button', { name: /add a slot/i }).waitFor();
    const poll = await apiPoll('Policy check');
    await open(page, `/p/${poll.id}/admin/${poll.admin_token}`);
    await page.getByRole('button', { name: /copy/i }).first().waitFor();
    assert.deepEqual(refused, [], 'the browser refused nothing');
  } finally {
    await page.context().close();
  }
});
