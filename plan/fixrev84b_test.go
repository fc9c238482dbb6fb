package plan

import (
	"slices"
	"testing"
)

// Fixes of review 84's unit tests, tried on forms the review did not write.

// TestFixRev84b_LabelsAndGroups: a 协调部门 label is no unit; 等 before a county's bracketed group
// is trimmed; levels counted once and a town's bracketed bodies are one party each.
func TestFixRev84b_LabelsAndGroups(t *testing.T) {
	for _, tc := range []struct {
		name, note string
		want       []string
	}{
		{"协调部门 label", "牵头单位：县商务局；协调部门：县财政局", []string{"县商务局", "县财政局"}},
		{"等县（市）直", "县发展改革局、县工业和信息化局等县（市）直有关单位", []string{"县发展改革局", "县工业和信息化局"}},
		{"镇、村两级", "县农业农村局，镇、村两级", []string{"县农业农村局", "镇、村两级"}},
		{"乡（镇）bodies", "县生态环境局，各乡（镇）党委、政府", []string{"县生态环境局", "各乡（镇）党委、政府"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某县2025年农村人居环境整治工作方案\n\n一、重点任务\n"+
				"（一）治理生活污水。10月底前完成治理任务。（"+tc.note+"）\n"+
				"（二）推进厕所革命。年底前完成改厕500户。（责任单位：县卫健局）\n")
			units := rev84Units(t, d, "治理生活污水")
			slices.Sort(units)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(units, want) {
				t.Errorf("units %q; want %q:%s", units, tc.want, rev59Dump(d))
			}
		})
	}
}

// TestFixRev84b_BareChargeThenShare: "X负责，Y抓好落实" is one task, Y taking part.
func TestFixRev84b_BareChargeThenShare(t *testing.T) {
	d := rev66Parse(t, "某市2025年稳就业工作方案\n\n一、重点任务\n"+
		"（一）开展援企稳岗。落实失业保险稳岗返还政策，市人社局负责，各县（区）政府抓好落实。\n"+
		"（二）加强技能培训。年底前培训1万人次。（责任单位：市人社局）\n")
	if n := len(d.Tasks); n != 2 {
		t.Errorf("%d tasks; want 2:%s", n, rev59Dump(d))
	}
	rev75Roles(t, d, rev66Task(t, d, "开展援企稳岗"), []string{"市人社局"}, []string{"各县（区）政府"})
}
