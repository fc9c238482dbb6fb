package plan

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// UnitRef identifies a unit: its city and its canonical name. 衢州's 市商务局 and 湖州's 市商务局 are
// two units.
type UnitRef struct {
	City string `json:"city"`
	Name string `json:"name"`
}

func (u UnitRef) String() string { return u.City + " " + u.Name }

// UnitCount is a unit with how many tasks it leads and takes part in.
type UnitCount struct {
	UnitRef
	Lead          int `json:"lead"`
	Participating int `json:"participating"`
}

// Directory knows every unit and city of a set of documents and resolves what people type.
type Directory struct {
	aliases *Aliases
	units   map[UnitRef]*UnitCount
	cities  []string
	forms   []cityAlias // every way to write each city, longest first
}

type cityAlias struct{ form, city string }

// NewDirectory indexes the units of docs. aliases may be nil.
func NewDirectory(docs []*Document, aliases *Aliases) *Directory {
	d := &Directory{aliases: aliases, units: map[UnitRef]*UnitCount{}}
	seenCity := map[string]bool{}
	for _, doc := range docs {
		if doc.City != "" && !seenCity[doc.City] {
			seenCity[doc.City] = true
			d.cities = append(d.cities, doc.City)
		}
		for i := range doc.Tasks {
			t := &doc.Tasks[i]
			for _, u := range t.Lead {
				d.count(UnitRef{doc.City, u}).Lead++
			}
			for _, u := range t.Participating {
				d.count(UnitRef{doc.City, u}).Participating++
			}
		}
	}
	sort.Strings(d.cities)
	for _, c := range d.cities {
		for _, f := range CityForms(c) {
			d.forms = append(d.forms, cityAlias{f, c})
		}
	}
	sort.SliceStable(d.forms, func(i, j int) bool { return len(d.forms[i].form) > len(d.forms[j].form) })
	return d
}

func (d *Directory) count(u UnitRef) *UnitCount {
	c := d.units[u]
	if c == nil {
		c = &UnitCount{UnitRef: u}
		d.units[u] = c
	}
	return c
}

// Cities returns the known cities and districts, sorted.
func (d *Directory) Cities() []string { return append([]string(nil), d.cities...) }

// Units returns the units of city ("" for all) with their task counts, by city then most tasks.
func (d *Directory) Units(city string) []UnitCount {
	var out []UnitCount
	for _, c := range d.units {
		if city == "" || c.City == city {
			out = append(out, *c)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.City != b.City {
			return a.City < b.City
		}
		if a.Lead+a.Participating != b.Lead+b.Participating {
			return a.Lead+a.Participating > b.Lead+b.Participating
		}
		return a.Name < b.Name
	})
	return out
}

// CityIn finds a city named in s and returns it with the rest of s around it; city is "" when none.
// "衢州的商务局" gives 衢州市 and "商务局".
func (d *Directory) CityIn(s string) (city, rest string) {
	for _, f := range d.forms {
		if i := strings.Index(s, f.form); i >= 0 {
			rest = s[:i] + " " + s[i+len(f.form):]
			return f.city, strings.TrimSpace(rest)
		}
	}
	return "", s
}

// ResolveCity returns the city a name or short form stands for ("衢州", "鹿城区"), or "".
func (d *Directory) ResolveCity(s string) string {
	s = strings.TrimSpace(s)
	for _, f := range d.forms {
		if f.form == s {
			return f.city
		}
	}
	return ""
}

// Resolve returns the units a typed name stands for: "衢州市商务局", "衢州 商务局", "商务局", an alias.
// A city may also be given apart (city != ""), as a --city flag does. Units of every city match when
// none is named. The result is sorted by city and name.
func (d *Directory) Resolve(query, city string) []UnitRef {
	q := strings.TrimSpace(query)
	if c, rest := d.CityIn(q); c != "" {
		if city == "" || city == c {
			city, q = c, rest
		}
	}
	q = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(q), "的"))
	q = cleanUnit(q)
	if q == "" {
		return nil
	}
	want := d.aliases.Canonical(q)
	var out []UnitRef
	for u := range d.units {
		if city != "" && u.City != city {
			continue
		}
		if u.Name == want || u.Name == q || d.sameBody(u.Name, want) {
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].City != out[j].City {
			return out[i].City < out[j].City
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// sameBody matches a typed name without a level prefix ("商务局") to a unit with one ("市商务局").
func (d *Directory) sameBody(unit, typed string) bool {
	for _, p := range levelPrefixes {
		if strings.HasPrefix(typed, p) {
			return false
		}
	}
	for _, p := range levelPrefixes {
		if body, ok := strings.CutPrefix(unit, p); ok && (body == typed || body == d.aliases.Canonical(typed)) {
			return true
		}
	}
	return false
}

// Suggest returns up to n known unit names closest to query, for "not found" answers.
func (d *Directory) Suggest(query string, n int) []string {
	q := cleanUnit(query)
	if _, rest := d.CityIn(q); rest != "" {
		q = cleanUnit(rest)
	}
	type scored struct {
		name  string
		score float64
	}
	best := map[string]float64{}
	for u := range d.units {
		s := similarity(q, u.Name)
		if s > best[u.Name] {
			best[u.Name] = s
		}
	}
	var all []scored
	for name, s := range best {
		if s > 0 {
			all = append(all, scored{name, s})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].name < all[j].name
	})
	var out []string
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].name)
	}
	return out
}

// similarity is the Dice coefficient over character bigrams (single characters for short names).
func similarity(a, b string) float64 {
	ga, gb := grams(a), grams(b)
	if len(ga) == 0 || len(gb) == 0 {
		return 0
	}
	common := 0
	for g, n := range ga {
		if m := gb[g]; m > 0 {
			common += min(n, m)
		}
	}
	total := 0
	for _, n := range ga {
		total += n
	}
	for _, n := range gb {
		total += n
	}
	return 2 * float64(common) / float64(total)
}

func grams(s string) map[string]int {
	rs := []rune(s)
	out := map[string]int{}
	if utf8.RuneCountInString(s) < 3 {
		for _, r := range rs {
			out[string(r)]++
		}
		return out
	}
	for i := 0; i+1 < len(rs); i++ {
		out[string(rs[i:i+2])]++
	}
	return out
}
