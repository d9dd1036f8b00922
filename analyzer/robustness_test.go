//go:build !js

package analyzer

// TestRobustness feeds mutated copies of the corpus and of the generated cases
// through the whole analyzer and counts crashes (an internal-error finding or a
// panic escaping Analyze), hangs (an input not done within hangAfter) and the
// peak memory of the process. It runs only when asked: `make robustness`
// (-robustness=100000). Mutations: byte flips, truncations, interesting
// values written over length-like fields, and zip central-directory rewrites.

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

var (
	robustnessRuns = flag.Int("robustness", 0, "number of mutated inputs to analyse (0 skips TestRobustness)")
	robustnessSeed = flag.Uint64("robustness.seed", 1, "random seed of the mutations")
)

const hangAfter = 10 * time.Second

func TestRobustness(t *testing.T) {
	if *robustnessRuns == 0 {
		t.Skip("run with -robustness=N (make robustness)")
	}
	seeds := robustnessSeeds(t)
	if len(seeds) == 0 {
		t.Fatal("no seed files found")
	}
	var small, large []seed
	for _, s := range seeds {
		if len(s.data) > 1<<20 {
			large = append(large, s)
		} else {
			small = append(small, s)
		}
	}
	t.Logf("%d seed files (%d over 1 MiB)", len(seeds), len(large))

	var crashes, hangs, done atomic.Int64
	var seenMu sync.Mutex
	seen := map[string]bool{}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan seed, workers)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range jobs {
				data := job.data
				crashed, hung, detail := analyseOnce(data, job.name, job.folder)
				if crashed {
					crashes.Add(1)
					// Each distinct crash is kept once, outside t.TempDir,
					// which is removed when the test ends.
					seenMu.Lock()
					first := !seen[detail]
					seen[detail] = true
					seenMu.Unlock()
					if first {
						path := filepath.Join(os.TempDir(), fmt.Sprintf("signdoctor-crasher-%d", time.Now().UnixNano()))
						_ = os.WriteFile(path, data, 0o644)
						t.Errorf("crash (input kept at %s): %s", path, detail)
					}
				}
				if hung {
					hangs.Add(1)
					// Kept, so it can be timed alone: on a loaded machine a
					// slow large input can pass the bound without hanging.
					path := filepath.Join(os.TempDir(), fmt.Sprintf("signdoctor-hang-%d-%s", time.Now().UnixNano(), filepath.Base(job.name)))
					_ = os.WriteFile(path, data, 0o644)
					t.Errorf("no answer within %s (input kept at %s, mutated from %s)", hangAfter, path, job.name)
				}
				done.Add(1)
			}
		}()
	}
	rng := rand.New(rand.NewPCG(*robustnessSeed, 0x5eed))
	for i := 0; i < *robustnessRuns; i++ {
		pool := small
		if len(large) > 0 && (len(small) == 0 || rng.IntN(200) == 0) {
			pool = large
		}
		s := pool[rng.IntN(len(pool))]
		ext := filepath.Ext(s.name)
		jobs <- seed{s.name, mutate(rng, s.data), (ext == ".zip" || ext == ".ipa") && rng.IntN(4) == 0}
	}
	close(jobs)
	wg.Wait()
	peak := peakRSS()
	msg := fmt.Sprintf("robustness: %d inputs in %s, %d crashes, %d hangs, peak memory %d MB",
		done.Load(), time.Since(start).Round(time.Second), crashes.Load(), hangs.Load(), peak>>20)
	fmt.Println(msg)
	t.Log(msg)
	if crashes.Load() > 0 || hangs.Load() > 0 {
		t.Fail()
	}
	if peak > 512<<20 {
		t.Errorf("peak memory %d MB is over 512 MB", peak>>20)
	}
}

// analyseOnce runs one input; a panic that escapes Analyze or an internal
// error finding counts as a crash.
func analyseOnce(data []byte, name string, folder bool) (crashed, hung bool, detail string) {
	type result struct {
		crashed bool
		detail  string
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- result{true, fmt.Sprint(r)}
			}
		}()
		files := []File{{Name: name, Size: int64(len(data)), R: bytes.NewReader(data)}}
		if folder {
			if ff := folderFromZip(data); ff != nil {
				files = []File{{Name: "input", Folder: ff}}
			}
		}
		rep, err := Analyze(context.Background(), files, Options{Now: defaultCaseTime})
		if err != nil {
			ch <- result{true, err.Error()}
			return
		}
		for _, f := range rep.Findings {
			if strings.HasPrefix(f.ID, "internal-") || f.ID == "input-internal-error" {
				ch <- result{true, f.Message + panicSite(data, name)}
				return
			}
		}
		ch <- result{}
	}()
	select {
	case r := <-ch:
		return r.crashed, false, r.detail
	case <-time.After(hangAfter):
		return false, true, "no answer"
	}
}

