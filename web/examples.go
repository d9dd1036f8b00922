package web

// The "try an example" files in examples/ are copies of generated case inputs
// from testdata/cases that show typical problems (app.Examples lists them).
// This copies them again; TestExamplesMatchTheirCases fails when one is stale.

//go:generate sh -c "cp ../testdata/cases/profile-expired/expired-last-month/Example.mobileprovision examples/expired.mobileprovision && cp ../testdata/cases/ent-unexpanded-variable/team-prefix-in-app-group/App.entitlements examples/App.entitlements && cp ../testdata/cases/notary-rejected/team-not-configured/notary-log.json examples/notary-log.json && cp ../testdata/cases/text-cert-expired/seed-find-identity-expired/error.txt examples/codesign-error.txt"
