package analyzer

import "github.com/signdoctor/signdoctor/analyzer/report"

// textBlocks names the goals each message of the text catalogue says failed:
// a pasted message is the tool's own answer for that goal. Messages that only
// inform (and warnings that may or may not bite) are in no list; the registry
// test checks that every error message is here.
var textBlocks = map[string]goalList{
	// Signing itself failed: codesign or Xcode produced no valid signature.
	"text-errsec-internal-component":        {report.GoalSignature},
	"text-chain-to-root":                    {report.GoalSignature},
	"text-cert-not-trusted":                 {report.GoalSignature},
	"text-identity-not-found":               {report.GoalSignature},
	"text-ambiguous-identity":               {report.GoalSignature},
	"text-user-interaction-not-allowed":     {report.GoalSignature},
	"text-no-signing-certificate":           {report.GoalSignature},
	"text-profile-missing-certificate":      {report.GoalSignature},
	"text-requires-development-team":        {report.GoalSignature},
	"text-bundle-identifier-missing":        {report.GoalSignature},
	"text-no-profiles-found":                {report.GoalSignature},
	"text-profile-doesnt-support":           {report.GoalSignature},
	"text-profile-missing-entitlement":      {report.GoalSignature},
	"text-profile-entitlement-value":        {report.GoalSignature},
	"text-profile-app-id-mismatch":          {report.GoalSignature},
	"text-detritus":                         {report.GoalSignature},
	"text-bundle-format":                    {report.GoalSignature},
	"text-automatic-signing-failed":         {report.GoalSignature},
	"text-bundle-id-unavailable":            {report.GoalSignature},
	"text-no-devices":                       {report.GoalSignature},
	"text-device-limit":                     {report.GoalSignature},
	"text-eas-credentials-not-set-up":       {report.GoalSignature},
	"text-eas-capability-sync-failed":       {report.GoalSignature},
	"text-requires-development-signing":     {report.GoalSignature},
	"text-xcode-managed-profile":            {report.GoalSignature},
	"text-certificate-limit":                {report.GoalSignature},
	"text-team-access-denied":               {report.GoalSignature},
	"text-xcode-account-unavailable":        {report.GoalSignature},
	"text-export-options-invalid":           {report.GoalSignature},
	"text-profile-wrong-kind":               {report.GoalSignature},
	"text-p12-import-failed":                {report.GoalSignature},
	"text-match-decrypt-failed":             {report.GoalSignature},
	"text-signing-certificate-file-missing": {report.GoalSignature},
	"text-profile-undecodable":              {report.GoalSignature},
	"text-keychain-password-wrong":          {report.GoalSignature},
	"text-embedded-binary-certificate":      {report.GoalSignature},
	"text-signing-certificate-invalid":      {report.GoalSignature},
	"text-nested-code-invalid":              {report.GoalSignature},
	"text-not-signed":                       {report.GoalSignature},
	"text-no-resources":                     {report.GoalSignature},
	// A certificate that can no longer sign, and whose signatures stop installing.
	"text-cert-expired": {report.GoalSignature, report.GoalInstalls},
	// A revoked certificate: its signatures stop verifying everywhere.
	"text-cert-revoked": {report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload},
	// A timestamp is required for Developer ID signatures the notary service accepts.
	"text-timestamp-unavailable": {report.GoalSignature, report.GoalNotarization},
	// Agreements gate signing assets, notarization and uploads.
	"text-agreement-required": {report.GoalSignature, report.GoalNotarization, report.GoalAppStore},
	// Xcode and App Store Connect refuse an extension under another bundle ID.
	"text-embedded-bundle-id-prefix": {report.GoalSignature, report.GoalAppStore},
	// The signature no longer matches the code: verification, installs and Gatekeeper fail.
	"text-signed-resource-modified": {report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload},
	// codesign --verify or the notary service found the signature broken.
	"text-code-signature-modified":  {report.GoalSignature, report.GoalNotarization},
	"text-binary-signature-invalid": {report.GoalSignature, report.GoalNotarization},
	// The device installer refused the app.
	"text-identity-no-longer-valid":        {report.GoalInstalls},
	"text-install-no-valid-profile":        {report.GoalInstalls},
	"text-install-invalid-entitlements":    {report.GoalInstalls},
	"text-integrity-not-verified":          {report.GoalInstalls},
	"text-application-identifier-mismatch": {report.GoalInstalls},
	"text-missing-application-identifier":  {report.GoalInstalls},
	"text-signature-version-unsupported":   {report.GoalInstalls},
	// The device installer refused the signature.
	"text-app-no-valid-signature": {report.GoalSignature, report.GoalInstalls},
	// The profile does not cover the device or is out of date: no install, no launch.
	"text-device-not-in-profile": {report.GoalInstalls, report.GoalLaunches},
	"text-profile-expired":       {report.GoalInstalls, report.GoalLaunches},
	// The system refused to run the code.
	"text-missing-entitlement-34018": {report.GoalLaunches},
	"text-embedded-profile-invalid":  {report.GoalLaunches},
	"text-unsatisfied-entitlements":  {report.GoalLaunches},
	"text-killed-at-launch":          {report.GoalLaunches},
	"text-code-signature-invalid":    {report.GoalLaunches},
	"text-launch-constraint":         {report.GoalLaunches},
	"text-library-validation":        {report.GoalLaunches},
	"text-library-not-loaded":        {report.GoalLaunches},
	"text-app-cant-be-opened":        {report.GoalLaunches},
	"text-exec-permission-denied":    {report.GoalLaunches},
	"text-arm64e-preview-abi":        {report.GoalLaunches},
	"text-kernel-signature-rejected": {report.GoalLaunches},
	"text-kext-not-loaded":           {report.GoalLaunches},
	"text-kext-not-approved":         {report.GoalLaunches},
	// codesign --verify (strict by default) and Gatekeeper refuse an obsolete seal.
	"text-resource-envelope-obsolete": {report.GoalSignature, report.GoalOpensAfterDownload},
	"text-system-extension-rejected":  {report.GoalLaunches},
	"text-sandbox-inheritance":        {report.GoalLaunches},
	"text-csreq-67050":                {report.GoalLaunches},
	// The login item, agent or daemon is not registered: it does not run.
	"text-bad-cpu-type": {report.GoalLaunches},
	// The entitlements blob is refused by the kernel, the installer and App Store Connect.
	"text-invalid-entitlements-blob": {report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	// Gatekeeper refused the download.
	"text-gatekeeper-damaged":     {report.GoalOpensAfterDownload},
	"text-gatekeeper-unverified":  {report.GoalOpensAfterDownload},
	"text-gatekeeper-will-damage": {report.GoalOpensAfterDownload},
	// Installer refused the downloaded package.
	"text-pkg-signature-invalid": {report.GoalOpensAfterDownload},
	// The notary service refused the submission, so Gatekeeper has no ticket either.
	"text-no-hardened-runtime":        {report.GoalOpensAfterDownload, report.GoalNotarization},
	"text-no-secure-timestamp":        {report.GoalOpensAfterDownload, report.GoalNotarization},
	"text-not-developer-id":           {report.GoalOpensAfterDownload, report.GoalNotarization},
	"text-old-sdk":                    {report.GoalOpensAfterDownload, report.GoalNotarization},
	"text-notary-invalid":             {report.GoalOpensAfterDownload, report.GoalNotarization},
	"text-notary-team-not-configured": {report.GoalOpensAfterDownload, report.GoalNotarization},
	// Nothing was submitted or no ticket exists for this code.
	"text-notary-auth":               {report.GoalNotarization},
	"text-stapler-failed":            {report.GoalNotarization},
	"text-altool-retired":            {report.GoalNotarization},
	"text-altool-provider":           {report.GoalNotarization, report.GoalAppStore},
	"text-notary-upload-not-archive": {report.GoalNotarization},
	// Refused by the notary service or by App Store Connect.
	"text-get-task-allow": {report.GoalNotarization, report.GoalAppStore},
	// Refused by App Store Connect on upload.
	"text-failed-qualification":      {report.GoalAppStore},
	"text-invalid-entitlements":      {report.GoalAppStore},
	"text-invalid-signature-upload":  {report.GoalAppStore},
	"text-invalid-profile-upload":    {report.GoalAppStore},
	"text-app-sandbox-not-enabled":   {report.GoalAppStore},
	"text-testflight-app-identifier": {report.GoalAppStore},
	"text-sdk-signature-missing":     {report.GoalAppStore},
	"text-upload-stray-executable":   {report.GoalAppStore},
	"text-upload-root-only-files":    {report.GoalAppStore},
	// Xcode stopped before signing.
	"text-entitlements-modified-during-build": {report.GoalSignature},
	"text-app-no-longer-available":            {report.GoalLaunches},
	"text-testflight-beta-expired":            {report.GoalLaunches},
	"text-entitlements-file-missing":          {report.GoalSignature},
	// No profile can be made for the App Clip.
	"text-app-clip-parent-bundle-id": {report.GoalSignature},
	// Godot exports nothing signed.
	"text-godot-xcode-tools-missing": {report.GoalSignature},
}

// goalList is a few goals, unused places left empty. A fixed-size array
// rather than a slice keeps textBlocks a table of constants, which the
// compiler stores as data instead of building entry by entry in package
// init (32 KB of code in app.wasm).
type goalList [4]report.Goal
