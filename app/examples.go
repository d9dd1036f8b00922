package app

// Example is one "try an example" file, served as /web/examples/<File>; the
// site generator (wasm/) copies it from the generated cases.
type Example struct {
	File   string // name under /web/examples in the site
	Label  string // button text
	Source string // the generated case input it copies, under testdata/cases
}

// Examples show typical problems without the user's own files. They are
// generated case inputs (the project's test CA signs the profile, so it is
// also reported as not signed by Apple).
var Examples = []Example{
	{File: "expired.mobileprovision", Label: "Expired profile", Source: "profile-expired/expired-last-month/Example.mobileprovision"},
	{File: "App.entitlements", Label: "Entitlements with a build variable", Source: "ent-unexpanded-variable/team-prefix-in-app-group/App.entitlements"},
	{File: "notary-log.json", Label: "Rejected notarization log", Source: "notary-rejected/team-not-configured/notary-log.json"},
	{File: "codesign-error.txt", Label: "codesign error text", Source: "text-cert-expired/seed-find-identity-expired/error.txt"},
}

// examplePath is where an example is served, before the base path.
func examplePath(file string) string { return "/web/examples/" + file }
