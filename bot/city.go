package bot

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"

	"github.com/dutybot/dutybot/plan"
)

// cities finds the city a question names: in Chinese through the Directory's forms (衢州市, 衢州,
// 鹿城区, 鹿城) plus the parent city of a district when only one district of it is known (温州 →
// 温州市鹿城区), and in English through the pinyin of the same forms (Quzhou, Lu Cheng,
// Wenzhou-Lucheng). Nothing is listed by hand: the forms come from the plans' own city names.
type cities struct {
	dir     *plan.Directory
	parents []cityForm // Chinese parent-city forms, longest first
	english []englishForm
}

type cityForm struct{ form, city string }

type englishForm struct {
	re   *regexp.Regexp
	city string
	n    int // length of the form, to prefer the longest
}

var levelRunes = "省市区县州盟旗"

func newCities(dir *plan.Directory) *cities {
	c := &cities{dir: dir}
	count := map[string][]string{} // Chinese form → cities
	var all []cityForm
	for _, city := range dir.Cities() {
		forms := plan.CityForms(city)
		parts := splitAdmin(city)
		if len(parts) > 1 {
			p := parts[0]
			forms = append(forms, p, trimLevel(p))
			for _, f := range []string{p, trimLevel(p)} {
				count[f] = append(count[f], city)
			}
		}
		for _, f := range forms {
			all = append(all, cityForm{f, city})
		}
	}
	for _, city := range dir.Cities() {
		parts := splitAdmin(city)
		if len(parts) > 1 {
			for _, f := range []string{parts[0], trimLevel(parts[0])} {
				if len(count[f]) == 1 && dir.ResolveCity(f) == "" && utf8.RuneCountInString(f) >= 2 {
					c.parents = append(c.parents, cityForm{f, city})
				}
			}
		}
	}
	sort.SliceStable(c.parents, func(i, j int) bool { return len(c.parents[i].form) > len(c.parents[j].form) })

	seen := map[string]map[string]bool{} // english key → cities
	type cand struct {
		key   string
		sylls []string
		city  string
	}
	var cands []cand
	for _, f := range all {
		sylls := pinyinOf(trimLevel(f.form))
		if len(sylls) < 2 {
			continue
		}
		key := strings.Join(sylls, "")
		if seen[key] == nil {
			seen[key] = map[string]bool{}
		}
		seen[key][f.city] = true
		cands = append(cands, cand{key, sylls, f.city})
	}
	done := map[string]bool{}
	for _, cd := range cands {
		if len(seen[cd.key]) != 1 || done[cd.key] {
			continue // ambiguous in English: two cities read the same
		}
		done[cd.key] = true
		pat := `(?i)\b` + strings.Join(cd.sylls, `[\s'-]?`) + `(?:[\s-]+(?:city|district|county|shi|qu|xian))?\b`
		c.english = append(c.english, englishForm{regexp.MustCompile(pat), cd.city, len(cd.key)})
	}
	sort.SliceStable(c.english, func(i, j int) bool { return c.english[i].n > c.english[j].n })
	return c
}

// in returns the city named in s and s with the name cut out; "" when none.
func (c *cities) in(s string) (city, rest string) {
	if city, rest := c.dir.CityIn(s); city != "" {
		return city, rest
	}
	for _, f := range c.parents {
		if i := strings.Index(s, f.form); i >= 0 {
			return f.city, strings.TrimSpace(s[:i] + " " + s[i+len(f.form):])
		}
	}
	for _, f := range c.english {
		if loc := f.re.FindStringIndex(s); loc != nil {
			return f.city, strings.TrimSpace(s[:loc[0]] + " " + s[loc[1]:])
		}
	}
	return "", s
}

// chineseForms lists the Chinese forms of every city (and unique parent forms), longest first, for
// cutting a city off the front of a unit name.
func (c *cities) chineseForms() []cityForm {
	var out []cityForm
	for _, city := range c.dir.Cities() {
		for _, f := range plan.CityForms(city) {
			out = append(out, cityForm{f, city})
		}
	}
	out = append(out, c.parents...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].form) > len(out[j].form) })
	return out
}

func pinyinOf(s string) []string {
	a := pinyin.NewArgs()
	var out []string
	for _, r := range s {
		p := pinyin.SinglePinyin(r, a)
		if len(p) == 0 {
			return nil
		}
		out = append(out, p[0])
	}
	return out
}

func trimLevel(s string) string {
	if utf8.RuneCountInString(s) > 2 {
		r, n := utf8.DecodeLastRuneInString(s)
		if strings.ContainsRune(levelRunes, r) {
			return s[:len(s)-n]
		}
	}
	return s
}

// splitAdmin splits "温州市鹿城区" into ["温州市", "鹿城区"].
func splitAdmin(city string) []string {
	var parts []string
	var b strings.Builder
	rs := []rune(city)
	for i, r := range rs {
		b.WriteRune(r)
		// 州 ends a level only in 自治州: 衢州, 湖州 and 台州 are names (as plan.CityForms has it).
		isLevel := strings.ContainsRune("省市区县盟旗", r) || (r == '州' && i > 0 && rs[i-1] == '治')
		if isLevel && utf8.RuneCountInString(b.String()) >= 2 && i+1 < len(rs) {
			parts = append(parts, b.String())
			b.Reset()
		}
	}
	if b.Len() > 0 {
		parts = append(parts, b.String())
	}
	return parts
}
