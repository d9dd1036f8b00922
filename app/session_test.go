package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// fakeClock is a clock that moves only when a test advances it; a Sleep
// waits for that.
type fakeClock struct {
	mu       sync.Mutex
	now      time.Time
	sleepers []chan time.Time // each wakes at the time it was given
	wakeAt   []time.Time
	asleep   chan struct{}
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), asleep: make(chan struct{}, 100)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(d time.Duration) {
	wake := make(chan time.Time, 1)
	c.mu.Lock()
	c.sleepers = append(c.sleepers, wake)
	c.wakeAt = append(c.wakeAt, c.now.Add(d))
	c.mu.Unlock()
	c.asleep <- struct{}{}
	<-wake
}

// waitAsleep returns once n more Sleeps have begun.
func (c *fakeClock) waitAsleep(t *testing.T, n int) {
	t.Helper()
	for range n {
		select {
		case <-c.asleep:
		case <-time.After(10 * time.Second):
			t.Fatal("nothing went to sleep")
		}
	}
}

// advance moves the clock and wakes the sleepers whose time has come.
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	keep, at := c.sleepers[:0], c.wakeAt[:0]
	for i, s := range c.sleepers {
		if !c.wakeAt[i].After(c.now) {
			s <- c.now
			continue
		}
		keep, at = append(keep, s), append(at, c.wakeAt[i])
	}
	c.sleepers, c.wakeAt = keep, at
}

// recordPage keeps what a session showed.
type recordPage struct {
	mu           sync.Mutex
	analyses     []analysisState
	lookups      []lookupResult
	requirements []reqResults
}

func (p *recordPage) showAnalysis(st analysisState) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.analyses = append(p.analyses, st)
}

func (p *recordPage) showLookup(r lookupResult) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lookups = append(p.lookups, r)
}

func (p *recordPage) showRequirements(r reqResults) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.requirements = append(p.requirements, r)
}

func (p *recordPage) pause(time.Duration) {}

func (p *recordPage) lastAnalysis() analysisState {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.analyses[len(p.analyses)-1]
}

func (p *recordPage) lastLookup() lookupResult {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.lookups[len(p.lookups)-1]
}

func file(name, text string) analyzer.File {
	return analyzer.File{Name: name, Size: int64(len(text)), R: strings.NewReader(text)}
}

// reportOf is the report a fake analysis gives: one artifact per file, and
// the device it was asked about as a finding.
func reportOf(files []analyzer.File, opts analyzer.Options) *report.Report {
	r := &report.Report{}
	for _, f := range files {
		r.Artifacts = append(r.Artifacts, report.NewArtifact(f.Name, &report.Profile{
			ProfileName: f.Name, Devices: 1, DeviceIDs: []string{"00008030-001A2B3C4D5E6F70"},
		}))
	}
	if opts.Device != "" {
		r.Findings = append(r.Findings, report.Finding{ID: "profile-device-format", Subject: "device " + opts.Device, Severity: report.Warning, Message: "asked about " + opts.Device})
	}
	return r
}

// A newer drop makes an older answer stale: the first analysis finishes
// after the second started, and the page never shows its report.
func TestSessionNewerDropMakesOlderAnswerStale(t *testing.T) {
	s := newSession(newFakeClock())
	release := make(chan struct{})
	started := make(chan string, 2)
	s.analyze = func(ctx context.Context, files []analyzer.File, opts analyzer.Options) (*report.Report, error) {
		started <- files[0].Name
		if files[0].Name == "old.mobileprovision" {
			<-release // finishes only once the newer drop has
		}
		return reportOf(files, opts), nil
	}
	p := &recordPage{}
	oldDone := make(chan bool)
	go func() {
		_, shown := s.Analyze(context.Background(), []analyzer.File{file("old.mobileprovision", "x")}, nil, p)
		oldDone <- shown
	}()
	if name := <-started; name != "old.mobileprovision" {
		t.Fatalf("first run analysed %s", name)
	}
	newer, shown := s.Analyze(context.Background(), []analyzer.File{file("new.mobileprovision", "y")}, nil, p)
	if !shown || newer.Report == nil || newer.Report.Artifacts[0].Name != "new.mobileprovision" {
		t.Fatalf("the newer drop's answer was not shown: %+v", newer)
	}
	close(release)
	if <-oldDone {
		t.Error("the older analysis says its answer was shown")
	}
	for _, st := range p.analyses {
		if st.Report != nil && st.Report.Artifacts[0].Name == "old.mobileprovision" {
			t.Errorf("the page showed the older drop's report after a newer drop (state %d)", st.Seq)
		}
	}
	last := p.lastAnalysis()
	if last.Report == nil || last.Report.Artifacts[0].Name != "new.mobileprovision" || last.Seq != newer.Seq {
		t.Errorf("the page ends on %+v, want the newer drop's report", last)
	}
	if len(last.Facts) != 1 || last.Facts[0].Raw["profile_name"] != "new.mobileprovision" {
		t.Errorf("the report's facts are not laid out in the state: %+v", last.Facts)
	}
}

