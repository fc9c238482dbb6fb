package plan

import "testing"

// TestFixrev83bShortenMarksEnumerationCut: a title is not cut at a list's 、, as the name before the 、
// is one of several, not the clause's end: at the clause's comma before it; a cut at a clause comma stays.
func TestFixrev83bShortenMarksEnumerationCut(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"设立企业服务专窗，2025年3月底前在县、乡（镇）两级便民服务中心实现全面覆盖并公布电话", "设立企业服务专窗"},
		{"组织开展全县农村饮水安全隐患排查工作，对各行政村集中供水工程逐一建立问题台账并按月销号", "组织开展全县农村饮水安全隐患排查工作"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := shortenTitle(tc.in, 30); got != tc.want {
				t.Errorf("shortenTitle(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

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
