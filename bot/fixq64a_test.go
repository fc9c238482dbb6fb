package bot

import (
	"context"
	"strings"
	"testing"
)

// Fixes of the question rounds 180–183 (question side), tried on plans and questions written for
// them.

// fixq64aNotice is a year's notice whose first item the parser splits into clauses (who assesses,
// who reports by when), and whose measures name a bureau with its city before it.
const fixq64aNotice = `常德市水务局关于发布2024年本市排水设施建设工作要求的通知
各区水务部门：
一、工作要求
（一）开展排水评估工作。各街镇应按照系统方案要求开展评估工作，编制排水评估报告。请各区、相关管委会于3月底前报送排水达标片区汇总表，9月底前完成排水评估报告编制并报送我局。
（二）推进管网改造。各区于11月底前完成年度管网改造任务。（责任单位：市住房城乡建设局）
（三）保障建设资金。加大对排水项目贷款支持力度。（责任单位：人民银行常德市中心支行、常德市地方金融监管局）
（四）完善配套设施。加快排水配套设施建设。（责任单位：市住房城乡建设局、市财政局）
（五）办好技能竞赛。每年举行排水行业职业技能大赛，奖励资金纳入年度预算。（责任单位：市总工会）
二、保障措施
（一）加强考核督办。市水务局于每年7月底前开展中期考核，12月20日前开展年度考核。
（二）严格责任追究。市水务局将采取“过程考核+年终考核”的方式开展考核。根据月度排名情况，对推进不利的区进行督办；对年度考核不合格的区进行约谈问责。
`

// fixq64aDivision is a notice that shares one writing task out among a bureau's sections, each on a
// line of its own under the item.
const fixq64aDivision = `关于组织编写2023年全市水资源专题分析报告的通知
各区水务局、局机关各处室:
一、责任分工
(一)市水务局有关处室负责结合本专业编写水资源系列专题分析。具体内容如下:
水资源处:全市水资源总量和开发利用情况
河湖处:河湖长制落实情况
供水处:城乡供水保障情况
(二)各区水务局负责编写本区水资源情况综述。
二、时间要求
请于9月30日前报送。
`

var fixq64aShared sharedIndex

func fixq64aAsk(t *testing.T, s string) Answer {
	t.Helper()
	e := NewEngine(fixq64aShared.get(t, "fixq64a", false, fixq64aNotice, fixq64aDivision), Options{})
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-07")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestFixQ64a_ItemLineClauseDates: a list line of an item the parser split into clauses says the
// dates of every clause, not only the first's ("…开展评估工作，编制评估报告。请各区于9月底前完成
// 评估报告编制").
func TestFixQ64a_ItemLineClauseDates(t *testing.T) {
	for _, tc := range []struct{ name, q, want string }{
		{"when asked", "常德排水评估报告要在什么时候前编制完成?", "2024-09-30"},
		{"the report's date too", "常德排水评估报告什么时候前编制完成?", "2024-03-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq64aAsk(t, tc.q)
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("answer lacks %s:\n%s", tc.want, a.Text)
			}
		})
	}
}

// TestFixQ64a_BareDeptAsksWhatItDoes: a department's nickname then 管哪些, 干啥, 都做什么 asks what that
// department is to do, as "…负责哪些" does.
func TestFixQ64a_BareDeptAsksWhatItDoes(t *testing.T) {
	for _, tc := range []struct{ name, q string }{
		{"管哪些", "常德住建管哪些"},
		{"都干啥", "常德住建都干啥"},
		{"做什么", "常德住建做什么"},
		{"负责哪些 (as before)", "常德住建负责哪些"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq64aAsk(t, tc.q)
			if !strings.Contains(a.Text, "推进管网改造") || !strings.Contains(a.Text, "完善配套设施") {
				t.Errorf("answer lacks the 住建 tasks:\n%s", a.Text)
			}
		})
	}
}