// A newer drop cancels the run it replaces.
func TestSessionNewerDropCancelsTheRunningAnalysis(t *testing.T) {
	s := newSession(newFakeClock())
	started := make(chan struct{}, 1)
	s.analyze = func(ctx context.Context, files []analyzer.File, opts analyzer.Options) (*report.Report, error) {
		if files[0].Name == "slow" {
			started <- struct{}{}
			<-ctx.Done()
			return nil, ctx.Err()
		}
		return reportOf(files, opts), nil
	}
	p := &recordPage{}
	done := make(chan struct{})
	go func() {
		s.Analyze(context.Background(), []analyzer.File{file("slow", "x")}, nil, p)
		close(done)
	}()
	<-started
	s.Analyze(context.Background(), []analyzer.File{file("fast", "y")}, nil, p)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the replaced analysis was not cancelled")
	}
	if last := p.lastAnalysis(); last.Canceled || last.Report == nil {
		t.Errorf("the page ends on %+v", last)
	}
}

// The debounce: a burst of keystrokes in the device lookup runs the
// analysis once, with the last text; a pause longer than the debounce runs
// it again.
func TestSessionDeviceLookupDebounce(t *testing.T) {
	clk := newFakeClock()
	s := newSession(clk)
	var mu sync.Mutex
	var devices []string
	s.analyze = func(ctx context.Context, files []analyzer.File, opts analyzer.Options) (*report.Report, error) {
		if opts.Device != "" {
			mu.Lock()
			devices = append(devices, opts.Device)
			mu.Unlock()
		}
		return reportOf(files, opts), nil
	}
	p := &recordPage{}
	if _, ok := s.Analyze(context.Background(), []analyzer.File{file("a.mobileprovision", "x")}, nil, p); !ok {
		t.Fatal("analysis not shown")
	}

	var wg sync.WaitGroup
	typeText := func(text string) {
		wg.Add(1)
		go func() { defer wg.Done(); s.SearchDevice(context.Background(), text, p) }()
		clk.waitAsleep(t, 1)
	}
	const id = "00008030-001A2B3C4D5E6F70"
	for i := 10; i <= len(id); i += 5 {
		typeText(id[:i])
		clk.advance(deviceDebounce / 3) // typing faster than the debounce
	}
	typeText(id)
	clk.advance(deviceDebounce)
	wg.Wait()
	if len(devices) != 1 || devices[0] != id {
		t.Fatalf("a burst of keystrokes ran the analysis with %q, want once with the last text", devices)
	}
	if got := p.lastLookup(); got.Query != id || got.Checking || len(got.Findings) != 1 || got.Findings[0].Message != "asked about "+id {
		t.Errorf("the lookup shows %+v", got)
	}
	for _, r := range p.lookups {
		if r.Query != "" && !r.Checking && r.Query != id {
			t.Errorf("an answer for the stale text %q was shown", r.Query)
		}
	}

	// After a pause, the next text runs again.
	typeText(" " + id + " ")
	clk.advance(deviceDebounce)
	wg.Wait()
	if len(devices) != 2 {
		t.Errorf("after a pause the analysis ran %d times in all, want 2", len(devices))
	}
}

// The requirement boxes share the debounce: a burst runs one evaluation and
// a new drop makes an answer still on its way stale.
func TestSessionRequirementAnswerGoesStaleWithANewDrop(t *testing.T) {
	clk := newFakeClock()
	s := newSession(clk)
	var runs int
	s.analyze = func(ctx context.Context, files []analyzer.File, opts analyzer.Options) (*report.Report, error) {
		if opts.Requirement != "" {
			runs++
		}
		return reportOf(files, opts), nil
	}
	p := &recordPage{}
	s.Analyze(context.Background(), []analyzer.File{file("App.ipa", "x")}, nil, p)
	done := make(chan struct{})
	go func() {
		s.CheckRequirement(context.Background(), reqQuery{Artifact: "App.ipa", Executable: "Payload/App.app/App", Text: `identifier "com.example.app"`}, p)
		close(done)
	}()
	clk.waitAsleep(t, 1)
	s.Analyze(context.Background(), []analyzer.File{file("Other.ipa", "y")}, nil, p)
	clk.advance(requirementDebounce)
	<-done
	if runs != 0 {
		t.Errorf("a requirement typed for the files a drop replaced ran %d times", runs)
	}
	if got := p.requirements[len(p.requirements)-1]; len(got) != 0 {
		t.Errorf("the requirement answers after a new drop: %+v", got)
	}
}

