package seeds

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestLoadParsesOncePerAliasTable: Load gives what a fresh parse of the files gives, shares one
// parse between tables with the same entries, makes another for a table with other entries, and
// hands out a new slice each time.
func TestLoadParsesOncePerAliasTable(t *testing.T) {
	extended := plan.DefaultAliases()
	extra, err := plan.ParseAliases(strings.NewReader("测试合并办公室 = 商务局\n"))
	if err != nil {
		t.Fatal(err)
	}
	extended.Merge(extra)
	if extended.Key() == plan.DefaultAliases().Key() || plan.DefaultAliases().Key() != plan.DefaultAliases().Key() {
		t.Fatalf("alias keys: extended %s, default %s", extended.Key(), plan.DefaultAliases().Key())
	}
	tests := []struct {
		name string
		opt  plan.Options
	}{
		{"no table", plan.Options{}},
		{"the shipped table", plan.Options{Aliases: plan.DefaultAliases()}},
		{"an extended table", plan.Options{Aliases: extended}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, err := Load(tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			var fresh []*plan.Document
			for _, f := range Files() {
				d, err := plan.Parse(f.Name, f.Data, tt.opt)
				if err != nil {
					t.Fatal(err)
				}
				fresh = append(fresh, d)
			}
			if !reflect.DeepEqual(first, fresh) {
				t.Errorf("Load differs from a fresh parse of the files")
			}
			first[0] = nil // the caller's slice is its own
			again, err := Load(plan.Options{Aliases: sameEntries(tt.opt.Aliases)})
			if err != nil {
				t.Fatal(err)
			}
			if again[0] == nil || !reflect.DeepEqual(again, fresh) {
				t.Fatalf("a second Load differs from the first")
			}
			if again[1] != first[1] {
				t.Errorf("a table with the same entries parsed the seeds again")
			}
		})
	}
	plain, _ := Load(plan.Options{Aliases: plan.DefaultAliases()})
	other, _ := Load(plan.Options{Aliases: extended})
	if plain[0] == other[0] {
		t.Fatal("an extended table shares the shipped table's parse")
	}
}

// sameEntries is a new table with a's entries (nil for nil).
func sameEntries(a *plan.Aliases) *plan.Aliases {
	if a == nil {
		return nil
	}
	c := plan.DefaultAliases()
	c.Merge(a)
	return c
}
