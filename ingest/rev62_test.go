package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Review 62: plans as government pages publish them, read through ParseFile as a user's upload is.
// Each test fails on f35d006.

// TestRev62_OrderedListNumbers: a city department's page gives its 工作要点 as HTML ordered lists
// (<ol><li>…</li></ol> under each 一、 heading: the browser shows 1. 2. before the items, and a CMS
// fed from Word writes lists so). The HTML reader drops the list's numbers, so the items reach the
// parser as unnumbered paragraphs: the two items of 一、 become clauses of the heading ("一-1", titled
// "重点任务", the heading's words; "一-2"), and the one item under 二、 becomes the section itself
// ("二", titled "保障措施"), so its words are no task's title and "第1项" names nothing. A reader sees items 1 and 2 under 一、 and item 1 under 二、, each titled by its
// own words. An ordered list is the way HTML numbers items; the reader should number them as shown.
func TestRev62_OrderedListNumbers(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>嘉兴市2025年城市管理工作要点</title></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 规划计划</div>
<h2>嘉兴市2025年城市管理工作要点</h2>
<p>发布时间：2025-03-20 来源：市综合执法局</p>
<h3>一、重点任务</h3>
<ol>
<li>推进背街小巷整治。10月底前完成50条背街小巷改造提升。（责任单位：市综合执法局、市住建局）</li>
<li>开展占道经营专项整治。每月通报一次整治情况。（责任单位：市综合执法局，各区人民政府）</li>
</ol>
<h3>二、保障措施</h3>
<ol>
<li>加强督查考核。将整治工作纳入年度考核，12月底前完成考核。（责任单位：市城管委办公室）</li>
</ol>
</body></html>`
	d, err := ParseFile(Extractor{}, "嘉兴市城市管理工作要点.html", []byte(page), plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var dump strings.Builder
	for _, x := range d.Tasks {
		fmt.Fprintf(&dump, "\n  [%s] %s | %s lead=%v", x.Number, x.Section, x.Title, x.Lead)
	}
	for _, w := range []struct {
		number, title string
		lead          []string
	}{
		{"1", "推进背街小巷整治", []string{"市综合执法局", "市住建局"}},
		{"2", "开展占道经营专项整治", []string{"市综合执法局", "各区人民政府"}},
		{"1", "加强督查考核", []string{"市城管委办公室"}},
	} {
		i := slices.IndexFunc(d.Tasks, func(x plan.Task) bool { return x.Title == w.title })
		if i < 0 || d.Tasks[i].Number != w.number || !slices.Equal(d.Tasks[i].Lead, w.lead) {
			t.Errorf("want item %s titled %q led by %v:%s", w.number, w.title, w.lead, dump.String())
		}
	}
	if len(d.Tasks) != 3 {
		t.Errorf("%d tasks, want 3 (one per list item):%s", len(d.Tasks), dump.String())
	}
}
