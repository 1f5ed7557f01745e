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
  function showKind() {
    var chosen = document.querySelector("input[type=radio][name=kind]:checked");
    if (!chosen) { return; }
    kindBlocks.forEach(function (block) {
      block.hidden = block.getAttribute("data-kind") !== chosen.value;
    });
  }
  kinds.forEach(function (radio) { radio.addEventListener("change", showKind); });
  showKind();

  // Move focus to the error summary so it is read first.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();
