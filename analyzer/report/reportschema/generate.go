// Package reportschema holds report.schema.json, the JSON Schema of the
// report signdoctor check --format json prints (analyzer/report marshalled),
// generates it from the Go types, and validates reports against it. Only
// tests import it: the CLI and the web app never link the validator.
//
// The schema is generated, never edited: go test
// ./analyzer/report/reportschema -update rewrites it after a change to the
// report's types, and the package's test fails while the file and the types
// disagree.
package reportschema

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// SchemaID names the schema; reports need not carry it.
const SchemaID = "https://github.com/signdoctor/signdoctor/analyzer/report/reportschema/report.schema.json"

// enums are the closed sets of the report's named string types.
var enums = map[reflect.Type][]string{
	reflect.TypeFor[report.Severity]():      {string(report.Error), string(report.Warning), string(report.Info)},
	reflect.TypeFor[report.VerdictStatus](): {string(report.Pass), string(report.Fail), string(report.Unknown)},
	reflect.TypeFor[report.Goal]():          goalNames(),
}

func goalNames() []string {
	out := make([]string, len(report.Goals))
	for i, g := range report.Goals {
		out[i] = string(g)
	}
	return out
}

type generator struct {
	defs map[string]any
}

// Generate returns the schema of report.Report as indented JSON.
func Generate() ([]byte, error) {
	g := &generator{defs: map[string]any{}}
	root := g.structSchema(reflect.TypeFor[report.Report]())
	kinds, facts := report.FactsKinds()
	var variants []any
	for i, kind := range kinds {
		t := reflect.TypeOf(facts[i]).Elem()
		obj := g.structSchema(t)
		props := obj["properties"].(map[string]any)
		props["kind"] = map[string]any{"const": kind}
		props["name"] = map[string]any{"type": "string", "description": "the input's name, and the place inside it"}
		obj["required"] = append([]string{"kind", "name"}, obj["required"].([]string)...)
		name := "Artifact" + t.Name()
		obj["description"] = fmt.Sprintf("an artifact of kind %q: its kind and name, and the facts of %s next to them", kind, t.Name())
		g.defs[name] = obj
		variants = append(variants, map[string]any{"$ref": "#/$defs/" + name})
	}
	g.defs["Artifact"] = map[string]any{
		"description": "one input (or a piece of one), its facts flattened next to kind and name",
		"oneOf":       variants,
	}
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["$id"] = SchemaID
	root["title"] = "signdoctor report"
	root["description"] = "What signdoctor check --format json prints: verdicts, findings and the facts of every input. Generated from the Go types in analyzer/report; do not edit."
	root["$defs"] = g.defs
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// structSchema is the object schema of a struct type: its JSON fields, those
// without omitempty required, no others allowed.
func (g *generator) structSchema(t reflect.Type) map[string]any {
	props := map[string]any{}
	required := []string{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous {
			panic(fmt.Sprintf("reportschema: %s embeds %s: teach the generator embedded fields", t, f.Type))
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		// omitzero leaves a field out as omitempty does (for the maps and
		// times that use it: nil, or the zero time).
		omitempty := strings.Contains(","+opts+",", ",omitempty,") || strings.Contains(","+opts+",", ",omitzero,")
		props[name] = g.typeSchema(f.Type, !omitempty)
		if !omitempty {
			required = append(required, name)
		}
	}
	sort.Strings(required)
	return map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// typeSchema is the schema of a value of type t; nullable says a nil value
// is marshalled as null (a field without omitempty).
func (g *generator) typeSchema(t reflect.Type, nullable bool) any {
	orNull := func(s map[string]any) any {
		if !nullable {
			return s
		}
		return map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
	}
	if t == reflect.TypeFor[time.Time]() {
		return map[string]any{"type": "string", "format": "date-time"}
	}
	if t == reflect.TypeFor[report.Artifact]() {
		return map[string]any{"$ref": "#/$defs/Artifact"}
	}
	if vals, ok := enums[t]; ok {
		return map[string]any{"enum": vals}
	}
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return map[string]any{"type": "integer"}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer", "minimum": 0}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Interface:
		return map[string]any{} // any JSON value (entitlement values)
	case reflect.Pointer:
		return orNull(g.typeSchema(t.Elem(), false).(map[string]any))
	case reflect.Slice:
		return orNull(map[string]any{"type": "array", "items": g.typeSchema(t.Elem(), false)})
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			panic(fmt.Sprintf("reportschema: map key %s", t.Key()))
		}
		return orNull(map[string]any{"type": "object", "additionalProperties": g.typeSchema(t.Elem(), false)})
	case reflect.Struct:
		name := t.Name()
		if _, done := g.defs[name]; !done {
			g.defs[name] = nil // placeholder: recursive types (BundleNode)
			g.defs[name] = g.structSchema(t)
		}
		return map[string]any{"$ref": "#/$defs/" + name}
	}
	panic(fmt.Sprintf("reportschema: no schema for %s", t))
}
