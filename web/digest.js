// signdoctor's page hashing, for app.wasm (app/hash_js.go, app/workers_js.go).
//
// A Mach-O's code is hashed page by page: thousands of SubtleCrypto digests
// per file. Started from Go, each digest, each view and each result is a call
// across the wasm boundary and a JS value Go must track and release; here the
// whole batch is one call and one result.
"use strict";

// signdoctorDigestPages hashes bytes[0:length] as consecutive pages of
// pageSize bytes (the last may be shorter) and resolves to one Uint8Array of
// the digests, each digestSize bytes, in page order. SubtleCrypto copies its
// input when digest is called, so bytes may be reused once this returns.
globalThis.signdoctorDigestPages = function (algo, bytes, length, pageSize, digestSize) {
  const digests = [];
  for (let off = 0; off < length; off += pageSize) {
    digests.push(crypto.subtle.digest(algo, bytes.subarray(off, Math.min(off + pageSize, length))));
  }
  return Promise.all(digests).then((sums) => {
    const out = new Uint8Array(sums.length * digestSize);
    sums.forEach((sum, i) => out.set(new Uint8Array(sum, 0, digestSize), i * digestSize));
    return out;
  });
};

// signdoctorPagePool hashes runs of a dropped file's pages in Web Workers
// (web/pageworker.js), each reading its run through its own stream of the
// file: one stream reads and hashes a file no faster than about 200 MB/s,
// and the page's thread, which runs Go, is left free. Go asks for the
// digests of [off, off+n) and gets them without the bytes (app/workers_js.go).
// The workers start on the first request; each has at most two requests at
// a time, so the memory they hold is bounded whatever Go asks for.
class SigndoctorPagePool {
  constructor(url, size) {
    this.url = url;
    this.size = size;
    this.workers = null;
    this.queue = []; // requests no worker has yet
    this.waiting = new Map(); // id -> {resolve, reject, worker}
    this.nextID = 1;
    this.broken = null; // why the workers cannot be used
    this.answered = 0; // requests the workers answered, and their bytes
    this.answeredBytes = 0; // (the tests read them)
  }

  // digest resolves to a Uint8Array of the digests of blob[off, off+n) cut
  // in pages of pageSize bytes, each digestSize bytes, in page order.
  digest(blob, algo, off, n, pageSize, digestSize) {
    if (this.broken) return Promise.reject(new Error(this.broken));
    if (!this.workers) this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ msg: { id: this.nextID++, blob, algo, off, n, pageSize, digestSize }, resolve, reject });
      this.pump();
    });
  }

  start() {
    this.workers = [];
    for (let i = 0; i < this.size; i++) {
      const w = { worker: new Worker(this.url), busy: 0 };
      w.worker.onmessage = (e) => this.answer(w, e.data);
      // The script did not load (offline without it, blocked): every
      // request fails and Go reads the code itself.
      w.worker.onerror = (e) => this.fail("the page-hashing worker failed: " + (e.message || "it did not start"));
      this.workers.push(w);
    }
  }

  pump() {
    while (this.queue.length) {
      const w = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (w.busy >= 2) return;
      const r = this.queue.shift();
      w.busy++;
      this.waiting.set(r.msg.id, { resolve: r.resolve, reject: r.reject, w, n: r.msg.n });
      w.worker.postMessage(r.msg);
    }
  }

  answer(w, { id, digests, error }) {
    const r = this.waiting.get(id);
    if (!r) return;
    this.waiting.delete(id);
    w.busy--;
    if (error) r.reject(new Error(error));
    else {
      this.answered++;
      this.answeredBytes += r.n;
      r.resolve(new Uint8Array(digests));
    }
    this.pump();
  }

  fail(why) {
    this.broken = why;
    for (const r of this.waiting.values()) r.reject(new Error(why));
    for (const r of this.queue) r.reject(new Error(why));
    this.waiting.clear();
    this.queue = [];
    for (const w of this.workers || []) w.worker.terminate();
  }
}

if (typeof Worker !== "undefined" && typeof document !== "undefined" && document.currentScript) {
  globalThis.signdoctorPagePool = new SigndoctorPagePool(
    new URL("pageworker.js", document.currentScript.src).href,
    Math.min(4, Math.max(2, Math.floor((navigator.hardwareConcurrency || 4) / 2))),
  );
}
