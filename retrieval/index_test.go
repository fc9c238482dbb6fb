package retrieval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// testDoc builds a small plan by hand, as the parser would: tasks with units and deadlines, and
// paragraphs (goals outside any task included).
func testDoc(id, city string, tasks ...plan.Task) *plan.Document {
	d := &plan.Document{ID: id, City: city, Title: city + "服务业实施方案", Number: id + "号"}
	d.Paras = append(d.Paras, plan.Paragraph{Section: "一、主要目标", Text: "到2027年，" + city + "服务业增加值突破1600亿元、年均增长6.5%以上。"})
	for i, t := range tasks {
		t.ID = fmt.Sprintf("%s:%d", id, i+1)
		t.Number = fmt.Sprint(i + 1)
		ref := d.Ref()
		t.Doc = &ref
		if t.Section == "" {
			t.Section = "二、重点任务"
		}
		d.Tasks = append(d.Tasks, t)
		d.Paras = append(d.Paras, plan.Paragraph{Section: t.Section, TaskID: t.ID, Text: t.Title + "。" + t.Text})
	}
	return d
}

func seedLike() []*plan.Document {
	return []*plan.Document{
		testDoc("aaaa0001", "衢州市",
			plan.Task{Title: "综合保税区", Text: "一体化做好综合保税区申报建设、规划设计、招商运营等工作，力争2023年获批建设。",
				Lead: []string{"市商务局", "衢州海关"}, Participating: []string{"智造新城管委会"},
				Deadlines: []plan.Deadline{{Quote: "2023年", Date: plan.NewDay(2023, 12, 31), Kind: plan.KindBy}}},
			plan.Task{Title: "多式联运枢纽港", Text: "推动四港联动发展，加快四省边际多式联运枢纽港建设。",
				Lead:      []string{"衢江区", "市交通运输局"},
				Deadlines: []plan.Deadline{{Quote: "到2027年", Date: plan.NewDay(2027, 12, 31), Kind: plan.KindTarget}}},
			plan.Task{Title: "培育百家骨干企业", Text: "聚焦现代交通、商贸、科技等细分领域的行业领跑企业。",
				Lead: []string{"市发展改革委", "市商务局"}},
		),
		testDoc("bbbb0002", "湖州市",
			plan.Task{Title: "建设百亿级服务业龙头企业", Text: "实施大企业培育计划，每年滚动建立百家服务业标杆企业培育库。",
				Lead: []string{"市发展改革委"}, Participating: []string{"市商务局"},
				Deadlines: []plan.Deadline{{Quote: "2023年底前", Date: plan.NewDay(2023, 12, 31), Kind: plan.KindBy}}},
			plan.Task{Title: "培养紧缺高技能人才", Text: "聚焦养老、育幼、护理、家政等紧缺专业领域。",
				Lead: []string{"市人力社保局"}},
		),
	}
}

// countingEmbedder counts the texts it embeds, so tests can see what a build re-embedded.
type countingEmbedder struct {
	Local
	texts atomic.Int64
}

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.texts.Add(int64(len(texts)))
	return c.Local.Embed(ctx, texts)
}

// countEntries counts the entries of one grain and embedder over every shard.
func countEntries(ix *Index, g Grain, e Embedder) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	n := 0
	for name, c := range ix.colls {
		if strings.HasPrefix(name, string(g)+"@"+e.Name()+"#") {
			n += c.Count()
		}
	}
	return n
}

