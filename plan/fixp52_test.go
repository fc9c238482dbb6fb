package plan

import (
	"slices"
	"testing"
)

// fixp52Task is the task of d whose title is title, nil when none is.
func fixp52Task(d *Document, title string) *Task {
	for i := range d.Tasks {
		if d.Tasks[i].Title == title {
			return &d.Tasks[i]
		}
	}
	return nil
}

// TestFixp52_LabelKindInBrackets: a responsibility label may write its kind in brackets before its
// colon ("责任单位（部门）：", "责任单位及承办科室（单位）："); it is the label, and its list the units,
// not a unit named "及承办科室".
func TestFixp52_LabelKindInBrackets(t *testing.T) {
	tests := []struct {
		name, text, title string
		lead              []string
	}{
		{"责任单位（部门）", "某市实施细则\n一、推动项目平稳交付\n可视具体情况适当顺延交房期限。\n责任单位（部门）：市住房城乡建设局、市房管中心。\n", "推动项目平稳交付", []string{"市住房城乡建设局", "市房管中心"}},
		{"责任单位及承办科室(单位)", "某市实施细则\n一、完善供气配套设施\n1. 房地产开发项目红线内供气设施，与工程建设同步实施。\n2. 开发企业委托供气企业建设。\n3. 责任单位及承办科室(单位)：市住房城乡建设局，各县区、 园区燃气管理部门、各燃气企业。\n", "房地产开发项目红线内供气设施，与工程建设同步实施", []string{"市住房城乡建设局", "各县区", "园区燃气管理部门", "各燃气企业"}},
		{"牵头单位（部门）", "某县工作方案\n一、重点任务\n1. 开展农村人居环境整治。牵头单位（部门）：县农业农村局\n2. 开展河道清理。牵头单位（部门）：县水利局\n", "开展农村人居环境整治", []string{"县农业农村局"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("x.txt", tc.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			task := fixp52Task(d, tc.title)
			if task == nil {
				t.Fatalf("no task %q among %d", tc.title, len(d.Tasks))
			}
			for _, u := range tc.lead {
				if !slices.Contains(task.Lead, u) {
					t.Errorf("lead %v, want %s among them", task.Lead, u)
				}
			}
			if len(task.Lead) != len(tc.lead) {
				t.Errorf("lead %v, want %v", task.Lead, tc.lead)
			}
		})
	}
}
