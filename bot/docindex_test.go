package bot

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestPlanIndexLooksUpAsTheWalkDid: the look-ups built once per parser (docindex.go) give what the
// walks over every loaded plan they replace gave: the same plans, each once, in allDocs' order,
// whatever order or repeats the ids or cities are asked in; and whether some plan writes a name.
func TestPlanIndexLooksUpAsTheWalkDid(t *testing.T) {
	docs := []*plan.Document{
		{ID: "a", City: "上海市", Title: "上海市平安市场创建方案", Paras: []plan.Paragraph{{Text: "闵行区开展平安市场创建"}}},
		{ID: "b", City: "衢州市", Title: "衢州市十百千方案"},
		{ID: "c", City: "上海市", Title: "上海市文明菜场方案"},
		{ID: "a", City: "上海市", Title: "上海市平安市场创建方案（修订）"},
		{ID: "d", City: "", Title: "政务公开清单"},
	}
	p := NewParser(plan.NewDirectory(docs, plan.DefaultAliases()), nil)
	p.allDocs = docs
	walk := func(keep func(d *plan.Document) bool) []*plan.Document {
		var out []*plan.Document
		for _, d := range docs {
			if keep(d) {
				out = append(out, d)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		ids  []string
	}{
		{"one id", []string{"c"}},
		{"an id of two plans", []string{"a"}},
		{"ids out of order", []string{"c", "b", "a"}},
		{"an id twice", []string{"b", "b"}},
		{"an unknown id", []string{"x", "d"}},
		{"none", nil},
	} {
		t.Run("ids/"+tc.name, func(t *testing.T) {
			want := walk(func(d *plan.Document) bool { return contains(tc.ids, d.ID) })
			if got := p.docsOf(tc.ids); !slices.Equal(got, want) {
				t.Errorf("docsOf(%q) = %v, want %v", tc.ids, got, want)
			}
		})
	}
	for _, tc := range []struct {
		name   string
		cities []string
	}{
		{"one city", []string{"上海市"}},
		{"cities out of order", []string{"衢州市", "上海市"}},
		{"no city", []string{""}},
		{"an unknown city", []string{"池州市"}},
	} {
		t.Run("cities/"+tc.name, func(t *testing.T) {
			want := walk(func(d *plan.Document) bool { return contains(tc.cities, d.City) })
			if got := p.docsOfCities(tc.cities); !slices.Equal(got, want) {
				t.Errorf("docsOfCities(%q) = %v, want %v", tc.cities, got, want)
			}
		})
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"闵行", true},  // a paragraph's
		{"十百千", true}, // a title's
		{"宝山", false},
		{"宝山", false}, // asked again: from the names held
	} {
		t.Run("holds/"+tc.name, func(t *testing.T) {
			if got := p.anyDocHolds(tc.name); got != tc.want {
				t.Errorf("anyDocHolds(%q) = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
	if !p.knowsCity("上海市") || p.knowsCity("池州市") {
		t.Errorf("knowsCity: 上海市 %v, 池州市 %v; want true, false", p.knowsCity("上海市"), p.knowsCity("池州市"))
	}
}