// Start over clears everything: the report, its facts, the files, and the
// answers of the lookup and the requirement boxes; a run still going stops.
func TestSessionStartOverClearsEverything(t *testing.T) {
	clk := newFakeClock()
	s := newSession(clk)
	s.analyze = func(ctx context.Context, files []analyzer.File, opts analyzer.Options) (*report.Report, error) {
		return reportOf(files, opts), nil
	}
	p := &recordPage{}
	st, _ := s.Analyze(context.Background(), []analyzer.File{file("a.mobileprovision", "x")}, nil, p)
	s.MarkSimulated(st.Seq, "made up", p)
	s.showRequirement(s.turns.start("requirement\x00a"), reqQuery{Artifact: "a"}, reqResult{Text: "t"}, p)
	s.showLookup(s.turns.start(turnLookup), lookupResult{Query: "q"}, p)

	// A lookup waiting for its debounce when the user starts over.
	done := make(chan struct{})
	go func() {
		s.SearchDevice(context.Background(), "00008030-001A2B3C4D5E6F70", p)
		close(done)
	}()
	clk.waitAsleep(t, 1)
	s.StartOver(p)
	clk.advance(deviceDebounce)
	<-done

	if last := p.lastAnalysis(); last.Report != nil || last.Facts != nil || last.Simulated != "" || last.Running || last.Seq <= st.Seq {
		t.Errorf("after start over the page shows %+v", last)
	}
	if got := p.lastLookup(); got.Query != "" || got.Checking || got.Findings != nil || got.Note != "" {
		t.Errorf("after start over the lookup shows %+v", got)
	}
	if got := p.requirements[len(p.requirements)-1]; len(got) != 0 {
		t.Errorf("after start over the requirement boxes show %+v", got)
	}
	s.mu.Lock()
	files, state, cancel := s.files, s.state, s.cancel
	s.mu.Unlock()
	if files != nil || state.Report != nil || cancel != nil {
		t.Errorf("the session still holds files %v, report %v", files, state.Report)
	}
	// Nothing is left to unlock: the files went.
	n := len(p.analyses)
	s.Unlock(context.Background(), map[string]string{"a.p12": "pw"}, p)
	if len(p.analyses) != n {
		t.Error("unlock after start over analysed again")
	}
}

// A shared report has no files: the lookup answers from the lists alone,
// and the facts are laid out as for a drop.
func TestSessionSharedReport(t *testing.T) {
	s := newSession(newFakeClock())
	s.analyze = func(context.Context, []analyzer.File, analyzer.Options) (*report.Report, error) {
		t.Error("a shared report was analysed")
		return nil, io.EOF
	}
	p := &recordPage{}
	enc := mustEncode(t, handMadeReport(shareNow), shareOptions{})
	s.OpenShared(enc.Data, p)
	st := p.lastAnalysis()
	if !st.Shared || st.Report == nil || len(st.Facts) != len(st.Report.Artifacts) {
		t.Fatalf("shared state %+v", st)
	}
	s.SearchDevice(context.Background(), "00008030-001A2B3C4D5E6F70", p)
	if got := p.lastLookup(); got.Checking || got.Note == "" {
		t.Errorf("the lookup on a shared report shows %+v", got)
	}
	s.OpenShared("not a link", p)
	if st := p.lastAnalysis(); st.Report != nil || !strings.Contains(st.Err, "cannot be opened") {
		t.Errorf("a broken link shows %+v", st)
	}
}

func TestPastedFiles(t *testing.T) {
	if f := pastedFiles(" \n\t"); f != nil {
		t.Errorf("space alone is %v", f)
	}
	f := pastedFiles("  error: no identity found \n")
	if len(f) != 1 || f[0].Name != "pasted text" || f[0].Size != int64(len("error: no identity found")) {
		t.Errorf("pasted files %+v", f)
	}
}

