package plan

import (
	"slices"
	"testing"
)

// TestFixp59cPartyGovOfficeShortName: a town's or street's 党政办 is its 党政办公室 (the short name every
// township and street uses for its own general office), with or without a level prefix.
func TestFixp59cPartyGovOfficeShortName(t *testing.T) {
	a := DefaultAliases()
	for _, tc := range []struct{ in, want string }{
		{"党政办", "党政办公室"},
		{"镇党政办", "镇党政办公室"},
		{"街道党政办", "街道党政办公室"},
		{"党政办公室", "党政办公室"},
	} {
		if got := a.Canonical(tc.in); got != tc.want {
			t.Errorf("Canonical(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFixp59cForestFarmIsUnit: a forest farm (国有林场) is a body that takes part, so a list of helpers
// that names one ("A局林业站、国有某某林场、某某保护区管理处配合区自然资源局对…") is read whole: the
// unit helped leads, the helpers take part, instead of the list being cut after its first name.
func TestFixp59cForestFarmIsUnit(t *testing.T) {
	if it, ok := subjectUnits("国有东山林场"); !ok || len(it) != 1 {
		t.Errorf("subjectUnits(国有东山林场) = %v, %v; want one unit", it, ok)
	}
	text := "某县人民政府关于湿地保护界线核定工作分工方案的通知 各乡镇人民政府，县直各单位：现将分工方案通知如下：" +
		" 一、由县自然资源局牵头，建立湿地保护联席会议制度。" +
		" 二、县农业农村局林业站、国有东山林场、西湖湿地公园管理处配合县自然资源局对划定的湿地保护界线进行核定。"
	d := fixp59Parse(t, "wetland.txt", text)
	tk := fixp59Task(d, "对划定的湿地保护界线进行核定")
	if tk == nil {
		t.Fatal("no task for item 二")
	}
	if !slices.Equal(tk.Lead, []string{"县自然资源局"}) {
		t.Errorf("lead = %v, want [县自然资源局]", tk.Lead)
	}
	for _, u := range []string{"县农业农村局林业站", "国有东山林场", "西湖湿地公园管理处"} {
		if !slices.Contains(tk.Participating, u) {
			t.Errorf("participating = %v, lacks %s", tk.Participating, u)
		}
	}
}
