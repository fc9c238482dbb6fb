package plan

import (
	"slices"
	"strings"
	"testing"
)

// fixq64bTask parses a small notice whose one part holds items, and returns the task whose text holds
// anchor (nil when none does).
func fixq64bTask(t *testing.T, items, tail, anchor string) (*Document, *Task) {
	t.Helper()
	text := "某市交通运输局关于开展2025年桥梁隧道安全检查工作的通知\n一、工作要求\n（一）明确检查对象。市公路中心应梳理全市桥梁隧道清单，建立台账。\n" + items + tail
	d, err := ParseText("fixq64b.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Text, anchor) {
			return d, &d.Tasks[i]
		}
	}
	return d, nil
}

// TestFixq64b_UnitsThenDuty: a list of units, a comma, then what they go by and their duty ("…，根据
// 职责分工负责…", with or without a comma after the basis), however long the list, is the task's lead.
func TestFixq64b_UnitsThenDuty(t *testing.T) {
	for _, tc := range []struct {
		name, item, anchor string
		lead               []string
	}{
		{"basis without comma", "（二）强化隧道复查。市路政支队、市养护中心，根据职责分工负责牵头隧道复查，对拒不整改的业主依法查处。市交通运输局将适时通报检查情况。\n", "依法查处", []string{"市路政支队", "市养护中心"}},
		{"long list with comma", "（二）强化桥梁复查。市交通工程质量监督站、市公路事业发展中心及各区交通管理部门和公路养护部门，按照职责分工，负责牵头桥梁复查，对拒不整改的业主依法查处。市交通运输局将适时通报检查情况。\n", "依法查处",
			[]string{"市交通工程质量监督站", "市公路事业发展中心", "各区交通管理部门", "公路养护部门"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, task := fixq64bTask(t, tc.item, "", tc.anchor)
			if task == nil {
				t.Fatalf("no task holds %q", tc.anchor)
			}
			if !slices.Equal(task.Lead, tc.lead) {
				t.Errorf("lead %v, want %v", task.Lead, tc.lead)
			}
		})
	}
}

// TestFixq64b_ShortNameAside: a list of bodies the plan calls by its first member's name in brackets
// ("（以下简称“…”）") before its verb is read whole, not cut at a verb-like word inside the first name
// (各区建设…: 建设).
func TestFixq64b_ShortNameAside(t *testing.T) {
	for _, tc := range []struct {
		name, item, anchor string
		lead               []string
	}{
		{"group with its short name", "（二）属地检查。各区建设管理部门、临港新片区管委会（以下简称“各区建设管理部门”）应委托专业机构，对辖区内桥梁开展全面检查。\n", "属地检查",
			[]string{"各区建设管理部门", "临港新片区管委会"}},
		{"short name without quotes", "（二）道路检查。各区建设交通部门、各开发区管委会（以下简称各区建设交通部门）要对辖区内道路开展全面检查。\n", "道路检查",
			[]string{"各区建设交通部门", "各开发区管委会"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, task := fixq64bTask(t, tc.item, "", tc.anchor)
			if task == nil {
				t.Fatalf("no task holds %q", tc.anchor)
			}
			if !slices.Equal(task.Lead, tc.lead) {
				t.Errorf("lead %v, want %v", task.Lead, tc.lead)
			}
		})
	}
}

// TestFixq64b_NoSubjectInsideSentence: inside a sentence, a clause that names a unit before a comma
// and a basis ("…，协调桥梁所属行业管理部门，结合年度巡查，督促…") is what the subject does, not a new
// subject; and "区级" after a list of work is a level, no unit ("牵头市级抽查和区级巡查").
func TestFixq64b_NoSubjectInsideSentence(t *testing.T) {
	for _, tc := range []struct {
		name, item, anchor string
		lead, partic       []string
	}{
		{"verb clause inside a sentence", "（二）推进汛前排查。区交通局要结合本区实际，联合本区城管部门，协调桥梁所属行业管理部门，结合年度区级巡查，督促养护单位开展汛前排查。\n", "汛前排查",
			[]string{"区交通局"}, []string{"本区城管部门", "桥梁所属行业管理部门"}},
		{"level word after work", "（二）强化复查。区交通局负责牵头市级抽查和区级巡查整改后项目的复查。\n", "整改后项目",
			[]string{"区交通局"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, task := fixq64bTask(t, tc.item, "", tc.anchor)
			if task == nil {
				t.Fatalf("no task holds %q", tc.anchor)
			}
			if !slices.Equal(task.Lead, tc.lead) || !slices.Equal(task.Participating, tc.partic) {
				t.Errorf("lead %v partic %v, want %v %v", task.Lead, task.Participating, tc.lead, tc.partic)
			}
			for _, x := range d.Tasks {
				for _, u := range x.Units() {
					if strings.HasPrefix(u, "协调") || strings.HasSuffix(u, "和区") {
						t.Errorf("task %s names %q as a unit", x.ID, u)
					}
				}
			}
		})
	}
}

// TestFixq64b_AttachmentListOfYearTitles: the list of attachments after a notice's last item, whose
// titles open with a year ("1.2025年…汇总表"), is neither that item's words nor tasks of its own.
func TestFixq64b_AttachmentListOfYearTitles(t *testing.T) {
	for _, tc := range []struct{ name, tail string }{
		{"every title with a year", "附件：\n1.2025年桥梁检查汇总表\n2.2025年隧道检查进度表\n3.2025年桥梁隧道年末检查细则（试行）\n2025年3月1日\n"},
		{"titles with and without a year", "附件：\n1.2025年桥梁检查汇总表\n2.全市重点桥梁名录\n3.2025年桥梁隧道年末检查细则（试行）\n2025年3月1日\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, task := fixq64bTask(t, "（二）加强跟踪指导。请各区交通局加强日常管理，抓好各项工作落实。\n", tc.tail, "加强跟踪指导")
			if task == nil {
				t.Fatal("no task for the last item")
			}
			if strings.Contains(task.Text, "汇总表") || strings.Contains(task.Text, "细则") {
				t.Errorf("last item's text holds the attachments: %q", task.Text)
			}
			for _, x := range d.Tasks {
				if strings.Contains(x.Title, "细则") || strings.Contains(x.Title, "汇总表") {
					t.Errorf("attachment read as task %s %q", x.ID, x.Title)
				}
			}
		})
	}
}

// TestFixq64b_NumberAfterTitleWithQuotedName: a notice's title whose plan's name holds a name in
// quotes ("印发2024年《政府工作报告》重点任务分解方案的通知"), its number after it on the line, gives
// the plan its number, whatever words (落实) the name holds.
func TestFixq64b_NumberAfterTitleWithQuotedName(t *testing.T) {
	for _, tc := range []struct{ name, line, want string }{
		{"name with 落实", "关于印发2024年《政府工作报告》重点任务分解落实方案的通知 苏政发〔2024〕7号 |", "苏政发〔2024〕7号"},
		{"name with a year after the quotes", "某市人民政府关于印发《政府工作报告》2024年目标任务责任分解方案的通知 某政发〔2024〕12号", "某政发〔2024〕12号"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.line + "\n各县（市、区）人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n一、重点任务\n（一）推进项目建设。市发展改革委负责重大项目建设，2024年6月底前开工10个项目。\n（二）优化营商环境。市数据局负责政务服务改革，2024年9月底前完成。\n"
			d, err := ParseText("fixq64b-number.txt", text, Options{})
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if d.Number != tc.want {
				t.Errorf("number %q, want %q", d.Number, tc.want)
			}
		})
	}
}