// The device lookup asks the analyzer itself: the profile's file is
// analysed again with the device, and only what that run adds is shown,
// measured against the same file analysed without it (the pasted text
// beside it is not part of the question).
func TestSessionDeviceLookupAsksTheAnalyzer(t *testing.T) {
	data, err := os.ReadFile("../testdata/cases/profile-device-not-listed/dash-missing/Example.mobileprovision")
	if err != nil {
		t.Fatal(err)
	}
	clk := newFakeClock()
	s := newSession(clk)
	var runs []int
	s.analyze = func(ctx context.Context, files []analyzer.File, opts analyzer.Options) (*report.Report, error) {
		runs = append(runs, len(files))
		return analyzer.Analyze(ctx, files, opts)
	}
	p := &recordPage{}
	files := []analyzer.File{
		{Name: "Example.mobileprovision", Size: int64(len(data)), R: bytes.NewReader(data)},
		file("pasted text", "error: Provisioning profile doesn't include the currently selected device"),
	}
	if _, ok := s.Analyze(context.Background(), files, nil, p); !ok {
		t.Fatal("analysis not shown")
	}
	done := make(chan struct{})
	go func() {
		s.SearchDevice(context.Background(), "00008030001A2B3C4D5E6F70", p)
		close(done)
	}()
	clk.waitAsleep(t, 1)
	clk.advance(deviceDebounce)
	<-done
	got := p.lastLookup()
	if got.Checking || got.Note != "" || len(got.Findings) == 0 {
		t.Fatalf("the lookup shows %+v", got)
	}
	for _, f := range got.Findings {
		if f.ID != "profile-device-not-listed" {
			t.Errorf("the lookup shows %s, which the run without the device gave too", f.ID)
		}
	}
	if !strings.Contains(got.Findings[0].Message, "00008030-001A2B3C4D5E6F70 is listed") {
		t.Errorf("the lookup does not say how the profile writes the device: %s", got.Findings[0].Message)
	}
	// The drop, the profile's file alone without the device, then with it.
	if len(runs) != 3 || runs[1] != 1 || runs[2] != 1 {
		t.Errorf("runs of %v files, want [2 1 1]", runs)
	}
}

// Unlock analyses the same files again, with the passwords by file name.
func TestSessionUnlockAnalysesTheSameFilesWithThePasswords(t *testing.T) {
	s := newSession(newFakeClock())
	var asked []string
	s.analyze = func(ctx context.Context, files []analyzer.File, opts analyzer.Options) (*report.Report, error) {
		if opts.Password != nil {
			pw, ok := opts.Password("id.p12")
			_, other := opts.Password("other.p12")
			asked = append(asked, fileNames(files)+"="+pw)
			if !ok || other {
				t.Errorf("passwords by name: %v %v", ok, other)
			}
		}
		return reportOf(files, opts), nil
	}
	p := &recordPage{}
	files := []analyzer.File{file("id.p12", "x"), file("b.cer", "y")}
	s.Analyze(context.Background(), files, nil, p)
	s.Unlock(context.Background(), map[string]string{"id.p12": "secret"}, p)
	if len(asked) != 1 || asked[0] != "id.p12\x00b.cer=secret" {
		t.Errorf("unlock ran %q", asked)
	}
	if last := p.lastAnalysis(); last.Report == nil || len(last.Files) != 2 {
		t.Errorf("after unlock the page shows %+v", last)
	}
}

// A requirement box's text is evaluated against its file once typing
// pauses; a syntax error is left to the box and runs nothing.
func TestSessionRequirementEvaluatesTheDroppedFile(t *testing.T) {
	b64, err := os.ReadFile("../testdata/cases/req-unsatisfied/anchor-apple/tool.b64")
	if err != nil {
		t.Skip("case input missing:", err)
	}
	bin, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b64)))
	if err != nil {
		t.Fatal(err)
	}
	clk := newFakeClock()
	s := newSession(clk)
	p := &recordPage{}
	st, _ := s.Analyze(context.Background(), []analyzer.File{file("tool", string(bin))}, nil, p)
	if st.Report == nil {
		t.Fatalf("analysis: %+v", st)
	}
	ask := func(text string) reqResult {
		q := reqQuery{Artifact: "tool", Text: text}
		done := make(chan struct{})
		go func() { s.CheckRequirement(context.Background(), q, p); close(done) }()
		if requirementSyntax(text) == nil {
			clk.waitAsleep(t, 1)
			clk.advance(requirementDebounce)
		}
		<-done
		return p.requirements[len(p.requirements)-1][q.key()]
	}
	got := ask(`identifier "nope"`)
	if got.Checking || got.Err != "" || len(got.Slices) != 1 || got.Slices[0].Verdict != verdictNotSatisfied {
		t.Errorf("the box shows %+v", got)
	}
	if got := ask(`identifier "nope" and`); got.Checking || got.Slices != nil {
		t.Errorf("a requirement cut short shows %+v", got)
	}
}
