package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

// ingestPlanText is a small plan: a document number, two tasks with units and deadlines, and one
// task without a responsible unit.
const ingestPlanText = `某市人民政府办公室关于印发某市数字服务业发展实施方案的通知
某政办发〔2025〕7号
各县(市、区)人民政府,市政府各部门:
《某市数字服务业发展实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。
某市人民政府办公室
2025年3月1日
某市数字服务业发展实施方案
一、重点任务
(一)建设数字平台。2025年6月底前建成市级数据共享平台。(责任单位:市大数据局)
(二)培育骨干企业。2025年12月底前培育骨干企业10家。(责任单位:市经信局、市商务局)
(三)完善统计监测。建立服务业统计监测制度。
`

// ingestDOCX writes text as a Word file, one paragraph per line.
func ingestDOCX(t *testing.T, text string) []byte {
	t.Helper()
	var body strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, l)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`))
	w, _ = zw.Create("word/document.xml")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>`, body.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type ingestEnv struct {
	t      *testing.T
	vars   map[string]string
	dir    string
	prefix string
}

func newIngestEnv(t *testing.T, redisURL, prefix string) *ingestEnv {
	return &ingestEnv{t: t, dir: t.TempDir(), prefix: prefix, vars: map[string]string{
		"REDIS_URL": redisURL, "DUTYBOT_REDIS_PREFIX": prefix, "LOG_LEVEL": "warn",
	}}
}

