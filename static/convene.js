// Convene: small improvements on pages that work fully without this script.
// - put the browser's time zone into the create form, and show poll pages in it once;
// - add and remove slot rows;
// - copy buttons for the links and the announcement;
// - live totals on the vote form as answers are chosen;
// - on the create form, only the fields of the chosen kind of poll;
// - availability grids painted by mouse, touch and keyboard, and the heat map's names
//   shown on hover and focus.
"use strict";

(function () {
  function browserZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
      return "";
    }
  }

  // Create form: put in the detected zone (fresh form only). Browsers may report an
  // old name (Asia/Katmandu); the server reads it as the current one.
  var zoneField = document.querySelector("input[data-detect-zone]");
  var zone = browserZone();
  if (zoneField && zone) {
    zoneField.value = zone;
  }

  // Poll pages: with neither ?tz= nor a remembered zone, show times in the browser's
  // zone by loading ?tz= once (the server then remembers it in a cookie).
  var auto = document.querySelector("form[data-auto-zone]");
  if (auto && zone && zone !== auto.getAttribute("data-auto-zone")) {
    var url = new URL(window.location.href);
    url.searchParams.set("tz", zone);
    window.location.replace(url.toString());
    return;
  }

  // Words of the page's language, given by the server on <body> and on the rows.
  function text(el, name, fallback) {
    return (el && el.getAttribute(name)) || fallback;
  }

  // Slot rows: "Add a slot" and "Remove" buttons; renumber after each change.
  function renumber(container) {
    var rows = container.querySelectorAll("[data-slot-row]");
    var slotWord = text(container, "data-row-label", "Slot");
    var removeWord = text(container, "data-remove-label", "Remove");
    rows.forEach(function (row, i) {
      var n = i + 1;
      var legend = row.querySelector("legend");
      if (legend) { legend.textContent = slotWord + " " + n; }
      row.querySelectorAll("input[id], select[id]").forEach(function (input) {
        var label = row.querySelector('label[for="' + input.id + '"]');
        input.id = (container.getAttribute("data-id-prefix") || "") + input.name + "_" + n;
        if (label) { label.htmlFor = input.id; }
      });
      var remove = row.querySelector("[data-remove-row]");
      if (remove) {
        remove.setAttribute("aria-label", removeWord + ": " + slotWord + " " + n);
        remove.hidden = rows.length < 2;
      }
    });
  }

  function addRemoveButton(container, row) {
    if (row.querySelector("[data-remove-row]")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button small secondary remove-row";
    button.textContent = text(container, "data-remove-label", "Remove");
    button.setAttribute("data-remove-row", "");
    button.addEventListener("click", function () {
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber(container);
      var focusTarget = next && next.querySelector("input");
      if (focusTarget) { focusTarget.focus(); }
    });
    var fields = row.querySelector(".slot-row-fields") || row;
    fields.appendChild(button);
  }

  document.querySelectorAll("[data-slot-rows]").forEach(function (container) {
    container.querySelectorAll("[data-slot-row]").forEach(function (row) { addRemoveButton(container, row); });
    var add = document.createElement("button");
    add.type = "button";
    add.className = "button secondary add-row";
    add.textContent = text(container, "data-add-label", "Add a slot");
    add.addEventListener("click", function () {
      var rows = container.querySelectorAll("[data-slot-row]");
      var last = rows[rows.length - 1];
      if (!last) { return; }
      var copy = last.cloneNode(true);
      copy.classList.remove("has-error");
      copy.querySelectorAll(".field-error").forEach(function (e) { e.remove(); });
      copy.querySelectorAll("input").forEach(function (input) {
        input.removeAttribute("aria-invalid");
        input.removeAttribute("aria-describedby");
        // Keep the date (a new option is often on the same day), clear the time.
        if (input.name === "slot_time") { input.value = ""; }
      });
      // A new row's time has not been typed yet: no "which occurrence" question.
      copy.querySelectorAll("[data-offset-choice]").forEach(function (choice) {
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = "slot_offset";
        hidden.value = "";
        choice.replaceWith(hidden);
      });
      var oldRemove = copy.querySelector("[data-remove-row]");
      if (oldRemove) { oldRemove.remove(); }
      container.appendChild(copy);
      addRemoveButton(container, copy);
      renumber(container);
      var first = copy.querySelector("input");
      if (first) { first.focus(); }
    });
    container.insertAdjacentElement("afterend", add);
    renumber(container);
  });
  // The no-script "add 5 more rows" submit button is not needed any more.
  document.querySelectorAll("[data-no-js-only]").forEach(function (el) { el.hidden = true; });

  // Copy buttons next to read-only link fields.
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  var copyWord = text(document.body, "data-copy-label", "Copy");
  var copiedWord = text(document.body, "data-copied-label", "Copied");
  var copiedStatus = text(document.body, "data-copied-status", "Copied to the clipboard.");
  document.querySelectorAll("[data-copy]").forEach(function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button small secondary copy-button";
    button.textContent = copyWord;
    var label = document.querySelector('label[for="' + input.id + '"]');
    var what = label ? label.textContent.split(":")[0].trim() : "";
    button.setAttribute("aria-label", what ? copyWord + ": " + what : copyWord);
    button.addEventListener("click", function () {
      function done() {
        button.textContent = copiedWord;
        status.textContent = copiedStatus;
        window.setTimeout(function () { button.textContent = copyWord; }, 2000);
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
      } else {
        input.select();
        try { if (document.execCommand("copy")) { done(); } } catch (e) { /* selected for manual copy */ }
      }
    });
    input.addEventListener("focus", function () { input.select(); });
    input.insertAdjacentElement("afterend", button);
  });

  // Live totals: each slot's counts follow the answer being chosen. The server gives the
  // counts without this person's saved answer ("yes if_need_be no").
  document.querySelectorAll("[data-live-tally]").forEach(function (tally) {
    var group = tally.closest("fieldset");
    var base = tally.getAttribute("data-live-tally").split(" ").map(Number);
    if (!group || base.length !== 3) { return; }
    var note = document.createElement("span");
    note.className = "tally-note";
    tally.appendChild(note);
    function update() {
      var chosen = group.querySelector("input[type=radio]:checked");
      var counts = { yes: base[0], if_need_be: base[1], no: base[2] };
      if (chosen && chosen.value in counts) { counts[chosen.value] += 1; }
      Object.keys(counts).forEach(function (k) {
        var n = tally.querySelector('[data-n="' + k + '"]');
        if (n) { n.textContent = String(counts[k]); }
      });
      note.textContent = chosen ? " " + text(tally, "data-with-yours", "(with your answer)") : "";
    }
    group.addEventListener("change", update);
    update();
  });

  // Create form: show the fields of the chosen kind of poll only (without the script
  // both blocks show, and the server reads the block of the kind sent).
  var kinds = document.querySelectorAll("input[type=radio][name=kind]");
  var kindBlocks = document.querySelectorAll("[data-kind]");
  // Fields some kinds do not use (the meeting length, for whole days).
  var notKindBlocks = document.querySelectorAll("[data-not-kind]");
  function showKind() {
    var chosen = document.querySelector("input[type=radio][name=kind]:checked");
    if (!chosen) { return; }
    kindBlocks.forEach(function (block) {
      block.hidden = block.getAttribute("data-kind") !== chosen.value;
    });
    notKindBlocks.forEach(function (block) {
      block.hidden = block.getAttribute("data-not-kind") === chosen.value;
    });
  }
  kinds.forEach(function (radio) { radio.addEventListener("change", showKind); });
  showKind();

  // Grids (the availability answer and the heat map): the cells by place, and where
  // an arrow key, Home or End leads from a cell. Rows are times of day, columns dates;
  // places without a cell are skipped. One cell is in the tab order (roving tabindex).
  function gridCells(table, cellClass) {
    var rows = [];
    var places = new Map();
    var cells = [];
    table.querySelectorAll("tbody tr").forEach(function (tr) {
      var row = [];
      tr.querySelectorAll("td").forEach(function (td) {
        if (td.classList.contains(cellClass)) {
          places.set(td, { r: rows.length, c: row.length });
          cells.push(td);
          row.push(td);
        } else {
          row.push(null);
        }
      });
      rows.push(row);
    });
    if (cells.length === 0) { return null; }
    var current = cells[0];
    cells.forEach(function (cell) { cell.tabIndex = cell === current ? 0 : -1; });

    function step(from, dr, dc) {
      var p = places.get(from);
      var r = p.r + dr;
      var c = p.c + dc;
      while (r >= 0 && r < rows.length && c >= 0 && c < rows[r].length) {
        if (rows[r][c]) { return rows[r][c]; }
        r += dr;
        c += dc;
      }
      return null;
    }
    function rowEdge(from, last) {
      var row = rows[places.get(from).r].filter(Boolean);
      return last ? row[row.length - 1] : row[0];
    }
    return {
      cells: cells,
      rows: rows,
      place: function (cell) { return places.get(cell); },
      cellOf: function (el) {
        var td = el && el.closest ? el.closest("td") : null;
        return td && places.has(td) ? td : null;
      },
      // The cell a key leads to from `from` (null: nowhere), or undefined for other keys.
      target: function (from, e) {
        // Left and right follow the page's direction (columns run right to left in Arabic).
        var rtl = window.getComputedStyle(table).direction === "rtl";
        switch (e.key) {
          case "ArrowUp": return step(from, -1, 0);
          case "ArrowDown": return step(from, 1, 0);
          case "ArrowLeft": return step(from, 0, rtl ? 1 : -1);
          case "ArrowRight": return step(from, 0, rtl ? -1 : 1);
          case "Home": return e.ctrlKey ? cells[0] : rowEdge(from, false);
          case "End": return e.ctrlKey ? cells[cells.length - 1] : rowEdge(from, true);
          default: return undefined;
        }
      },
      // Makes `cell` the one in the tab order; focuses it when `focus`.
      select: function (cell, focus) {
        if (cell !== current) {
          current.tabIndex = -1;
          cell.tabIndex = 0;
          current = cell;
        }
        if (focus) { cell.focus({ preventScroll: !!focus.preventScroll }); }
      }
    };
  }

  // Availability answer: paint cells by mouse, touch (drag a rectangle) and keyboard.
  // The checkboxes stay the form's state, as without the script: a cell's class and its
  // name for screen readers follow them.
  document.querySelectorAll("table[data-grid]").forEach(function (table) {
    var grid = gridCells(table, "gcell");
    if (!grid) { return; }
    var form = table.closest("form") || document;
    var tools = form.querySelector("[data-grid-tools]");
    var words = {};
    form.querySelectorAll("input[type=radio][name=paint]").forEach(function (radio) {
      var label = radio.closest("label");
      if (!label) { return; }
      var copy = label.cloneNode(true);
      copy.querySelectorAll("input, .symbol").forEach(function (el) { el.remove(); });
      words[radio.value] = copy.textContent.trim();
    });
    function mode() {
      var chosen = form.querySelector("input[type=radio][name=paint]:checked");
      return chosen ? chosen.value : "yes";
    }
    function box(cell, name) { return cell.querySelector('input[name="' + name + '"]'); }
    function stateOf(cell) {
      var yes = box(cell, "cell_yes");
      var maybe = box(cell, "cell_if_need_be");
      if (yes && yes.checked) { return "yes"; }
      if (maybe && maybe.checked) { return "if_need_be"; }
      return "no";
    }
    function setState(cell, state) {
      var yes = box(cell, "cell_yes");
      var maybe = box(cell, "cell_if_need_be");
      if (!maybe && state === "if_need_be") { state = "yes"; }
      if (yes) { yes.checked = state === "yes"; }
      if (maybe) { maybe.checked = state === "if_need_be"; }
      cell.classList.toggle("is-yes", state === "yes");
      cell.classList.toggle("is-maybe", state === "if_need_be");
      cell.setAttribute("aria-label", cell.getAttribute("data-label") + ": " + (words[state] || state));
    }

    var live = document.createElement("p");
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    (table.closest(".table-scroll") || table).insertAdjacentElement("afterend", live);
    function announce(from, to, state) {
      var what = from.getAttribute("data-label");
      if (to && to !== from) { what += " – " + to.getAttribute("data-label"); }
      live.textContent = what + ": " + (words[state] || state);
    }

    // Painting mode: the cells are drawn whole; the checkboxes leave the tab order and
    // the accessibility tree (each cell says its state in its name instead).
    table.classList.add("painting");
    table.setAttribute("role", "grid");
    if (tools) {
      tools.hidden = false;
      // The keyboard hint (shown with the tools) describes the grid too.
      var keys = tools.querySelector("p.hint");
      if (keys) {
        keys.id = keys.id || "grid-keys-hint";
        var described = table.getAttribute("aria-describedby");
        table.setAttribute("aria-describedby", (described ? described + " " : "") + keys.id);
      }
    }
    grid.cells.forEach(function (cell) {
      var checks = cell.querySelector(".gchecks");
      if (checks) { checks.setAttribute("aria-hidden", "true"); }
      cell.querySelectorAll("input").forEach(function (input) { input.tabIndex = -1; });
      // A page restored by the browser may have both boxes ticked: "yes" wins.
      setState(cell, stateOf(cell));
    });
    table.addEventListener("focusin", function (e) {
      var cell = grid.cellOf(e.target);
      if (cell) { grid.select(cell, false); }
    });

    // Keyboard: arrows, Home and End move; Space or Enter toggles the focused cell
    // between the chosen paint and "not free"; Shift with an arrow paints as it moves.
    table.addEventListener("keydown", function (e) {
      var cell = grid.cellOf(e.target);
      if (!cell || e.altKey || e.metaKey) { return; }
      if (e.key === " " || e.key === "Enter") {
        e.preventDefault();
        var m = mode();
        var state = stateOf(cell) === m ? "no" : m;
        setState(cell, state);
        announce(cell, null, state);
        return;
      }
      var next = grid.target(cell, e);
      if (next === undefined) { return; }
      e.preventDefault();
      if (!next) { return; }
      grid.select(next, true);
      if (e.shiftKey && e.key.indexOf("Arrow") === 0) {
        setState(next, mode());
        announce(next, null, mode());
      }
    });

    // Mouse, pen and touch: press on a cell and drag; the rectangle from that cell to
    // the one under the pointer takes the chosen paint (or "not free" when the first
    // cell already had it, so a click toggles like Space). Cells the rectangle leaves
    // again get back what they had.
    var drag = null;
    function paintTo(end) {
      var a = grid.place(drag.start);
      var b = grid.place(end);
      var r0 = Math.min(a.r, b.r), r1 = Math.max(a.r, b.r);
      var c0 = Math.min(a.c, b.c), c1 = Math.max(a.c, b.c);
      drag.before.forEach(function (state, cell) {
        var p = grid.place(cell);
        if (p.r < r0 || p.r > r1 || p.c < c0 || p.c > c1) {
          setState(cell, state);
          drag.before.delete(cell);
        }
      });
      for (var r = r0; r <= r1; r += 1) {
        for (var c = c0; c <= c1; c += 1) {
          var cell = grid.rows[r][c];
          if (!cell) { continue; }
          if (!drag.before.has(cell)) { drag.before.set(cell, stateOf(cell)); }
          setState(cell, drag.state);
        }
      }
      drag.end = end;
    }
    table.addEventListener("pointerdown", function (e) {
      var cell = grid.cellOf(e.target);
      if (!cell || !e.isPrimary || e.button !== 0) { return; }
      e.preventDefault();
      var m = mode();
      drag = { id: e.pointerId, start: cell, end: cell, before: new Map(), state: stateOf(cell) === m && m !== "no" ? "no" : m };
      grid.select(cell, { preventScroll: true });
      try { table.setPointerCapture(e.pointerId); } catch (err) { /* painting works without */ }
      paintTo(cell);
    });
    table.addEventListener("pointermove", function (e) {
      if (!drag || e.pointerId !== drag.id) { return; }
      var cell = grid.cellOf(document.elementFromPoint(e.clientX, e.clientY));
      if (cell && cell !== drag.end) { paintTo(cell); }
    });
    function endDrag(e) {
      if (!drag || e.pointerId !== drag.id) { return; }
      announce(drag.start, drag.end, drag.state);
      drag = null;
    }
    table.addEventListener("pointerup", endDrag);
    table.addEventListener("pointercancel", endDrag);
    table.addEventListener("lostpointercapture", endDrag);
  });

  // Heat map: the cell under the pointer or with the focus shows who is free under the
  // table (the cell's title says the same on hover; its hidden text to screen readers).
  // The arrow keys move between the cells, which are one stop in the tab order.
  document.querySelectorAll("table[data-heat]").forEach(function (table) {
    var grid = gridCells(table, "hcell");
    if (!grid) { return; }
    table.setAttribute("role", "grid");
    table.setAttribute("aria-readonly", "true");
    var detail = document.createElement("p");
    detail.className = "heat-detail";
    detail.setAttribute("aria-live", "polite");
    (table.closest(".table-scroll") || table).insertAdjacentElement("afterend", detail);
    function show(e) {
      var cell = grid.cellOf(e.target);
      if (cell) { detail.textContent = cell.getAttribute("title") || ""; }
      return cell;
    }
    table.addEventListener("mouseover", show);
    table.addEventListener("focusin", function (e) {
      var cell = show(e);
      if (cell) { grid.select(cell, false); }
    });
    table.addEventListener("keydown", function (e) {
      var cell = grid.cellOf(e.target);
      if (!cell || e.altKey || e.metaKey) { return; }
      var next = grid.target(cell, e);
      if (next === undefined) { return; }
      e.preventDefault();
      if (next) { grid.select(next, true); }
    });
  });

  // Move focus to the error summary so it is read first.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();
