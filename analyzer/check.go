package analyzer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Check is one diagnosis: everything a user needs to understand a finding, and
// the function that finds it.
type Check struct {
	// ID is stable once shipped: share links, CI configs and /checks/ID pages
	// refer to it. Form: area-name, lower case (profile-expired).
	ID       string
	Severity report.Severity
	// Title says the problem in a few words.
	Title string
	// Doc explains what is wrong and why it fails, in plain words.
	Doc string
	// Fix says how to fix it, with the command where one exists.
	Fix string
	// Needs lists the kinds of input the check looks at; the check runs only
	// when the case has at least one input of each kind.
	Needs []Kind
	// Blocks names the goals a finding of this check makes fail (see
	// report.Goals); empty for checks that only inform.
	Blocks []report.Goal
	// Run looks at the case and reports findings through the pass.
	Run func(*Pass)
}

// idPattern is the form every check ID takes. Only Validate (the registry
// test) needs it, so it is compiled there: compiled in package init it cost
// every start of the web app a regexp compile, and the regexp engine's code.
const idPattern = `^[a-z]+(-[a-z0-9]+)+$`

var idRegexp struct {
	sync.Once
	re *regexp.Regexp
}

var (
	registryMu sync.Mutex
	registry   = map[string]*Check{}
	// byID is the registry in ID order, sorted on the first Checks after a
	// register. Checks runs at every start of the web app (a route per
	// check), where iterating the map and sorting with sort.Slice were
	// among the start-up's hottest code.
	byID   []*Check
	sorted bool
)

// register adds checks to the registry. It panics on a duplicate ID, which the
// registry test turns into a failure before anything ships.
func register(checks ...*Check) {
	registryMu.Lock()
	defer registryMu.Unlock()
	for _, c := range checks {
		if _, dup := registry[c.ID]; dup {
			panic("analyzer: duplicate check ID " + c.ID)
		}
		registry[c.ID] = c
		byID = append(byID, c)
		sorted = false
	}
}

// Checks returns every registered check, ordered by ID.
func Checks() []*Check {
	registryMu.Lock()
	defer registryMu.Unlock()
	if !sorted {
		slices.SortFunc(byID, func(a, b *Check) int { return strings.Compare(a.ID, b.ID) })
		sorted = true
	}
	return slices.Clone(byID)
}

// Lookup returns the check with that ID, or nil.
func Lookup(id string) *Check {
	registryMu.Lock()
	defer registryMu.Unlock()
	return registry[id]
}

// Validate reports what is missing from a check, so the registry test can
// refuse a check without an ID, docs or run function.
func (c *Check) Validate() error {
	idRegexp.Do(func() { idRegexp.re = regexp.MustCompile(idPattern) })
	switch {
	case !idRegexp.re.MatchString(c.ID):
		return fmt.Errorf("check %q: ID must match %s", c.ID, idPattern)
	case c.Severity.Rank() > 2:
		return fmt.Errorf("check %s: severity %q is not error, warning or info", c.ID, c.Severity)
	case c.Title == "":
		return fmt.Errorf("check %s: no title", c.ID)
	case c.Doc == "":
		return fmt.Errorf("check %s: no explanation (Doc)", c.ID)
	case c.Fix == "":
		return fmt.Errorf("check %s: no fix", c.ID)
	case len(c.Needs) == 0:
		return fmt.Errorf("check %s: Needs names no input kind", c.ID)
	case c.Run == nil:
		return fmt.Errorf("check %s: no Run function", c.ID)
	}
	return nil
}

// Pass is what a check's Run sees: the case, the clock and a way to report.
type Pass struct {
	Case  *Case
	Check *Check
	// Now is the analysis time (Options.Now, or the real time).
	Now      time.Time
	Options  Options
	findings []report.Finding
	capped   findingCap // see cap.go
}

// Report adds a finding at a location with the check's own severity.
func (p *Pass) Report(at report.Location, format string, args ...any) {
	p.ReportFinding(report.Finding{Location: at, Message: fmt.Sprintf(format, args...)})
}

// ReportFinding adds a finding at f.Location, which also gives its subject;
// ID and severity default to the check's.
func (p *Pass) ReportFinding(f report.Finding) {
	f = f.At(f.Location)
	if f.ID == "" {
		f.ID = p.Check.ID
	}
	if f.Severity == "" {
		f.Severity = p.Check.Severity
	}
	if !p.capped.keep(f) {
		return
	}
	p.findings = append(p.findings, f)
}
