package plan

import (
	"slices"
	"strings"
	"testing"
)

// Fixes for review 81 (fixrev81a): each rule gets a table of plan fragments written for it.

// fixrev81aParse parses a plan text written for a test.
func fixrev81aParse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("fixrev81a.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	return d
}

// fixrev81aTask is the first task whose title or text holds words.
func fixrev81aTask(t *testing.T, d *Document, words string) *Task {
	t.Helper()
	for i := range d.Tasks {
		if x := &d.Tasks[i]; strings.Contains(x.Title, words) || strings.Contains(x.Text, words) {
			return x
		}
	}
	t.Fatalf("no task holds %q:%s", words, rev59Dump(d))
	return nil
}

// fixrev81aRules is the rules of a task's recurring duties.
func fixrev81aRules(rs []Recurring) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule.String())
	}
	return out
}

// TestFixrev81aHalfYearReview: a half year's review (半年度…) held by a verb is every half year's duty,
// whatever noun it takes, and never also a yearly review in a plan of several years (yearWorkSteps,
// notOneYear); a year's review held the same way stays yearly.
func TestFixrev81aHalfYearReview(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		rules      []string // ParseRecurring's
		yearly     bool     // yearWorkSteps finds a yearly review
	}{
		{"半年度监测评价", "建立水质监测体系，进行半年度监测评价，评价情况报市政府。", []string{"FREQ=MONTHLY;INTERVAL=6"}, false},
		{"半年度述职", "各镇街组织半年度述职，述职情况纳入考评。", []string{"FREQ=MONTHLY;INTERVAL=6"}, false},
		{"半年度考评", "开展半年度考评，考评情况通报全区。", []string{"FREQ=MONTHLY;INTERVAL=6"}, false},
		{"年度考评 stays yearly", "开展年度考评，考评情况通报全区。", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fixrev81aRules(ParseRecurring(tc.text)); !slices.Equal(got, tc.rules) {
				t.Errorf("ParseRecurring(%q) = %v, want %v", tc.text, got, tc.rules)
			}
			if got := len(yearWorkSteps(tc.text)) > 0; got != tc.yearly {
				t.Errorf("yearWorkSteps(%q) = %v, want a yearly review %v", tc.text, yearWorkSteps(tc.text), tc.yearly)
			}
		})
	}
}

// TestFixrev81aGroupLeadHead: a group lead's sentence after the item's short title, and a lead's
// sentence announcing the shares (…牵头，具体分工如下：), give each later share to the lead, the share's
// unit taking part; a first sentence that names a unit of its own is no title.
func TestFixrev81aGroupLeadHead(t *testing.T) {
	for _, tc := range []struct {
		name, item, share string
		lead, partic      []string
	}{
		{"lead's sentence after a title", "（一）建设智慧停车系统。县交通运输局牵头推进城区停车资源整合工作。县数据局负责平台开发，县公安局负责车辆数据接入。",
			"平台开发", []string{"县交通运输局"}, []string{"县数据局"}},
		{"shares announced after a lead", "（一）背街小巷改造。由县城管局牵头，具体分工如下：县住建局负责管网改造，县供电公司负责线路整理。",
			"管网改造", []string{"县城管局"}, []string{"县住建局"}},
		{"shares announced after a title and 任务分工", "（一）集贸市场提升。县商务局牵头，任务分工如下：县市场监管局负责食品抽检，各乡镇负责场地整治。",
			"食品抽检", []string{"县商务局"}, []string{"县市场监管局"}},
		{"a first sentence with its own unit is no title", "（一）县教育局负责校园安全排查。县交通运输局牵头推进校车管理工作。县公安局负责路面巡查。",
			"路面巡查", []string{"县公安局"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fixrev81aParse(t, "某县2025年城市管理工作方案\n\n一、重点任务\n"+tc.item+"\n（二）加强考核。年底前完成年度考核。（县委督查室负责）\n")
			x := fixrev81aTask(t, d, tc.share)
			if !slices.Equal(rev65Sorted(x.Lead), rev65Sorted(tc.lead)) || !slices.Equal(rev65Sorted(x.Participating), rev65Sorted(tc.partic)) {
				t.Errorf("task %q: lead %q, participating %q; want %q, %q:%s", x.Title, x.Lead, x.Participating, tc.lead, tc.partic, rev59Dump(d))
			}
		})
	}
}

// TestFixrev81aClosingDate: a sentence that only dates the work ("9月底前完成。") closing an item of
// several sentences dates each of them; a date in a clause with work of its own stays that clause's.
func TestFixrev81aClosingDate(t *testing.T) {
	for _, tc := range []struct {
		name, item, share, want string
	}{
		{"closing date alone", "（一）校园周边整治。县教育局负责校内排查。县公安局负责周边巡逻。9月底前完成。", "校内排查", "2025-09-30"},
		{"closing date with 全部", "（一）校园周边整治。县教育局负责校内排查。县公安局负责周边巡逻。于10月31日前全部完成。", "校内排查", "2025-10-31"},
		{"a date in a clause with work stays its own", "（一）校园周边整治。县教育局负责校内排查。县公安局负责周边巡逻，9月底前完成监控安装。", "校内排查", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fixrev81aParse(t, "某县2025年平安校园建设方案\n\n一、重点任务\n"+tc.item+"\n（二）加强宣传。6月底前开展安全宣传周活动。（县委宣传部负责）\n")
			x := fixrev81aTask(t, d, tc.share)
			var got []string
			for _, dl := range rev59Own(x) {
				got = append(got, dl.Date.String())
			}
			want := []string(nil)
			if tc.want != "" {
				want = []string{tc.want}
			}
			if !slices.Equal(got, want) {
				t.Errorf("task %q: own deadlines %v, want %v:%s", x.Title, got, want, rev59Dump(d))
			}
		})
	}
}

