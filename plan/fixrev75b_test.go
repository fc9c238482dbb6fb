package plan

import (
	"strings"
	"testing"
)

// Rules of fixrev75b, each on a plan fragment of its own beside review 75's.

// A page break inside a bracketed note, or between a month and its 底前, is mended.
func TestFixRev75b_BrokenNoteAndDate(t *testing.T) {
	d := rev66Parse(t, "安福县2025年文旅融合工作方案\n\n二、重点任务\n"+
		"1.打造武功山旅游环线，6月\n"+
		"底前建成驿站3处。（牵头单位：县文广新旅局；配合单位：县交通\n"+
		"运输局、县林业局）\n"+
		"2.提升县城夜间消费。（责任单位：县商务局）\n")
	x := rev66Task(t, d, "武功山")
	rev75Roles(t, d, x, []string{"县文广新旅局"}, []string{"县交通运输局", "县林业局"})
	rev75OwnDue(t, d, "武功山", "2025-06-30")
}

// Lines opened by ordinal words (三是…, 第二，…) or by a unit's share ("X局：负责…") under a heading
// are its items.
func TestFixRev75b_OrdinalLines(t *testing.T) {
	for _, body := range []string{
		"四、保障措施\n一是加强资金保障，统筹各类资金2000万元。（责任单位：县财政局）\n二是强化用地保障。（责任单位：县自然资源局）\n",
		"二、部门职责\n县农业农村局：负责高标准农田建设的组织实施。\n县水利局：负责灌溉渠系配套建设。\n",
	} {
		d := rev66Parse(t, "莲花县2025年农业发展工作方案\n\n"+body)
		if len(d.Tasks) != 2 {
			t.Errorf("%d tasks; want 2:%s", len(d.Tasks), rev59Dump(d))
		}
		for _, x := range d.Tasks {
			if x.Section == "" || strings.HasSuffix(x.Title, "措施") || strings.HasSuffix(x.Title, "职责") {
				t.Errorf("task %q under %q:%s", x.Title, x.Section, rev59Dump(d))
			}
		}
	}
}
