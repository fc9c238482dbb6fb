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
	parents []cityForm        // Chinese parent-city forms, longest first
	english map[string]string // pinyin syllables run together ("quzhou", "wenzhoulucheng") → city
	maxSyll int               // most syllables in one English form
}

type cityForm struct{ form, city string }

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
	syll := map[string]int{}
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
		syll[key] = len(sylls)
	}
	c.english = map[string]string{}
	for key, cs := range seen {
		if len(cs) != 1 {
			continue // ambiguous in English: two cities read the same
		}
		for city := range cs {
			c.english[key] = city
		}
		c.maxSyll = max(c.maxSyll, syll[key])
	}
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
	if city, start, end := c.englishIn(s); city != "" {
		return city, strings.TrimSpace(s[:start] + " " + s[end:])
	}
	return "", s
}

var reWord = regexp.MustCompile(`[A-Za-z]+`)

// englishIn finds a city spelt in pinyin: one to a few Latin words that run together into a known
// form ("Quzhou", "Lu Cheng", "Wenzhou-Lucheng", "quzhou city"). The longest run wins.
func (c *cities) englishIn(s string) (city string, start, end int) {
	words := reWord.FindAllStringIndex(s, -1)
	best := 0
	for i := range words {
		var b strings.Builder
		for j := i; j < len(words) && j-i < c.maxSyll*2; j++ {
			if j > i && !joinable(s[words[j-1][1]:words[j][0]]) {
				break
			}
			b.WriteString(strings.ToLower(s[words[j][0]:words[j][1]]))
			if ct, ok := c.english[b.String()]; ok && b.Len() > best {
				best, city, start, end = b.Len(), ct, words[i][0], words[j][1]
			}
		}
	}
	if city != "" {
		if m := reCitySuffix.FindStringIndex(s[end:]); m != nil {
			end += m[1]
		}
	}
	return city, start, end
}

// joinable reports whether what lies between two Latin words lets them be one name.
func joinable(gap string) bool { return gap == "" || gap == " " || gap == "-" || gap == "'" }

var reCitySuffix = regexp.MustCompile(`(?i)^[\s-]+(?:city|district|county|shi|qu|xian)\b`)

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
