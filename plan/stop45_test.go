package plan_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// firstRule is the rule of the first duty ParseRecurring reads in text, "" when it reads none.
func firstRule(text string) string {
	if rs := plan.ParseRecurring(text); len(rs) > 0 {
		return rs[0].Rule.String()
	}
	return ""
}

// taskWith is the task of d whose text holds s, nil when none does.
func taskWith(d *plan.Document, s string) *plan.Task {
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Text, s) {
			return &d.Tasks[i]
		}
	}
	return nil
}

// TestStop45Units: parties stop 45's material named in ways the reader missed.
func TestStop45Units(t *testing.T) {
	for _, tc := range []struct {
		name, item, task string
		lead             []string
	}{
		{"a merged bureau named after its work, without its level", "1.生产总值增长6.5%。(发展改革和统计局负责)", "生产总值", []string{"发展改革和统计局"}},
		{"the formal name of the development commission, without its level", "1.收入增长7%。(发展和改革委员会负责)", "收入增长", []string{"发展和改革委员会"}},
		{"a merged bureau beside another, by their shares", "1.收入增长领先。(发展改革和统计局、农业农村局按职责分工负责)", "收入增长", []string{"发展改革和统计局", "农业农村局"}},
		{"roles named as parties, the 各 written once", "1.各责任单位、配合单位要建立工作台账,加强日常调度。", "工作台账", []string{"各责任单位"}},
		{"an agent after 由 that takes measures (采取)", "1.对履职差的责任单位及其责任人，由区交建局采取责令更换责任人等行政处理措施。", "行政处理措施", []string{"区交建局"}},
		{"a sector's department named after its work, in a 由 list", "1.不能满足要求时，由项目所在区建设管理部门、发展改革管理部门组织专项技术论证。", "技术论证", []string{"项目所在区建设管理部门", "发展改革管理部门"}},
		{"the inspection office (督查办) is an office, not a verb", "1.各配合单位要及时报送责任单位。区政府督查办要采取面上督查和暗访检查的方式,加强督促检查。", "暗访检查", []string{"区政府督查办"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "某市2024年重点工作分工方案\n一、主要目标\n" + tc.item + "\n"
			d, err := plan.ParseText("u.txt", text, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			tk := taskWith(d, tc.task)
			if tk == nil {
				t.Fatalf("no task holds %q", tc.task)
			}
			if !slices.Equal(tk.Lead, tc.lead) {
				t.Errorf("lead %q, want %q", tk.Lead, tc.lead)
			}
		})
	}
	t.Run("one who is asked to bring a matter up (提请) is no party", func(t *testing.T) {
		text := "某市2024年重点工作分工方案\n一、工作要求\n1.市财政局要统筹资金。\n2.对于办理难度大的责任事项,要及时报告困难和问题,提请区人民政府统筹协调解决。\n"
		d, err := plan.ParseText("u.txt", text, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range d.Tasks {
			for _, u := range append(slices.Clone(tk.Lead), tk.Participating...) {
				if strings.HasPrefix(u, "提请") {
					t.Errorf("task %s names %q", tk.Number, u)
				}
			}
		}
	})
}

// TestStop45NoticeDuties: a notice's paragraphs above its first heading give duties of their own.
func TestStop45NoticeDuties(t *testing.T) {
	t.Run("a recurring report in the notice above the plan's headings", func(t *testing.T) {
		text := "某某市人民政府关于明确2024年重点工作责任单位的通知\n各开发区管理办公室,各镇人民政府,市人民政府各部门:\n现将2024年重点工作任务予以分解并明确到各责任单位。各责任单位要尽快制定落实方案和台账。每季度末,各责任单位要向市政府报告重点工作进展情况。\n一、经济社会发展主要目标\n1.生产总值增长6.5%。(发展改革和统计局负责)\n2.一般公共预算收入增长5.5%。(财政局负责)\n"
		d, err := plan.ParseText("n.txt", text, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		tk := taskWith(d, "每季度末")
		if tk == nil {
			t.Fatalf("no task holds the quarterly report; tasks %d", len(d.Tasks))
		}
		if !slices.Equal(tk.Lead, []string{"各责任单位"}) || len(tk.Recurring) == 0 {
			t.Errorf("lead %q, recurring %v; want 各责任单位 and a quarterly duty", tk.Lead, tk.Recurring)
		}
	})
	t.Run("a notice whose plan is cut off: its opening paragraph's dated duty", func(t *testing.T) {
		text := "市人民政府办公室关于分解落实《政府工作报告》的通知\n各区、镇、办事处,市政府各部门:\n2017年是新一届政府开局之年。经市人民政府同意,现将《政府工作报告》确定的工作任务进行责任分解,请各地、各部门于2017年1月23日前将贯彻落实方案意见报市政府政务督查室。\n2017年1月13日\n一、加快转型升级,提升产业竞争力\n突出工业主体地位。投资200亿元,实施工业项目。\n"
		d, err := plan.ParseText("n.txt", text, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		tk := taskWith(d, "2017年1月23日前")
		if tk == nil {
			t.Fatalf("no task holds the dated duty; tasks %d", len(d.Tasks))
		}
		got := fmt.Sprint(tk.Lead, tk.Deadlines[0].Date)
		if got != "[各地 各部门] 2017-01-23" {
			t.Errorf("got %s, want [各地 各部门] 2017-01-23", got)
		}
	})
}

// TestStop45Dates: date and duty forms deadline forms 22 taught the reader.
func TestStop45Dates(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"days of one month, the first without its 日", "(一)4月1—11日为宣传发动阶段。", "2010-04-11"},
		{"days of one month joined by 至", "4月22至25日开展集中整治。", "2010-04-25"},
		{"a month and a day alone are no span", "4月10-15开展", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if ds := plan.ParseDeadlinesIn(tc.text, 2010); len(ds) > 0 {
				got = ds[0].Date.String()
			}
			if got != tc.want {
				t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	for _, tc := range []struct{ name, text, want string }{
		{"twice a year, as an inspection table writes it", "从本年度审批的环评报告中进行抽查。2次/年", "FREQ=MONTHLY;INTERVAL=6"},
		{"once a year, so", "现场检查 1次/年 100%", "FREQ=YEARLY"},
		{"twice a year after 每年", "抽查频次：每年2次", "FREQ=MONTHLY;INTERVAL=6"},
		{"twice a month", "每月开展2次巡查。", "FREQ=WEEKLY;INTERVAL=2"},
		{"every odd month by its 10th", "每单月10日前将进展情况报送水利部。", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10"},
		{"every second month by its 10th", "每两个月10日前将进展情况报送市政府。", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10"},
		{"spring and autumn", "春秋两季分别对所有易感家畜进行一次集中免疫。", "FREQ=MONTHLY;INTERVAL=6"},
		{"a one-off is no duty", "每年新增一次性补贴100万元。", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstRule(tc.text)
			if got != tc.want {
				t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestStop45ProgressTableRow: a progress table's row whose progress cell names each unit's part in a
// paragraph of its own, the second set after the unit cell, is one task, not two of one title.
func TestStop45ProgressTableRow(t *testing.T) {
	text := "某区2019年第二季度重点工作任务落实情况表\n\n序号\n\n主要任务\n\n进展情况\n\n责任单位\n\n\n1\n\n重点打造儒商总部大厦特色楼宇。\n\n区投促局:对楼宇信息全面掌握,已开始重点推介。\n\n区投促局、\n\n大观园街道办事处\n\n\n大观园街道办事处:目前项目竣工手续完备,已具备开业条件。\n\n\n2\n\n重点打造国华时代广场特色楼宇。\n\n区投促局:已开始针对楼宇行业特色进行重点推介。\n\n区投促局、\n\n舜耕街道办事处\n\n\n舜耕街道办事处:楼宇已完成招商。\n"
	d, err := plan.ParseText("p.txt", text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, tk := range d.Tasks {
		if strings.Contains(tk.Title, "儒商总部大厦") {
			n++
			if !slices.Contains(tk.Lead, "大观园街道办事处") {
				t.Errorf("lead %q, want 大观园街道办事处 among them", tk.Lead)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d tasks of the row, want 1", n)
	}
}

// TestStop45NewsDivision: a news report that divides the work among several bodies in one paragraph
// is read for those duties, and placed in the province its bodies are named with, not in a prefecture
// of the same short name or a city in its dateline.
func TestStop45NewsDivision(t *testing.T) {
	text := "海南今年实施9件为民办实事事项\n发布日期: 2022-02-23 15:54:11 来源: 中国新闻网\n中新网海口2月23日电 海南省多部门23日召开新闻发布会,公布今年实施9件为民办实事事项。\n其中,海南省卫健委负责适龄女生HPV疫苗接种等四个项目;海南省教育厅负责初中教室照明改造和全省中小学生视力监测两个项目;海南省地方金融监督管理局负责农民小额贷款贴息项目;海南省住建厅负责乡镇标准示范生活垃圾分类屋(亭)建设项目。\n在教育领域,海南将为全省公办普通初中6329间普通教室进行照明改造。\n"
	d, err := plan.ParseText("n.txt", text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.City != "海南省" {
		t.Errorf("placed in %q, want 海南省", d.City)
	}
	if tk := taskWith(d, "照明改造和"); tk == nil || len(tk.Lead) != 1 {
		t.Errorf("no task of the education department's share: %v", tk)
	}
}

// TestStop45PeriodStarts: a duty due within days of each period's start.
func TestStop45PeriodStarts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"每季度初10日内要完成存量住宅用地信息更新。", "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"},
	} {
		got := firstRule(tc.text)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStop45StateCouncilList: a partners' list widened by "等国务院相关部门" names its units, not the last
// with the widening words.
func TestStop45StateCouncilList(t *testing.T) {
	text := "某某改革实施意见\n一、重点任务\n1.2020年底前基本实现增值税专用发票电子化。（税务总局牵头，人民银行、海关总署等国务院相关部门按职责分工负责）\n"
	d, err := plan.ParseText("s.txt", text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tk := taskWith(d, "专用发票")
	if tk == nil || !slices.Equal(tk.Participating, []string{"人民银行", "海关总署"}) {
		t.Errorf("task %+v, want 人民银行 and 海关总署 taking part", tk)
	}
}
