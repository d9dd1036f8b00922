package macho

import (
	"bytes"
	"context"
	"fmt"
	"hash"
	"runtime"
	"sync"
)

// VerifyOptions tune Verify.
type VerifyOptions struct {
	// Ctx, when set, stops the hashing between reads once it is cancelled.
	Ctx context.Context
	// Special returns the bytes a special slot seals when the file itself does
	// not carry them: Info.plist (slot 1) and CodeResources (slot 3) live in
	// the bundle. ok=false means they are not available and the slot is left
	// unchecked; ok with nil data means the bundle has none (a failure when
	// the slot records a hash).
	Special func(slot int) (data []byte, ok bool)
	// Progress is told how many code bytes have been hashed.
	Progress func(done, total int64)
	// MaxReported caps how many bad pages are listed per CodeDirectory.
	MaxReported int
	// HashPages, when set, hashes whole pages in batches instead of Go's
	// crypto: the web app hands them to the browser's SubtleCrypto, several
	// times faster than Go in wasm. code holds consecutive pages of pageSize
	// bytes (the last may be shorter), up to a few MB of one CodeDirectory's
	// pages per call; it returns their digests end to end, each the full
	// size of the hash (20 bytes for SHA-1, 32 for SHA-256 and its truncated
	// form, 48 for SHA-384). Hash types are the CodeDirectory's (1 SHA-1,
	// 2 SHA-256, 3 SHA-256 truncated, 4 SHA-384).
	HashPages func(hashType uint8, code []byte, pageSize int) ([]byte, error)
}

// Failure is one way a signature does not match the file. Msg names what
// changed ("page 12 at offset 0xc000", "slot -5 (entitlements)").
type Failure struct {
	// Kind is "page", "slot", "limit", "cdhash", "cms" or "chain".
	Kind string
	// Reason says which failure of its kind it is, for callers to decide
	// by (Msg is for people).
	Reason Reason
	Msg    string
	// Slot, CD and Got say which special slot of which CodeDirectory failed,
	// and the hash of the data found, for SuppliedDataChanged and
	// SuppliedDataMissing (Got is nil then).
	Slot int
	CD   *CodeDirectory
	Got  []byte
}

// Reason is a failure's code, as crypto/x509's InvalidReason.
type Reason int

const (
	// Unspecified: the Kind says all a caller decides by.
	Unspecified Reason = iota
	// CodeCutShort: a CodeDirectory covers more code than the slice has.
	CodeCutShort
	// CodeBeforeSignature: the code limit stops before the signature, so
	// the bytes between are covered by no hash.
	CodeBeforeSignature
	// CodeIntoSignature: the code limit runs past the signature's start, so
	// part of the signature is hashed as code.
	CodeIntoSignature
	// SuppliedDataChanged: the data VerifyOptions.Special supplied for a
	// slot (the bundle's Info.plist or CodeResources) is not what was sealed.
	SuppliedDataChanged
	// SuppliedDataMissing: the slot records a hash, but Special says the
	// bundle has no such file.
	SuppliedDataMissing
)

// BadPage is a code page whose hash does not match.
type BadPage struct {
	Index  uint32
	Offset uint64 // from the start of the slice
}

// CDResult is the verification of one CodeDirectory.
type CDResult struct {
	CD           *CodeDirectory
	PagesChecked uint32
	BadPages     []BadPage // at most MaxReported
	BadPageCount int
	// EncryptedPages counts pages not compared because they overlap the
	// FairPlay-encrypted range: they were hashed before encryption.
	EncryptedPages int
	// Unchecked lists special slots that carry a hash whose data was not
	// available (Info.plist and CodeResources of a bare binary).
	Unchecked []int
}

// Result is the verification of one slice's signature.
type Result struct {
	CDs      []*CDResult
	Failures []Failure
}

// OK says whether nothing failed.
func (r *Result) OK() bool { return len(r.Failures) == 0 }

func (r *Result) fail(kind, format string, args ...any) {
	r.failFor(kind, Unspecified, format, args...)
}

func (r *Result) failFor(kind string, why Reason, format string, args ...any) {
	r.Failures = append(r.Failures, Failure{Kind: kind, Reason: why, Msg: fmt.Sprintf(format, args...)})
}

