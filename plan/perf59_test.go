package plan_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestCityNamesIn checks that the forms CityNamesIn finds from a text's own characters are, in
// the same order, those of CityNames the text holds: none missed, none out of order.
func TestCityNamesIn(t *testing.T) {
	var docs []*plan.Document
	for i, c := range []string{"云岭市", "云岭市青石区", "白沙县", "石门市", "石门市白沙区", "北溪镇"} {
		docs = append(docs, &plan.Document{ID: string(rune('a' + i)), City: c, Title: c + "关于推进农田灌溉的实施方案",
			Tasks: []plan.Task{{ID: string(rune('a'+i)) + ":1", Text: "完善灌溉渠系。", Lead: []string{"市水利局"}}}})
	}
	dir := plan.NewDirectory(docs, nil)
	if len(dir.CityNames()) < len(docs) {
		t.Fatalf("only %d forms: %v", len(dir.CityNames()), dir.CityNames())
	}
	for _, c := range []struct {
		name, text string
		least      int // forms the text holds at the least
	}{
		{"none", "水利局今年有哪些任务?", 0},
		{"empty", "", 0},
		{"one city, short form", "云岭的水利局负责什么", 1},
		{"city and its district", "云岭市青石区和云岭市的任务", 3},
		{"two cities sharing a character", "石门白沙区、白沙县的灌溉", 3},
		{"at the very end", "哪些任务在北溪镇", 1},
		{"a form twice", "云岭、云岭", 1},
		{"bad bytes", "云岭\xff\xfe白沙县", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			var want, got []plan.CityName
			for _, n := range dir.CityNames() {
				if strings.Contains(c.text, n.Form) || strings.Contains(n.Form, " ") {
					want = append(want, n)
				}
			}
			for n := range dir.CityNamesIn(c.text) {
				got = append(got, n)
			}
			if !slices.Equal(got, want) {
				t.Errorf("CityNamesIn(%q) = %v, want %v", c.text, got, want)
			}
			if len(got) < c.least {
				t.Errorf("CityNamesIn(%q) = %v, want %d forms at the least", c.text, got, c.least)
			}
		})
	}
}
