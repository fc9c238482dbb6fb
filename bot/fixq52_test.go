package bot

import (
	"strings"
	"testing"
)

// TestFixq52_UntitledPlanBySubject: a plan whose text gives no title is named by what it is about,
// before 里/中 or a document's noun ("环境秩序综合整治里涉及大排档的", "政务公开任务表里…"): those words
// choose the one untitled plan that uses them and are no word its tasks must write; a 科室 asked as the
// role's word ("责任科室是办公室的") is no topic either. Words that describe no plan, or a thing a plan
// speaks of ("负面清单公开这项"), stay a topic.
func TestFixq52_UntitledPlanBySubject(t *testing.T) {
	order := "1.市卫生局:负责医院周边环境秩序综合整治的协调工作;负责对大排档的食品卫生进行监管。\n" +
		"2.市工商局:负责协同城管执法部门查处非法大排档、非法小广告印制行为。\n" +
		"3.市交通委:负责环境秩序综合整治中的交通组织。\n"
	open := strings.Join([]string{"工作任务", "具体要求", "责任科室", "时限要求",
		"强化规范性文件公开", "1", "对行政规范性文件进行全面清理。", "办公室", "年底前",
		"深化政策解读", "2", "积极做好政策解读工作。", "各科室", "持续推进",
		"抓好落实", "3", "制定本部门政务公开重点任务清单,逐项推动落实。", "办公室", "持续推进"}, "\n|\n") + "\n|\n"
	other := "某某市优化营商环境行动方案\n一、重点任务\n（一）市发改委负责大排档集中区规划，2026年底前完成。\n" +
		"（二）市市场监管局公开市场准入负面清单，2026年6月底前完成。\n"
	e := NewEngine(textIndex(t, order, open, other), Options{})
	cases := []struct {
		q          string
		want, none []string
	}{
		{"环境秩序综合整治里涉及大排档的职责有哪些?", []string{"市卫生局", "市工商局"}, []string{"市交通委", "市发改委"}},
		{"政务公开任务表里责任科室是办公室的有几项?", []string{"2 项"}, []string{"各科室"}},
		{"市场准入负面清单公开这项是哪个单位负责?", []string{"市市场监管局"}, nil},
	}
	for _, c := range cases {
		a := askOn(t, e, "2026-12-06", c.q)[0]
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s: want %q:\n%s", c.q, w, a.Text)
			}
		}
		for _, w := range c.none {
			if strings.Contains(a.Text, w) {
				t.Errorf("%s: want no %q:\n%s", c.q, w, a.Text)
			}
		}
	}
}

// TestFixq52_RecurringOrPeriod: 定期 beside a period joined by 或 ("定期或每周要做的") asks for every
// recurring duty, the weekly ones among them; a period alone keeps to its own.
func TestFixq52_RecurringOrPeriod(t *testing.T) {
	cases := []struct{ q, want string }{
		{"哪些工作是定期或每周要做的?", "any"},
		{"哪些工作是每周或者定期要做的?", "any"},
		{"哪些工作每周要做?", "weekly"},
		{"哪些是定期要做的工作?", "any"},
		{"每月和每季度要报什么?", "monthly"},
	}
	for _, c := range cases {
		if got := frequency(c.q); got != c.want {
			t.Errorf("%s: got %q, want %q", c.q, got, c.want)
		}
	}
}
