package plan

import (
	"strings"
	"testing"
)

// TestFixRev86_SeasonAndFestivalSpanGuards: what the review 86 rules leave alone, and a span that
// crosses the year's end.
func TestFixRev86_SeasonAndFestivalSpanGuards(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"every year's spring is a schedule", "每年春季完成植树。", ""},
		{"the autumn term keeps its own eve", "确保2025年秋季开学前投入使用。", "2025-08-31"},
		{"every year's festival span is a schedule", "每年春节至元宵节期间开展巡查。", ""},
		{"a span into the New Year", "国庆至元旦期间开展专项整治。", "2026-01-01"},
		{"the season's year, no year-end target", "2025年秋季完成退化林修复。", "2025-11-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range parseDeadlinesIn(tc.text, 2025) {
				got = append(got, d.Date.String())
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("%q: deadlines %v; want %q", tc.text, got, tc.want)
			}
		})
	}
}
