// signdoctor's folder reading, for app.wasm (app/folder_js.go).
//
// A folder dropped on the page arrives as a FileSystemDirectoryEntry, whose
// API is callbacks; this walks it into a flat list of {path, file, dir} so Go
// waits on one promise. Files are File objects (Blobs): nothing is read here,
// Go reads ranges of them when the analysis needs them.
"use strict";

// signdoctorMaxFolderEntries matches the analyzer's archive limit.
const signdoctorMaxFolderEntries = 200000;

async function signdoctorWalkFolder(entry) {
  const out = [];
  const walk = async (e, path) => {
    if (out.length >= signdoctorMaxFolderEntries) {
      throw new Error("the folder holds more than " + signdoctorMaxFolderEntries + " files and folders");
    }
    if (e.isFile) {
      const file = await new Promise((resolve, reject) => e.file(resolve, reject));
      out.push({ path, file, dir: false });
      return;
    }
    if (!e.isDirectory) {
      return;
    }
    out.push({ path, file: null, dir: true });
    const reader = e.createReader();
    for (;;) {
      // readEntries answers in batches (100 in Chrome) until it answers none.
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) {
        break;
      }
      for (const child of batch) {
        await walk(child, path + "/" + child.name);
      }
    }
  };
  await walk(entry, entry.name);
  return out;
}