// TestFixQ64a_UnitWithOwnPlace: a unit the plan always writes with its own city before it
// ("常德市地方金融监管局") is shown so, not as the parser keeps it (市地方金融监管局).
func TestFixQ64a_UnitWithOwnPlace(t *testing.T) {
	for _, tc := range []struct{ name, q, want string }{
		{"who", "常德保障建设资金是哪些单位负责?", "常德市地方金融监管局"},
		{"a bank's branch as written (as before)", "常德保障建设资金是哪些单位负责?", "人民银行常德市中心支行"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq64aAsk(t, tc.q)
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("answer lacks %s:\n%s", tc.want, a.Text)
			}
		})
	}
}

// TestFixQ64a_OwnerWholeItem: asked who does the work an item opens with, the item's later clauses
// that share it out answer too ("市水务局有关处室负责编写…：水资源处：…；河湖处：…").
func TestFixQ64a_OwnerWholeItem(t *testing.T) {
	for _, tc := range []struct{ name, q string }{
		{"who writes", "系列专题分析由谁来编写?"},
		{"which units", "系列专题分析是哪些单位负责?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq64aAsk(t, tc.q)
			for _, u := range []string{"水资源处", "河湖处", "供水处"} {
				if !strings.Contains(a.Text, u) {
					t.Errorf("answer lacks %s:\n%s", u, a.Text)
				}
			}
		})
	}
}

// TestFixQ64a_TranslateNoBreedingZones: the zones a county closes to livestock farming are 禁养区,
// and livestock with poultry 畜禽, as plans write them.
func TestFixQ64a_TranslateNoBreedingZones(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"zones", "who draws the no-breeding zones", "who draws the 禁养区"},
		{"one zone", "the county's no-breeding zone", "the county's 禁养区"},
		{"livestock and poultry", "livestock and poultry farms", "畜禽 farms"},
		{"livestock alone (as before)", "livestock farms", "畜牧 farms"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(strings.Fields(translate(c.in)), " "); got != c.want {
				t.Errorf("translate(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestFixQ64a_ContestWords: a contest people call 比赛 is the plans' 大赛 (竞赛, 赛事), held (举办) as
// plans write 举行.
func TestFixQ64a_ContestWords(t *testing.T) {
	for _, tc := range []struct{ name, q string }{
		{"举办 比赛 every year", "常德每年要举办什么比赛?"},
		{"比赛 alone", "常德有哪些比赛?"},
		{"大赛 (as before)", "常德有哪些大赛?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq64aAsk(t, tc.q)
			if !strings.Contains(a.Text, "办好技能竞赛") {
				t.Errorf("answer lacks the contest:\n%s", a.Text)
			}
		})
	}
}

// TestFixQ64a_NamedUnitFiller: "点名X配合/负责的任务" asks for X's tasks; 点名 (naming it) is no word a
// task must hold.
func TestFixQ64a_NamedUnitFiller(t *testing.T) {
	for _, tc := range []struct{ name, q string }{
		{"点名 负责", "常德排水通知里点名市财政局负责的任务有哪些?"},
		{"without 点名 (as before)", "常德排水通知里市财政局负责的任务有哪些?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq64aAsk(t, tc.q)
			if !strings.Contains(a.Text, "完善配套设施") {
				t.Errorf("answer lacks 市财政局's task:\n%s", a.Text)
			}
		})
	}
}

// TestFixQ64a_DutyDayAsked: asked on which day a yearly duty falls, the sentence that sets its day
// answers, not one that only names the duty ("对年度考核不合格的区进行约谈").
func TestFixQ64a_DutyDayAsked(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		not     bool // the sentence naming it alone is left out
	}{
		{"几号前", "常德年度考核每年几号前开展?", true},
		{"哪天前", "常德年度考核每年哪天前开展?", true},
		{"how often (as before)", "常德年度考核多久开展一次?", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq64aAsk(t, tc.q)
			if !strings.Contains(a.Text, "12月20日前开展年度考核") {
				t.Errorf("answer lacks the day:\n%s", a.Text)
			}
			if tc.not && strings.Contains(a.Text, "不合格") {
				t.Errorf("answer quotes the sentence that sets no day:\n%s", a.Text)
			}
		})
	}
}
