package app

// Example is one "try an example" file, served as /web/examples/<File>; the
// site generator (wasm/) copies it from the generated cases.
type Example struct {
	File   string // name under /web/examples in the site
	Label  string // button text
	Source string // the generated case input it copies, under testdata/cases
	// Simulated says what in the example exists only because the project
	// made it, so no one takes it for what a real file would show; the
	// report shows it above the findings.
	Simulated string
}

// Examples show typical problems without the user's own files. They are
// generated case inputs; where that shows (the project's test CA signs the
// profile, the notary log's IDs are placeholders), Simulated says so.
var Examples = []Example{
	{File: "expired.mobileprovision", Label: "Expired profile", Source: "profile-expired/expired-last-month/Example.mobileprovision",
		Simulated: "This example profile was made by signdoctor's tests, not by Apple: a test certificate authority signs it, which is why it is also reported as not signed by Apple. A profile from Xcode or the developer portal would not be; its expiry is the point of the example."},
	{File: "App.entitlements", Label: "Entitlements with a build variable", Source: "ent-unexpanded-variable/team-prefix-in-app-group/App.entitlements"},
	{File: "notary-log.json", Label: "Rejected notarization log", Source: "notary-rejected/team-not-configured/notary-log.json",
		Simulated: "This example log was written by signdoctor's tests in the notary service's format: its submission ID and SHA-256 are placeholders, not a real submission's. The status and its summary are the service's own words."},
	{File: "codesign-error.txt", Label: "codesign error text", Source: "text-cert-expired/seed-find-identity-expired/error.txt"},
}

// examplePath is where an example is served, before the base path.
func examplePath(file string) string { return "/web/examples/" + file }
