package ingest

// Fuzz targets for what ingest reads itself: plain text and Markdown (FuzzDecodeText), and the
// dispatch over every format (FuzzExtract, in extract_test.go). Each format package fuzzes its own
// reader: FuzzText in ingest/pdf, ingest/docx and ingest/html. Run each for a minute:
//
//	go test ./ingest -run '^$' -fuzz FuzzDecodeText -fuzztime 60s
//
// Inputs the fuzzer found are kept under testdata/fuzz/<target>/ and run in every test.

import (
	"path/filepath"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

// FuzzDecodeText fuzzes plain text and Markdown: decoding (UTF-8, UTF-16, GB18030) and the
// Markdown flattening. Every answer must be valid UTF-8 text or a refusal that says what to do.
func FuzzDecodeText(f *testing.F) {
	f.Add("plan.txt", []byte(ingesttest.SmallPlan(f)))
	f.Add("plan.txt", ingesttest.GBK(f, ingesttest.SmallPlan(f)))
	f.Add("plan.txt", append([]byte{0xFF, 0xFE}, []byte("一\x00、\x00")...))
	f.Add("plan.md", []byte("# 一、任务\n| a | b |\n|---|---|\n| 1 | **市商务局** |\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if ext := filepath.Ext(name); ext != ".md" {
			name = "plan.txt"
		}
		ingesttest.CheckAnswer(t, func() (string, error) { return Extract(name, data) })
	})
}
