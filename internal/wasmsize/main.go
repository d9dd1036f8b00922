// Command wasmsize prints where the bytes of a WebAssembly binary built by
// Go go: the code of each package (from the function bodies and the name
// section, so build without -ldflags=-s), and the data. `make wasm-size`
// runs it so the next person sees which packages to look at before the
// budget is reached. With -brotli, each listed package's code is also
// compressed on its own with brotli (by node, which the build already uses),
// as a visitor downloads it.
//
//	go run ./internal/wasmsize [-top N] [-brotli] app.wasm
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/signdoctor/signdoctor/internal/wasmbin"
)

func main() {
	top := flag.Int("top", 20, "packages to list")
	withBrotli := flag.Bool("brotli", false, "also give each listed package's code compressed with brotli (needs node)")
	funcs := flag.String("funcs", "", "instead, list the largest functions whose names contain this (e.g. a package path)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-brotli] FILE.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		var p *Profile
		if p, err = Read(b); err == nil {
			if *funcs != "" {
				p.PrintFuncs(os.Stdout, *funcs, *top)
				return
			}
			if *withBrotli {
				if err := p.compressTop(*top); err != nil {
					fmt.Fprintln(os.Stderr, "wasmsize: no brotli column:", err)
				}
			}
			p.Print(os.Stdout, *top)
			return
		}
	}
	fmt.Fprintln(os.Stderr, "wasmsize:", err)
	os.Exit(1)
}

// Profile is a binary's bytes by kind and its code by package.
type Profile struct {
	Total, Code, Data, Names int
	ByPackage                map[string]int
	// code is each package's function bodies, concatenated; Brotli the
	// size of that compressed alone (quality 11), for the packages measured.
	code   map[string][]byte
	Brotli map[string]int
	// Unnamed is code of functions the name section does not name.
	Unnamed int
	// Funcs is each named function's code size.
	Funcs map[string]int
	// FuncNames and PCTables are the parts of the data that are Go's
	// pclntab: every function's name, and the pc-value tables (stack
	// offsets, files, lines, inlining) tracebacks and the GC read. Zero
	// when the pclntab header is not found.
	FuncNames, PCTables int
}

// Read profiles a wasm binary.
func Read(b []byte) (*Profile, error) {
	r, err := wasmbin.Module(b)
	if err != nil {
		return nil, err
	}
	p := &Profile{Total: len(b), ByPackage: map[string]int{}, code: map[string][]byte{}, Funcs: map[string]int{}}
	imported := 0
	var bodies [][]byte
	names := map[int]string{}
	for r.Off < len(b) {
		id, payload, err := r.Section()
		if err != nil {
			return nil, err
		}
		s := &wasmbin.Reader{B: payload}
		switch id {
		case 2: // imports: functions imported come first in the index space
			if imported, err = countImportedFuncs(s); err != nil {
				return nil, err
			}
		case 10: // code
			p.Code = len(payload)
			n, err := s.ULEB()
			if err != nil {
				return nil, err
			}
			for i := 0; i < n; i++ {
				l, err := s.ULEB()
				if err != nil {
					return nil, err
				}
				body, err := s.Bytes(l)
				if err != nil {
					return nil, err
				}
				bodies = append(bodies, body)
			}
		case 11: // data
			p.Data = len(payload)
			if err := p.readPclntab(s); err != nil {
				return nil, err
			}
		case 0:
			if n, err := s.Name(); err == nil && n == "name" {
				p.Names = len(payload)
				if err := readFuncNames(s, names); err != nil {
					return nil, err
				}
			}
		}
	}
	for i, body := range bodies {
		if n, ok := names[imported+i]; ok {
			pkg := packageOf(n)
			p.Funcs[n] += len(body)
			p.ByPackage[pkg] += len(body)
			p.code[pkg] = append(p.code[pkg], body...)
		} else {
			p.Unnamed += len(body)
		}
	}
	return p, nil
}

