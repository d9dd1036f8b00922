// signdoctor's page-hashing Web Worker (started by web/digest.js's pool).
//
// Go asks for the digests of a run of a dropped file's code pages; a worker
// reads the run itself, through its own stream of the file, and answers
// only the digests. The page's thread never holds the bytes, and several
// workers read several parts of the file at once.
"use strict";

// signdoctorPieceSize is how much of a run is read before its pages are
// handed to SubtleCrypto: one stream covers the whole run (starting a read
// of a file costs the browser milliseconds of CPU, so a run is one read),
// and at most two pieces are held at once, so a worker's memory is bounded
// whatever the run's length.
const signdoctorPieceSize = 2 << 20;

// Buffers no piece is using (a worker has at most two requests at a time,
// each with two pieces).
const signdoctorFreeBuffers = [];

function signdoctorBuffer() {
  return signdoctorFreeBuffers.pop() || new ArrayBuffer(signdoctorPieceSize);
}

// signdoctorDigestRange reads blob[off, off+n) and resolves to an
// ArrayBuffer of the digests of its pages of pageSize bytes (the last may be
// shorter), each digestSize bytes, in page order.
globalThis.signdoctorDigestRange = async function (blob, algo, off, n, pageSize, digestSize) {
  // A piece holds whole pages, so no page spans two pieces.
  const piece = Math.max(pageSize, Math.floor(signdoctorPieceSize / pageSize) * pageSize);
  const reader = blob.slice(off, off + n).stream().getReader({ mode: "byob" });
  const pieces = []; // each piece's digests, in order
  try {
    for (let pos = 0; pos < n; ) {
      const want = Math.min(piece, n - pos);
      let buf = want <= signdoctorPieceSize ? signdoctorBuffer() : new ArrayBuffer(want);
      let got = 0;
      while (got < want) {
        const { value, done } = await reader.read(new Uint8Array(buf, got, want - got));
        if (done) break;
        buf = value.buffer; // the stream hands the memory back in a new ArrayBuffer
        got += value.byteLength;
      }
      if (got !== want) {
        throw new Error(`the file ended after ${off + pos + got} bytes, before ${off + n}`);
      }
      const view = new Uint8Array(buf, 0, want);
      const digests = [];
      for (let p = 0; p < want; p += pageSize) {
        digests.push(crypto.subtle.digest(algo, view.subarray(p, Math.min(p + pageSize, want))));
      }
      // digest copies its input when called: the buffer is free again.
      if (buf.byteLength === signdoctorPieceSize && signdoctorFreeBuffers.length < 4) signdoctorFreeBuffers.push(buf);
      pieces.push(Promise.all(digests));
      // At most two pieces being hashed: wait for the one before this.
      if (pieces.length >= 2) await pieces[pieces.length - 2];
      pos += want;
    }
  } finally {
    reader.releaseLock();
  }
  const sums = (await Promise.all(pieces)).flat();
  const out = new Uint8Array(sums.length * digestSize);
  sums.forEach((sum, k) => out.set(new Uint8Array(sum, 0, digestSize), k * digestSize));
  return out.buffer;
};

if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  onmessage = async (e) => {
    const { id, blob, algo, off, n, pageSize, digestSize } = e.data;
    try {
      const digests = await signdoctorDigestRange(blob, algo, off, n, pageSize, digestSize);
      postMessage({ id, digests }, [digests]);
    } catch (err) {
      postMessage({ id, error: String(err) });
    }
  };
}
