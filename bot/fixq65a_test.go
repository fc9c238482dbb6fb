package bot

import (
	"context"
	"strings"
	"testing"
)

// fixq65aPlan is a city's plan written for these tests: two quarterly duties, a meeting and a report; its part on growing the industry opens with a line of
// its own (units coordinate) before its numbered items, each headed on a line of its own, and its last paragraph says when it takes
// effect.
const fixq65aPlan = `宁波市海洋牧场建设实施方案
一、总体要求
到2028年，建成一批海洋牧场示范区。
二、主要任务
（一）推进人工鱼礁投放。市海洋渔业局负责人工鱼礁选址和投放。
（二）开展增殖放流。市海洋渔业局每年组织增殖放流活动。
（三）加强运行分析。市海洋渔业局每季度召开一次形势分析会。
（四）报送监测数据。各区县每季度向市海洋渔业局报送监测数据。
三、产业培育
市发展改革委、市海洋渔业局会同有关部门统筹推进海洋牧场产业发展。
（一）培育龙头企业
市经信局培育一批海洋牧场龙头企业。
（二）强化科技支撑
市科技局组织开展海洋牧场关键技术攻关。
（三）发展休闲渔业
市文广旅游局推动海洋牧场休闲渔业发展。
本实施方案自2026年3月1日起施行。
`

var fixq65aShared sharedIndex

func fixq65aAsk(t *testing.T, s string) Answer {
	t.Helper()
	ix := fixq65aShared.get(t, "fixq65a", false, fixq65aPlan)
	a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-07")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestFixQ65a_TrimEdgesAgain: a run the question's own noun ends before a function word ("…部分有",
// "…工作要") loses both: the function word, then the noun it uncovers.
func TestFixQ65a_TrimEdgesAgain(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"part before 有", "保障措施部分有", "保障措施"},
		{"work before 要", "增殖放流工作要", "增殖放流"},
		{"task before 都", "鱼礁投放任务都", "鱼礁投放"},
		{"nothing to trim", "海洋牧场", "海洋牧场"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := trimEdges(c.in); got != c.want {
				t.Errorf("trimEdges(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestFixQ65a_CountPartItems: asked how many items a part holds, the part's numbered items count; its
// opening line (the units that coordinate it) is no item of its own.
func TestFixQ65a_CountPartItems(t *testing.T) {
	for _, c := range []struct {
		name, q, want string
		never         []string
	}{
		{"part named with 部分", "宁波海洋牧场方案产业培育部分有几项?", "共 3 项", []string{"共 4 项"}},
		{"part named alone", "宁波海洋牧场方案产业培育有几项任务?", "3 项", []string{"4 项"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq65aAsk(t, c.q)
			if !strings.Contains(a.Text, c.want) {
				t.Errorf("answer lacks %q:\n%s", c.want, a.Text)
			}
			for _, n := range c.never {
				if strings.Contains(a.Text, n) {
					t.Errorf("answer holds %q:\n%s", n, a.Text)
				}
			}
		})
	}
}

// TestFixQ65a_InForceDateAsked: "施行日期", "生效时间" ask when the plan takes effect, as "何时施行"
// does: the day it says so.
func TestFixQ65a_InForceDateAsked(t *testing.T) {
	for _, c := range []struct{ name, q string }{
		{"施行日期", "宁波海洋牧场建设实施方案的施行日期?"},
		{"生效时间", "宁波海洋牧场建设实施方案的生效时间是哪天?"},
		{"with 文号", "宁波海洋牧场建设实施方案的文号和施行日期?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq65aAsk(t, c.q)
			if !strings.Contains(a.Text, "2026-03-01") {
				t.Errorf("answer lacks 2026-03-01:\n%s", a.Text)
			}
		})
	}
}

// TestFixQ65a_MeetingsAsked: "开什么会" asks for the duties that hold a meeting (召开…会), not every
// duty of that frequency.
func TestFixQ65a_MeetingsAsked(t *testing.T) {
	for _, c := range []struct{ name, q string }{
		{"开什么会", "宁波每季度要开什么会?"},
		{"开哪些会议", "宁波每个季度开哪些会议?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq65aAsk(t, c.q)
			if !strings.Contains(a.Text, "形势分析会") {
				t.Errorf("answer lacks the meeting:\n%s", a.Text)
			}
			if strings.Contains(a.Text, "监测数据") {
				t.Errorf("answer holds the report:\n%s", a.Text)
			}
		})
	}
}