func countImportedFuncs(s *wasmbin.Reader) (int, error) {
	n, err := s.ULEB()
	if err != nil {
		return 0, err
	}
	funcs := 0
	for i := 0; i < n; i++ {
		if _, err := s.Name(); err != nil {
			return 0, err
		}
		if _, err := s.Name(); err != nil {
			return 0, err
		}
		kind, err := s.Byte()
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0:
			funcs++
			_, err = s.ULEB()
		case 1:
			if _, err = s.Byte(); err == nil {
				err = skipLimits(s)
			}
		case 2:
			err = skipLimits(s)
		case 3:
			_, err = s.Bytes(2)
		default:
			err = fmt.Errorf("unknown import kind %d", kind)
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

func skipLimits(s *wasmbin.Reader) error {
	flags, err := s.Byte()
	if err != nil {
		return err
	}
	if _, err := s.ULEB(); err != nil {
		return err
	}
	if flags&1 != 0 {
		_, err = s.ULEB()
	}
	return err
}

// readFuncNames reads the function-names subsection (id 1) of a name section.
func readFuncNames(s *wasmbin.Reader, names map[int]string) error {
	for s.Off < len(s.B) {
		sub, err := s.Byte()
		if err != nil {
			return err
		}
		size, err := s.ULEB()
		if err != nil {
			return err
		}
		payload, err := s.Bytes(size)
		if err != nil {
			return err
		}
		if sub != 1 {
			continue
		}
		f := &wasmbin.Reader{B: payload}
		n, err := f.ULEB()
		if err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			idx, err := f.ULEB()
			if err != nil {
				return err
			}
			name, err := f.Name()
			if err != nil {
				return err
			}
			names[idx] = name
		}
	}
	return nil
}

// packageOf is the package of a symbol as Go's wasm linker names it: the
// import path with "/" written "_", then "." and the symbol, whose "(", "*"
// and ")" are written "_" too ("github.com_x_y.__T_.M" -> "github.com_x_y",
// "runtime.mallocgc" -> "runtime", "fmt.__pp_.printArg" -> "fmt"). The
// dots of a module's host are not the package's end: the labels from one of
// them to a top-level domain and "_" ("software.sslmate.com_src_...").
func packageOf(sym string) string {
	if strings.HasPrefix(sym, "type_.") {
		return "type_" // the compiler's equality and hash functions of types
	}
	for i := 0; i < len(sym); i++ {
		if sym[i] != '.' {
			continue
		}
		host := hostTail.FindString(sym[i:])
		if host == "" {
			return sym[:i]
		}
		i += len(host) - 1
	}
	return sym
}

// hostTail matches the rest of a module's host from one of its dots.
var hostTail = regexp.MustCompile(`^(\.[a-z0-9-]+)*\.[a-z]{2,4}_`)

// brotliJS prints the size of each file named on its command line,
// compressed as make build compresses app.wasm.
const brotliJS = `const fs = require("fs"), z = require("zlib");
for (const f of process.argv.slice(1)) {
	const b = fs.readFileSync(f);
	console.log(z.brotliCompressSync(b, {params: {[z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length}}).length);
}`

// compressTop fills Brotli for the top packages by code. Compressed alone, a
// package's code loses the context the rest of the binary gives it, so the
// figures add up to a little more than the code's share of app.wasm.br.
func (p *Profile) compressTop(top int) error {
	dir, err := os.MkdirTemp("", "wasmsize")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	pkgs := p.topPackages(top)
	args := []string{"-e", brotliJS}
	for i, pkg := range pkgs {
		f := filepath.Join(dir, strconv.Itoa(i))
		if err := os.WriteFile(f, p.code[pkg], 0o600); err != nil {
			return err
		}
		args = append(args, f)
	}
	out, err := exec.Command("node", args...).Output()
	if err != nil {
		return err
	}
	sizes := strings.Fields(string(out))
	if len(sizes) != len(pkgs) {
		return fmt.Errorf("node printed %d sizes for %d packages", len(sizes), len(pkgs))
	}
	p.Brotli = map[string]int{}
	for i, pkg := range pkgs {
		if p.Brotli[pkg], err = strconv.Atoi(sizes[i]); err != nil {
			return err
		}
	}
	return nil
}

// topPackages is the packages by code size, largest first, at most n.
func (p *Profile) topPackages(n int) []string {
	var pkgs []string
	for pkg := range p.ByPackage {
		pkgs = append(pkgs, pkg)
	}
	sort.Slice(pkgs, func(i, j int) bool {
		a, b := p.ByPackage[pkgs[i]], p.ByPackage[pkgs[j]]
		return a > b || a == b && pkgs[i] < pkgs[j]
	})
	return pkgs[:min(n, len(pkgs))]
}

// readPclntab finds Go's pclntab header in the data section's segments and
// takes the sizes of its function-name and pc-value tables from it.
func (p *Profile) readPclntab(s *wasmbin.Reader) error {
	type segment struct {
		addr int
		b    []byte
	}
	n, err := s.ULEB()
	if err != nil {
		return err
	}
	var segs []segment
	for i := 0; i < n; i++ {
		flags, err := s.ULEB()
		if err != nil {
			return err
		}
		if flags != 0 {
			return nil // a passive or indexed segment: not Go's layout
		}
		op, err := s.Byte()
		if err != nil {
			return err
		}
		if op != 0x41 { // i32.const
			return nil
		}
		addr, err := s.ULEB() // Go's addresses are positive and small
		if err != nil {
			return err
		}
		if end, err := s.Byte(); err != nil || end != 0x0b {
			return errors.New("data segment offset is not one i32.const")
		}
		l, err := s.ULEB()
		if err != nil {
			return err
		}
		b, err := s.Bytes(l)
		if err != nil {
			return err
		}
		segs = append(segs, segment{addr, b})
	}
	// read returns n bytes of memory at addr; the linker leaves runs of
	// zeros out of the segments.
	read := func(addr, n int) []byte {
		out := make([]byte, n)
		for _, g := range segs {
			lo, hi := max(addr, g.addr), min(addr+n, g.addr+len(g.b))
			if lo < hi {
				copy(out[lo-addr:], g.b[lo-g.addr:hi-g.addr])
			}
		}
		return out
	}
	// The header: magic 0xfffffff1, two pad bytes, minLC 1, ptrSize 8, then
	// nfunc, nfiles, textStart and the offsets of funcnametab, cutab,
	// filetab, pctab and the func table, 8 bytes each.
	magic := []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}
	for _, g := range segs {
		i := bytes.Index(g.b, magic)
		if i < 0 {
			continue
		}
		h := read(g.addr+i, 8+8*8)
		off := func(k int) int { return int(binary.LittleEndian.Uint64(h[8+8*k:])) }
		funcName, cu, pcTab, pcln := off(3), off(4), off(6), off(7)
		if 0 < funcName && funcName < cu && pcTab < pcln && pcln-funcName < p.Data {
			p.FuncNames, p.PCTables = cu-funcName, pcln-pcTab
		}
		return nil
	}
	return nil
}

