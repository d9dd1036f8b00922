package app

import (
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// toolOutputCard shows pasted tool output read as facts: what follows from
// it first (signature, certificate, flags, verdict…), then the identities
// or certificate chain, the entitlements, and the lines as the tool printed
// them, under the tool's own names.
type toolOutputCard struct {
	goapp.Compo
	Artifact report.Artifact
	Tool     *report.ToolOutput
}

func (c *toolOutputCard) Render() goapp.UI {
	t := c.Tool
	title := t.Tool
	if t.Command != "" {
		title = t.Command
	}
	var rows []goapp.UI
	add := func(key, label, value string) {
		if value != "" {
			rows = append(rows, factRow(key, label, value, goapp.Text(value)))
		}
	}
	add("tool", "Tool", t.Tool)
	add("lines", "Lines", "lines "+strconv.Itoa(t.Line)+"–"+strconv.Itoa(t.EndLine)+" of the paste")
	add("verdict", "Result", t.Verdict)
	add("signature", "Signature", t.Signature)
	add("identifier", "Identifier", t.Identifier)
	add("team", "Team", t.Team)
	if len(t.Flags) > 0 {
		add("flags", "Flags", strings.Join(t.Flags, ", "))
	}
	add("leaf", "Signed by", t.Leaf)
	add("cert_kind", "Certificate type", t.CertKind)
	add("timestamp", "Secure timestamp", t.Timestamp)
	for i, e := range t.Errors {
		add("errors", "Error "+strconv.Itoa(i+1), e)
	}
	add("note", "Note", t.Note)
	body := []goapp.UI{
		goapp.Header().Class("card-header").Body(
			goapp.Span().Class("card-kind").Text(c.Artifact.Kind),
			goapp.H2().Class("card-title").Text(title),
		),
		goapp.Dl().Class("facts").Body(rows...),
	}
	if len(t.Identities) > 0 {
		items := make([]goapp.UI, 0, len(t.Identities))
		for _, id := range t.Identities {
			state := "valid"
			if !id.Valid {
				state = "not valid"
			}
			if id.Problem != "" {
				state += " (" + id.Problem + ")"
			}
			items = append(items, goapp.Li().Class("tool-identity").DataSet("sha1", id.SHA1).DataSet("valid", strconv.FormatBool(id.Valid)).Body(
				goapp.Code().Text(id.SHA1), goapp.Text(" "+id.Name+" — "+state),
			))
		}
		body = append(body, goapp.H3().Text("Identities"), goapp.Ul().Class("tool-identities").Body(items...))
	}
	if len(t.Certificates) > 0 {
		items := make([]goapp.UI, 0, len(t.Certificates))
		for _, cert := range t.Certificates {
			text := cert.CommonName
			if cert.Expires != "" {
				text += ", expires " + cert.Expires
			}
			fp := cert.SHA256
			if fp == "" {
				fp = cert.SHA1
			}
			items = append(items, goapp.Li().Body(goapp.Text(text+" "), goapp.Code().Text(fp)))
		}
		body = append(body, goapp.H3().Text("Certificate chain"), goapp.Ol().Class("tool-chain").Body(items...))
	}
	for _, list := range []struct {
		title string
		items []string
	}{{"File added", t.Added}, {"File modified", t.Modified}, {"File missing", t.Missing}, {"Requirements", t.Requirements}} {
		if len(list.items) == 0 {
			continue
		}
		items := make([]goapp.UI, 0, len(list.items))
		for _, it := range list.items {
			items = append(items, goapp.Li().Body(goapp.Code().Text(it)))
		}
		body = append(body, goapp.H3().Text(list.title), goapp.Ul().Body(items...))
	}
	if len(t.Entitlements) > 0 {
		body = append(body, goapp.H3().Text("Entitlements"), tree(toTree(t.Entitlements), 2))
	}
	if len(t.Fields) > 0 {
		// codesign and spctl print "name=value", the others "name: value".
		sep := ": "
		if t.Tool == "codesign -d" || t.Tool == "spctl --assess" {
			sep = "="
		}
		var printed strings.Builder
		for _, f := range t.Fields {
			printed.WriteString(f.Name + sep + f.Value + "\n")
		}
		body = append(body, goapp.Details().Class("tool-fields").Body(
			goapp.Summary().Text("As printed ("+strconv.Itoa(len(t.Fields))+" fields)"),
			goapp.Pre().Text(printed.String()),
		))
	}
	return goapp.Article().Class("artifact-card tool-card").DataSet("kind", c.Artifact.Kind).DataSet("tool", t.Tool).Body(body...)
}