// chunkPool keeps read buffers between slices and files: clearing a fresh
// 4 MB buffer costs as much as hashing a good part of it.
var chunkPool = sync.Pool{New: func() any { b := make([]byte, chunkSize); return &b }}

// chunkSize is how much of the file one read brings in; the buffer is reused.
// In the browser each chunk is one stream read and one batch of SubtleCrypto
// digests, and the page's thread is busy for the chunk between them: bun
// (88.7 MB) verified as fast with 2 MB chunks as with 4 MB, its longest task
// 144-163 ms instead of 185-221 (8 MB: slower, 215 ms). Natively 2 MB costs
// ~5% against 4 MB, still twice as fast as openssl hashing the file.
const chunkSize = 2 << 20

// Verify recomputes every code page hash up to each CodeDirectory's code
// limit, and every special slot the signature or opts can supply. It does not
// look at the CMS; see VerifyCMS.
func (s *Slice) Verify(opts VerifyOptions) (*Result, error) {
	sig := s.Signature
	if sig == nil {
		return nil, fmt.Errorf("slice %s has no readable signature", s.Arch)
	}
	if opts.MaxReported <= 0 {
		opts.MaxReported = 10
	}
	res := &Result{}
	for _, cd := range sig.CodeDirectories {
		cr := &CDResult{CD: cd}
		res.CDs = append(res.CDs, cr)
		s.verifySpecial(sig, cd, cr, res, opts)
	}
	s.checkBindings(sig, res)
	if err := s.verifyPages(res, opts); err != nil {
		return nil, err
	}
	return res, nil
}

func cdLabel(cd *CodeDirectory) string {
	return cd.HashName() + " CodeDirectory"
}

func (s *Slice) verifySpecial(sig *Signature, cd *CodeDirectory, cr *CDResult, res *Result, opts VerifyOptions) {
	for n := uint32(1); n <= cd.NSpecialSlots; n++ {
		stored := cd.SpecialSlot(n)
		empty := isZero(stored)
		blob := sig.Blob(n)
		var data []byte
		switch {
		case blob != nil:
			var ok bool
			if data, ok = SlotComponent(n, blob); !ok {
				res.fail("slot", "slot -%d (%s): the signature carries a blob with magic %#08x where codesign expects a 0xfade0b01 wrapper, so it cannot be checked", n, SlotName(int(n)), blobMagic(blob))
				continue
			}
		case n == SlotInfoPlist || n == SlotResourceDir:
			if empty {
				continue
			}
			if opts.Special == nil {
				cr.Unchecked = append(cr.Unchecked, int(n))
				continue
			}
			var ok bool
			if data, ok = opts.Special(int(n)); !ok {
				cr.Unchecked = append(cr.Unchecked, int(n))
				continue
			}
			if data == nil {
				res.Failures = append(res.Failures, Failure{Kind: "slot", Reason: SuppliedDataMissing, Slot: int(n), CD: cd,
					Msg: fmt.Sprintf("slot -%d (%s): the %s seals one, but the bundle has none", n, SlotName(int(n)), cdLabel(cd))})
				continue
			}
			if got := cd.SpecialHash(data); !bytes.Equal(got, stored) {
				res.Failures = append(res.Failures, Failure{Kind: "slot", Reason: SuppliedDataChanged, Slot: int(n), CD: cd, Got: got,
					Msg: fmt.Sprintf("slot -%d (%s): the %s data changed after signing (its %s hash is %x, the %s records %x)",
						n, SlotName(int(n)), SlotName(int(n)), cd.HashName(), got, cdLabel(cd), stored)})
			}
			continue
		default:
			if !empty {
				res.fail("slot", "slot -%d (%s): the %s records a hash but the signature carries no %s blob", n, SlotName(int(n)), cdLabel(cd), SlotName(int(n)))
			}
			continue
		}
		if empty {
			res.fail("slot", "slot -%d (%s): the signature carries a %s blob that the %s does not seal (its hash is empty)", n, SlotName(int(n)), SlotName(int(n)), cdLabel(cd))
			continue
		}
		if got := cd.SpecialHash(data); !bytes.Equal(got, stored) {
			res.fail("slot", "slot -%d (%s): the %s data changed after signing (its %s hash is %x, the %s records %x)",
				n, SlotName(int(n)), SlotName(int(n)), cd.HashName(), got, cdLabel(cd), stored)
		}
	}
}

