// Availability polls in a real browser (issue 11): the create form shows the grid's
// fields when that kind is chosen, and the participant's grid is painted with the mouse
// (a dragged rectangle) and the keyboard (arrows, Space, Shift+arrow); the checkboxes
// the script sets are what the server saves, and the heat map counts them.
//
// Run by `cargo test --test browser` after e2e.test.mjs (see that file and lib.mjs).
// Controls are found by label and role; the checkboxes, hidden from everyone while the
// script paints, are read by their form names.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertFocusVisible,
  assertStatus,
  audit,
  clickAndLoad,
  fixture,
  isFocused,
  launch,
  newPage,
  open,
  setZone,
  tabTo,
  voteForm,
} from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const { year: YEAR } = fixture();

/**
 * 22–24 March, 09:00–17:00 in Zurich (CET, +01:00: EU summer time starts on the last
 * Sunday of March) is 21:00–05:00 the next day in Auckland (NZDT, +13:00 until the first
 * Sunday of April): in Auckland the grid has the dates 22 to 25 March, the rows 00:00 to
 * 04:00 and 21:00 to 23:00, 8 cells a day, 24 in all, and blank places where a date has
 * no cell at that time (22 March before 21:00, 25 March after 05:00).
 */
const DATES = ['22 Mar', '23 Mar', '24 Mar', '25 Mar'];
const ROWS = ['00:00', '01:00', '02:00', '03:00', '04:00', '21:00', '22:00', '23:00'];

/** A cell's name starts with its label, `Mon 22 Mar, 21:00` (a year may follow the month). */
function cellName(date, time) {
  return new RegExp(`\\b${date}(?: \\d{4})?, ${time}: `);
}

/** The cells painted by mouse (a row of three) and by keyboard ("if need be"). */
const MOUSE = [['22 Mar', '21:00'], ['23 Mar', '21:00'], ['24 Mar', '21:00']];
const KEYBOARD = [['22 Mar', '22:00'], ['22 Mar', '23:00']];

/** Every answer cell of the page: its label, its two checkboxes and its class. */
async function answerCells(page) {
  return page.locator('table[data-grid] td[data-label]').evaluateAll((tds) =>
    tds.map((td) => ({
      label: td.getAttribute('data-label'),
      yes: !!td.querySelector('input[name="cell_yes"]')?.checked,
      maybe: !!td.querySelector('input[name="cell_if_need_be"]')?.checked,
      isYes: td.classList.contains('is-yes'),
      isMaybe: td.classList.contains('is-maybe'),
    })),
  );
}

function labelOf(cells, [date, time]) {
  const found = cells.filter((c) => new RegExp(`\\b${date}(?: \\d{4})?, ${time}$`).test(c.label));
  assert.equal(found.length, 1, `one cell ${date}, ${time} among ${cells.map((c) => c.label).join(' | ')}`);
  return found[0].label;
}

/** Checks that exactly the `yes` cells are available and the `maybe` cells "if need be". */
function assertMarks(cells, yes, maybe, where) {
  const yesLabels = yes.map((c) => labelOf(cells, c)).sort();
  const maybeLabels = maybe.map((c) => labelOf(cells, c)).sort();
  const got = (key) => cells.filter((c) => c[key]).map((c) => c.label).sort();
  assert.deepEqual(got('yes'), yesLabels, `${where}: the "available" checkboxes ticked`);
  assert.deepEqual(got('maybe'), maybeLabels, `${where}: the "if need be" checkboxes ticked`);
  assert.deepEqual(got('isYes'), yesLabels, `${where}: the cells drawn as available`);
  assert.deepEqual(got('isMaybe'), maybeLabels, `${where}: the cells drawn as "if need be"`);
}

