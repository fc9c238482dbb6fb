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
	known := map[string]bool{}
	for _, c := range d.cities {
		for _, f := range CityForms(c) {
			d.forms = append(d.forms, cityAlias{f, c})
			known[f] = true
		}
	}
	// A district's parent city stands for the district when the plans know no other place in it
	// and no plan of the parent city itself: "温州" finds 温州市鹿城区.
	parentOf := map[string][]string{}
	for _, c := range d.cities {
		if parts := SplitAdmin(c); len(parts) > 1 {
			for _, f := range []string{parts[0], TrimLevel(parts[0])} {
				parentOf[f] = append(parentOf[f], c)
			}
		}
	}
	for f, cs := range parentOf {
		if len(cs) == 1 && !known[f] && utf8.RuneCountInString(f) >= 2 {
			d.forms = append(d.forms, cityAlias{f, cs[0]})
		}
	}
	sort.SliceStable(d.forms, func(i, j int) bool {
		if len(d.forms[i].form) != len(d.forms[j].form) {
			return len(d.forms[i].form) > len(d.forms[j].form)
		}
		return d.forms[i].form < d.forms[j].form
	})
	return d
}

// CityName is one way of writing a known city.
type CityName struct {
	Form string // as people write it: 衢州, 鹿城区, 温州
	City string // the plans' name for it: 衢州市, 温州市鹿城区
}

// CityNames lists every form of every known city, longest first.
func (d *Directory) CityNames() []CityName {
	out := make([]CityName, len(d.forms))
	for i, f := range d.forms {
		out[i] = CityName{Form: f.form, City: f.city}
	}
	return out
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
		// Plans write a unit's name their own way (市发改委, 市发展改革委): both match either.
		if name := d.aliases.Canonical(u.Name); name == want || u.Name == q || d.sameBody(name, want) {
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

// Suggest returns up to n known unit names nearest to query (of city, when one is given), for
// "not found" answers. Shared character pairs count most; shared characters break ties and still
// find 市经信局 for a mistyped 市经济局.
func (d *Directory) Suggest(query, city string, n int) []string {
	q := cleanUnit(query)
	if c, rest := d.CityIn(q); c != "" && rest != "" {
		q = strings.TrimPrefix(cleanUnit(rest), "的")
		if city == "" {
			city = c
		}
	}
	best := map[string]float64{}
	for u := range d.units {
		if city != "" && u.City != city {
			continue
		}
		s := dice(pairs(q), pairs(u.Name)) + 0.5*dice(chars(q), chars(u.Name))
		if s > best[u.Name] {
			best[u.Name] = s
		}
	}
	if len(best) == 0 && city != "" {
		return d.Suggest(query, "", n)
	}
	type scored struct {
		name  string
		score float64
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

// pairs splits s into character bigrams (single characters for names under three).
func pairs(s string) []string {
	rs := []rune(s)
	if len(rs) < 3 {
		return chars(s)
	}
	out := make([]string, 0, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, string(rs[i:i+2]))
	}
	return out
}

func chars(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// dice is the Dice coefficient of two multisets.
func dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, y := range b {
		count[y]++
	}
	common := 0
	for _, x := range a {
		if count[x] > 0 {
			count[x]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}
