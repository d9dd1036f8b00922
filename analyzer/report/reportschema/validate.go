package reportschema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// File is report.schema.json as committed.
//
//go:embed report.schema.json
var File []byte

var compiled struct {
	sync.Once
	schema *jsonschema.Schema
	err    error
}

func compile() (*jsonschema.Schema, error) {
	compiled.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(File))
		if err != nil {
			compiled.err = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(SchemaID, doc); err != nil {
			compiled.err = err
			return
		}
		compiled.schema, compiled.err = c.Compile(SchemaID)
	})
	return compiled.schema, compiled.err
}

// Validate checks a JSON report against report.schema.json.
func Validate(data []byte) error {
	s, err := compile()
	if err != nil {
		return fmt.Errorf("report.schema.json: %w", err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(v)
}
