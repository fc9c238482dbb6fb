package bot

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestFormUnits: a span's units are those listed under it as typed, then those under its
// alias-folded form the first list lacks (what joining both and dropping repeats gave), of the
// city asked only when one is; nil when there are none.
func TestFormUnits(t *testing.T) {
	a := plan.UnitRef{City: "甲市", Name: "市发改委"}
	b := plan.UnitRef{City: "乙市", Name: "市发改委"}
	c := plan.UnitRef{City: "乙市", Name: "市发展改革委"}
	d := plan.UnitRef{City: "丙市", Name: "市发展改革委"}
	lx := &lexicon{forms: map[string][]plan.UnitRef{
		// Sorted by city, then name, as newLexicon lays them (丙 < 乙 < 甲, 展 < 改).
		"市发改委":   {b, a},
		"市发展改革委": {d, c, b},
	}}
	cases := []struct {
		name              string
		form, canon, city string
		want              []plan.UnitRef
	}{
		{name: "typed form only", form: "市发改委", canon: "市发改委", want: []plan.UnitRef{b, a}},
		{name: "folded form adds what typed lacks", form: "市发改委", canon: "市发展改革委", want: []plan.UnitRef{b, a, d, c}},
		{name: "one city", form: "市发改委", canon: "市发展改革委", city: "乙市", want: []plan.UnitRef{b, c}},
		{name: "typed form unknown", form: "发改", canon: "市发展改革委", want: []plan.UnitRef{d, c, b}},
		{name: "none in the city", form: "市发改委", canon: "市发展改革委", city: "丁市", want: nil},
		{name: "nothing known", form: "发改", canon: "发改", want: nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := lx.formUnits(tc.form, tc.canon, tc.city)
			if !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
				t.Errorf("formUnits(%s, %s, %q) = %v, want %v", tc.form, tc.canon, tc.city, got, tc.want)
			}
		})
	}
}

// TestKeptTasks: with no filter (or one without signatures) every task of the plans is kept, in plan
// and task order, in a list of exactly their number; no tasks give nil.
func TestKeptTasks(t *testing.T) {
	d1 := &plan.Document{ID: "d1", Tasks: []plan.Task{{ID: "d1:1"}, {ID: "d1:2"}}}
	d2 := &plan.Document{ID: "d2"}
	d3 := &plan.Document{ID: "d3", Tasks: []plan.Task{{ID: "d3:1"}}}
	cases := []struct {
		name string
		docs []*plan.Document
		f    *topicFilter
		want []string
	}{
		{name: "no filter keeps every task", docs: []*plan.Document{d1, d2, d3}, want: []string{"d1:1", "d1:2", "d3:1"}},
		{name: "filter without signatures keeps every task", docs: []*plan.Document{d3, d1}, f: &topicFilter{sigs: topicSigs{}},
			want: []string{"d3:1", "d1:1", "d1:2"}},
		{name: "no tasks", docs: []*plan.Document{d2}, want: nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := keptTasks(c.docs, c.f)
			var ids []string
			for _, r := range got {
				ids = append(ids, r.Task.ID)
			}
			if !slices.Equal(ids, c.want) || (got == nil) != (c.want == nil) || cap(got) != len(got) {
				t.Errorf("keptTasks = %v (cap %d), want %v", ids, cap(got), c.want)
			}
		})
	}
}

// TestLexiconListsSorted: every list of the lexicon built from the seeds is sorted by
// compareUnitRefs and holds a unit once, which formUnits' bisection relies on.
func TestLexiconListsSorted(t *testing.T) {
	lx := NewParser(seedIndex(t).Directory(), nil).lex
	cases := []struct {
		name string
		ok   func([]plan.UnitRef) bool
	}{
		{name: "sorted", ok: func(us []plan.UnitRef) bool { return slices.IsSortedFunc(us, compareUnitRefs) }},
		{name: "no repeats", ok: func(us []plan.UnitRef) bool { return len(slices.Compact(slices.Clone(us))) == len(us) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for f, us := range lx.forms {
				if !c.ok(us) {
					t.Fatalf("list of %s: %v", f, us)
				}
			}
		})
	}
}
