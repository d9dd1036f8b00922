package analyzer

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
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
	// when the case has something of each kind, dropped or inside another
	// input (a profile embedded in an .ipa is a profile; see Case.has).
	Needs []Kind
	// Blocks names the goals a finding of this check makes fail (see
	// report.Goals); empty for checks that only inform.
	Blocks []report.Goal
	// Run looks at the case and reports findings through the pass.
	Run func(*Pass)

	// seeAlso are the IDs of other checks the Doc points to, after the
	// words seeAlsoLead; they are added to Doc once every check exists
	// (resolveSeeAlso), so a check may name one defined after it.
	seeAlso     []string
	seeAlsoLead string
}

// idPattern is the form every check ID takes. Only Validate (the registry
// test) needs it, so it is compiled there: compiled in package init it cost
// every start of the web app a regexp compile, and the regexp engine's code.
const idPattern = `^[a-z]+(-[a-z0-9]+)+$`

var idRegexp struct {
	sync.Once
	re *regexp.Regexp
}

// registry and byID index allChecks (checks.go): by ID, and in ID order.
// They are built once, in package init, and only read after.
var (
	registry map[string]*Check
	byID     []*Check
	// danglingSeeAlso are the checks named in a Doc that do not exist: the
	// Doc leaves them out, and TestCrossReferencesResolve fails.
	danglingSeeAlso []string
)

func init() { registry, byID, danglingSeeAlso = indexChecks(allChecks) }

// indexChecks indexes checks by ID, sorts them by ID and adds to each Doc
// the checks it names (seeAlso) that are in the list. It returns the
// references to checks not in the list, as "from -> to". It panics on a
// duplicate ID, which every test then reports before anything ships.
func indexChecks(checks []*Check) (index map[string]*Check, sorted []*Check, dangling []string) {
	index = make(map[string]*Check, len(checks))
	for _, c := range checks {
		if _, dup := index[c.ID]; dup {
			panic("analyzer: duplicate check ID " + c.ID)
		}
		index[c.ID] = c
	}
	for _, c := range checks {
		line, missing := seeAlsoLine(c, index)
		c.Doc += line
		dangling = append(dangling, missing...)
	}
	sorted = slices.Clone(checks)
	// sort.Slice, which app.wasm has anyway: slices.SortFunc would add a
	// sort of its own for pointers (2.4 KB brotli'd). IDs are unique, so
	// the order is the same.
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	return index, sorted, dangling
}

// seeAlsoLine is what indexChecks adds to c's Doc: the checks it names
// that are in index, and, as "from -> to", those that are not.
func seeAlsoLine(c *Check, index map[string]*Check) (line string, dangling []string) {
	var ids []string
	for _, id := range c.seeAlso {
		if index[id] == nil {
			dangling = append(dangling, c.ID+" -> "+id)
			continue
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return "", dangling
	}
	return "\n\n" + c.seeAlsoLead + ": " + strings.Join(ids, ", ") + ".", dangling
}

// Checks returns every check, ordered by ID.
func Checks() []*Check { return slices.Clone(byID) }

// Lookup returns the check with that ID, or nil.
func Lookup(id string) *Check { return registry[id] }

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