func TestSearchFindsTasksAndGoals(t *testing.T) {
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), seedLike()); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		q        string
		city     string
		wantTask string // task id of the first hit, or "" for a paragraph
		wantText string
	}{
		{"综合保税区申报", "", "aaaa0001:1", ""},
		{"多式联运枢纽港建设", "衢州市", "aaaa0001:2", ""},
		{"服务业标杆企业培育库", "", "bbbb0002:1", ""},
		{"服务业增加值突破多少亿元", "湖州市", "", "湖州市服务业增加值突破1600亿元"},
	}
	for _, c := range cases {
		hits, err := ix.Search(context.Background(), Query{Text: c.q, N: 3, City: c.city})
		if err != nil {
			t.Fatalf("%s: %v", c.q, err)
		}
		if len(hits) == 0 {
			t.Fatalf("%s: no hits", c.q)
		}
		h := hits[0]
		if c.wantTask != "" && (h.Task == nil || h.Task.ID != c.wantTask) {
			t.Errorf("%s: first hit %+v, want task %s", c.q, h, c.wantTask)
		}
		if c.wantText != "" && !strings.Contains(h.Text, c.wantText) {
			t.Errorf("%s: first hit %q, want it to hold %q", c.q, h.Text, c.wantText)
		}
		for _, h := range hits {
			if c.city != "" && h.Doc.City != c.city {
				t.Errorf("%s: hit from %s despite city filter %s", c.q, h.Doc.City, c.city)
			}
		}
	}
}

func TestSearchClampsToCollectionSize(t *testing.T) {
	ix, _ := Open(Options{})
	d := testDoc("cccc0003", "嘉兴市", plan.Task{Title: "现代物流", Text: "加快嘉兴现代物流园建设。", Lead: []string{"市发展改革委"}})
	if _, err := ix.Build(context.Background(), []*plan.Document{d}); err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(context.Background(), Query{Text: "现代物流园", N: 100})
	if err != nil {
		t.Fatalf("asking for more results than the collection holds: %v", err)
	}
	if len(hits) != 2 { // one task, one goal paragraph
		t.Fatalf("got %d hits, want 2", len(hits))
	}
	if _, err := ix.VectorSearch(context.Background(), "现代物流园", 50); err != nil {
		t.Fatal(err)
	}
}

func TestUnitTasksCompleteAndDeadlines(t *testing.T) {
	ix, _ := Open(Options{})
	if _, err := ix.Build(context.Background(), seedLike()); err != nil {
		t.Fatal(err)
	}
	refs := ix.Directory().Resolve("商务局", "")
	if len(refs) != 2 {
		t.Fatalf("Resolve(商务局) = %v, want the 衢州 and 湖州 units", refs)
	}
	var got []string
	for _, ut := range ix.UnitTasks(refs) {
		got = append(got, ut.Task.ID+"/"+ut.Role)
	}
	want := "bbbb0002:1/participating aaaa0001:1/lead aaaa0001:3/lead"
	if strings.Join(got, " ") != want {
		t.Errorf("UnitTasks = %v, want %s", got, want)
	}

	due := ix.Deadlines(Filter{}, plan.Day{}, plan.NewDay(2023, 12, 31))
	if len(due) != 2 || due[0].Task.ID != "aaaa0001:1" || due[1].Task.ID != "bbbb0002:1" {
		t.Errorf("due by 2023-12-31 = %v", due)
	}
	over := ix.Overdue(Filter{City: "湖州市"}, plan.NewDay(2024, 1, 1))
	if len(over) != 1 || over[0].Task.ID != "bbbb0002:1" {
		t.Errorf("overdue in 湖州 on 2024-01-01 = %v", over)
	}
	if over := ix.Overdue(Filter{}, plan.NewDay(2023, 12, 31)); len(over) != 0 {
		t.Errorf("a deadline is not overdue on its own day: %v", over)
	}
	owners, err := ix.FindTasks(context.Background(), "多式联运枢纽港", Filter{}, 3, 0.6)
	if err != nil || len(owners) != 1 || owners[0].Task.ID != "aaaa0001:2" {
		t.Errorf("FindTasks(多式联运枢纽港) = %v, %v", owners, err)
	}
}