// Print writes the profile: totals, then the top packages by code.
func (p *Profile) Print(w io.Writer, top int) {
	pct := func(n, of int) float64 { return 100 * float64(n) / float64(max(of, 1)) }
	fmt.Fprintf(w, "%d bytes: code %d (%.0f%%), data %d (%.0f%%), names %d (%.0f%%, stripped in the build)\n",
		p.Total, p.Code, pct(p.Code, p.Total), p.Data, pct(p.Data, p.Total), p.Names, pct(p.Names, p.Total))
	if p.FuncNames > 0 {
		fmt.Fprintf(w, "data: function names %d (%.0f%%), pc-value tables %d (%.0f%%): Go's pclntab, kept by -s -w; fewer and smaller functions (less inlining) shrink them\n",
			p.FuncNames, pct(p.FuncNames, p.Total), p.PCTables, pct(p.PCTables, p.Total))
	}
	type row struct {
		pkg  string
		size int
	}
	groups := map[string]int{}
	for pkg, n := range p.ByPackage {
		groups[group(pkg)] += n
	}
	pkgs := p.topPackages(top)
	fmt.Fprintf(w, "code by package (top %d of %d", len(pkgs), len(p.ByPackage))
	if p.Brotli != nil {
		fmt.Fprint(w, "; then its code compressed alone with brotli")
	}
	fmt.Fprintln(w, "):")
	for _, pkg := range pkgs {
		fmt.Fprintf(w, "  %9d  %5.1f%%", p.ByPackage[pkg], pct(p.ByPackage[pkg], p.Code))
		if br, ok := p.Brotli[pkg]; ok {
			fmt.Fprintf(w, "  br %8d", br)
		}
		fmt.Fprintf(w, "  %s\n", pkg)
	}
	fmt.Fprintln(w, "code by origin:")
	var gs []row
	for g, n := range groups {
		gs = append(gs, row{g, n})
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].size > gs[j].size })
	for _, g := range gs {
		fmt.Fprintf(w, "  %9d  %5.1f%%  %s\n", g.size, pct(g.size, p.Code), g.pkg)
	}
}

// group sorts a package into this project, go-app, another module, or the
// standard library.
func group(pkg string) string {
	switch {
	case strings.HasPrefix(pkg, "github.com_signdoctor_signdoctor"):
		return "signdoctor"
	case strings.HasPrefix(pkg, "github.com_maxence_charriere_go_app"):
		return "go-app"
	case strings.Contains(strings.SplitN(pkg, "_", 2)[0], "."):
		return "other modules"
	}
	return "Go standard library and runtime"
}

// PrintFuncs lists the top largest functions whose names contain match: where
// to look when one package's code grows.
func (p *Profile) PrintFuncs(w io.Writer, match string, top int) {
	type fn struct {
		name string
		size int
	}
	var fs []fn
	total := 0
	for n, size := range p.Funcs {
		if strings.Contains(n, match) {
			fs = append(fs, fn{n, size})
			total += size
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].size != fs[j].size {
			return fs[i].size > fs[j].size
		}
		return fs[i].name < fs[j].name
	})
	fmt.Fprintf(w, "%d functions matching %q, %d bytes of code\n", len(fs), match, total)
	for i, f := range fs {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%10d  %s\n", f.size, f.name)
	}
}
