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

// A tabbed table's group rows ("二\t…") head the rows below them; a spaced row's unit cell may hold
// its own labels; a spaced row's 配合 cell cut inside a name goes on below it.
func TestFixRev75b_TableForms(t *testing.T) {
	d := rev66Parse(t, "峡江县2025年林业工作任务分解表\n\n"+
		"序号\t工作任务\t责任单位\t完成时限\n"+
		"一\t森林防火\n"+
		"1\t建设森林防火隔离带30公里\t县林业局\t2025年11月\n"+
		"二\t林业产业\n"+
		"2\t新造油茶林5000亩\t县林业局、各乡镇\t2025年4月\n")
	if len(d.Tasks) != 2 {
		t.Errorf("%d tasks; want 2:%s", len(d.Tasks), rev59Dump(d))
	}
	d = rev66Parse(t, "峡江县2025年营商环境任务清单\n\n"+
		"序号 任务 责任单位 时限\n"+
		"1 推行企业开办一日办结 牵头：县市场监管局 配合：县税务局 2025年6月\n"+
		"2 推进工程建设项目审批提速 县住建局 2025年9月\n")
	rev75Roles(t, d, rev66Task(t, d, "企业开办"), []string{"县市场监管局"}, []string{"县税务局"})
	d = rev66Parse(t, "峡江县2025年交通建设任务表\n\n"+
		"序号   建设任务                 牵头单位       配合单位         完成时限\n"+
		"1      改造农村公路50公里       县交通运输局   县财政局、县自   2025年10月底前\n"+
		"                                                然资源局\n"+
		"2      新建公交候车亭20个       县城管局       县公交公司       2025年8月底前\n")
	rev75Roles(t, d, rev66Task(t, d, "农村公路"), []string{"县交通运输局"}, []string{"县财政局", "县自然资源局"})
}