// SpecialHash is data hashed as cd hashes its special slots: with its own
// hash type, cut to its hash size.
func (cd *CodeDirectory) SpecialHash(data []byte) []byte {
	h := newHash(cd.HashType)
	h.Write(data)
	return h.Sum(nil)[:cd.HashSize]
}

// SlotComponent returns the bytes a CodeDirectory's special slot n hashes,
// given the blob the SuperBlob carries in that slot. As Security's
// EmbeddedSignatureBlob::blobData decides by CodeDirectory::slotAttributes:
// the requirements (2), entitlements (5), DER entitlements (7) and launch
// and library constraints (8–11) are native blobs, hashed whole, header
// included; every other slot (the top directory / application slot 4, the
// rep-specific slot 6, …) holds a 0xfade0b01 BlobWrapper whose payload,
// without its 8-byte header, is what was hashed. ok is false when such a slot
// holds something that is not a BlobWrapper (codesign: errSecCSSignatureInvalid).
func SlotComponent(n uint32, blob []byte) (data []byte, ok bool) {
	switch n {
	case SlotRequirements, SlotEntitlements, SlotEntitlementsDER, 8, 9, 10, 11:
		return blob, true
	}
	if len(blob) < 8 || blobMagic(blob) != MagicBlobWrapper {
		return nil, false
	}
	return blob[8:], true
}