test('an availability poll is created, painted with mouse and keyboard, saved, and counted in the heat map', async (t) => {
  const page = await newPage(browser, { timezoneId: 'Europe/Zurich' });
  let id;
  try {
    // The create form: the grid's fields show once that kind is chosen, the slot rows go.
    await open(page, '/');
    const firstDay = page.getByLabel(/^first day/i);
    const slotRow = page.getByRole('group', { name: 'Slot 1', exact: true });
    assert.ok(await slotRow.isVisible(), 'candidate times are the default: their rows show');
    assert.ok(!(await firstDay.isVisible()), 'the grid fields are hidden while candidate times are chosen');
    // Whole days have no meeting length: its field goes while they are chosen.
    await page.getByRole('radio', { name: /whole days/i }).check();
    assert.ok(!(await page.getByLabel(/length/i).isVisible()), 'no length for whole days');
    await page.getByRole('radio', { name: /availability grid/i }).check();
    assert.ok(await page.getByLabel(/length/i).isVisible(), 'a grid has a meeting length');
    assert.ok(await firstDay.isVisible(), 'choosing the grid shows its fields');
    assert.ok(!(await slotRow.isVisible()), 'and hides the slot rows');
    await audit(t, page, 'create-grid');

    await page.getByLabel(/^title/i).fill('Grid call');
    await page.getByLabel(/your name/i).fill('Olga Organizer');
    await page.getByLabel(/your email/i).fill('olga@example.org');
    await setZone(page.getByLabel(/time zone/i), 'Europe/Zurich');
    await page.getByLabel(/length/i).fill('60');
    await firstDay.fill(`${YEAR}-03-22`);
    await page.getByLabel(/^last day/i).fill(`${YEAR}-03-24`);
    await page.getByLabel(/^each day from/i).fill('09:00');
    await page.getByLabel(/^each day until/i).fill('17:00');
    const cellSize = page.getByLabel(/^cells of/i);
    assert.equal(await cellSize.inputValue(), '30', 'cells of 30 minutes unless chosen otherwise');
    await cellSize.selectOption({ label: '60 minutes' });
    await page.getByLabel(/if need be/i).setChecked(true);
    const created = await clickAndLoad(page, page.getByRole('button', { name: /create poll/i }));
    await assertStatus(page, created, 200, 'the admin page after creating the grid poll');
    const m = /\/p\/([^/]+)\/admin\//.exec(page.url());
    assert.ok(m, `created: landed on the admin page, not ${page.url()}`);
    id = m[1];
  } finally {
    await page.context().close();
  }

  // The participant, in Auckland.
  const voter = await newPage(browser, { timezoneId: 'Pacific/Auckland' });
  try {
    await open(voter, `/p/${id}?tz=Pacific/Auckland`);
    const grid = voter.getByRole('grid', { name: /your availability/i });
    assert.equal(await grid.count(), 1, 'the answer table is a grid (the script runs)');

    // Every local date once, in order, and every cell once.
    // The first column header is the corner above the times.
    const [, ...headers] = (await grid.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    assert.equal(headers.length, DATES.length, `one column per local date: ${JSON.stringify(headers)}`);
    DATES.forEach((d, i) => {
      assert.match(headers[i], new RegExp(`\\b${d}\\b`), `column ${i + 1} is ${d}: ${JSON.stringify(headers)}`);
      assert.equal(headers.filter((h) => h.includes(d)).length, 1, `${d} heads one column`);
    });
    const rowHeads = (await grid.getByRole('rowheader').allInnerTexts()).map((h) => h.trim());
    assert.deepEqual(rowHeads, ROWS, 'one row per local time of day');
    const cells = grid.getByRole('gridcell', { name: /\d{2}:\d{2}: / });
    assert.equal(await cells.count(), 24, '24 cells: 8 hours on each of 3 days');
    assert.equal(
      await grid.getByRole('gridcell', { name: /: not free$/i }).count(),
      24,
      'each cell says its state in its name: nothing marked yet',
    );
    // The paint tools show; the cells are one stop in the tab order.
    await voter.getByRole('radio', { name: /^yes$/i }).waitFor();
    assert.ok(await voter.getByRole('radio', { name: /^yes$/i }).isChecked(), 'painting "yes" by default');
    assert.equal(
      await grid.locator('[tabindex="0"]').count(),
      1,
      'one cell of the grid is in the tab order (roving tabindex)',
    );
    await audit(t, voter, 'grid-answer', { dark: true });

    const cell = (date, time) => grid.getByRole('gridcell', { name: cellName(date, time) });

    // The mouse: press on 22 March 21:00, drag over 23 to 24 March, let go: a row of three.
    // On the way, a detour down to 23:00 paints a 3×3 rectangle that shrinks back.
    const box = async (date, time) => {
      const b = await cell(date, time).boundingBox();
      assert.ok(b, `the cell ${date} ${time} is on screen`);
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    await cell('24 Mar', '23:00').scrollIntoViewIfNeeded();
    await cell(...MOUSE[0]).scrollIntoViewIfNeeded();
    const start = await box(...MOUSE[0]);
    const detour = await box('24 Mar', '23:00');
    const end = await box(...MOUSE[2]);
    await voter.mouse.move(start.x, start.y);
    await voter.mouse.down();
    await voter.mouse.move(detour.x, detour.y, { steps: 8 });
    assert.equal(
      await grid.getByRole('gridcell', { name: /: yes$/i }).count(),
      9,
      'while dragging, the rectangle from the first cell to the pointer is painted',
    );
    await voter.mouse.move(end.x, end.y, { steps: 8 });
    await voter.mouse.up();
    assertMarks(await answerCells(voter), MOUSE, [], 'after the drag');
    for (const c of MOUSE) {
      assert.equal(await cell(...c).getAttribute('aria-label').then((n) => /: yes$/i.test(n)), true, `${c} says "Yes"`);
    }

    // The keyboard: choose "if need be" among the paint radios, Tab into the grid (the
    // cell last pressed), ArrowDown to 22:00, Space paints it, Shift+ArrowDown paints
    // 23:00 as it moves there.
    const maybeRadio = voter.getByRole('radio', { name: /^if need be$/i });
    // Back from the grid (where the mouse left the focus) to the paint radios.
    await tabTo(voter, voter.getByRole('radio', { name: /^yes$/i }), 'the "Yes" paint radio', { backwards: true });
    await voter.keyboard.press('ArrowDown');
    assert.ok(await maybeRadio.isChecked(), 'the arrow key chose "if need be"');
    await voter.keyboard.press('Tab');
    assert.ok(await isFocused(cell(...MOUSE[0])), 'Tab enters the grid on the cell last used');
    await assertFocusVisible(voter, 'a grid cell');
    // Nothing above 21:00 on 22 March (blank places are skipped, the edge stays put).
    await voter.keyboard.press('ArrowUp');
    assert.ok(await isFocused(cell(...MOUSE[0])), 'ArrowUp at the top of a column stays');
    await voter.keyboard.press('ArrowRight');
    assert.ok(await isFocused(cell('23 Mar', '21:00')), 'ArrowRight moves to the next date');
    await voter.keyboard.press('ArrowUp');
    assert.ok(await isFocused(cell('23 Mar', '04:00')), 'ArrowUp moves to the time before');
    await voter.keyboard.press('Home');
    assert.ok(await isFocused(cell('23 Mar', '04:00')), 'Home goes to the first cell of the row (22 March has none at 04:00)');
    await voter.keyboard.press('End');
    assert.ok(await isFocused(cell('25 Mar', '04:00')), 'End goes to the last cell of the row');
    await voter.keyboard.press('ArrowDown');
    assert.ok(await isFocused(cell('25 Mar', '04:00')), 'ArrowDown skips nothing into blank places: 25 March ends at 04:00');
    await voter.keyboard.press('Control+Home');
    assert.ok(await isFocused(cell('23 Mar', '00:00')), 'Ctrl+Home goes to the first cell');
    // Back to 22 March, 21:00: down the column, then left.
    for (let i = 0; i < 5; i += 1) await voter.keyboard.press('ArrowDown');
    await voter.keyboard.press('ArrowLeft');
    assert.ok(await isFocused(cell(...MOUSE[0])), 'ArrowLeft moves to the date before');
    assertMarks(await answerCells(voter), MOUSE, [], 'moving paints nothing');
    await voter.keyboard.press('ArrowDown');
    await voter.keyboard.press('Space');
    await voter.keyboard.press('Shift+ArrowDown');
    assert.ok(await isFocused(cell(...KEYBOARD[1])), 'Shift+ArrowDown moved to 23:00');
    assertMarks(await answerCells(voter), MOUSE, KEYBOARD, 'after the keyboard');
    assert.match(await cell(...KEYBOARD[0]).getAttribute('aria-label'), /: if need be$/i, 'the cell says "If need be"');
    // Space again clears a cell that has the chosen paint, and once more puts it back.
    await voter.keyboard.press('Space');
    assertMarks(await answerCells(voter), MOUSE, KEYBOARD.slice(0, 1), 'Space cleared 23:00');
    await voter.keyboard.press('Space');
    assertMarks(await answerCells(voter), MOUSE, KEYBOARD, 'Space painted 23:00 again');
    assert.match(
      await voter.getByRole('status').filter({ hasText: /23:00/ }).innerText(),
      /23:00: if need be$/i,
      'the change is announced',
    );

    const form = voteForm(voter);
    await form.getByLabel(/your name/i).fill('Aroha Ngata');
    const saved = await clickAndLoad(voter, voter.getByRole('button', { name: /save my answer/i }));
    await assertStatus(voter, saved, 200, 'saving the painted grid');
    await voter.getByText(/your answer is saved/i).waitFor();
    assert.match(
      await voter.getByRole('textbox', { name: /your personal link/i }).inputValue(),
      new RegExp(`/p/${id}/r/`),
      'the personal edit page',
    );

    // The personal page: exactly the painted cells are ticked, and the heat map counts them.
    assertMarks(await answerCells(voter), MOUSE, KEYBOARD, 'the personal page');
    const heat = voter.getByRole('grid', { name: /who is free when/i });
    assert.equal(await heat.count(), 1, 'the heat map');
    const counts = await heat.locator('td[title]').evaluateAll((tds) =>
      tds.map((td) => ({ title: td.getAttribute('title'), count: td.firstElementChild.textContent.trim() })),
    );
    assert.equal(counts.length, 24, 'the heat map has every cell');
    const countOf = ([date, time]) => {
      const found = counts.filter((c) => new RegExp(`\\b${date}(?: \\d{4})?, ${time}: `).test(c.title));
      assert.equal(found.length, 1, `one heat cell ${date} ${time}`);
      return found[0];
    };
    for (const c of MOUSE) {
      assert.equal(countOf(c).count, '1', `${c}: one person free`);
      assert.match(countOf(c).title, /: Aroha Ngata$/, `${c}: names her`);
    }
    for (const c of KEYBOARD) {
      assert.equal(countOf(c).count, '0+1', `${c}: one person free if need be`);
      assert.match(countOf(c).title, /if need be: Aroha Ngata$/, `${c}: names her as "if need be"`);
    }
    assert.equal(counts.filter((c) => c.count === '0').length, 24 - MOUSE.length - KEYBOARD.length, 'the other cells count nobody');

    // Hover and focus show a cell's names under the table.
    const hot = heat.getByRole('gridcell', { name: /\b22 Mar(?: \d{4})?, 21:00: Aroha Ngata/ });
    await hot.hover();
    const detail = voter.locator('p[aria-live="polite"]').filter({ hasText: /Aroha Ngata/ });
    assert.match(await detail.innerText(), /22 Mar(?: \d{4})?, 21:00: Aroha Ngata$/, 'hovering shows who is free');
    await hot.focus();
    await voter.keyboard.press('ArrowDown');
    assert.match(await detail.innerText(), /22 Mar(?: \d{4})?, 22:00: if need be: Aroha Ngata$/, 'the arrow keys move and show');
    await audit(t, voter, 'grid-heat', { dark: true });

    // Right to left (Arabic): the dates run from the right, and ArrowLeft goes to the
    // next date, the one drawn on its left.
    await open(voter, `/p/${id}?tz=Pacific/Auckland&lang=ar`);
    assert.equal(await voter.locator('html').getAttribute('dir'), 'rtl');
    const arGrid = voter.getByRole('grid').first();
    const first = arGrid.getByRole('gridcell', { name: /\d{2}:\d{2}/ }).first();
    await first.focus();
    const where = () =>
      voter.evaluate(() => {
        const r = document.activeElement.getBoundingClientRect();
        return { x: r.x, y: r.y, cell: document.activeElement.getAttribute('data-cell') };
      });
    const from = await where();
    await voter.keyboard.press('ArrowLeft');
    const to = await where();
    assert.ok(to.cell !== from.cell && to.x < from.x && to.y === from.y, `ArrowLeft moved left on the same row: ${JSON.stringify([from, to])}`);
    await voter.keyboard.press('ArrowRight');
    assert.equal((await where()).cell, from.cell, 'ArrowRight comes back');
    await audit(t, voter, 'ar-grid');
  } finally {
    await voter.context().close();
  }
});

test('without JavaScript the grid is a table of labelled checkboxes that still saves', async () => {
  const page = await newPage(browser, { timezoneId: 'Europe/Zurich' });
  let id;
  try {
    await open(page, '/');
    await page.getByRole('radio', { name: /availability grid/i }).check();
    await page.getByLabel(/^title/i).fill('Grid without script');
    await page.getByLabel(/your name/i).fill('Olga Organizer');
    await page.getByLabel(/your email/i).fill('olga@example.org');
    await setZone(page.getByLabel(/time zone/i), 'Europe/Zurich');
    await page.getByLabel(/^first day/i).fill(`${YEAR}-03-22`);
    await page.getByLabel(/^last day/i).fill(`${YEAR}-03-22`);
    await page.getByLabel(/^each day from/i).fill('09:00');
    await page.getByLabel(/^each day until/i).fill('11:00');
    await page.getByLabel(/^cells of/i).selectOption({ label: '60 minutes' });
    await clickAndLoad(page, page.getByRole('button', { name: /create poll/i }));
    const m = /\/p\/([^/]+)\/admin\//.exec(page.url());
    assert.ok(m, `created: landed on the admin page, not ${page.url()}`);
    id = m[1];
  } finally {
    await page.context().close();
  }
  const page2 = await newPage(browser, { javaScriptEnabled: false, timezoneId: 'Europe/Zurich' });
  try {
    await open(page2, `/p/${id}?tz=Europe/Zurich`);
    assert.equal(await page2.getByRole('grid').count(), 0, 'no script: a plain table');
    await page2.getByRole('checkbox', { name: /\b22 Mar(?: \d{4})?, 10:00:\s?yes/i }).check();
    await voteForm(page2).getByLabel(/your name/i).fill('Nora Noscript');
    const saved = await clickAndLoad(page2, page2.getByRole('button', { name: /save my answer/i }));
    await assertStatus(page2, saved, 200, 'saving without the script');
    const cells = await answerCells(page2);
    assertMarks(cells, [['22 Mar', '10:00']], [], 'saved without the script');
  } finally {
    await page2.context().close();
  }
});
