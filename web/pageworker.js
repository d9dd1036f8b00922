// signdoctor's page-hashing Web Worker (started by web/digest.js's pool).
//
// Go asks for the digests of a run of a dropped file's code pages; a worker
// reads the run itself, through its own stream of the file, and answers
// only the digests. The page's thread never holds the bytes, and several
// workers read several parts of the file at once.
"use strict";

// Buffers no request is using (at most two: the pool gives a worker two
// requests at a time, one reading while the other's pages are hashed).
const signdoctorFreeBuffers = [];

// signdoctorDigestRange reads blob[off, off+n) and resolves to an
// ArrayBuffer of the digests of its pages of pageSize bytes (the last may be
// shorter), each digestSize bytes, in page order.
globalThis.signdoctorDigestRange = async function (blob, algo, off, n, pageSize, digestSize) {
  const i = signdoctorFreeBuffers.findIndex((b) => b.byteLength >= n);
  let buf = i >= 0 ? signdoctorFreeBuffers.splice(i, 1)[0] : new ArrayBuffer(n);
  const reader = blob.slice(off, off + n).stream().getReader({ mode: "byob" });
  let got = 0;
  while (got < n) {
    const { value, done } = await reader.read(new Uint8Array(buf, got, n - got));
    if (done) break;
    buf = value.buffer; // the stream hands the memory back in a new ArrayBuffer
    got += value.byteLength;
  }
  reader.releaseLock();
  if (got !== n) {
    throw new Error(`the file ended after ${off + got} bytes, before ${off + n}`);
  }
  const view = new Uint8Array(buf, 0, n);
  const digests = [];
  for (let p = 0; p < n; p += pageSize) {
    digests.push(crypto.subtle.digest(algo, view.subarray(p, Math.min(p + pageSize, n))));
  }
  // digest copies its input when called: the buffer is free again.
  if (signdoctorFreeBuffers.length < 2) signdoctorFreeBuffers.push(buf);
  const sums = await Promise.all(digests);
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
