// Package analyzer is signdoctor's core: it reads the files a developer drops
// (provisioning profiles, entitlements, Mach-O binaries, app archives,
// certificates, notary logs, pasted text), correlates them as one case, and
// runs every registered check over them.
//
// The package is pure Go. It never touches the operating system or the
// browser: inputs arrive as io.ReaderAt, so the same code runs in the CLI and,
// compiled to WebAssembly, in the page, where the bytes stay on the user's
// machine.
//
// A check is one value (see Check): an ID that never changes once shipped, a
// severity, a title, an explanation, a fix, the inputs it needs and a run
// function. The CLI's `explain` and the web app's /checks/ID pages are
// generated from those values.
package analyzer
