package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestFixq56a_PlaceAfterObjectMarker: a place named a second time right after 把/将 ("想把莆田建成
// 什么样的城市") is the place again, the object of the verb that follows, and no part of the topic;
// inside a run of words it is still part of a name (培育新生代莆田企业家).
func TestFixq56a_PlaceAfterObjectMarker(t *testing.T) {
	text := "莆田市关于优化营商环境的实施意见\n" +
		"为深化改革,努力把我市建成全省办事最便捷、服务最贴心的城市之一,现提出如下意见。\n" +
		"一、主要任务\n（一）压减审批时限。（责任单位：市数据局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := parseOn(t, e, "莆田这份意见想把莆田建成什么样的城市?")
	if len(q.Cities) != 1 || len(q.Topic) != 1 || q.Topic[0] != "建成" {
		t.Errorf("把莆田建成: cities %v topic %v", q.Cities, q.Topic)
	}
	a := askOn(t, e, "2026-12-07", "莆田这份意见想把莆田建成什么样的城市?")[0]
	wantIn(t, "把莆田建成", a, []string{"办事最便捷"}, nil)
	if q := parseOn(t, e, "莆田要培育新生代莆田企业家吗?"); !containsTerm(q.Topic, "莆田") {
		t.Errorf("新生代莆田企业家: topic %v", q.Topic)
	}
}

func containsTerm(ts []string, s string) bool {
	for _, t := range ts {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// TestFixq56a_IssuerByCount: "哪两个单位印发的" asks the issuers as "哪个单位印发的" does, with or
// without 联合.
func TestFixq56a_IssuerByCount(t *testing.T) {
	for _, s := range []string{"这个方案是哪两个单位印发的?", "哪几个部门发布的?", "哪两个部门联合印发的"} {
		if !slices.Contains(facts(s), "issuer") {
			t.Errorf("%s: facts %v", s, facts(s))
		}
	}
}
