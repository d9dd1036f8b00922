package coderesources

import (
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// VerifyOptions tell Verify what the caller knows about the bundle.
type VerifyOptions struct {
	Ctx context.Context
	// Skip says a path (relative to the resource root) is covered by the
	// signature in another way and is not in the seal: the main executable,
	// Info.plist (special slot -1), _CodeSignature, a stapled ticket.
	Skip func(rel string) bool
	// Nested describes the code at rel for a nested rule: isCode false when
	// it is not code (then it is sealed by its bytes), signed false when it
	// is code without a signature, cdhashes every cdhash its signature has
	// (one per slice and hash type).
	Nested func(rel string) (isCode, signed bool, cdhashes [][]byte)
	// MaxFileSize bounds the files hashed; 0 means 8 GB.
	MaxFileSize int64
	// Hashed, when set, is told how many more bytes of the files have been
	// hashed, every MB or so: the web app's progress bar.
	Hashed func(n int64)
	// LinksHidden: the files come from a browser, which shows no symbolic
	// links (it leaves them out, or shows what they point to), so a link
	// the seal records is not judged.
	LinksHidden bool
}

// Change is one path that differs from the seal.
type Change struct {
	Path   string `json:"path"`
	Reason string `json:"reason,omitempty"`
}

// Result is what changed since the bundle was sealed.
type Result struct {
	Added    []Change
	Removed  []Change
	Modified []Change
	// Checked counts the sealed paths that matched.
	Checked int
	// Errors are files that could not be read (the rest was still checked),
	// each a *FileError.
	Errors []error
}

// FileError is a file the verifier could not read.
type FileError struct {
	Path string // relative to the resource root
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// OK says nothing was added, removed or modified.
func (r *Result) OK() bool { return len(r.Added)+len(r.Removed)+len(r.Modified) == 0 }

// bundleExtension says a directory under a nested rule is a bundle of its
// own (codesign treats any directory with an extension there as one).
func bundleExtension(name string) bool { return strings.Contains(name, ".") }

// Verify walks the resource root of a bundle in fsys and compares every file
// the rules seal with the seal: files present but not sealed are added,
// sealed but absent (and not optional) removed, present with another hash,
// link target or cdhash modified.
func (s *Seal) Verify(fsys fs.FS, root string, opts VerifyOptions) (*Result, error) {
	if opts.Ctx == nil {
		opts.Ctx = context.Background()
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = 8 << 30
	}
	entries, rules := s.Entries(), s.ActiveRules()
	v2 := s.Version() == 2
	res := &Result{}
	seen := map[string]bool{}
	rl, _ := fsys.(fs.ReadLinkFS)
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if cerr := opts.Ctx.Err(); cerr != nil {
			return cerr
		}
		if p == root {
			return err
		}
		rel := strings.TrimPrefix(p, root+"/")
		if root == "." {
			rel = p
		}
		if err != nil {
			res.Errors = append(res.Errors, &FileError{rel, err})
			return nil
		}
		if opts.Skip != nil && opts.Skip(rel) {
			if entries[rel] != nil {
				seen[rel] = true
			}
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		rule := Match(rules, rel)
		if d.IsDir() {
			if v2 && rule != nil && rule.Nested && bundleExtension(d.Name()) {
				s.checkNested(res, entries, seen, rel, rule, opts)
				return fs.SkipDir
			}
			return nil
		}
		if !rule.sealed() {
			if entries[rel] != nil {
				seen[rel] = true // sealed under other rules; present anyway
			}
			return nil
		}
		e := entries[rel]
		if d.Type()&fs.ModeSymlink != 0 && v2 {
			seen[rel] = e != nil
			if e == nil {
				res.Added = append(res.Added, Change{Path: rel, Reason: "symbolic link not in the seal"})
				return nil
			}
			res.Checked++
			if e.Symlink != "" && rl != nil {
				target, err := rl.ReadLink(p)
				if err != nil {
					res.Errors = append(res.Errors, &FileError{rel, err})
				} else if target != e.Symlink {
					res.Modified = append(res.Modified, Change{Path: rel, Reason: fmt.Sprintf("the link points to %q, the seal records %q", target, e.Symlink)})
				}
				return nil
			}
			if e.Symlink != "" {
				return nil
			}
			// Sealed by content: fall through to hashing what it points to.
		}
		if v2 && rule.Nested && opts.Nested != nil {
			if isCode, _, _ := opts.Nested(rel); isCode {
				s.checkNested(res, entries, seen, rel, rule, opts)
				return nil
			}
		}
		if e == nil {
			res.Added = append(res.Added, Change{Path: rel, Reason: "file not in the seal"})
			return nil
		}
		seen[rel] = true
		res.Checked++
		if e.Symlink != "" {
			if !opts.LinksHidden {
				res.Modified = append(res.Modified, Change{Path: rel, Reason: fmt.Sprintf("sealed as a symbolic link to %q, now a file", e.Symlink)})
			}
			return nil
		}
		if reason, err := compareHash(fsys, p, e, opts.MaxFileSize, opts.Hashed); err != nil {
			res.Errors = append(res.Errors, &FileError{rel, err})
		} else if reason != "" {
			res.Modified = append(res.Modified, Change{Path: rel, Reason: reason})
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for p, e := range entries {
		if seen[p] || e.Optional || (opts.LinksHidden && e.Symlink != "") {
			continue
		}
		reason := "sealed file missing"
		if e.IsNested() {
			reason = "sealed nested code missing"
		}
		res.Removed = append(res.Removed, Change{Path: p, Reason: reason})
	}
	for _, l := range [][]Change{res.Added, res.Removed, res.Modified} {
		sort.Slice(l, func(i, j int) bool { return l[i].Path < l[j].Path })
	}
	return res, nil
}

func (s *Seal) checkNested(res *Result, entries map[string]*Entry, seen map[string]bool, rel string, rule *Rule, opts VerifyOptions) {
	e := entries[rel]
	if e == nil {
		res.Added = append(res.Added, Change{Path: rel, Reason: "nested code not in the seal"})
		return
	}
	seen[rel] = true
	res.Checked++
	if opts.Nested == nil {
		return
	}
	isCode, signed, hashes := opts.Nested(rel)
	switch {
	case !isCode:
		return
	case !signed && e.IsNested():
		res.Modified = append(res.Modified, Change{Path: rel, Reason: "the seal records signed nested code; it is not signed now"})
		return
	case e.CDHash == nil || len(hashes) == 0:
		return
	}
	for _, h := range hashes {
		if bytes.Equal(h, e.CDHash) {
			return
		}
	}
	res.Modified = append(res.Modified, Change{Path: rel, Reason: fmt.Sprintf("nested code was changed or re-signed after the outer seal (cdhash %x, the seal records %x)", hashes[0], e.CDHash)})
}

// compareHash hashes the file with the strongest hash the entry records and
// returns why it differs, or "" when it matches.
func compareHash(fsys fs.FS, p string, e *Entry, max int64, hashed func(int64)) (string, error) {
	var h hash.Hash
	want, name := e.Hash2, "SHA-256"
	switch {
	case len(e.Hash2) > 0:
		h = sha256.New()
	case len(e.Hash) > 0:
		h, want, name = sha1.New(), e.Hash, "SHA-1"
	default:
		return "", nil
	}
	f, err := fsys.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > max {
		return "", fmt.Errorf("%d bytes, more than the %d hashed", st.Size(), max)
	}
	bp := copyBuffers.Get().(*[]byte)
	defer copyBuffers.Put(bp)
	var w io.Writer = h
	if hashed != nil {
		w = hashCounter{h, hashed}
	}
	if _, err := io.CopyBuffer(w, io.LimitReader(f, max+1), *bp); err != nil {
		return "", err
	}
	got := h.Sum(nil)
	if bytes.Equal(got, want) {
		return "", nil
	}
	return fmt.Sprintf("contents changed (%s %x, the seal records %x)", name, got, want), nil
}

// copyBuffers hold the reads of the files hashed: large reads are few round
// trips when the archive is a browser File, read through Blob ranges.
var copyBuffers = sync.Pool{New: func() any { b := make([]byte, 1<<20); return &b }}

// hashCounter tells hashed what went into the hash.
type hashCounter struct {
	hash.Hash
	hashed func(int64)
}

func (c hashCounter) Write(p []byte) (int, error) {
	n, err := c.Hash.Write(p)
	c.hashed(int64(n))
	return n, err
}

// Compute builds version-2 seal entries for files under root, the way a
// signer would with rules: used by tests and by the fixture generator to make
// bundles whose seal is right by construction.
func Compute(fsys fs.FS, root string, rules []*Rule, skip func(rel string) bool) (map[string]*Entry, error) {
	out := map[string]*Entry{}
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		rel := strings.TrimPrefix(p, root+"/")
		if skip != nil && skip(rel) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		r := Match(rules, rel)
		if !r.sealed() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := fs.ReadLink(fsys, p)
			if err != nil {
				return err
			}
			out[rel] = &Entry{Symlink: target}
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		s1, s2 := sha1.Sum(b), sha256.Sum256(b)
		out[rel] = &Entry{Hash: s1[:], Hash2: s2[:], Optional: r.Optional}
		return nil
	})
	return out, err
}

// DefaultRules2 are the rules2 Xcode writes for an iOS app today (nested
// bundles sealed file by file); tests and generated fixtures use them.
func DefaultRules2() []*Rule {
	s := &Seal{}
	m := map[string]any{
		`^.*`:                          true,
		`.*\.dSYM($|/)`:                map[string]any{"weight": 11.0},
		`^(.*/)?\.DS_Store$`:           map[string]any{"omit": true, "weight": 2000.0},
		`^.*\.lproj/`:                  map[string]any{"optional": true, "weight": 1000.0},
		`^.*\.lproj/locversion.plist$`: map[string]any{"omit": true, "weight": 1100.0},
		`^Base\.lproj/`:                map[string]any{"weight": 1010.0},
		`^Info\.plist$`:                map[string]any{"omit": true, "weight": 20.0},
		`^PkgInfo$`:                    map[string]any{"omit": true, "weight": 20.0},
		`^embedded\.provisionprofile$`: map[string]any{"weight": 20.0},
		`^version\.plist$`:             map[string]any{"weight": 20.0},
	}
	return s.rules(map[string]any{"rules2": m}, "rules2")
}
