package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

var (
	manyOnce sync.Once
	manyIx   *retrieval.Index
	manyErr  error
)

// manyPlansIndex is the seeds and 45 plans generated from them (nine cities of each seed): enough
// for owner answers and unit summaries of more than a page.
func manyPlansIndex(t testing.TB) *retrieval.Index {
	t.Helper()
	manyOnce.Do(func() {
		base, err := seeds.Load(plan.Options{})
		if err != nil {
			manyErr = err
			return
		}
		docs := append(append([]*plan.Document(nil), base...), plangen.Generate(base, 45, 1)...)
		if manyIx, manyErr = retrieval.Open(retrieval.Options{}); manyErr == nil {
			_, manyErr = manyIx.Build(context.Background(), docs)
		}
	})
	if manyErr != nil {
		t.Fatal(manyErr)
	}
	return manyIx
}

// TestPaging pages long answers: the first page shows pageItems lines and says how many are left,
// "更多" (or "more") shows the next, the last says the list is complete, and asking past it says
// there is nothing more. Every page's Tasks are the whole list's, and the pages together list
// what the unpaged answer (Question.All) does.
func TestPaging(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ix    func(testing.TB) *retrieval.Index
		q     string
		more  string
		pages int    // how many pages the answer has
		head  string // what the first page says first (counts first)
		note  string // the first page's last line
		last  string // the last page's last line
	}{
		{name: "short list fits one page", ix: seedIndex, q: "市商务局负责哪些任务?", more: "更多", pages: 1, head: "市商务局任务 15 项"},
		{name: "list of four pages", ix: seedIndex, q: "列出所有任务", more: "更多", pages: 4, head: "任务 159 项。",
			note: "（第 1/4 页，共 159 项；还有 119 项，回复“更多”查看。）", last: "（第 4/4 页，共 159 项，已全部列出。）"},
		{name: "next page by 下一页", ix: seedIndex, q: "哪些任务设了完成期限?", more: "下一页", pages: 2, head: "设了完成期限的任务 71 项。",
			note: "（第 1/2 页，共 71 项；还有 31 项，回复“更多”查看。）", last: "（第 2/2 页，共 71 项，已全部列出。）"},
		{name: "English", ix: seedIndex, q: "which tasks have a deadline?", more: "more", pages: 2, head: "with a deadline: 71 task(s).",
			note: "(Page 1 of 2, 71 tasks; 31 more: reply “more”.)", last: "(Page 2 of 2, 71 tasks: that is all.)"},
		{name: "English, next", ix: seedIndex, q: "which tasks have a deadline?", more: "next", pages: 2, head: "with a deadline: 71 task(s).",
			note: "(Page 1 of 2, 71 tasks; 31 more: reply “more”.)", last: "(Page 2 of 2, 71 tasks: that is all.)"},
		{name: "owner over many plans", ix: manyPlansIndex, q: "家政服务的牵头单位是谁?", more: "更多", pages: 2, head: "“家政服务”相关任务",
			note: "还有", last: "已全部列出。）"},
		{name: "unit summary over many plans", ix: manyPlansIndex, q: "总结一下市商务局的工作", more: "更多", pages: 4, head: "市商务局：",
			note: "还有", last: "已全部列出。）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := tc.ix(t)
			e := NewEngine(ix, Options{})
			now := fixedClock("2024-01-10")()
			whole, err := e.Answer(context.Background(), Question{Text: tc.q, Now: now, All: true})
			if err != nil {
				t.Fatal(err)
			}
			a, err := e.Answer(context.Background(), Question{Text: tc.q, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			if a.Context.Pages != tc.pages && !(tc.pages == 1 && a.Context.Pages == 0) {
				t.Fatalf("%d pages, want %d:\n%s", a.Context.Pages, tc.pages, a.Text)
			}
			if !strings.HasPrefix(a.Text, tc.head) {
				t.Errorf("first page starts %q, want %q", firstLine(a.Text), tc.head)
			}
			if tc.pages == 1 {
				if a.Text != whole.Text {
					t.Errorf("a list of one page is paged:\n%s\nunpaged:\n%s", a.Text, whole.Text)
				}
			} else if n := len(itemLines(a.Text)); n != pageItems {
				t.Errorf("first page shows %d lines, want %d", n, pageItems)
			}
			if tc.note != "" && !strings.Contains(lastLine(a.Text), tc.note) {
				t.Errorf("first page ends %q, want %q", lastLine(a.Text), tc.note)
			}
			if strings.Contains(whole.Text, "回复“更多”") || strings.Contains(whole.Text, "reply “more”") {
				t.Errorf("the unpaged answer says to ask for more:\n%s", lastLine(whole.Text))
			}
			var lines []string
			ctx := a
			for page := 1; ; page++ {
				if fmt.Sprint(ctx.Tasks) != fmt.Sprint(whole.Tasks) {
					t.Fatalf("page %d names %d tasks, the whole list %d", page, len(ctx.Tasks), len(whole.Tasks))
				}
				lines = append(lines, itemLines(ctx.Text)...)
				next, err := e.Answer(context.Background(), Question{Text: tc.more, Now: now, Context: ctx.Context})
				if err != nil {
					t.Fatal(err)
				}
				if page == tc.pages {
					if tc.pages > 1 && lastLine(ctx.Text) != tc.last && !strings.Contains(lastLine(ctx.Text), tc.last) {
						t.Errorf("last page ends %q, want %q", lastLine(ctx.Text), tc.last)
					}
					want := map[string]string{"more": "That was all", "next": "That was all"}[tc.more]
					if want == "" {
						want = "没有更多了"
					}
					if !strings.Contains(next.Text, want) || len(next.Tasks) != 0 {
						t.Errorf("%q past the last page: %q (%d tasks), want %q", tc.more, next.Text, len(next.Tasks), want)
					}
					break
				}
				if next.Context.Page != page || !strings.HasPrefix(next.Text, tc.head) {
					t.Fatalf("%q after page %d gave page %d:\n%s", tc.more, page, next.Context.Page+1, next.Text)
				}
				ctx = next
			}
			if got, want := strings.Join(lines, "\n"), strings.Join(itemLines(whole.Text), "\n"); got != want {
				t.Errorf("the pages list:\n%s\nunpaged:\n%s", got, want)
			}
		})
	}
}

