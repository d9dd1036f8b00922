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
