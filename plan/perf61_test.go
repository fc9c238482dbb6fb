package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestPerf61EndingMarkers: the markers filed under a text's last character are, in suffixWords'
// order, exactly those of suffixWords that end it, so cutMarker tries only them.
func TestPerf61EndingMarkers(t *testing.T) {
	for _, m := range suffixWords {
		if m.word == "" {
			t.Fatalf("suffixWords holds an empty word")
		}
	}
	for _, text := range []string{
		"市交通局、市公路中心按照职责分工负责",
		"县文旅局牵头",
		"各街道负属地管理责任",
		"区民政局配合",
		"开展专项整治行动",
		"",
		"abc\xe8",
	} {
		var want []marker
		for _, m := range suffixWords {
			if strings.HasSuffix(text, m.word) {
				want = append(want, m)
			}
		}
		var got []marker
		for _, m := range endingMarkers(suffixWordsByLast, text) {
			if strings.HasSuffix(text, m.word) {
				got = append(got, m)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: ending markers %v, want %v", text, got, want)
		}
	}
}

// TestPerf61CutMarker: cutMarker reads a list's marker at its end as before, the filed markers
// standing for the whole list.
func TestPerf61CutMarker(t *testing.T) {
	for _, c := range []struct {
		name  string
		piece string
		role  respRole
		rest  string
		ok    bool
	}{
		{"leads", "县农业农村局牵头", roleLead, "县农业农村局", true},
		{"shares", "各乡镇负属地管理责任", roleResp, "各乡镇", true},
		{"no marker", "抓好秸秆禁烧", roleNone, "抓好秸秆禁烧", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			role, rest, ok := cutMarker(c.piece)
			if role != c.role || rest != c.rest || ok != c.ok {
				t.Errorf("cutMarker(%q) = %v, %q, %v; want %v, %q, %v", c.piece, role, rest, ok, c.role, c.rest, c.ok)
			}
		})
	}
}

// TestPerf61OverseerNames: the overseeing bodies' names are worked out once from labelWords, each
// once, and overseersClause reads a clause ending in one of them as before.
func TestPerf61OverseerNames(t *testing.T) {
	for _, w := range []string{"督办", "督查"} {
		if !slices.Contains(overseerNames, w) {
			t.Errorf("overseerNames %q lacks %q", overseerNames, w)
		}
	}
	for i, w := range overseerNames {
		if slices.Contains(overseerNames[:i], w) {
			t.Errorf("overseerNames holds %q twice", w)
		}
	}
	for _, c := range []struct {
		name  string
		text  string
		units []string
		ok    bool
	}{
		{"follows up", "市政府督查室全程跟踪督办。", []string{"市政府督查室"}, true},
		{"not an overseer", "市政府督查室负责", nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			units, ok := overseersClause(c.text)
			if !slices.Equal(units, c.units) || ok != c.ok {
				t.Errorf("overseersClause(%q) = %q, %v; want %q, %v", c.text, units, ok, c.units, c.ok)
			}
		})
	}
}