// itemLines are an answer's task lines: not a summary's nearest and passed deadlines, which head
// every page.
func itemLines(text string) []string {
	var out []string
	for _, l := range listLines(text) {
		if strings.HasPrefix(l, "- ") {
			out = append(out, l)
		}
	}
	return out
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func lastLine(s string) string { return s[strings.LastIndexByte(s, '\n')+1:] }

// TestMoreWithoutList: "更多" after an answer that was not a list says there is nothing more, and
// "更多" in a fresh conversation is a question like any other.
func TestMoreWithoutList(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	now := fixedClock("2024-01-10")()
	a, err := e.Answer(context.Background(), Question{Text: "衢州方案的文号是什么?", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.Answer(context.Background(), Question{Text: "更多", Now: now, Context: a.Context})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.Text, "没有更多了") {
		t.Errorf("更多 after %q: %q", a.Text, b.Text)
	}
}

// TestCommandAnswersAreWhole: a structured command's answer (a Slack slash command, shown to the asker
// alone, which takes no reply) lists every line, with no "更多" to ask for.
func TestCommandAnswersAreWhole(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	a, err := e.AnswerQuery(context.Background(), Query{Shape: ShapeList}, plan.NewDay(2026, 12, 1).Time(9, 0))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(a.Text, "\n- ")
	if strings.Contains(a.Text, "更多") || lines <= pageItems {
		t.Fatalf("%d tasks, %d lines: want every line of more than a page:\n%.300s", len(a.Tasks), lines, a.Text)
	}
}