// TestFixrev81aInclusiveDay: a day without a year closed by （含）前 (the day counts) is a deadline of
// the plan's year, as the same words without the mark are.
func TestFixrev81aInclusiveDay(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"各单位于3月31日（含）前上报整改清单", "2025-03-31"},
		{"9月15日(含)以前完成验收", "2025-09-15"},
		{"请于11月20日（含）之前报送总结", "2025-11-20"},
		{"5月20日（含）召开推进会", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, dl := range ParseDeadlinesIn(tc.text, 2025) {
				got = append(got, dl.Date.String())
			}
			want := []string(nil)
			if tc.want != "" {
				want = []string{tc.want}
			}
			if !slices.Equal(got, want) {
				t.Errorf("ParseDeadlinesIn(%q) = %v, want %v", tc.text, got, want)
			}
		})
	}
}

// TestFixrev81aEveryYearEnd: a year's end that completes the year's work, in a sentence that says what
// is done every year, is every year's duty (due 12-31), not the plan's first year's deadline; a year's
// end for one piece of work stays a deadline.
func TestFixrev81aEveryYearEnd(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		yearly         bool
		own            string
	}{
		{"年底前完成年度…任务", "每年新建公共充电桩不少于500个，年底前完成年度建设任务。", true, ""},
		{"于年末全面完成当年…", "每年培训农村实用人才2000人次，于年末全面完成当年培训计划。", true, ""},
		{"one piece of work", "每年培训农村实用人才2000人次，年底前出台培训管理办法。", false, "2024-12-31"},
		{"no 每年", "新建公共充电桩不少于500个，年底前完成年度建设任务。", false, "2024-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fixrev81aParse(t, "某市2024—2026年新型基础设施建设行动方案\n\n一、主要任务\n（一）推进重点建设。"+tc.sentence+"（责任单位：市发展改革委）\n"+
				"（二）加强要素保障。2024年9月底前出台用地保障措施。（责任单位：市自然资源局）\n")
			x := fixrev81aTask(t, d, "推进重点建设")
			yearly := slices.Contains(fixrev81aRules(x.Recurring), "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")
			var own []string
			for _, dl := range rev59Own(x) {
				own = append(own, dl.Date.String())
			}
			want := []string(nil)
			if tc.own != "" {
				want = []string{tc.own}
			}
			if yearly != tc.yearly || !slices.Equal(own, want) {
				t.Errorf("task %q: recurring %v, own deadlines %v; want yearly %v, own %v:%s", x.Title, fixrev81aRules(x.Recurring), own, tc.yearly, want, rev59Dump(d))
			}
		})
	}
}

// TestFixrev81aGroupCellIsUnitList: a cell naming a group across a 、 (各市、县, 各区、县（市）) is a list of
// units, so a table's last row ending in it is whole and keeps its partners.
func TestFixrev81aGroupCellIsUnitList(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want bool
	}{
		{"各市、县", true},
		{"省财政厅、各市、县", true},
		{"各区、县（市）", true},
		{"招引顶尖人才20名、领军", false},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			if got := isUnitList(tc.cell); got != tc.want {
				t.Errorf("isUnitList(%q) = %v, want %v", tc.cell, got, tc.want)
			}
		})
	}
	t.Run("last row", func(t *testing.T) {
		d := fixrev81aParse(t, "某省2013年农村公路建设任务分工\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"+
			"1\t实施危桥改造\t省交通运输厅\t各市、县\t2013年10月底前\n"+
			"2\t推进村道硬化\t省交通运输厅\t省财政厅、各市、县\t\n")
		x := fixrev81aTask(t, d, "村道硬化")
		if !slices.Contains(x.Participating, "各市、县") || d.Truncated {
			t.Errorf("task %q: participating %q, truncated %v; want 各市、县 taking part, the text whole:%s", x.Title, x.Participating, d.Truncated, rev59Dump(d))
		}
	})
}

// TestFixrev81aShortenDropsClosingAside: a title too long to keep whole is cut before the bracketed
// aside that closes it, never inside it.
func TestFixrev81aShortenDropsClosingAside(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"全面排查城区燃气管网老化情况，10月底前完成老旧管网更新改造（县住建局牵头，县应急局配合）", "全面排查城区燃气管网老化情况，10月底前完成老旧管网更新改造"},
		{"全面排查城区燃气管网老化情况，完成老旧管网更新改造并建立长效巡检维护机制（县住建局牵头）", "全面排查城区燃气管网老化情况，完成老旧管网更新改造并建立长效…"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := shorten(tc.in, 30); got != tc.want {
				t.Errorf("shorten(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
