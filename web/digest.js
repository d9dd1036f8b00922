// signdoctor's page hashing, for app.wasm (app/hash_js.go).
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
