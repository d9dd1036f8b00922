// signdoctor's file reading, for app.wasm (app/blob_js.go).
//
// A dropped file is read in ranges, never whole. Reading each range with
// blob.slice().arrayBuffer() makes a new buffer per range, which lives until
// both Go's and V8's collectors have run: a 1 GB archive left hundreds of MB
// of dead buffers in the tab. Here a file read in order streams into two
// buffers that are reused: one holds the range Go is copying, the other is
// already filling with the range after it. Go sends only large reads here;
// the parsers' small scattered ones (headers, directories) are single slices.
"use strict";

class SigndoctorBlobReader {
  constructor(blob) {
    this.blob = blob;
    this.reader = null; // a BYOB reader of blob from this.pos on
    this.pos = 0;
    this.current = null; // the buffer of the last range handed out
    this.spare = null; // the other one, free to fill
    this.ahead = null; // {off, n, promise}: the range after the last one
    this.chain = Promise.resolve(); // fills run one at a time, in order
  }

  // read resolves to a Uint8Array of [off, off+n) (shorter at the end of the
  // file). Its memory is reused once the caller asks for the range after the
  // next, so the caller copies it before then.
  read(off, n) {
    const ahead = this.ahead;
    this.ahead = null;
    const promise = ahead && ahead.off === off && ahead.n === n ? ahead.promise : this.enqueue(off, n);
    if (off + n < this.blob.size) {
      this.ahead = { off: off + n, n: n, promise: this.enqueue(off + n, n) };
      this.ahead.promise.catch(() => {}); // a read nobody takes must not report
    }
    return promise;
  }

  enqueue(off, n) {
    const p = this.chain.then(() => this.fill(off, n));
    this.chain = p.catch(() => {});
    return p;
  }

  // fill streams [off, off+n) into the spare buffer; the buffer handed out
  // before becomes the spare. A fill starts only after the caller asked for
  // the range before it, so by then the caller has copied the range that
  // the spare held.
  async fill(off, n) {
    if (!this.reader || this.pos !== off) {
      if (this.reader) this.reader.cancel().catch(() => {});
      this.reader = this.blob.slice(off).stream().getReader({ mode: "byob" });
      this.pos = off;
    }
    let buf = this.spare && this.spare.byteLength >= n ? this.spare : new ArrayBuffer(n);
    this.spare = null;
    let got = 0;
    while (got < n) {
      const { value, done } = await this.reader.read(new Uint8Array(buf, got, n - got));
      if (done) break;
      buf = value.buffer; // the stream hands the memory back in a new ArrayBuffer
      got += value.byteLength;
    }
    this.pos += got;
    this.spare = this.current;
    this.current = buf;
    return new Uint8Array(buf, 0, got);
  }
}

globalThis.signdoctorBlobReader = (blob) => new SigndoctorBlobReader(blob);