func TestSnapshotReembedsOnlyChangedDocuments(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	emb := &countingEmbedder{Local: NewLocal(64)}
	ix, err := Open(Options{Dir: dir, Local: emb})
	if err != nil {
		t.Fatal(err)
	}
	docs := seedLike()
	st, err := ix.Build(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	first := emb.texts.Load()
	if st.Embedded == 0 || first == 0 || st.Reused != 0 {
		t.Fatalf("first build: %+v, %d texts", st, first)
	}
	if err := ix.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, SnapshotName)); err != nil {
		t.Fatal(err)
	}

	// A restart with the same plans embeds nothing.
	emb2 := &countingEmbedder{Local: NewLocal(64)}
	ix2, err := Open(Options{Dir: dir, Local: emb2})
	if err != nil {
		t.Fatal(err)
	}
	st, err = ix2.Build(ctx, seedLike())
	if err != nil {
		t.Fatal(err)
	}
	if n := emb2.texts.Load(); n != 0 || st.Reused != 2 {
		t.Fatalf("unchanged restart embedded %d texts, stats %+v", n, st)
	}
	hits, err := ix2.Search(ctx, Query{Text: "综合保税区", N: 1})
	if err != nil || len(hits) != 1 || hits[0].Task == nil || hits[0].Task.ID != "aaaa0001:1" {
		t.Fatalf("search after reopen: %v %v", hits, err)
	}

	// One changed plan and one dropped: only the changed one is embedded, the dropped one's
	// entries are gone.
	changed := seedLike()[:1]
	changed[0].Tasks[0].Text += "新增一句。"
	emb2.texts.Store(0)
	st, err = ix2.Build(ctx, changed)
	if err != nil {
		t.Fatal(err)
	}
	if st.Reused != 0 || st.Removed != 1 || emb2.texts.Load() != int64(ix2.byID["aaaa0001"].entries()) {
		t.Fatalf("changed build: %+v, embedded %d texts", st, emb2.texts.Load())
	}
	if err := ix2.Save(); err != nil {
		t.Fatal(err)
	}
	ix3, _ := Open(Options{Dir: dir, Local: NewLocal(64)})
	n := countEntries(ix3, GrainTask, NewLocal(64))
	if n != 3 {
		t.Fatalf("snapshot holds %d task entries, want 3", n)
	}
}

func TestOpenIgnoresCorruptSnapshot(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, SnapshotName), []byte("not a gob"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), seedLike()); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentBuildAndSearch runs under -race: searches and saves while builds replace the plans.
func TestConcurrentBuildAndSearch(t *testing.T) {
	ix, _ := Open(Options{Dir: t.TempDir(), Local: NewLocal(64)})
	ctx := context.Background()
	if _, err := ix.Build(ctx, seedLike()); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				switch i {
				case 0:
					docs := seedLike()
					if j%2 == 0 {
						docs = docs[:1]
					}
					if _, err := ix.Build(ctx, docs); err != nil {
						t.Error(err)
					}
				case 1:
					if err := ix.Save(); err != nil {
						t.Error(err)
					}
				default:
					if _, err := ix.Search(ctx, Query{Text: "综合保税区", N: 5}); err != nil {
						t.Error(err)
					}
					ix.UnitTasks(ix.Directory().Resolve("市商务局", ""))
				}
			}
		}(i)
	}
	wg.Wait()
}

func TestLocalEmbeddingDeterministicAndNormalised(t *testing.T) {
	l := NewLocal(128)
	a, _ := l.Embed(context.Background(), []string{"衢州市商务局负责综合保税区", "衢州市商务局负责综合保税区", ""})
	var sum float64
	for i, x := range a[0] {
		if x != a[1][i] {
			t.Fatal("same text, different vectors")
		}
		sum += float64(x) * float64(x)
	}
	if sum < 0.999 || sum > 1.001 {
		t.Fatalf("|v|² = %f, want 1", sum)
	}
	if !isZero(a[2]) {
		t.Fatal("empty text should embed to the zero vector")
	}
}

