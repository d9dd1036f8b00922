package text

import "testing"

// Gatekeeper's and XProtect's alerts as held-out round 168 found them
// pasted by Mac users: the alert's words with "maleware" misspelt, the
// XProtect title with a full stop, the malware alert retold in either order
// or in the past tense, and the damaged alert translated back with "drop it
// in the recycling bin". The same words from another system, an antivirus
// or a document stay unread.
func TestGatekeeperAlertsRound168(t *testing.T) {
	readFirst(t, "text-gatekeeper-unverified",
		`When downloading and or opening the app for the first time "Apple could not verify "boringNotch" is free of maleware that may harm your mac or compromise your privacy."`,
	)
	readFirst(t, "text-gatekeeper-will-damage",
		`I get "malware Blocked. Moved to Trash"`,
		`“Stremio quit unexpectedly. Malware Blocked, Moved to Bin.”`,
		"Since a recent macOS update, I am no longer able to install it. macOS immediately displays a warning saying that the application “contains malware” and automatically moves it to Trash.",
		`users were met with a stark warning: "Stremio.app was not opened because it contained malware. This action did not harm your Mac."`,
	)
	readFirst(t, "text-gatekeeper-damaged",
		`In a brand new MBP M1 Max macOS Tahoe 26.2. When I first install the app, and try to launch, a warning window pops up with the text: "Stremio is damaged and can't launch. You should drop it in the recycling bin."`,
	)
	readNothing(t,
		"Norton could not verify the file is free of maleware.",
		"Pi-hole log: malware blocked. Moved to the next upstream resolver.",
		"Malwarebytes on macOS says the file contains malware and moved it to the trash.",
		"Windows Defender says it contains malware and moves it to quarantine.",
		"macOS says the PDF is malware-free, and I moved it to the shared folder.",
		"On Windows the zip is damaged; drop it in the recycle bin and download it again.",
		"The save file is damaged and can't load. Drop it in the recycling bin and start a new game.",
	)
}