func blobMagic(b []byte) uint32 {
	if len(b) < 4 {
		return 0
	}
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// checkBindings reports blobs that no CodeDirectory seals.
func (s *Slice) checkBindings(sig *Signature, res *Result) {
	for _, bi := range sig.Index {
		if bi.Type == SlotCodeDirectory || bi.Type == SlotSignature || (bi.Type >= SlotAlternateCDFirst && bi.Type <= SlotAlternateCDLast) {
			continue
		}
		if bi.Type >= 0x10000 {
			continue
		}
		for _, cd := range sig.CodeDirectories {
			if bi.Type > cd.NSpecialSlots {
				res.fail("slot", "slot -%d (%s): the signature carries this blob but the %s has only %d special slots, so nothing seals it",
					bi.Type, SlotName(int(bi.Type)), cdLabel(cd), cd.NSpecialSlots)
			}
		}
	}
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// pageState follows one CodeDirectory through the stream of code bytes.
type pageState struct {
	cd     *CodeDirectory
	cr     *CDResult
	limit  uint64 // bytes of code this CD covers, clipped to the slice
	page   uint32 // next page to finish
	h      hash.Hash
	inPage uint64 // bytes of the current page fed to h
	sum    []byte
}

func (p *pageState) pageLen(i uint32) uint64 {
	ps := p.cd.PageSize()
	if ps == 0 {
		return p.cd.CodeLimit
	}
	start := uint64(i) * ps
	if start+ps > p.cd.CodeLimit {
		return p.cd.CodeLimit - start
	}
	return ps
}

func (p *pageState) pageStart(i uint32) uint64 { return uint64(i) * p.cd.PageSize() }

type pageJob struct {
	st    *pageState
	index uint32
	data  []byte
}

func (s *Slice) verifyPages(res *Result, opts VerifyOptions) error {
	var states []*pageState
	var total uint64
	for _, cr := range res.CDs {
		cd := cr.CD
		lim := cd.CodeLimit
		if lim > uint64(s.Size) {
			res.failFor("limit", CodeCutShort, "the %s covers %d bytes of code but the %s slice has only %d: the file was cut short", cdLabel(cd), cd.CodeLimit, s.Arch, s.Size)
			lim = uint64(s.Size)
		}
		if s.HasCodeSignature && cd.CodeLimit != uint64(s.SigOffset) && cd.CodeLimit <= uint64(s.Size) {
			why, between := CodeIntoSignature, "part of the signature and hashed as code"
			if cd.CodeLimit < uint64(s.SigOffset) {
				why, between = CodeBeforeSignature, "not covered by any hash"
			}
			res.failFor("limit", why, "the %s covers code up to %#x but the signature starts at %#x: the bytes between are %s",
				cdLabel(cd), cd.CodeLimit, s.SigOffset, between)
		}
		if lim > total {
			total = lim
		}
		states = append(states, &pageState{cd: cd, cr: cr, limit: lim, h: newHash(cd.HashType)})
	}
	if total == 0 {
		return nil
	}
	workers := runtime.GOMAXPROCS(0)
	if workers > 8 {
		workers = 8
	}
	size := uint64(chunkSize)
	if total < size {
		size = total
	}
	var buf []byte
	if size == chunkSize {
		bp := chunkPool.Get().(*[]byte)
		defer chunkPool.Put(bp)
		buf = *bp
	} else {
		buf = make([]byte, size)
	}
	var mu sync.Mutex
	report := func(st *pageState, i uint32) {
		mu.Lock()
		defer mu.Unlock()
		st.cr.BadPageCount++
		if len(st.cr.BadPages) < opts.MaxReported {
			st.cr.BadPages = append(st.cr.BadPages, BadPage{i, st.pageStart(i)})
		}
	}
	encrypted := func(st *pageState, i uint32) bool {
		if !s.Encrypted || s.CryptSize == 0 {
			return false
		}
		start, end := st.pageStart(i), st.pageStart(i)+st.pageLen(i)
		return start < uint64(s.CryptOff)+uint64(s.CryptSize) && uint64(s.CryptOff) < end
	}
	check := func(st *pageState, i uint32, sum []byte) {
		if encrypted(st, i) {
			mu.Lock()
			st.cr.EncryptedPages++
			mu.Unlock()
			return
		}
		if !bytes.Equal(sum[:st.cd.HashSize], st.cd.CodeSlot(i)) {
			report(st, i)
		}
	}
	var digests *fileDigests
	if d, base := pageDigester(s.r); d != nil {
		digests = &fileDigests{d: d, base: base, open: map[*pageState]*digestRun{}, check: check, runMax: digestRunFor(total)}
		if opts.Progress != nil {
			digests.progress = func(done uint64) { opts.Progress(int64(done), int64(total)) }
		}
	}
	var jobs []pageJob
	for pos := uint64(0); pos < total; pos += size {
		n := size
		if total-pos < n {
			n = total - pos
		}
		if opts.Ctx != nil {
			if err := opts.Ctx.Err(); err != nil {
				return err
			}
		}
		if digests != nil {
			// The reader hashes whole pages itself; only the chunks with a
			// page cut by their ends are read here, after the answers so far.
			if taken, err := digests.take(states, pos, n); taken || err != nil {
				if err != nil {
					return err
				}
				continue
			}
			if err := digests.finish(states); err != nil {
				return err
			}
		}
		chunk := buf[:n]
		if err := readAt(s.r, chunk, int64(pos)); err != nil {
			return fmt.Errorf("reading code at %#x: %w", pos, err)
		}
		jobs = jobs[:0]
		for _, st := range states {
			p := pos
			end := pos + n
			if end > st.limit {
				end = st.limit
			}
			for p < end && st.page < st.cd.NCodeSlots {
				plen := st.pageLen(st.page)
				pstart := st.pageStart(st.page)
				if st.inPage == 0 && pstart == p && p+plen <= end {
					jobs = append(jobs, pageJob{st, st.page, chunk[p-pos : p-pos+plen]})
					p += plen
					st.page++
					continue
				}
				take := pstart + plen - p
				if end-p < take {
					take = end - p
				}
				st.h.Write(chunk[p-pos : p-pos+take])
				st.inPage += take
				p += take
				if st.inPage == plen {
					st.sum = st.h.Sum(st.sum[:0])
					check(st, st.page, st.sum)
					st.h.Reset()
					st.inPage = 0
					st.page++
				}
			}
		}
		if opts.HashPages != nil {
			if err := batchJobs(jobs, opts.HashPages, check); err != nil {
				return err
			}
		} else {
			hashJobs(jobs, workers, check)
		}
		if opts.Progress != nil {
			opts.Progress(int64(pos+n), int64(total))
		}
	}
	if digests != nil {
		if err := digests.finish(states); err != nil {
			return err
		}
	}
	for _, st := range states {
		st.cr.PagesChecked = st.page
		if st.page < st.cd.NCodeSlots && st.limit == st.cd.CodeLimit {
			res.fail("limit", "the %s has %d code slots but only %d pages were hashed", cdLabel(st.cd), st.cd.NCodeSlots, st.page)
		}
		if st.cr.BadPageCount > 0 {
			res.fail("page", "%s", describeBadPages(st))
		}
	}
	return nil
}

func describeBadPages(st *pageState) string {
	var b bytes.Buffer
	cr := st.cr
	if cr.BadPageCount == 1 {
		fmt.Fprintf(&b, "page %d at offset %#x", cr.BadPages[0].Index, cr.BadPages[0].Offset)
	} else {
		fmt.Fprintf(&b, "%d of %d pages, first ", cr.BadPageCount, st.cd.NCodeSlots)
		for i, bp := range cr.BadPages {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "page %d at offset %#x", bp.Index, bp.Offset)
		}
	}
	fmt.Fprintf(&b, " (%s, %d-byte pages) changed after signing", cdLabel(st.cd), st.cd.PageSize())
	return b.String()
}

// hashJobs hashes whole pages, spread over workers goroutines.
func hashJobs(jobs []pageJob, workers int, check func(*pageState, uint32, []byte)) {
	if len(jobs) == 0 {
		return
	}
	run := func(part []pageJob) {
		hs := map[uint8]hash.Hash{}
		var sum []byte
		for _, j := range part {
			h := hs[j.st.cd.HashType]
			if h == nil {
				h = newHash(j.st.cd.HashType)
				hs[j.st.cd.HashType] = h
			}
			h.Reset()
			h.Write(j.data)
			sum = h.Sum(sum[:0])
			check(j.st, j.index, sum)
		}
	}
	if workers <= 1 || len(jobs) < 64 {
		run(jobs)
		return
	}
	var wg sync.WaitGroup
	per := (len(jobs) + workers - 1) / workers
	for i := 0; i < len(jobs); i += per {
		end := i + per
		if end > len(jobs) {
			end = len(jobs)
		}
		wg.Add(1)
		go func(part []pageJob) {
			defer wg.Done()
			run(part)
		}(jobs[i:end])
	}
	wg.Wait()
}

// batchJobs hashes whole pages through an external batch hasher, one call per
// CodeDirectory per chunk. A CodeDirectory's whole pages in one chunk follow
// each other, so each call gets one contiguous run of the chunk.
func batchJobs(jobs []pageJob, hashPages func(uint8, []byte, int) ([]byte, error), check func(*pageState, uint32, []byte)) error {
	for start := 0; start < len(jobs); {
		st := jobs[start].st
		pageSize := len(jobs[start].data)
		end := start + 1
		for end < len(jobs) && jobs[end].st == st && len(jobs[end-1].data) == pageSize && adjacent(jobs[end-1].data, jobs[end].data) {
			end++
		}
		run := jobs[start:end]
		code := joined(run)
		size := newHash(st.cd.HashType).Size()
		sums, err := hashPages(st.cd.HashType, code, pageSize)
		if err != nil {
			return fmt.Errorf("hashing pages: %w", err)
		}
		if len(sums) != len(run)*size {
			return fmt.Errorf("hashing pages: %d bytes of digests for %d pages of %d-byte digests", len(sums), len(run), size)
		}
		for i, j := range run {
			check(j.st, j.index, sums[i*size:(i+1)*size])
		}
		start = end
	}
	return nil
}

// adjacent says whether b starts where a ends, in the same array, and is no
// longer than a (only the last page of a run may be shorter).
func adjacent(a, b []byte) bool {
	if len(a) == 0 || len(b) == 0 || len(b) > len(a) || cap(a) <= len(a) {
		return false
	}
	return &a[:len(a)+1][len(a)] == &b[0]
}

// joined is the run's pages as one slice of the chunk they were cut from.
func joined(run []pageJob) []byte {
	first := run[0].data
	n := 0
	for _, j := range run {
		n += len(j.data)
	}
	return first[:n:n]
}
