package ingest

// Fuzz targets for the in-process extractors, one per format. Each seeds its corpus with small
// real files and with the hostile ones (testdata/hostile), and checks what every answer must be:
// no panic, a refusal that says what to do, or valid UTF-8 text. Run each for a minute:
//
//	go test ./ingest -run '^$' -fuzz FuzzExtractPDF -fuzztime 60s
//
// Inputs the fuzzer found are kept under testdata/fuzz/<target>/ and run in every test.

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// smallPlan is the first lines of a seed: a real plan's head, small enough to mutate quickly.
func smallPlan(t testing.TB) string {
	text := strings.Split(string(seed(t, "quzhou").Data), "\n")
	return strings.Join(text[:min(len(text), 40)], "\n")
}

func addHostile(f *testing.F, ext string) {
	names, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*"+ext))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkExtract is what every input must give, soon: text in valid UTF-8, or a refusal with a
// remedy. An input that takes more than 10 s panics from a timer, which ends the fuzzing worker,
// so the fuzzer keeps the input as a crasher (it has no time limit of its own).
func checkExtract(t *testing.T, name string, data []byte) {
	watchdog := time.AfterFunc(10*time.Second, func() { panic("Extract hung on this input") })
	defer watchdog.Stop()
	text, err := Extract(name, data)
	if err != nil {
		var r *RefusedError
		if !errors.As(err, &r) || r.Reason == "" || r.Remedy == "" {
			t.Fatalf("%v: not a refusal with a reason and a remedy", err)
		}
		return
	}
	if !utf8.ValidString(text) {
		t.Fatalf("the text is not valid UTF-8: %q", text[:min(len(text), 200)])
	}
}

func FuzzExtractPDF(f *testing.F) {
	text := smallPlan(f)
	f.Add(makePDF(pdfLayout{head: "头", pageNumber: true}.pages(strings.Split(text, "\n")), pdfOptions{}))
	f.Add(seedPDF(text))
	f.Add(makePDF(pdfLayout{}.pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"}), pdfOptions{encrypt: true}))
	f.Add(makePDF(pdfLayout{}.pages([]string{"一、重点任务"}), pdfOptions{noToUnicode: true, version: "2.0"}))
	addHostile(f, ".pdf")
	f.Fuzz(func(t *testing.T, data []byte) { checkExtract(t, "plan.pdf", data) })
}

// FuzzExtractDOCX fuzzes the parts of a Word file rather than its zip: mutated zip bytes mostly
// fail the checksum, while mutated XML reaches the reader, the list numbering and the tables.
func FuzzExtractDOCX(f *testing.F) {
	add := func(b []byte) {
		zr, err := zipReader(b)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(zr["word/document.xml"], zr["word/numbering.xml"])
	}
	text := smallPlan(f)
	for _, b := range [][]byte{
		seedDOCX(text),
		makeDOCX([]docxBlock{{text: "一、任务", num: &[2]int{1, 0}}, {text: "（一）子项", num: &[2]int{1, 1}},
			{table: [][]docxCell{{{paras: []string{"序号"}}, {paras: []string{"单位"}, vMerge: "restart"}}, {{paras: []string{"1"}}, {vMerge: "continue"}}}}}, planNumbering),
	} {
		add(b)
	}
	add(hostile(f, "numbering-start.docx"))
	f.Add(`<w:document xmlns:w="w"><w:body>`+strings.Repeat("<w:sdt><w:sdtContent>", 130)+`<w:p><w:r><w:t>x<!---->y</w:t></w:r></w:p>`+
		strings.Repeat("</w:sdtContent></w:sdt>", 130)+`</w:body></w:document>`, "")
	f.Fuzz(func(t *testing.T, document, numbering string) {
		files := map[string]string{"word/document.xml": document}
		if numbering != "" {
			files["word/numbering.xml"] = numbering
		}
		checkExtract(t, "plan.docx", zipStored(files))
	})
}

// zipStored writes files into a zip without compressing them: cheap enough to do for every
// fuzzing input.
func zipStored(files map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		w.Write([]byte(data))
	}
	zw.Close()
	return buf.Bytes()
}

func FuzzExtractHTML(f *testing.F) {
	f.Add(seedHTML(smallPlan(f)))
	f.Add([]byte(`<html><head><meta charset="gbk"></head><body><nav>n</nav><div id="zoom"><p>一、任务</p><table><tr><td>1</td><td><a href="#">链接</a></td></tr></table></div></body></html>`))
	f.Add([]byte(`<!DOCTYPE html><body><div class="content"><pre>一、任务
1.建设</pre><b><i><u>x</b></i></u></div></body>`))
	f.Fuzz(func(t *testing.T, data []byte) { checkExtract(t, "plan.html", data) })
}

// FuzzDecodeText fuzzes plain text and Markdown: decoding (UTF-8, UTF-16, GB18030) and the
// Markdown flattening.
func FuzzDecodeText(f *testing.F) {
	f.Add("plan.txt", []byte(smallPlan(f)))
	f.Add("plan.txt", gbk(f, smallPlan(f)))
	f.Add("plan.txt", append([]byte{0xFF, 0xFE}, []byte("一\x00、\x00")...))
	f.Add("plan.md", []byte("# 一、任务\n| a | b |\n|---|---|\n| 1 | **市商务局** |\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if ext := filepath.Ext(name); ext != ".md" {
			name = "plan.txt"
		}
		checkExtract(t, name, data)
	})
}

// zipReader returns a zip's files by name.
func zipReader(b []byte) (map[string]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		out[f.Name] = string(data)
	}
	return out, nil
}
