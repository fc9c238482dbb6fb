package bot

import (
	"context"
	"strings"
	"testing"
)

// fixq64bPlan is a city bureau's notice of this year's requirements, written for these tests: its
// first item's second sentence gives a date (the parser splits the item there), its other items give
// none or one of their own.
const fixq64bPlan = `杭州市林业水利局关于发布2025年本市水土保持工作要求的通知
一、工作目标
全面推进水土保持治理。
二、工作要求
（一）开展治理成效评估。市水土保持监测站应按照规划要求开展评估工作，编制评估报告。请各区林业水利部门于4月底前报送治理项目清单。
（二）落实监督管理。请各区林业水利部门进一步强化水土保持监督管理，健全管控程序。
（三）加强宣传教育。鼓励通过现场展示等方式开展水土保持宣传活动，请各区林业水利部门积极组织培训。
（四）推进重点工程建设。请各区林业水利部门于6月底前完成重点工程年度任务。
`

// fixq64bBulletin is a county's bulletin whose untitled item lists several matters, one a clause, each
// with its own date or none.
const fixq64bBulletin = `宁陕县2024年县政府常务会议议定事项督查情况的通报
一、总体情况
本次共督查事项20件。
二、需要加快推进的事项
2.在督查中发现,需要加快推进落实事项3件,如县交通局负责的“加快推进农村公路提升改造,提高道路通行能力。”截至目前,已完成改造12公里;县住建局负责的“紧盯棚户区改造项目9月底前完工的时间节点,加快推进项目实施。”截至目前,已完工2个;县卫健局负责的“切实抓好县医院门诊楼项目建设。”截至目前,主体已封顶。
`

var fixq64bShared sharedIndex

func fixq64bAsk(t *testing.T, s string) Answer {
	t.Helper()
	ix := fixq64bShared.get(t, "fixq64b", false, fixq64bPlan, fixq64bBulletin)
	a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-07")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestFixQ64b_NoTimeByItem: asked which tasks give no time, an item one of whose clauses gives a date
// ("…编制评估报告。请各区…于4月底前报送…") has its time node: none of its clauses is listed, while the
// items that give none are. An item with no heading that lists several matters has each listed as
// it gives a time or none.
func TestFixQ64b_NoTimeByItem(t *testing.T) {
	for _, c := range []struct {
		name, q     string
		want, never []string
	}{
		{"no time node", "杭州水土保持工作要求里哪些任务没写时间节点?", []string{"落实监督管理", "加强宣传教育"}, []string{"治理成效评估", "评估报告", "重点工程"}},
		{"no deadline", "杭州水土保持工作要求中哪些工作没有明确完成时间?", []string{"落实监督管理"}, []string{"评估报告", "重点工程"}},
		{"matters of an untitled item", "宁陕县通报里哪些事项没写完成时限?", []string{"农村公路", "县卫健局"}, []string{"棚户区", "县住建局"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq64bAsk(t, c.q)
			for _, w := range c.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range c.never {
				if strings.Contains(a.Text, w) {
					t.Errorf("answer lists %q, an item with a date:\n%s", w, a.Text)
				}
			}
		})
	}
}

// TestFixQ64b_ResultAskedWithMei: a question that ends in 没 (没有) after a verb of result asks whether
// it was reached, as 了吗 does; 有活没 stays what it was.
func TestFixQ64b_ResultAskedWithMei(t *testing.T) {
	for _, c := range []struct{ name, in, want, not string }{
		{"held", "城镇新增就业控制住没?", "控制住了吗", "住没"},
		{"finished with 没有", "棚户区改造办完没有", "办完了吗", "没有"},
		{"with 了", "这批项目建成了没?", "建成了吗", "了了"},
		{"work on a plate", "区商务局有活没", "有哪些任务", "了吗"},
		{"meeting that passed it", "那个方案是哪次常务会过的", "会议通过的", "会过"},
		{"people's congress", "工作报告是哪次人大会上过的?", "人大会议通过的", "会上过"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := normalizePhrasing(c.in)
			if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
				t.Errorf("normalizePhrasing(%q) = %q, want it to hold %q and not %q", c.in, got, c.want, c.not)
			}
		})
	}
}

// fixq64bNotice is a district's plan passed at a meeting on a day its forwarding sentence writes.
const fixq64bNotice = `徐汇区背街小巷环境整治实施方案
徐建委〔2031〕12号
各街道办事处，区各有关部门：
《徐汇区背街小巷环境整治实施方案》已经2031年3月9日区政府第45次常务会议通过，现印发给你们，请认真遵照执行。
一、主要任务
（一）整治路面破损。区建设管理委负责背街小巷路面修复，2031年6月底前完成。
（二）规范占道经营。区城管执法局负责查处占道经营行为，2031年9月底前完成。
`

var fixq64bNoticeShared sharedIndex

// TestFixQ64b_DayOfTheMeeting: asked which day a meeting passed the plan, the sentence that says so is
// quoted with its day written as YYYY-MM-DD, as answers give days.
func TestFixQ64b_DayOfTheMeeting(t *testing.T) {
	ix := fixq64bNoticeShared.get(t, "fixq64b-notice", false, fixq64bNotice)
	for _, q := range []string{"徐汇背街小巷方案是哪天常务会议通过的?", "徐汇背街小巷整治方案是哪个单位发的?哪天常务会议通过的?"} {
		t.Run(q, func(t *testing.T) {
			a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: q, Now: fixedClock("2031-12-07")()})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "2031-03-09") {
				t.Errorf("answer lacks 2031-03-09:\n%s", a.Text)
			}
		})
	}
}
