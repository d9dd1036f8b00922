package text

import "testing"

// Round 219's fix (issues written in Chinese), with texts that look alike
// and are not that failure.
func TestRound219Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// Gatekeeper's damaged alert retold as what opening shows on a Mac.
		{"MACOS 打开已损坏是怎么回事", "text-gatekeeper-damaged"},
		{"mac 打开提示已损坏", "text-gatekeeper-damaged"},
		{"macOS 打开后显示“Foo.app”已损坏", "text-gatekeeper-damaged"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// A document, an archive or a disk damaged, opened on a Mac.
		{"Mac 打开 Word 文档已损坏", "text-gatekeeper-damaged"},
		{"mac 打开压缩包已损坏", "text-gatekeeper-damaged"},
		{"macOS 打开时提示文件已损坏", "text-gatekeeper-damaged"},
		{"Mac 打开移动硬盘已经损坏了", "text-gatekeeper-damaged"},
		// No Mac named: Excel's "文件已损坏，无法打开" says the same.
		{"为什么显示文件已损坏", "text-gatekeeper-damaged"},
		{"显示已损坏 打不开", "text-gatekeeper-damaged"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
