package macho

import (
	"fmt"
	"io"
)

// PageDigester is a reader that hashes runs of its own pages without handing
// their bytes over: in the web app, a dropped file whose pages Web Workers
// read and hash, each its own stream, while Go only compares digests. Verify
// uses it when the slice's reader (or the reader under its
// io.SectionReader) is one.
type PageDigester interface {
	// DigestPages returns the digests of the bytes [off, off+n) of the
	// reader cut into pages of pageSize bytes (the last may be shorter), end
	// to end, each the full size of hashType's hash (as
	// VerifyOptions.HashPages). Calls may run at the same time.
	DigestPages(hashType uint8, off, n int64, pageSize int) ([]byte, error)
}

// digestsInFlight bounds the DigestPages calls awaiting an answer, so the
// work handed out at once (and the memory its readers hold) is bounded.
const digestsInFlight = 8

// digestRunMax is the most code one DigestPages call covers. Each call is
// one read of the file in the web app, and starting a read costs the
// browser about 5 ms of CPU whatever its length (chromium, bun 88.7 MB in
// 2 MB reads: 500 ms of CPU; in 32 MB reads: 270 ms), so runs are long; a
// slice's code is still cut in at least digestRunsMin runs (no shorter
// than digestRunMin), so several readers share a file to its end.
const (
	digestRunMax  = 16 << 20
	digestRunMin  = 1 << 20
	digestRunsMin = 4
)

// digestRunFor is the longest run for a slice whose pages cover total bytes.
func digestRunFor(total uint64) uint64 {
	return min(max(total/digestRunsMin, digestRunMin), digestRunMax)
}

// pageDigester is the digester under r, and where r starts in it.
func pageDigester(r io.ReaderAt) (PageDigester, int64) {
	var base int64
	if sr, ok := r.(*io.SectionReader); ok {
		r, base, _ = sr.Outer()
	}
	d, _ := r.(PageDigester)
	return d, base
}

// digestRun is one DigestPages call: count whole pages of one
// CodeDirectory from page first.
type digestRun struct {
	st     *pageState
	first  uint32
	count  uint32
	off, n uint64 // the run's code, from the start of the slice
	answer chan digestAnswer
}

type digestAnswer struct {
	sums []byte
	err  error
}

// fileDigests hands the pages of a slice's chunks to a PageDigester instead
// of reading them, while every page of a chunk is whole; runs of one
// CodeDirectory are joined up to digestRunMax, and answers are compared in
// the order the runs were made, so each CodeDirectory's bad pages come in
// page order as when the verifier reads the code itself.
type fileDigests struct {
	d        PageDigester
	base     int64
	open     map[*pageState]*digestRun // the run each CodeDirectory is extending
	queue    []*digestRun              // runs asked for, oldest first
	check    func(*pageState, uint32, []byte)
	progress func(done uint64)
	runMax   uint64 // digestRunFor the slice's code
}

// take queues the chunk [pos, pos+n)'s pages of every state and reports
// true, or reports false and changes nothing when some page of the chunk
// is not whole in it (it starts in an earlier chunk, or ends past this one
// or past a limit the file cut short): those need the bytes.
func (f *fileDigests) take(states []*pageState, pos, n uint64) (bool, error) {
	for _, st := range states {
		if _, _, ok := wholePages(st, pos, pos+n); !ok {
			return false, nil
		}
	}
	for _, st := range states {
		count, end, _ := wholePages(st, pos, pos+n)
		if count == 0 {
			continue
		}
		run := f.open[st]
		if run != nil && (run.off+run.n != pos || run.n+(end-pos) > f.runMax) {
			if err := f.ask(run); err != nil {
				return false, err
			}
			run = nil
		}
		if run == nil {
			run = &digestRun{st: st, first: st.page, off: pos}
			f.open[st] = run
		}
		run.count += count
		run.n += end - pos
		st.page += count
		// A short page is the last of its CodeDirectory: the run ends.
		if st.pageLen(st.page-1) != st.cd.PageSize() {
			if err := f.ask(run); err != nil {
				return false, err
			}
		}
	}
	return true, nil
}

// wholePages counts st's pages in [pos, end) and where the last ends; ok
// is false when one of them is not whole in it.
func wholePages(st *pageState, pos, end uint64) (count uint32, last uint64, ok bool) {
	if end > st.limit {
		end = st.limit
	}
	p, page := pos, st.page
	for p < end && page < st.cd.NCodeSlots {
		plen := st.pageLen(page)
		if st.inPage != 0 || st.pageStart(page) != p || p+plen > end || plen == 0 {
			return 0, 0, false
		}
		p += plen
		page++
	}
	return page - st.page, p, true
}

// ask starts run's DigestPages call, after comparing the oldest answers
// while digestsInFlight calls are waiting.
func (f *fileDigests) ask(run *digestRun) error {
	delete(f.open, run.st)
	for len(f.queue) >= digestsInFlight {
		if err := f.compareOldest(); err != nil {
			return err
		}
	}
	run.answer = make(chan digestAnswer, 1)
	pageSize := int(run.st.pageLen(run.first))
	go func() {
		sums, err := f.d.DigestPages(run.st.cd.HashType, f.base+int64(run.off), int64(run.n), pageSize)
		run.answer <- digestAnswer{sums, err}
	}()
	f.queue = append(f.queue, run)
	return nil
}

func (f *fileDigests) compareOldest() error {
	run := f.queue[0]
	f.queue = f.queue[1:]
	a := <-run.answer
	if a.err != nil {
		return fmt.Errorf("reading code at %#x: %w", run.off, a.err)
	}
	size := newHash(run.st.cd.HashType).Size()
	if len(a.sums) != int(run.count)*size {
		return fmt.Errorf("hashing pages: %d bytes of digests for %d pages of %d-byte digests", len(a.sums), run.count, size)
	}
	for i := uint32(0); i < run.count; i++ {
		f.check(run.st, run.first+i, a.sums[int(i)*size:int(i+1)*size])
	}
	if f.progress != nil {
		f.progress(run.off + run.n)
	}
	return nil
}

// finish asks for the runs still open, in the order of states, and compares
// every answer.
func (f *fileDigests) finish(states []*pageState) error {
	for _, st := range states {
		if run := f.open[st]; run != nil {
			if err := f.ask(run); err != nil {
				return err
			}
		}
	}
	for len(f.queue) > 0 {
		if err := f.compareOldest(); err != nil {
			return err
		}
	}
	return nil
}
