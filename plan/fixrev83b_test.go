package plan

import "testing"

// TestFixrev83bPlanBegins: a plan for one year its title names begins with that year; a span of
// years, a school year or no year gives no start.
func TestFixrev83bPlanBegins(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  Day
	}{
		{"丰和县2028年防汛抗旱工作要点", Day{2028, 1, 1}},
		{"丰和县二〇二八年度河湖管理工作计划", Day{2028, 1, 1}},
		{"丰和县河湖管理三年行动方案（2026—2028年）", Day{}},
		{"丰和县2027—2028学年校园安全工作方案", Day{}},
		{"丰和县河湖管理工作方案", Day{}},
		{"丰和县2028年城乡供水保障提升工作方案", Day{}}, // a plan's own dates may start before its year
	} {
		t.Run(tc.title, func(t *testing.T) {
			if got := PlanBegins(tc.title); got != tc.want {
				t.Errorf("PlanBegins(%q) = %v, want %v", tc.title, got, tc.want)
			}
		})
	}
	d, err := ParseText("fixrev83b.txt", "丰和县2028年防汛抗旱工作要点\n\n一、压实责任\n1．召开防汛工作会议，每季度召开一次。\n责任单位：县水利局\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Begins != (Day{2028, 1, 1}) || len(d.Tasks) == 0 || d.Tasks[0].Doc == nil || d.Tasks[0].Doc.Begins != d.Begins {
		t.Errorf("parsed plan begins %v (tasks %d); want 2028-01-01 on the plan and its tasks' reference", d.Begins, len(d.Tasks))
	}
}
