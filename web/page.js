// signdoctor's page: the whole page takes a dropped file. Before the
// analyzer has loaded, and anywhere the app does not handle the drop itself,
// the browser would otherwise open the file in place of the page. The app's
// own handlers (app/page_analyzer.go) analyse the drop once it runs.
"use strict";

for (const type of ["dragover", "drop"]) {
  window.addEventListener(type, (e) => {
    if (e.dataTransfer && [...e.dataTransfer.types].includes("Files")) {
      e.preventDefault();
    }
  });
}

// Leaving a report for another page of the site (a check's page, About),
// keep where the reader was: the scroll position and the open sections.
// The app puts them back on Back (app/state_view.go). This runs before the
// app handles the click, while the report is still on the page.
document.addEventListener("click", (e) => {
  const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
  const holder = document.querySelector("[data-report-seq]");
  if (!a || !holder || a.origin !== location.origin || a.pathname === location.pathname) {
    return;
  }
  const open = [...document.querySelectorAll(".report details[open][id], details#paste[open]")].map((d) => d.id);
  try {
    sessionStorage.setItem("signdoctor-view", JSON.stringify({seq: holder.dataset.reportSeq, y: window.scrollY, open}));
  } catch (err) {
    // Storage can be off; Back then starts at the top.
  }
}, true);
