package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFilesReadInTheSandbox: files named on the command line are read with a bounded read and in
// the sandbox child; what cannot be read safely is refused with a sentence, and the good files
// still print.
func TestFilesReadInTheSandbox(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("某某市测试实施方案\n\n二、重点任务\n\n1.建设平台。2026年底前建成。(责任单位:市商务局)\n"), 0o644)
	aliases := filepath.Join(dir, "aliases.txt")
	os.WriteFile(aliases, []byte("市商务局 = 市贸易局\n"), 0o644)
	aliased := filepath.Join(dir, "aliased.txt")
	os.WriteFile(aliased, []byte("某某市测试实施方案\n\n二、重点任务\n\n1.建设口岸。2026年底前建成。(责任单位:市贸易局)\n"), 0o644)
	// The hostile files are in testdata/hostile of the package that refuses each: ingest/pdf, or
	// ingest itself for an old Word file.
	hostile := func(pkg, name string) string {
		return filepath.Join("..", "..", "ingest", pkg, "testdata", "hostile", name)
	}
	tests := []struct {
		name  string
		args  []string
		env   map[string]string
		out   []string // in stdout
		err   []string // in stderr
		fails bool
	}{
		{"dev zero", []string{"tasks", "/dev/zero"}, nil, nil, []string{"/dev/zero: 这是一个设备，不是文件"}, true},
		{"directory", []string{"units", dir}, nil, nil, []string{"这是一个目录"}, true},
		{"hostile pdfs beside a good file", []string{"tasks", good, hostile("pdf", "prev-loop.pdf"), hostile("pdf", "objstm-self.pdf")}, nil,
			[]string{"建设平台"}, []string{"prev-loop.pdf: 文件已损坏", "(/Prev) comes back", "objstm-self.pdf: 文件已损坏", "the PDF puts object stream 3 inside"}, true},
		{"renamed doc", []string{"ingest", "--dry-run", hostile("", "renamed-doc.docx")}, map[string]string{"REDIS_URL": "redis://127.0.0.1:1/0"},
			nil, []string{"没有添加：这是旧版 Word（.doc）文件"}, true},
		{"aliases reach the child", []string{"tasks", "--unit", "市商务局", aliased}, map[string]string{"DUTYBOT_ALIASES": aliases},
			[]string{"建设口岸"}, nil, false},
		{"too large for the configured limit", []string{"tasks", good}, map[string]string{"DUTYBOT_MAX_FILE_SIZE": "50B"},
			nil, []string{"超过了 50 字节 的上限", "DUTYBOT_MAX_FILE_SIZE"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			out, stderr, err := run(t, tt.env, tt.args...)
			if (err != nil) != tt.fails {
				t.Fatalf("err = %v, want failure %v\nstdout: %s\nstderr: %s", err, tt.fails, out, stderr)
			}
			for _, w := range tt.out {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.err {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %v", took)
			}
		})
	}
}

func TestExtractSettings(t *testing.T) {
	_, _, err := run(t, map[string]string{"DUTYBOT_EXTRACT_TIMEOUT": "0s", "DUTYBOT_EXTRACT_MEMORY": "1MB"}, "tasks", "x.txt")
	if err == nil || !strings.Contains(err.Error(), "DUTYBOT_EXTRACT_TIMEOUT must be positive") || !strings.Contains(err.Error(), "DUTYBOT_EXTRACT_MEMORY=1.0 MB is too little") {
		t.Errorf("err = %v, want both settings explained", err)
	}
	out, _, _ := run(t, nil, "help")
	if strings.Contains(out, "extract") {
		t.Errorf("help lists the sandbox's internal command:\n%s", out)
	}
}
