package testsign

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
)

func open(t *testing.T, b []byte) *macho.File {
	t.Helper()
	f, err := macho.Open(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestAdhocSignatureVerifies(t *testing.T) {
	img := Build(Image{CodePages: 5})
	signed, err := Sign(img, Options{Identifier: "com.example.tool", Flags: FlagAdhoc, Hashes: []uint8{HashSHA1, HashSHA256},
		EmptyRequirements: true, EmptyCMS: true, Entitlements: []byte("<plist><dict/></plist>")})
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, signed)
	s := f.Slices[0]
	if s.Err != nil || s.SigErr != nil || len(s.Problems) > 0 {
		t.Fatalf("err %v sigerr %v problems %v", s.Err, s.SigErr, s.Problems)
	}
	if s.Arch != "arm64" || s.MinOS.String() != "12.0" || s.Platform != "macos" {
		t.Errorf("facts: %s %s %s", s.Arch, s.Platform, s.MinOS)
	}
	sig := s.Signature
	if len(sig.CodeDirectories) != 2 || sig.Primary().HashType != HashSHA1 || sig.Primary().Identifier != "com.example.tool" {
		t.Fatalf("CDs: %+v", sig.CodeDirectories)
	}
	res, err := s.Verify(macho.VerifyOptions{})
	if err != nil || !res.OK() {
		t.Fatalf("verify: %v %+v", err, res)
	}
	// A byte changed in page 3 after signing is found and named.
	signed[3*4096+7] ^= 1
	res, _ = open(t, signed).Slices[0].Verify(macho.VerifyOptions{})
	if res.OK() || res.CDs[0].BadPageCount != 1 || res.CDs[0].BadPages[0].Index != 3 {
		t.Fatalf("flipped byte: %+v", res.Failures)
	}
}

func TestUniversalAndArm64e(t *testing.T) {
	a := Build(Image{CPU: CPUARM64, Subtype: SubtypeARM64E})
	a, err := Sign(a, Options{Identifier: "e", Flags: FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	x := Build(Image{CPU: CPUX86_64, Subtype: SubtypeX86_64, MinOS: Version(10, 9), Platform: PlatformMacOS})
	f := open(t, Universal(a, x))
	if !f.Universal || len(f.Slices) != 2 || f.Slices[0].Arch != "arm64e" || f.Slices[1].Arch != "x86_64" {
		t.Fatalf("slices: %+v", f.Slices)
	}
	if f.Slices[1].HasCodeSignature || f.Slices[1].MinOS.String() != "10.9" {
		t.Errorf("x86_64 slice: signed %v min %s", f.Slices[1].HasCodeSignature, f.Slices[1].MinOS)
	}
	if r, err := f.Slices[0].Verify(macho.VerifyOptions{}); err != nil || !r.OK() {
		t.Errorf("arm64e slice: %v %+v", err, r)
	}
}

// TestGoLinkerSeed builds a darwin/arm64 program, which Go's linker signs ad
// hoc, checks that the reader agrees, then re-signs it.
func TestGoLinkerSeed(t *testing.T) {
	if runtime.GOOS == "js" || testing.Short() {
		t.Skip("needs the go command")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\nfunc main() {}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module seed\n"), 0o644)
	cmd := exec.Command(goCmd, "build", "-trimpath", "-ldflags=-s -w", "-o", "seed")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=darwin", "GOARCH=arm64", "CGO_ENABLED=0", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot cross-build: %v %s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "seed"))
	if err != nil {
		t.Fatal(err)
	}
	s := open(t, b).Slices[0]
	if s.Signature == nil || s.Signature.Primary().Flags != FlagAdhoc|FlagLinkerSigned {
		t.Fatalf("Go linker signature not read: %v %v", s.SigErr, s.Signature)
	}
	if r, err := s.Verify(macho.VerifyOptions{}); err != nil || !r.OK() {
		t.Fatalf("Go linker signature does not verify: %v %+v", err, r)
	}
	re, err := Sign(b, Options{Identifier: "seed", Flags: FlagAdhoc | FlagRuntime, EmptyRequirements: true, EmptyCMS: true})
	if err != nil {
		t.Fatal(err)
	}
	s = open(t, re).Slices[0]
	if r, err := s.Verify(macho.VerifyOptions{}); err != nil || !r.OK() || len(s.Problems) > 0 {
		t.Fatalf("re-signed seed: %v %+v %v", err, r, s.Problems)
	}
}

// TestEncryptedPagesSkipped: pages in a FairPlay-encrypted range are not
// compared (they were hashed before encryption), the others still are.
func TestEncryptedPagesSkipped(t *testing.T) {
	signed, err := Sign(Build(Image{Encrypted: true, CodePages: 3}), Options{Identifier: "e", Flags: FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	inRange := append([]byte(nil), signed...)
	inRange[2*4096+1] ^= 1 // page 2, inside cryptoff..cryptoff+cryptsize
	s := open(t, inRange).Slices[0]
	res, err := s.Verify(macho.VerifyOptions{})
	if err != nil || !res.OK() || res.CDs[0].EncryptedPages != 3 {
		t.Fatalf("encrypted page: %v %+v", err, res)
	}
	outside := append([]byte(nil), signed...)
	outside[4*4096+3] ^= 1 // __LINKEDIT, not encrypted
	res, _ = open(t, outside).Slices[0].Verify(macho.VerifyOptions{})
	if res.OK() || res.CDs[0].BadPages[0].Index != 4 {
		t.Fatalf("page outside the encrypted range: %+v", res.Failures)
	}
}
