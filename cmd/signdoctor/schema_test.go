package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/signdoctor/signdoctor/analyzer/report/reportschema"
)

// The official SARIF 2.1.0 schema, as Microsoft's SARIF SDK ships it in the
// npm package @microsoft/sarif-multitool-linux (5.7.0, package/sarif-2.1.0.json;
// make sarif-schema fetches it again). It is kept in testdata, not retyped.
const sarifSchemaPath = "testdata/schema/sarif-2.1.0.json"

// testModuleRoot is the repository, found before any test changes the
// working directory.
var testModuleRoot, _ = filepath.Abs("../..")

var sarifSchema struct {
	sync.Once
	s   *jsonschema.Schema
	err error
}

// validateSARIF checks a SARIF log against the official schema.
func validateSARIF(t testing.TB, log []byte) {
	t.Helper()
	sarifSchema.Do(func() {
		f, err := os.Open(filepath.Join(testModuleRoot, sarifSchemaPath))
		if err != nil {
			sarifSchema.err = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			sarifSchema.err = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		const id = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-schema-2.1.0.json"
		if err := c.AddResource(id, doc); err != nil {
			sarifSchema.err = err
			return
		}
		sarifSchema.s, sarifSchema.err = c.Compile(id)
	})
	if sarifSchema.err != nil {
		t.Fatalf("the SARIF schema: %v", sarifSchema.err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if err := sarifSchema.s.Validate(v); err != nil {
		t.Errorf("SARIF output does not validate against the SARIF 2.1.0 schema: %v", err)
	}
}

// validateReport checks a JSON report against report.schema.json.
func validateReport(t testing.TB, rep []byte) {
	t.Helper()
	if err := reportschema.Validate(rep); err != nil {
		t.Errorf("JSON report does not validate against report.schema.json: %v", err)
	}
}

// validateOutput validates what check printed in a machine format; every
// check run through runCLI goes through it.
func validateOutput(t testing.TB, args []string, code int, stdout string) {
	t.Helper()
	if len(args) == 0 || args[0] != "check" || code == exitUsage || stdout == "" {
		return
	}
	i := slices.Index(args, "--format")
	if i < 0 || i+1 >= len(args) {
		return
	}
	switch args[i+1] {
	case "json":
		validateReport(t, []byte(stdout))
	case "sarif":
		validateSARIF(t, []byte(stdout))
	}
}
