package plan

import (
	"strings"
	"testing"
)

// TestAudit62_TitleGoesOnAfterWholeTitle: a title line that ends as a title goes on over a line
// opening with a conjunction ("…工作要点" then "暨…活动方案"), but 和美乡村, 和谐社区 and 及时 open with
// a word, not a conjunction: a whole title over another title is two titles.
func TestAudit62_TitleGoesOnAfterWholeTitle(t *testing.T) {
	tests := []struct {
		name, l, next string
		want          bool
	}{
		{"和美 opens a word", "某县农村人居环境整治提升工作方案", "和美乡村建设三年行动方案", false},
		{"和谐 opens a word", "某区平安建设工作要点", "和谐社区创建实施方案", false},
		{"及时 opens a word", "某市安全生产专项整治工作方案", "及时处置突发事件工作方案", false},
		{"暨 after a whole title", "某县2025年民族团结进步创建工作要点", "暨示范县创建活动方案", true},
		{"及 after the year's work", "某市《政府工作报告》2025年重点工作", "及民生项目任务分解方案", true},
	}
	for _, tt := range tests {
		if got := titleGoesOn(tt.l, tt.next); got != tt.want {
			t.Errorf("%s: titleGoesOn(%q, %q) = %v, want %v", tt.name, tt.l, tt.next, got, tt.want)
		}
	}
}

// TestAudit62_GazetteHeaderIsAPlace: a gazette's running header is a government's name and 政府公报
// ("福建省人民政府公报"); a flat table's cell or a short line of a 政务公开 plan that ends on the words
// ("办好用好政府公报", "规范县政府公报") is the plan's text, not a page's header.
func TestAudit62_GazetteHeaderIsAPlace(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"task cell: 办好用好", "办好用好政府公报", false},
		{"task cell: 规范县", "规范县政府公报", false},
		{"task cell: 推进", "推进市政府公报", false},
		{"province gazette", "福建省人民政府公报", true},
		{"city gazette with its issue", "三明市人民政府公报 2025年第3期", true},
		{"district gazette", "浦东新区人民政府公报", true},
	}
	for _, tt := range tests {
		if got := junkLine(tt.line); got != tt.want {
			t.Errorf("%s: junkLine(%q) = %v, want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

// TestAudit62_CutOffProgressShare: a task's count at a day of the plan's year that says what share of
// the year's plan is done ("完成年度目标的80%", "占年度计划的64%") reports progress (a 进展 cell), with or
// without 已: no target to reach by that day.
func TestAudit62_CutOffProgressShare(t *testing.T) {
	t.Skip("left open: statedCount is shared with cutOffReading; a share of the year's plan with 以上 is a target, and telling the two apart needs its own rule")
	tests := []struct{ name, text string }{
		{"share of the year's target", "1.加强养老服务。截至2024年6月底，全市累计建成养老机构35家，完成年度目标的80%。"},
		{"share of the year's plan", "2.推进重点项目。截至2024年9月底，累计完成投资3.2亿元，占年度计划的64%。"},
	}
	for _, tt := range tests {
		if got := CutOffTargetsOfYear(tt.text, 2024, nil); len(got) != 0 {
			t.Errorf("%s: CutOffTargetsOfYear(%q) = %v, want none", tt.name, tt.text, got)
		}
	}
}

// TestAudit62_SubRowOpeningOnADate: in a task list copied one cell a line, a row's line after its time
// cell that holds a date is more of that cell only if it is no task of its own: a sub-row whose task
// opens on its year ("2025年底前完成20个古村落数字化建档", its units and its time after it) is a task,
// not the first row's second step.
func TestAudit62_SubRowOpeningOnADate(t *testing.T) {
	d := rev66Parse(t, "某县2025年文旅融合任务清单\n\n序号\n重点任务\n责任单位\n完成时限\n"+
		"1\n打造传统村落文旅品牌\n县文旅局\n2025年6月底前\n"+
		"2025年底前完成20个古村落数字化建档\n县文旅局、县档案馆\n2025年12月底前\n"+
		"2\n举办乡村音乐节\n县文旅局、县融媒体中心\n2025年9月底前\n")
	found := false
	for _, tk := range d.Tasks {
		if strings.Contains(tk.Text, "数字化建档") && !strings.Contains(tk.Text, "文旅品牌") {
			found = true
		}
	}
	if !found {
		t.Errorf("no task of its own for the sub-row 数字化建档:%s", rev59Dump(d))
	}
}
