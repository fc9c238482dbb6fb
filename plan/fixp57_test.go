package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestFixp57YearBudgetAuditReview: the year's budget, its audit and a yearly review held are duties
// done every year ("纳入部门年度预算", "实行年度审计", "组织年度考核"); one year's are not ("2026年度预算",
// "本年度考核", "下一年度预算"), nor a report sent, a target's review or a review dated once.
func TestFixp57YearBudgetAuditReview(t *testing.T) {
	yearly := []string{
		"路灯维护经费纳入市政部门年度部门预算，财政局统筹保障",
		"街道按养护面积拟定年度绿化养护项目预算，报区财政局核定",
		"专项补助资金实行年度审计，审计结果向社会公开",
	}
	// "区教育局组织年度校车安全考核", "各镇开展年度河道保洁考核": a year's review held is every year's only
	// in a plan over several years (fixaudit57a: yearWorkSteps, one owner); TestFixAudit57_YearReviewOneRule.
	for _, s := range yearly {
		rs := ParseRecurring(s)
		if len(rs) != 1 || rs[0].Rule.String() != "FREQ=YEARLY" {
			t.Errorf("%s: got %v, want one yearly duty", s, rs)
		}
	}
	none := []string{
		"将所需经费列入2026年度预算",
		"本年度考核由区考核办组织",
		"各单位编制下一年度预算建议报区财政局",
		"审计机构于次年3月底前报送年度审计报告",
		"第三季度开展年度考核，结果纳入绩效评价",
		"区农业农村局开展年度目标考核自评",
		"跨年度实施的项目按进度拨付资金",
	}
	for _, s := range none {
		if rs := ParseRecurring(s); slices.ContainsFunc(rs, func(r Recurring) bool { return r.Rule.String() == "FREQ=YEARLY" }) {
			t.Errorf("%s: got %v, want no yearly duty", s, rs)
		}
	}
}

// TestFixp57CutNoteOpensWithWords: a note cut off with the text that opens with words before its
// labels ("(约束性指标,牵头单位:…") is read as it would be closed: the last item keeps its units.
func TestFixp57CutNoteOpensWithWords(t *testing.T) {
	text := "某县人民政府办公室关于印发某县发展纲要任务分工方案的通知\n" +
		"一、主要指标\n" +
		"1.森林覆盖率稳定在60%以上。(约束性指标,牵头单位:县林业局;责任单位:县自然资源局)\n" +
		"2.城镇登记失业率控制在4%以内。(预期性指标,牵头单位:县人社局;责任单位:县财政局,各乡镇,以下任务均需各乡镇落实,不再一"
	d, err := ParseText("cut.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tasks) != 2 {
		t.Fatalf("got %d tasks, want 2", len(d.Tasks))
	}
	last := d.Tasks[1]
	if !slices.Equal(last.Lead, []string{"县人社局"}) || !slices.Contains(last.Participating, "县财政局") {
		t.Errorf("cut item: lead %v partic %v, want lead [县人社局] with 县财政局 taking part", last.Lead, last.Participating)
	}
}

// TestFixp57PartOfThingIsNoUnit: a part or side of a thing or place ends in 部 as a department does
// and names no body: "井盖底部", "园区东部"; departments still read as units.
func TestFixp57PartOfThingIsNoUnit(t *testing.T) {
	for _, s := range []string{"井盖底部", "管廊内部", "园区东部", "桥墩根部", "灯杆顶部"} {
		if looksLikeUnit(s) {
			t.Errorf("%s reads as a unit", s)
		}
	}
	for _, s := range []string{"区党群工作部", "县委统战部", "招商部", "区委宣传部"} {
		if !looksLikeUnit(s) {
			t.Errorf("%s does not read as a unit", s)
		}
	}
	text := "某区人民政府办公室关于印发某区行道树养护工作方案的通知\n" +
		"一、养护要求\n" +
		"1.排水。树池底部应铺设10厘米碎石，便于排水。\n" +
		"2.巡查。区绿化所负责每月巡查一次行道树生长情况。\n"
	d, err := ParseText("tree.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range d.Tasks {
		if slices.Contains(tk.Lead, "树池底部") {
			t.Errorf("task %s led by 树池底部", tk.ID)
		}
	}
}

// TestFixp57ScheduleRowsAboveFirstHeading: a schedule flattened one cell a line whose first rows
// stand above its first heading (their group's heading lost) gives those rows as tasks: each duty
// line that names its units, dated by the time line after it. A notice's signature and its date
// are no such row.
func TestFixp57ScheduleRowsAboveFirstHeading(t *testing.T) {
	text := "创建文明城区工作责任分解及进度表\n" +
		"区城管局负责,区市场监管局配合,清理各类夜市占道经营行为。\n" +
		"2024年5月1日前\n" +
		"区住建局负责,各街道办事处配合,完成背街小巷路面修补.\n" +
		"2024年6月30日前\n" +
		"二\n环\n境\n" +
		"1、区级环卫机构健全,人员落实。\n" +
		"区编办负责落实环卫所编制;\n" +
		"2024年4月底之前\n"
	d, err := ParseText("sched.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		lead, partic []string
		date         string
	}{
		"清理各类夜市占道经营行为": {[]string{"区城管局"}, []string{"区市场监管局"}, "2024-05-01"},
		"完成背街小巷路面修补":   {[]string{"区住建局"}, []string{"各街道办事处"}, "2024-06-30"},
	}
	for words, w := range want {
		i := slices.IndexFunc(d.Tasks, func(tk Task) bool { return strings.Contains(tk.Text, words) })
		if i < 0 {
			t.Errorf("no task for %s", words)
			continue
		}
		tk := d.Tasks[i]
		if !slices.Equal(tk.Lead, w.lead) || !slices.Equal(tk.Participating, w.partic) || len(tk.Deadlines) != 1 || tk.Deadlines[0].Date.String() != w.date {
			t.Errorf("%s: lead %v partic %v dates %v, want %v %v %s", words, tk.Lead, tk.Participating, tk.Deadlines, w.lead, w.partic, w.date)
		}
	}
	signed := "某区人民政府办公室关于做好夏季防汛工作的通知\n各街道办事处、区有关部门:\n" +
		"现将有关事项通知如下。\n一、压实责任\n1.各街道要于6月10日前完成隐患排查。\n" +
		"某区人民政府办公室（代章）\n2024年5月20日\n"
	d, err = ParseText("signed.txt", signed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range d.Tasks {
		for _, dl := range tk.Deadlines {
			if dl.Date.String() == "2024-05-20" {
				t.Errorf("the signature's date dates task %s %q", tk.ID, tk.Text)
			}
		}
		if strings.HasPrefix(tk.Text, "某区人民政府办公室") {
			t.Errorf("the signature read as a task: %s %q", tk.ID, tk.Text)
		}
	}
}