func (e *ingestEnv) file(name string, data []byte) string {
	p := filepath.Join(e.dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// app builds the App a command would from the environment, closed when the test ends.
func (e *ingestEnv) app() *app.App {
	return testApp(e.t, e.vars, nil)
}

// run drives Main as the command line does and returns stdout, stderr and the error.
func (e *ingestEnv) run(args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr = &out, &errOut
	m.Getenv = func(k string) string { return e.vars[k] }
	m.Now = func() time.Time { return time.Date(2025, 4, 1, 9, 0, 0, 0, time.UTC) }
	err := m.Run(context.Background(), args)
	m.Close()
	return out.String(), errOut.String(), err
}

func TestIngestCommands(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	e := newIngestEnv(t, redistest.URL(t), prefix)
	docx := e.file("数字服务业方案.docx", ingestDOCX(t, ingestPlanText))
	ctx := context.Background()
	keys := keyspace.New(prefix)

	// A dry run prints the summary and stores nothing.
	out, stderr, err := e.run("ingest", "--dry-run", docx)
	if err != nil {
		t.Fatalf("dry run: %v\n%s", err, stderr)
	}
	for _, want := range []string{"某市数字服务业发展实施方案", "某政办发〔2025〕7号", "任务 3 项", "2025-06-30", "没有责任单位", "试运行"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry-run output lacks %q:\n%s", want, out)
		}
	}
	if n := rdb.Exists(ctx, keys.PlanIndex(), keys.PlanSeeded()).Val(); n != 0 {
		t.Fatalf("a dry run wrote %d keys", n)
	}

	// The real thing seeds the empty store first, then adds the plan.
	out, stderr, err = e.run("ingest", docx)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "先添加了内置的 5 个方案") || !strings.Contains(out, "已存入（第") {
		t.Errorf("ingest output:\n%s", out)
	}
	// Again: the same file changes nothing, and says so; it never doubles.
	out, _, err = e.run("ingest", docx)
	if err != nil || !strings.Contains(out, "没有改动") {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	added := e.listed(t)

	// Commands without files read the store.
	docs, err := e.app().Plans(ctx)
	if err != nil || len(docs) != len(seeds.Files())+1 {
		t.Fatalf("plans from the store: %d plans, %v", len(docs), err)
	}
	e.storedPlanCommands(t, added.ID)
}

// listed checks that plans list --json lists the seeds and the plan added, and returns that one.
func (e *ingestEnv) listed(t *testing.T) (added struct{ ID, Number, Source string }) {
	out, _, err := e.run("plans", "list", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var list []struct{ ID, Number, Source string }
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("plans list --json: %v\n%s", err, out)
	}
	for _, p := range list {
		if p.Number == "某政办发〔2025〕7号" {
			added = p
		}
	}
	if len(list) != len(seeds.Files())+1 || added.Source != "数字服务业方案.docx" {
		t.Fatalf("plans list: %+v", list)
	}
	return added
}

// storedPlanCommands drives plans show, original (the flag before or after the plan, as README
// writes it: the file is written, not printed), reparse and remove on the plan added.
func (e *ingestEnv) storedPlanCommands(t *testing.T, id string) {
	out, _, err := e.run("plans", "show", "某政办发〔2025〕7号")
	if err != nil || !strings.Contains(out, "市大数据局") || !strings.Contains(out, "(一)") {
		t.Fatalf("plans show: %v\n%s", err, out)
	}
	for i, args := range [][]string{{"--out", "ORIG", "某政办发〔2025〕7号"}, {"某政办发〔2025〕7号", "--out", "ORIG"}} {
		orig := filepath.Join(e.dir, fmt.Sprintf("original%d.docx", i))
		args[slices.Index(args, "ORIG")] = orig
		out, _, err := e.run(append([]string{"plans", "original"}, args...)...)
		if err != nil || out != "" {
			t.Fatalf("plans original %v: %v, %d bytes on standard output", args, err, len(out))
		}
		if b, _ := os.ReadFile(orig); !bytes.Equal(b, ingestDOCX(t, ingestPlanText)) {
			t.Fatalf("plans original %v gave %d bytes, not the file added", args, len(b))
		}
	}
	out, _, err = e.run("plans", "reparse")
	if err != nil || strings.Count(out, "项任务\n") != len(seeds.Files())+1 || !strings.Contains(out, id+" 某政办发〔2025〕7号：3 项任务") {
		t.Fatalf("plans reparse: %v\n%s", err, out)
	}
	out, _, err = e.run("plans", "remove", id[:5])
	if err != nil || !strings.Contains(out, "已删除 "+id) {
		t.Fatalf("plans remove: %v\n%s", err, out)
	}
	if _, stderr, err := e.run("plans", "remove", id); err == nil || !strings.Contains(stderr, "no stored plan") {
		t.Fatalf("removing twice: %v %s", err, stderr)
	}
}

// TestRefusedFileSeedsNothing: a file that is refused leaves an empty store empty (the audit saw a
// failed ingest seed it with the embedded plans all the same).
func TestRefusedFileSeedsNothing(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	e := newIngestEnv(t, redistest.URL(t), prefix)
	keys := keyspace.New(prefix)
	if _, _, err := e.run("ingest", e.file("empty.txt", nil), e.file("notes.txt", []byte("会议记录：今天天气很好。\n"))); err == nil {
		t.Fatal("refused files reported no error")
	}
	if n := rdb.Exists(context.Background(), keys.PlanIndex(), keys.PlanSeeded()).Val(); n != 0 {
		t.Fatalf("refused files seeded the store (%d keys)", n)
	}
	// The same plan twice: the second time nothing changes, and it says so.
	good := e.file("plan.docx", ingestDOCX(t, ingestPlanText))
	if _, _, err := e.run("ingest", good); err != nil {
		t.Fatal(err)
	}
	out, _, err := e.run("ingest", good)
	if err != nil || !strings.Contains(out, "没有改动") {
		t.Errorf("identical re-ingest: %v\n%s", err, out)
	}
}

func TestIngestRefusals(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	e := newIngestEnv(t, redistest.URL(t), prefix)
	ctx := context.Background()
	good := e.file("plan.docx", ingestDOCX(t, ingestPlanText))
	if _, stderr, err := e.run("ingest", good); err != nil {
		t.Fatalf("%v %s", err, stderr)
	}
	before := rdb.Get(ctx, keyspace.New(prefix).PlanVersion()).Val()
	tests := []struct {
		name string
		data []byte
		env  map[string]string
		want string
	}{
		{"old.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 64)...), nil, "另存为 .docx"},
		{"notes.txt", []byte("会议记录：今天天气很好。\n"), nil, "没有找到任务"},
		{"big.docx", ingestDOCX(t, ingestPlanText), map[string]string{"DUTYBOT_MAX_FILE_SIZE": "200B"}, "DUTYBOT_MAX_FILE_SIZE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				e.vars[k] = v
			}
			_, stderr, err := e.run("ingest", e.file(tt.name, tt.data))
			for k := range tt.env {
				delete(e.vars, k)
			}
			if err == nil || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "没有添加") {
				t.Errorf("%s: err %v, stderr %q; want a message with %q", tt.name, err, stderr, tt.want)
			}
		})
	}
	if after := rdb.Get(ctx, keyspace.New(prefix).PlanVersion()).Val(); after != before {
		t.Fatalf("refused files changed the store: revision %s → %s", before, after)
	}
}

