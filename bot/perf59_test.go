package bot

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestDistinctNames checks that a name typed once stands for every unit of that name, and that
// typeOfUnit, reading each name once, types a name's units as reading each unit did.
func TestDistinctNames(t *testing.T) {
	ts := defaultDeptTypes()
	many := func(name string, n int) []plan.UnitRef {
		var out []plan.UnitRef
		for i := range n {
			out = append(out, plan.UnitRef{City: string(rune('甲' + i)), Name: name})
		}
		return out
	}
	for _, c := range []struct {
		name  string
		units []plan.UnitRef
		names []string
	}{
		{"none", nil, nil},
		{"one name in many cities", many("市水利局", 500), []string{"市水利局"}},
		{"two names, in turn", append(append(many("市水利局", 3), many("区水利局", 2)...), many("市水利局", 2)...), []string{"市水利局", "区水利局"}},
		{"a typed name and an untyped one", append(many("市水利局", 2), many("青苗合作社", 2)...), []string{"市水利局", "青苗合作社"}},
		{"two types", append(many("市水利局", 2), many("市教育局", 2)...), []string{"市水利局", "市教育局"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := distinctNames(c.units); !slices.Equal(got, c.names) {
				t.Errorf("distinctNames = %q, want %q", got, c.names)
			}
			// What typeOfUnit gave reading each unit.
			want := ""
			for _, u := range c.units {
				ut := ts.of(u.Name)
				if ut == "" || want != "" && ut != want {
					want = ""
					break
				}
				want = ut
			}
			if got := ts.typeOfUnit(c.units); got != want {
				t.Errorf("typeOfUnit = %q, want %q", got, want)
			}
		})
	}
	if ts.typeOfUnit(many("市水利局", 3)) == "" || ts.typeOfUnit(append(many("市水利局", 2), many("市教育局", 2)...)) != "" {
		t.Errorf("市水利局 has no type, or 市水利局 and 市教育局 share one")
	}
}