// openAIServer speaks the OpenAI embeddings wire protocol: it checks the path, the key and the
// body, and returns vectors from the local embedding (so results are meaningful) scaled by 3 (so
// the index must normalise them) and in reverse order (so the client must honour "index").
func openAIServer(t *testing.T, fail *atomic.Bool, calls *atomic.Int64) *httptest.Server {
	t.Helper()
	loc := NewLocal(32)
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.URL.Path != "/v1/embeddings" || r.Method != http.MethodPost {
			http.Error(w, "bad path "+r.URL.Path, http.StatusNotFound)
			return
		}
		if r.Header.Get("Authorization") != "Bearer test-key" {
			http.Error(w, `{"error":{"message":"bad key"}}`, http.StatusUnauthorized)
			return
		}
		if fail != nil && fail.Load() {
			w.WriteHeader(http.StatusInternalServerError)
			io.WriteString(w, `{"error":{"message":"overloaded","type":"server_error"}}`)
			return
		}
		var req struct {
			Input []string `json:"input"`
			Model string   `json:"model"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Model != "test-embed" || len(req.Input) == 0 {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		vecs, _ := loc.Embed(r.Context(), req.Input)
		type item struct {
			Object    string    `json:"object"`
			Embedding []float32 `json:"embedding"`
			Index     int       `json:"index"`
		}
		var data []item
		for i := len(vecs) - 1; i >= 0; i-- {
			v := vecs[i]
			for j := range v {
				v[j] *= 3
			}
			data = append(data, item{"embedding", v, i})
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": req.Model,
			"usage": map[string]int{"prompt_tokens": 1, "total_tokens": 1}})
	}))
}

func TestOpenAIEmbeddingsFusedWithLocal(t *testing.T) {
	var fail atomic.Bool
	var calls atomic.Int64
	srv := openAIServer(t, &fail, &calls)
	defer srv.Close()
	cfg := openai.DefaultConfig("test-key")
	cfg.BaseURL = srv.URL + "/v1"
	remote := NewOpenAI(openai.NewClientWithConfig(cfg), "test-embed")
	remote.Batch = 3

	ix, _ := Open(Options{Dir: t.TempDir(), Remote: remote})
	ctx := context.Background()
	st, err := ix.Build(ctx, seedLike())
	if err != nil || st.RemoteErr != nil {
		t.Fatalf("build: %v %v", err, st.RemoteErr)
	}
	n := countEntries(ix, GrainTask, remote)
	if n != 5 {
		t.Fatalf("remote task collection holds %d, want 5", n)
	}
	hits, err := ix.Search(ctx, Query{Text: "多式联运枢纽港", N: 2})
	if err != nil || len(hits) == 0 || hits[0].Task == nil || hits[0].Task.ID != "aaaa0001:2" {
		t.Fatalf("fused search: %v %v", hits, err)
	}

	// The endpoint fails: search still answers from the local embedding, and a rebuild of
	// changed plans reports the remote error without failing.
	fail.Store(true)
	hits, err = ix.Search(ctx, Query{Text: "多式联运枢纽港", N: 2})
	if err != nil || len(hits) == 0 || hits[0].Task.ID != "aaaa0001:2" {
		t.Fatalf("search with the endpoint down: %v %v", hits, err)
	}
	docs := seedLike()
	docs[1].Tasks[0].Text += "补充。"
	st, err = ix.Build(ctx, docs)
	if err != nil || st.RemoteErr == nil {
		t.Fatalf("build with endpoint down: err %v, remote err %v", err, st.RemoteErr)
	}
	var apiErr *openai.APIError
	if !errors.As(st.RemoteErr, &apiErr) || apiErr.HTTPStatusCode != 500 {
		t.Errorf("remote error %v should carry the API error", st.RemoteErr)
	}

	// A build with nothing changed costs no remote call.
	fail.Store(false)
	if _, err := ix.Build(ctx, docs); err != nil {
		t.Fatal(err)
	}
	before := calls.Load()
	if _, err := ix.Build(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != before {
		t.Errorf("an unchanged rebuild called the embeddings endpoint %d times", calls.Load()-before)
	}
}

func TestBuildHonoursContext(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	ix, _ := Open(Options{})
	if _, err := ix.Build(ctx, seedLike()); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Build with a done context: %v", err)
	}
}

// snapshotOf is everything a reader can ask of the index, as text, so that two indexes can be
// compared: documents, tasks, units' tasks, deadlines, searches and owners.
func snapshotOf(t *testing.T, ix *Index) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, d := range ix.Docs() {
		fmt.Fprintln(&b, "doc", d.ID, d.City)
	}
	for _, r := range ix.Tasks(Filter{}) {
		fmt.Fprintln(&b, "task", r.Task.ID)
	}
	dir := ix.Directory()
	fmt.Fprintln(&b, "cities", dir.Cities())
	var units []plan.UnitRef
	for _, u := range dir.Units("") {
		units = append(units, u.UnitRef)
		fmt.Fprintln(&b, "unit", u)
	}
	for _, ut := range ix.UnitTasks(units) {
		fmt.Fprintln(&b, "unit task", ut.Unit, ut.Task.ID, ut.Role)
	}
	for _, it := range ix.Deadlines(Filter{}, plan.Day{}, plan.Day{}) {
		fmt.Fprintln(&b, "due", it.Deadline.Date, it.Task.ID, it.Deadline.Quote)
	}
	for _, c := range dir.Cities() {
		for _, it := range ix.Overdue(Filter{City: c}, plan.NewDay(2025, 6, 1)) {
			fmt.Fprintln(&b, "overdue", c, it.Deadline.Date, it.Task.ID)
		}
	}
	for _, it := range ix.Deadlines(Filter{Units: ix.Directory().Resolve("市商务局", "")}, plan.NewDay(2024, 1, 1), plan.Day{}) {
		fmt.Fprintln(&b, "unit due", it.Deadline.Date, it.Task.ID)
	}
	for _, q := range []string{"综合保税区申报建设", "服务业增加值突破", "百亿级服务业领军企业", "养老托育"} {
		for _, city := range append([]string{""}, dir.Cities()[:min(3, len(dir.Cities()))]...) {
			hits, err := ix.Search(ctx, Query{Text: q, N: 5, City: city})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hits {
				fmt.Fprintf(&b, "hit %s %s %s %.4f %q\n", q, city, h.Doc.ID, h.Score, h.Text)
			}
		}
		owners, err := ix.FindTasks(ctx, q, Filter{}, 5, 0.6)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range owners {
			fmt.Fprintln(&b, "owner", q, r.Task.ID)
		}
	}
	return b.String()
}

func sameIndex(t *testing.T, got, want *Index) {
	t.Helper()
	g, w := snapshotOf(t, got), snapshotOf(t, want)
	if g == w {
		return
	}
	gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			t.Fatalf("indexes differ at line %d:\n got %s\nwant %s", i, gl[i], wl[i])
		}
	}
	t.Fatalf("indexes differ in length: %d vs %d lines", len(gl), len(wl))
}

func fresh(t *testing.T, docs []*plan.Document) *Index {
	t.Helper()
	ix, _ := Open(Options{})
	if _, err := ix.Build(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestChangesMatchFreshBuild checks that an index changed one plan at a time — through Build with
// the whole set, as the plan store's listener does, or through Update — answers exactly as one
// built from scratch on the same plans.
func TestChangesMatchFreshBuild(t *testing.T) {
	ctx := context.Background()
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := append(append([]*plan.Document(nil), base...), plangen.Generate(base, 40, 3)...)
	without := func(docs []*plan.Document, i int) []*plan.Document {
		return append(append([]*plan.Document(nil), docs[:i]...), docs[i+1:]...)
	}

	t.Run("added one at a time", func(t *testing.T) {
		ix := fresh(t, docs[:10])
		for i := 11; i <= len(docs); i++ {
			if _, err := ix.Build(ctx, docs[:i]); err != nil {
				t.Fatal(err)
			}
		}
		sameIndex(t, ix, fresh(t, docs))
	})
	t.Run("removed and replaced", func(t *testing.T) {
		ix := fresh(t, docs)
		set := without(docs, 7)
		set = without(set, 20)
		set[3] = revisedDoc(set[3])
		set[30] = revisedDoc(set[30])
		st, err := ix.Build(ctx, set)
		if err != nil || st.Removed != 2 || st.Embedded == 0 {
			t.Fatalf("%+v %v", st, err)
		}
		sameIndex(t, ix, fresh(t, set))
	})
	t.Run("inserted in the middle", func(t *testing.T) {
		ix := fresh(t, without(docs, 12))
		if _, err := ix.Build(ctx, docs); err != nil {
			t.Fatal(err)
		}
		sameIndex(t, ix, fresh(t, docs))
	})
	t.Run("reordered", func(t *testing.T) {
		ix := fresh(t, docs)
		set := append([]*plan.Document(nil), docs...)
		for i, j := 0, len(set)-1; i < j; i, j = i+1, j-1 {
			set[i], set[j] = set[j], set[i]
		}
		if _, err := ix.Build(ctx, set); err != nil {
			t.Fatal(err)
		}
		sameIndex(t, ix, fresh(t, set))
	})
	t.Run("Update", func(t *testing.T) {
		ix := fresh(t, docs[:30])
		rev := revisedDoc(docs[4])
		if _, err := ix.Update(ctx, append([]*plan.Document{rev}, docs[30:]...), []*plan.Document{docs[9]}); err != nil {
			t.Fatal(err)
		}
		want := append([]*plan.Document(nil), docs...)
		want[4] = rev
		sameIndex(t, ix, fresh(t, without(want, 9)))
	})
	t.Run("everything removed", func(t *testing.T) {
		ix := fresh(t, docs)
		if _, err := ix.Build(ctx, nil); err != nil {
			t.Fatal(err)
		}
		sameIndex(t, ix, fresh(t, nil))
		if n := countEntries(ix, GrainTask, NewLocal(0)) + countEntries(ix, GrainPara, NewLocal(0)); n != 0 {
			t.Fatalf("%d entries left", n)
		}
	})
}

// revisedDoc is d stored again after an edit of its first task.
func revisedDoc(d *plan.Document) *plan.Document {
	c := *d
	c.Tasks = append([]plan.Task(nil), d.Tasks...)
	c.Tasks[0].Text += "（修订）"
	return &c
}

// TestSaveLater saves in the background; Save afterwards waits for it or does it, and a reopened
// index holds what was built. A build of unchanged plans leaves nothing to save.
func TestSaveLater(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	ix, _ := Open(Options{Dir: dir})
	if _, err := ix.Build(ctx, seedLike()); err != nil {
		t.Fatal(err)
	}
	ix.SaveLater()
	ix.SaveLater() // coalesced with the first
	if err := ix.Save(); err != nil {
		t.Fatal(err)
	}
	ix2, _ := Open(Options{Dir: dir})
	if n := countEntries(ix2, GrainTask, NewLocal(0)); n != 5 {
		t.Fatalf("reopened snapshot holds %d task entries, want 5", n)
	}
	if _, err := ix2.Build(ctx, seedLike()); err != nil {
		t.Fatal(err)
	}
	if ix2.changes != ix2.saved {
		t.Fatal("a build that embedded nothing left the snapshot to be written again")
	}
}

// TestChangesMatchFreshBuildManyCities is TestChangesMatchFreshBuild past the number of cities at
// which the index keeps its term index (and a search naming no city picks shards by their terms).
func TestChangesMatchFreshBuildManyCities(t *testing.T) {
	ctx := context.Background()
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := append(append([]*plan.Document(nil), base...), plangen.Generate(base, 250, 5)...)
	ix := fresh(t, docs[:10])
	for _, n := range []int{120, len(docs)} {
		if _, err := ix.Build(ctx, docs[:n]); err != nil {
			t.Fatal(err)
		}
	}
	if ix.terms == nil {
		t.Fatal("no term index past 48 cities")
	}
	sameIndex(t, ix, fresh(t, docs))

	set := append(append([]*plan.Document(nil), docs[:40]...), docs[41:]...)
	set[100] = revisedDoc(set[100])
	if _, err := ix.Build(ctx, set); err != nil {
		t.Fatal(err)
	}
	sameIndex(t, ix, fresh(t, set))
}