func TestPlansWithoutRedis(t *testing.T) {
	// Nothing listens on port 1.
	e := newIngestEnv(t, "redis://127.0.0.1:1/0", "x:")
	docx := e.file("plan.docx", ingestDOCX(t, ingestPlanText))

	// Reading commands fall back to the seeds, or read the files given.
	a := e.app()
	docs, err := a.Plans(context.Background())
	if err != nil || len(docs) != len(seeds.Files()) {
		t.Fatalf("plans without Redis: %d plans, %v; want the %d seeds", len(docs), err, len(seeds.Files()))
	}
	docs, err = a.ReadFiles(context.Background(), []string{docx}, func(_ string, err error) { t.Error(err) })
	if err != nil || len(docs) != 1 || len(docs[0].Tasks) != 3 {
		t.Fatalf("ReadFiles(plan.docx): %v", err)
	}

	// A dry run still parses; storing needs Redis and says so.
	out, _, err := e.run("ingest", "--dry-run", docx)
	if err != nil || !strings.Contains(out, "任务 3 项") || !strings.Contains(out, "方案库连不上") {
		t.Fatalf("dry run without Redis: %v\n%s", err, out)
	}
	if _, _, err := e.run("ingest", docx); err == nil || !strings.Contains(err.Error(), "REDIS_URL") {
		t.Fatalf("ingest without Redis: %v", err)
	}
	if _, _, err := e.run("plans", "list"); err == nil || !strings.Contains(err.Error(), "方案存储（Redis）连不上") {
		t.Fatalf("plans list without Redis: %v", err)
	}
}

// TestReplicaHearsIngest runs a long-lived replica (as serve does) and adds a plan through the
// command line, a separate Main on the same Redis: the replica hears it, and its index answers
// a question from the new plan.
func TestReplicaHearsIngest(t *testing.T) {
	_, prefix := redistest.Client(t)
	e := newIngestEnv(t, redistest.URL(t), prefix)
	docx := e.file("plan.docx", ingestDOCX(t, ingestPlanText))

	// The replica answers from its own retrieval index, rebuilt when the plans change.
	index, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	heard := make(chan []*plan.Document, 10)
	replica := e.app()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err = replica.FollowPlans(ctx, planstore.ListenerFunc(func(ctx context.Context, docs []*plan.Document) error {
		_, err := index.Build(ctx, docs)
		heard <- docs
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	select {
	case docs := <-heard:
		if len(docs) != len(seeds.Files()) {
			t.Fatalf("the replica started with %d plans, want the %d seeds", len(docs), len(seeds.Files()))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the replica's listener was not told of the stored plans at start")
	}

	if _, stderr, err := e.run("ingest", docx); err != nil {
		t.Fatalf("ingest: %v %s", err, stderr)
	}
	timeout := time.After(10 * time.Second)
	for {
		select {
		case docs := <-heard:
			for _, d := range docs {
				if d.Number != "某政办发〔2025〕7号" {
					continue
				}
				hits, err := index.Search(ctx, retrieval.Query{Text: "市级数据共享平台", N: 3})
				if err != nil {
					t.Fatal(err)
				}
				if len(hits) == 0 || hits[0].Task == nil || hits[0].Doc.ID != d.ID || !slices.Contains(hits[0].Task.Lead, "市大数据局") {
					t.Fatalf("the replica's index does not answer from the new plan: %+v", hits)
				}
				return
			}
		case <-timeout:
			t.Fatal("the replica never heard of the plan added through the command line")
		}
	}
}

// TestPlansOriginalRefusesTerminal: the stored file goes to a pipe or a file as it is, but not to a
// terminal, where its escape sequences or binary would drive the screen (finding 04).
func TestPlansOriginalRefusesTerminal(t *testing.T) {
	_, prefix := redistest.Client(t)
	e := newIngestEnv(t, redistest.URL(t), prefix)
	data := []byte("测试市\x1b]52;c;ZWNobyBwd25lZA==\x07服务业\x1b[2J发展实施方案（2024—2026年）\n测政办发〔2024〕5号\n\n二、重点任务\n（一）打造平台\n1.建设综合保税区。力争2025年完成验收。（责任单位：市商务局、市发改委）\n")
	if _, stderr, err := e.run("ingest", e.file("plan.txt", data)); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	tests := []struct {
		name     string
		terminal bool
		wantOut  string
		wantErr  string
	}{
		{"pipe gets the file", false, string(data), ""},
		{"terminal is refused", true, "", "--out"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			m := NewMain()
			m.Stdout, m.Stderr = &out, &errOut
			m.Getenv = func(k string) string { return e.vars[k] }
			m.Terminal = func(io.Writer) bool { return tc.terminal }
			err := m.Run(context.Background(), []string{"plans", "original", "测政办发〔2024〕5号"})
			m.Close()
			if out.String() != tc.wantOut {
				t.Errorf("stdout = %q, want %q", out.String(), tc.wantOut)
			}
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Errorf("err = %v, want one saying %q", err, tc.wantErr)
			}
		})
	}
}
