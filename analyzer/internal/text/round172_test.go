package text

import "testing"

// TestRound172Readings: the readings added for held-out round 172 (hosted
// CI services' signing steps), each on a line of the round's messages,
// and their near misses: the same words where they are not that failure.
func TestRound172Readings(t *testing.T) {
	readEach(t, []readCase{
		// openssl under Azure's Install Apple Certificate: the secure file
		// is not a .p12 (https://github.com/microsoft/azure-pipelines-tasks/issues/15577),
		// or OpenSSL 1.1 does not know -legacy
		// (https://github.com/hey24sheep/azure-flutter-tasks/issues/130,
		// https://github.com/microsoft/azure-pipelines-tasks/issues/19383).
		{"attempting to install a Distribution certificate generated after the 4th of December, will fail with: \n```\nunable to load certificate\n4535426560:error:0909006C:PEM routines:get_name:no start line:crypto/pem/pem_lib.c:745:Expecting: TRUSTED CERTIFICATE\n```", "text-p12-import-failed"},
		{"- task: InstallAppleCertificate@2\n    displayName: 'Install Apple Distribution Certificate'\n\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.\nunable to load certificate\n140704383952640:error:0909006C:PEM routines:get_name", "text-p12-import-failed"},
		// Codemagic's fetch-signing-files, in its 2021 wording
		// (https://github.com/codemagic-ci-cd/cli-tools/issues/158).
		{"Did not find any Signing Certificates for given private key\nDid not find IOS_DISTRIBUTION Signing Certificates", "text-no-signing-certificate"},
		{"Did not find IOS_DISTRIBUTION Signing Certificates", "text-no-signing-certificate"},
		// security import's failure told by its exit status (https://github.com/pathorsAI/parley/pull/261).
		{"The certificate is minted fine — but installing it failed:\n\n```\nsecurity import ... → exit 1\n```", "text-p12-import-failed"},
		{"`security import` failed with exit code 1 on the macOS runner.", "text-p12-import-failed"},
	})
	for _, c := range []struct{ text, id string }{
		// openssl reading a web server's or a Windows certificate.
		{"openssl x509 -in /etc/letsencrypt/live/example.com/cert.pem -noout -text\nunable to load certificate\n140234:error:0909006C:PEM routines:get_name:no start line:crypto/pem/pem_lib.c:745:Expecting: TRUSTED CERTIFICATE", "text-p12-import-failed"},
		{"Converting the Authenticode certificate for signtool on Windows:\nunable to load certificate\n1404:error:0909006C:PEM routines:get_name:no start line", "text-p12-import-failed"},
		{"openssl pkcs12 -in client.pfx -out vpn.pem -legacy\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.", "text-p12-import-failed"},
		// A script that exits when security import fails, and one that did not.
		{"security import cert.p12 -k build.keychain -P \"$P12_PASSWORD\" -T /usr/bin/codesign || exit 1", "text-p12-import-failed"},
		{"security import cert.p12 -k build.keychain → exit 0, 1 identity imported.", "text-p12-import-failed"},
		// Codemagic finding certificates, or no profile for one.
		{"Found 1 Signing Certificate matching specified filters: certificateType=DISTRIBUTION,IOS_DISTRIBUTION.", "text-no-signing-certificate"},
		{"Did not find any Profiles that contain Signing Certificate Apple Distribution: Example Ltd (ABCDE12345)", "text-no-signing-certificate"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
	// The cause each openssl line shows leads.
	if c := firstCause("- task: InstallAppleCertificate@2\npkcs12: Unrecognized flag legacy\nunable to load certificate\n1407:error:0909006C:PEM routines:get_name:no start line", "text-p12-import-failed"); c != causeOpenSSLNoLegacyFlag {
		t.Errorf("-legacy unknown leads with %q", c)
	}
	if c := firstCause("Install Apple Certificate:\nunable to load certificate\n1407:error:0909006C:PEM routines:get_name:no start line:Expecting: TRUSTED CERTIFICATE", "text-p12-import-failed"); c != causeOpenSSLNoCertificate {
		t.Errorf("no certificate read leads with %q", c)
	}
}
