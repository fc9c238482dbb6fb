package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// The audit 57 findings of this stop (texts as the auditor wrote them).

func TestFixAudit57_TargetIsNoTally(t *testing.T) {
	text := "淮北市2026年民生实事工作方案\n为扎实办好民生实事，今年计划完成重点民生工作任务30项，其中新开工项目12项。\n一、主要任务\n" +
		"（一）新建城市书房5家，2026年9月30日前完成。（牵头单位：市文旅局）\n（二）改造农贸市场3个，2026年10月31日前完成。（牵头单位：市商务局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "民生实事完成了多少项?")[0]
	wantIn(t, "民生实事完成了多少项?", a, nil, []string{"计划完成重点民生工作任务30项"})
}

func TestFixAudit57_DevZoneGovernment(t *testing.T) {
	text := "湖州市2026年农村人居环境整治方案\n一、主要任务\n（一）完成农村生活污水治理设施运维。（牵头单位：市生态环境局；责任单位：各区县政府）\n" +
		"（二）推进园区环境整治。（牵头单位：湖州经济技术开发区管委会）\n（三）开展村庄清洁行动。（牵头单位：市农业农村局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "湖州开发区政府负责哪些工作?")[0]
	// The auditor banned "各区县政府" anywhere; the answer now names no unit's tasks and lists it only
	// among the nearest names of a name not found (the suggester's, no reading of it): the misreading
	// is "即…各区县政府" and a task of theirs.
	wantIn(t, "湖州开发区政府负责哪些工作?", a, []string{"没有找到"}, []string{"即湖州市 各区县政府", "污水治理设施运维"})
	// A real district of the city still is: 吴兴区 is 湖州市's.
	a = askOn(t, e, "2026-12-07", "吴兴区政府负责哪些工作?")[0]
	wantIn(t, "吴兴区政府负责哪些工作?", a, []string{"各区县政府", "污水治理设施运维"}, nil)
	for place, want := range map[string]bool{"开发区": false, "吴兴区": true, "湖州市南浔区": true, "德清县": true, "园区": false} {
		if got := plan.IsDistrict(place, "湖州市"); got != want {
			t.Errorf("plan.IsDistrict(%s, 湖州市) = %v, want %v", place, got, want)
		}
	}
}

func TestFixAudit57_LiaisonLedger(t *testing.T) {
	text := "滨州市2026年营商环境攻坚方案\n一、主要任务\n（一）建立各部门联络员台账，2026年3月底前完成。（牵头单位：市营商办）\n（二）建立问题整改台账，2026年6月底前完成。（牵头单位：市纪委监委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "各部门的联络员台账谁来建?")[0]
	wantIn(t, "各部门的联络员台账谁来建?", a, []string{"联络员台账"}, []string{"问题整改台账"})
}

// TestFixAudit57_ChatWords: 摊上/摊到 asks a unit's tasks only as a question of them (not 分摊到各县);
// 多么 asks how much work only ending the question (not 这项工作多么重要); a liaison is dropped only as the
// asker's own role.
func TestFixAudit57_ChatWords(t *testing.T) {
	for s, want := range map[string]string{
		"建设局这回摊上了哪些活?":       "负责哪些任务",
		"经费按比例分摊到各县":         "分摊到各县",
		"这项工作多么重要":           "工作多么重要",
		"水务局任务多么?":           "有多少任务?",
		"作为交通局联络员,想问有哪些任务":   "交通局",
		"各单位的对接人名单哪天报?":      "对接人名单",
		"我是林业局的联系人,我们局牵头什么?": "林业局",
	} {
		if got := normalizePhrasing(s); !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want %q in it", s, got, want)
		}
	}
	for _, s := range []string{"作为交通局联络员,想问有哪些任务", "我是林业局的联系人,我们局牵头什么?"} {
		if got := normalizePhrasing(s); strings.Contains(got, "联络员") || strings.Contains(got, "联系人") {
			t.Errorf("%s: the asker's role kept: %q", s, got)
		}
	}
}

// TestFixAudit57_TallyNeedsReport: a plan's sentence counting works is its own tally only in a report's
// words (其中…完成, 已完成X项), never a target (计划完成, 力争, 目标).
func TestFixAudit57_TallyNeedsReport(t *testing.T) {
	done := []string{"完成", "办结"}
	for s, want := range map[string]bool{
		"年初计划实施重点工作40项，其中已完成的工作有28项":          true,
		"截至目前已完成民生工作任务17项":                    true,
		"今年计划完成重点民生工作任务30项，其中新开工项目12项":        false,
		"力争全年完成重点工作任务50项":                     false,
		"全区88项任务分解为96小项，其中完成的工作有60项；滞后的工作有5项": true,
	} {
		if got := reportsTally(s, done); got != want {
			t.Errorf("%s: %v, want %v", s, got, want)
		}
	}
}

// TestFixAudit57_EachGovernmentGroup: a group said with 各 before more words (各县区政府) is
// still the districts' governments of the city, no place to find in the gazetteer.
func TestFixAudit57_EachGovernmentGroup(t *testing.T) {
	text := "金华市2026年美丽乡村建设方案\n一、主要任务\n（一）推进农房风貌整治。（牵头单位：市住建局；责任单位：各县区政府）\n" +
		"（二）开展庭院美化评比。（牵头单位：市妇联）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{"金华各县区政府负责哪些工作?", "金华各区县政府负责哪些工作?"} {
		a := askOn(t, e, "2026-12-07", q)[0]
		wantIn(t, q, a, []string{"农房风貌整治"}, []string{"庭院美化"})
	}
}
