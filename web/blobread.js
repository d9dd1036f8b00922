// signdoctor's file reading, for app.wasm (app/blob_js.go).
//
// A dropped file is read in ranges, never whole. Reading each range with
// blob.slice().arrayBuffer() makes a new buffer per range, which lives until
// both Go's and V8's collectors have run: a 1 GB archive left hundreds of MB
// of dead buffers in the tab. Here a file read in order streams into a few
// buffers that are reused: one holds the range Go is copying, the others are
// already filling with the ranges after it. Go sends only large reads here;
// the parsers' small scattered ones (headers, directories) are single slices.
"use strict";

// signdoctorReadAhead is how many ranges past the one asked for are read
// before Go asks: the file is read while Go hashes.
const signdoctorReadAhead = 2;

class SigndoctorBlobReader {
  constructor(blob) {
    this.blob = blob;
    this.reader = null; // a BYOB reader of blob from this.pos on
    this.pos = 0;
    this.free = []; // buffers no range is using
    this.handed = null; // the buffer of the range Go was given last
    this.ahead = []; // {off, n, promise}: the ranges after the last one
    this.chain = Promise.resolve(); // fills run one at a time, in order
  }

  // read resolves to a Uint8Array of [off, off+n) (shorter at the end of the
  // file). Its memory is reused once the caller asks for another range, so
  // the caller copies it before then.
  read(off, n) {
    // Asking for a range means the last one was copied: its buffer is free.
    if (this.handed) this.free.push(this.handed);
    this.handed = null;
    let promise;
    if (this.ahead.length && this.ahead[0].off === off && this.ahead[0].n === n) {
      promise = this.ahead.shift().promise;
    } else {
      // Not the range expected: what was read ahead goes back unread.
      for (const a of this.ahead) a.promise.then((v) => this.free.push(v.buffer), () => {});
      this.ahead = [];
      promise = this.enqueue(off, n);
    }
    let next = this.ahead.length ? this.ahead[this.ahead.length - 1].off + n : off + n;
    while (this.ahead.length < signdoctorReadAhead && next < this.blob.size) {
      const a = { off: next, n: n, promise: this.enqueue(next, n) };
      a.promise.catch(() => {}); // a read nobody takes must not report
      this.ahead.push(a);
      next += n;
    }
    return promise.then((v) => {
      this.handed = v.buffer;
      return v;
    });
  }

  enqueue(off, n) {
    const p = this.chain.then(() => this.fill(off, n));
    this.chain = p.catch(() => {});
    return p;
  }

  // fill streams [off, off+n) into a free buffer (a new one when none is
  // big enough).
  async fill(off, n) {
    if (!this.reader || this.pos !== off) {
      if (this.reader) this.reader.cancel().catch(() => {});
      this.reader = this.blob.slice(off).stream().getReader({ mode: "byob" });
      this.pos = off;
    }
    const i = this.free.findIndex((b) => b.byteLength >= n);
    let buf = i >= 0 ? this.free.splice(i, 1)[0] : new ArrayBuffer(n);
    let got = 0;
    while (got < n) {
      const { value, done } = await this.reader.read(new Uint8Array(buf, got, n - got));
      if (done) break;
      buf = value.buffer; // the stream hands the memory back in a new ArrayBuffer
      got += value.byteLength;
    }
    this.pos += got;
    return new Uint8Array(buf, 0, got);
  }
}

globalThis.signdoctorBlobReader = (blob) => new SigndoctorBlobReader(blob);