// panicSite parses data again and names the line that panicked, so that
// distinct crashes with the same message are told apart.
func panicSite(data []byte, name string) string {
	in := parseInput(context.Background(), File{Name: name, Size: int64(len(data)), R: bytes.NewReader(data)}, &Options{Now: defaultCaseTime})
	var ie *InternalError
	if !errors.As(in.Err, &ie) {
		return ""
	}
	lines := strings.Split(ie.Stack, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+3 < len(lines) {
			return " at " + strings.TrimSpace(lines[i+3])
		}
	}
	return ""
}

// seed is a file to mutate, with the name its mutants are analysed under:
// "input" plus the seed's extension, so formats known by their name (a
// .dmg's trailer is at its end, a .p12 has no magic) are reached too.
type seed struct {
	name string
	data []byte
	// folder: analyse the (mutated) zip's entries as a folder input, the
	// way `signdoctor check DIR` and a dropped folder reach the analyzer.
	folder bool
}

func robustnessSeeds(t *testing.T) []seed {
	var seeds []seed
	add := func(root string, maxSize int) {
		_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || d.Name() == "want" || d.Name() == "options" || strings.HasSuffix(path, ".md") {
				return nil
			}
			if b, err := os.ReadFile(path); err == nil && len(b) > 0 && (maxSize == 0 || len(b) <= maxSize) {
				seeds = append(seeds, seed{name: "input" + filepath.Ext(strings.TrimSuffix(path, ".b64")), data: b})
			}
			return nil
		})
	}
	if dir, ok := testcorpus.Find(); ok {
		add(dir, 0)
	}
	// The security review's adversarial files (escape sequences, 200,000
	// seal entries), mutated like the rest. nodes20k.ipa (3.4 MB, 20,000
	// nested binaries) is left out: its facts alone take ~150 MB, two
	// mutants at once on two workers pass the 512 MB bound on the process,
	// and TestManyNestedBinariesStayBounded bounds it on its own.
	add("../../shared/crashers", 1<<20)
	add(casesDir, 0)
	return seeds
}

var interesting32 = []uint32{0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000,
	0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 0xfade0cc0, 0xfade0c02}

// mutate returns a changed copy of seed.
func mutate(rng *rand.Rand, seed []byte) []byte {
	b := bytes.Clone(seed)
	for n := 1 + rng.IntN(4); n > 0 && len(b) > 0; n-- {
		switch rng.IntN(5) {
		case 0: // flip bytes
			for k := 1 + rng.IntN(8); k > 0; k-- {
				b[rng.IntN(len(b))] ^= byte(1 + rng.IntN(255))
			}
		case 1: // truncate
			b = b[:rng.IntN(len(b))]
		case 2, 3: // an interesting value over a 4-aligned field, either byte order
			if len(b) < 4 {
				continue
			}
			off := rng.IntN(len(b)-3) &^ 3
			v := interesting32[rng.IntN(len(interesting32))]
			if rng.IntN(2) == 0 {
				binary.BigEndian.PutUint32(b[off:], v)
			} else {
				binary.LittleEndian.PutUint32(b[off:], v)
			}
		case 4: // rewrite a zip central-directory entry's sizes or offset
			i := bytes.LastIndex(b, []byte("PK\x01\x02"))
			if i < 0 || i+46 > len(b) {
				continue
			}
			field := []int{20, 24, 28, 30, 42}[rng.IntN(5)]
			binary.LittleEndian.PutUint32(b[i+field:], interesting32[rng.IntN(len(interesting32))])
		}
	}
	return b
}

// peakRSS is the process's high-water resident memory (Linux), or the Go
// heap's peak system memory elsewhere.
func peakRSS() uint64 {
	if s, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(s), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				var kb uint64
				fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:")), "%d", &kb)
				return kb << 10
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Sys
}

// folderFromZip lists a zip's entries as a folder's files (nil when the zip
// does not open): links as links, files as their bytes (at most 64 MiB each).
func folderFromZip(data []byte) []FolderFile {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	var out []FolderFile
	for _, f := range zr.File {
		if len(out) > 5000 {
			break
		}
		mode := f.Mode()
		ff := FolderFile{Name: strings.TrimSuffix(f.Name, "/"), Mode: mode}
		if !mode.IsDir() && !strings.HasSuffix(f.Name, "/") {
			rc, err := f.Open()
			if err != nil {
				continue
			}
			b, _ := io.ReadAll(io.LimitReader(rc, 64<<20))
			rc.Close()
			if mode&fs.ModeSymlink != 0 {
				ff.Link = string(b)
			} else {
				ff.Mode, ff.Size, ff.R = mode.Perm(), int64(len(b)), bytes.NewReader(b)
			}
		} else {
			ff.Mode = fs.ModeDir | 0o755
		}
		out = append(out, ff)
	}
	return out
}
