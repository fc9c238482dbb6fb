package plan

import (
	"regexp"
	"slices"
	"testing"
)

// TestPerf67StartsAfterEndAnchor: a pattern whose only empty-width part is $ (which looks at the
// text after a place, not before it) is tried only where one of its starts is, and answers as regexp
// does; a pattern with ^ or \b, which look before the place, is not.
func TestPerf67StartsAfterEndAnchor(t *testing.T) {
	text := "各乡镇要抓好秸秆禁烧巡查，牵头单位列第一位，（责任单位：县林业局、县农业农村局，牵头单位列第一位）"
	for _, c := range []struct {
		name   string
		expr   string
		starts bool
		sub    []string
	}{
		{"$ after a choice", `牵头(?:单位|部门)(?:列|排)(第一位|首位)(?:[)），,。；;]|$)`, true, []string{"牵头单位列第一位，", "第一位"}},
		{"$ at the end only", `列(第[^、，）]+)）$`, true, []string{"列第一位）", "第一位"}},
		{"(?m)$", `(?m)巡查，$`, true, nil},
		{"^ looks back", `^各(乡镇)`, false, []string{"各乡镇", "乡镇"}},
		{`\b looks back`, `\b牵头(单位)`, false, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			re := mustCompile(c.expr)
			if got := re.starts != nil; got != c.starts {
				t.Fatalf("%s: starts %q, want some: %v", c.expr, re.starts, c.starts)
			}
			if got, want := re.FindStringSubmatch(text), regexp.MustCompile(c.expr).FindStringSubmatch(text); !slices.Equal(got, want) || !slices.Equal(got, c.sub) {
				t.Errorf("FindStringSubmatch = %q, regexp %q, want %q", got, want, c.sub)
			}
		})
	}
}
