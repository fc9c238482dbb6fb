package plan_test

import (
	"reflect"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestResolveUnitNamedWithItsCity: a unit whose name starts with its city's (衢州海关, 温州海关) is
// found by its name typed whole, with or without the city given apart; the city read off a name
// still finds the units named without it.
func TestResolveUnitNamedWithItsCity(t *testing.T) {
	docs := []*plan.Document{
		{ID: "d1", City: "衢州市", Tasks: []plan.Task{{ID: "d1:1", Lead: []string{"衢州海关"}, Participating: []string{"市商务局"}}}},
		{ID: "d2", City: "温州市", Tasks: []plan.Task{{ID: "d2:1", Lead: []string{"温州海关"}}}},
	}
	d := plan.NewDirectory(docs, plan.DefaultAliases())
	for _, tc := range []struct {
		name, query, city string
		want              []plan.UnitRef
	}{
		{"whole name, city given apart", "衢州海关", "衢州市", []plan.UnitRef{{City: "衢州市", Name: "衢州海关"}}},
		{"whole name alone", "温州海关", "", []plan.UnitRef{{City: "温州市", Name: "温州海关"}}},
		{"city and a name without it", "衢州商务局", "", []plan.UnitRef{{City: "衢州市", Name: "市商务局"}}},
		{"another city's whole name", "温州海关", "衢州市", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Resolve(tc.query, tc.city); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Resolve(%q, %q) = %v; want %v", tc.query, tc.city, got, tc.want)
			}
		})
	}
}
