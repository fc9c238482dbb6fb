package plan

import (
	"slices"
	"testing"
)

// Fixes for audit 59 (plan/audit59_test.go, the share of fixaudit59a). Each case is text written for
// this fix.

// TestFixaudit59a_GuideThenOwnDuty: a guide before a subject with a duty of its own (not carrying
// out the guided work) is no partner of that duty; before one that carries it out, it is.
func TestFixaudit59a_GuideThenOwnDuty(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		guidePartic bool
	}{
		{"own duty", "县农业农村局做好技术指导，县市场监管局负责农资市场抽检。", false},
		{"carries out", "县农业农村局做好技术指导，各乡镇按照职责分工组织实施。", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某县2025年春耕生产工作方案\n\n一、重点任务\n（一）保障春耕。"+tc.words+"\n"+
				"（二）加强资金保障。6月底前下达补助资金。（县财政局负责）\n")
			got := false
			for i := range d.Tasks {
				if slices.Contains(d.Tasks[i].Participating, "县农业农村局") {
					got = true
				}
			}
			if got != tc.guidePartic {
				t.Errorf("guide a partner: %v, want %v:%s", got, tc.guidePartic, rev59Dump(d))
			}
		})
	}
}

// TestFixaudit59a_ClosingDateSkipsRecurring: a date closing an item in a sentence of its own dates its
// one-off clauses, not one whose frequency says its time.
func TestFixaudit59a_ClosingDateSkipsRecurring(t *testing.T) {
	d := rev66Parse(t, "某区2025年河道保洁工作方案\n\n一、重点任务\n"+
		"（一）河道保洁。区水务局负责每周组织一次河面巡查，区城管局负责清理沿河垃圾。8月底前完成。\n"+
		"（二）其他。10月底前完成。（区财政局负责）\n")
	dated := false
	for i := range d.Tasks {
		x := &d.Tasks[i]
		if len(x.Recurring) > 0 && len(rev59Own(x)) > 0 {
			t.Errorf("task %q: recurring %v and deadlines %v:%s", x.Title, rev75Freqs(x), x.Deadlines, rev59Dump(d))
		}
		if len(x.Recurring) == 0 && slices.Contains(x.Lead, "区城管局") && len(x.Deadlines) > 0 {
			dated = true
		}
	}
	if !dated {
		t.Errorf("the one-off clause lost its closing date:%s", rev59Dump(d))
	}
}

// TestFixaudit59a_DatedPeriodReview: a period's review held by a verb and dated once is that one
// review; undated, it is the period's duty as before.
func TestFixaudit59a_DatedPeriodReview(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		recurring   bool
	}{
		{"dated once", "12月前组织开展半年度绩效评价。", false},
		{"undated", "组织开展季度考核。", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(ParseRecurring(tc.words)) > 0; got != tc.recurring {
				t.Errorf("ParseRecurring(%q) = %v, want recurring %v", tc.words, ParseRecurring(tc.words), tc.recurring)
			}
		})
	}
}

// TestFixaudit59a_CountyNoticeWholeCity: 全市 in a notice that speaks as a county (县直, 全县, 各乡镇)
// is its parent city's: the number's first character places it in no city; in a city's notice it
// still does.
func TestFixaudit59a_CountyNoticeWholeCity(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"county", "关于印发秸秆禁烧工作方案的通知\n温政办〔2025〕12号\n各乡镇人民政府，县直各单位：\n按照全市工作安排，现将方案印发给你们。\n\n一、重点任务\n（一）禁烧巡查。5月底前完成。（县生态环境局负责）\n", ""},
		{"city", "关于做好全市秸秆禁烧工作的通知\n邕府发〔2025〕3号\n\n一、重点任务\n（一）禁烧巡查。5月底前完成。（市生态环境局负责）\n", "南宁市"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := rev66Parse(t, tc.text); d.City != tc.want {
				t.Errorf("city %q, want %q", d.City, tc.want)
			}
		})
	}
}
