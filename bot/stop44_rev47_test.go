package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// rev47Parser reads questions against one hand-written plan of a known city.
func rev47Parser(t *testing.T) *Parser {
	t.Helper()
	d, err := plan.ParseText("rev47.txt", "衢州市2024年重点工作任务分解方案\n一、主要任务\n1.建立联络工作机制，加强与驻外机构沟通。（牵头单位：市外办）\n2.完善成本中心核算。（牵头单位：市国资委）\n3.建设生物样本中心。（牵头单位：市卫健委）\n4.每两个月调度一次项目进展。（牵头单位：市发改委）\n", plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := []*plan.Document{d}
	p := NewParser(plan.NewDirectory(docs, plan.DefaultAliases()), nil)
	p.allDocs = docs
	return p
}

func topicHas(q Query, w string) bool {
	return slices.ContainsFunc(q.Topic, func(s string) bool { return strings.Contains(s, w) })
}

// TestRev47LiaisonWorkIsATopic: topicStop's new "(?:的)?联络工作" (facets.go), meant for the asker's
// own "我刚接手X的联络工作", strips 联络工作 from every question, so a question about liaison work
// has no topic left (a search for nothing, or 机制 alone). 76a58de kept 联络 as the topic.
func TestRev47LiaisonWorkIsATopic(t *testing.T) {
	p := rev47Parser(t)
	for _, tc := range []struct{ name, q string }{
		{"which tasks concern liaison work", "哪些任务涉及联络工作?"},
		{"who leads the liaison mechanism", "联络工作机制谁牵头?"},
		{"a unit's liaison work", "市外办的联络工作有哪些任务?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, plan.NewDay(2024, 5, 10))
			if !topicHas(q, "联络") {
				t.Errorf("topic %q (shape %s): 联络 is lost", q.Topic, q.Shape)
			}
		})
	}
}

// TestRev47OwnUnitWordsInsideWords: topicStop's new "(?:我们|咱们|我|本)(?:委|局|办|厅|中心|单位|部门)"
// (facets.go), meant for 我们委 / 本局, matches inside ordinary words: 成本中心 loses 本中心 and
// 生物样本中心 is left as 生物样. 76a58de kept the words whole.
func TestRev47OwnUnitWordsInsideWords(t *testing.T) {
	p := rev47Parser(t)
	for _, tc := range []struct{ name, q, want string }{
		{"成本中心", "成本中心核算谁负责?", "成本中心"},
		{"样本中心", "生物样本中心建设谁牵头?", "样本中心"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, plan.NewDay(2024, 5, 10))
			if !topicHas(q, tc.want) {
				t.Errorf("topic %q, want one holding %s", q.Topic, tc.want)
			}
		})
	}
}

// TestRev47MonthsInWords: reMonths (facets.go) now reads N个月 in words, but with no word around it
// required, so every 两个月/三个月 is "the next N months from today": every two months (a frequency),
// the past three months, overdue by more than two months, the first three months of this year; and
// 三十六个月 is read as 十六. 76a58de set no window for these (the digits form had the same fault).
func TestRev47MonthsInWords(t *testing.T) {
	p := rev47Parser(t)
	today := plan.NewDay(2024, 5, 10)
	ahead := func(q Query) bool { return q.From == today.String() && q.To > today.String() }
	for _, tc := range []struct {
		name, q string
		bad     func(Query) bool
	}{
		{"every two months is a frequency", "每两个月调度一次的工作有哪些?", func(q Query) bool { return q.From != "" }},
		{"every three months is a frequency", "每三个月要报送的有哪些?", func(q Query) bool { return q.From != "" }},
		{"the past three months are behind", "过去三个月到期的任务有哪些?", ahead},
		{"three months ago is behind", "三个月前就到期的任务有哪些?", ahead},
		{"overdue by two months is behind", "逾期两个月以上的任务有哪些?", ahead},
		{"this year's first three months", "今年前三个月要完成哪些任务?", func(q Query) bool { return q.To == "2024-08-10" || topicHas(q, "今年") }},
		{"thirty-six months is not sixteen", "未来三十六个月内有哪些任务到期?", func(q Query) bool {
			return q.To != "" && q.To != "2027-05-10" || slices.Contains(q.Topic, "未来三")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if tc.bad(q) {
				t.Errorf("window %s–%s, status %q, topic %q", q.From, q.To, q.Status, q.Topic)
			}
		})
	}
}

// TestRev47ReportedIsNoDoneRemark: reDonePreamble (phrasing.go) now takes 已 + any one character +
// 报/交 for a done remark, so 已通报 and 已移交 ("the results were circulated", "the problems were
// handed over") are read as "that one is done" and the words before them are dropped from the
// question: which rectification, safety or environmental, is lost. 76a58de kept them as the topic.
func TestRev47ReportedIsNoDoneRemark(t *testing.T) {
	e := NewEngine(textIndex(t, "衢州市2024年重点工作任务分解方案\n一、主要任务\n1.抓好安全生产检查问题整改。（牵头单位：市应急管理局）\n2.抓好环保督察问题整改。（牵头单位：市生态环境局）\n3.做好项目申报。（牵头单位：市发改委）\n"), Options{})
	for _, tc := range []struct{ name, q, want, not string }{
		{"已通报 circulated", "安全生产检查结果已通报，问题整改谁牵头?", "市应急管理局", "市生态环境局"},
		{"已移交 handed over", "环保督察问题已移交，整改由谁牵头?", "市生态环境局", "市应急管理局"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := askChain(t, e, tc.q)
			if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
				t.Errorf("want %s only:\n%s", tc.want, a.Text)
			}
		})
	}
}
