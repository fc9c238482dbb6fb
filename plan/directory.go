package plan

import (
	"cmp"
	"hash/maphash"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
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
//
// A Directory never changes once made, so it is safe for concurrent use. With returns the
// Directory of a changed set: it shares whatever the change did not touch (the units of other
// cities, the city forms when no city came or went, the name index when no name did), so a
// one-plan change costs that plan's units, not the whole set's.
type Directory struct {
	aliases *Aliases
	cities  cowMap[*cityUnits] // by city; "" holds the units of documents that name none
	known   []string           // cities that documents name, sorted
	forms   *cityForms
	names   *nameIndex
}

// cityUnits are the units of one city. They are never changed once their Directory is made.
//
// The units are kept once, in the order Units lists them, without the city (24 B a unit); byName
// finds one by name (4 B a unit). A map by name beside a []UnitCount cost about 100 B a unit.
type cityUnits struct {
	docs   int
	units  []unitCounts // by most tasks, then name
	byName []int32      // indexes into units, by name
	// sections counts, for a section a list names alone after a section of a bureau ("市交通委港务监管处、
	// 科技信息处"), the tasks that name it so: [section, bureau] → tasks.
	sections map[[2]string]int
	// seconds counts the tasks that write a unit with a second name in brackets (Task.Aka):
	// [second name, unit] → tasks.
	seconds map[[2]string]int
}

type unitCounts struct {
	name       string
	lead, part int32
}

// has reports whether the city has a unit named name.
func (c *cityUnits) has(name string) bool {
	_, ok := c.find(name)
	return ok
}

// find returns the counts of the unit named name.
func (c *cityUnits) find(name string) (unitCounts, bool) {
	i, ok := slices.BinarySearchFunc(c.byName, name, func(k int32, name string) int { return strings.Compare(c.units[k].name, name) })
	if !ok {
		return unitCounts{}, false
	}
	return c.units[c.byName[i]], true
}

// appendUnits appends the city's units, as Units lists them, to out.
func (c *cityUnits) appendUnits(out []UnitCount, city string) []UnitCount {
	for _, u := range c.units {
		out = append(out, UnitCount{UnitRef: UnitRef{city, u.name}, Lead: int(u.lead), Participating: int(u.part)})
	}
	return out
}

// cityCounts is a city's units while With counts them: canonical name → task counts.
type cityCounts struct {
	docs     int
	units    map[string][2]int // lead, participating
	sections map[[2]string]int
	seconds  map[[2]string]int
}

// freeze lays out counted units as a cityUnits.
func (cc *cityCounts) freeze() *cityUnits {
	c := &cityUnits{docs: cc.docs, sections: cc.sections, seconds: cc.seconds, units: make([]unitCounts, 0, len(cc.units))}
	for name, n := range cc.units {
		c.units = append(c.units, unitCounts{name, int32(n[0]), int32(n[1])})
	}
	slices.SortFunc(c.units, func(a, b unitCounts) int {
		if ta, tb := a.lead+a.part, b.lead+b.part; ta != tb {
			return cmp.Compare(tb, ta)
		}
		return strings.Compare(a.name, b.name)
	})
	c.byName = make([]int32, len(c.units))
	for i := range c.byName {
		c.byName[i] = int32(i)
	}
	slices.SortFunc(c.byName, func(a, b int32) int { return strings.Compare(c.units[a].name, c.units[b].name) })
	return c
}

// NewDirectory indexes the units of docs. aliases may be nil.
func NewDirectory(docs []*Document, aliases *Aliases) *Directory {
	d := &Directory{
		aliases: aliases,
		forms:   &cityForms{},
		names:   &nameIndex{},
	}
	return d.With(docs, nil)
}

// With returns the Directory of d's documents with added and without removed (removed must be
// documents d was made from, as they were then). d itself does not change.
func (d *Directory) With(added, removed []*Document) *Directory {
	if len(added)+len(removed) == 0 {
		return d
	}
	nd := &Directory{aliases: d.aliases, known: d.known, forms: d.forms, names: d.names}
	cities := d.cities.edit()
	touched := map[string]*cityCounts{}
	city := func(name string) *cityCounts {
		if c := touched[name]; c != nil {
			return c
		}
		c := &cityCounts{units: map[string][2]int{}, sections: map[[2]string]int{}, seconds: map[[2]string]int{}}
		if old := d.cities.get(name); old != nil {
			c.docs, c.sections = old.docs, maps.Clone(old.sections)
			if old.seconds != nil {
				c.seconds = maps.Clone(old.seconds)
			}
			for _, u := range old.units {
				c.units[u.name] = [2]int{int(u.lead), int(u.part)}
			}
		}
		touched[name] = c
		return c
	}
	apply := func(doc *Document, sign int) {
		c := city(doc.City)
		c.docs += sign
		for i := range doc.Tasks {
			t := &doc.Tasks[i]
			for _, u := range t.Lead {
				c.count(u, sign, 0)
			}
			for _, u := range t.Participating {
				c.count(u, 0, sign)
			}
			for _, list := range [][]string{t.Lead, t.Participating} {
				for _, sb := range sectionBureaus(list) {
					if c.sections[sb] += sign; c.sections[sb] <= 0 {
						delete(c.sections, sb)
					}
				}
			}
			for u, second := range t.Aka {
				k := [2]string{second, u}
				if c.seconds[k] += sign; c.seconds[k] <= 0 {
					delete(c.seconds, k)
				}
			}
		}
	}
	for _, doc := range removed {
		apply(doc, -1)
	}
	for _, doc := range added {
		apply(doc, 1)
	}

	// What came and went: cities (for the city forms) and names (for the name index).
	var citiesIn, citiesOut []string
	names := map[string]int{} // change in the number of cities naming each unit
	for name, c := range touched {
		old := d.cities.get(name)
		was := old != nil && old.docs > 0
		if c.docs <= 0 && len(c.units) == 0 {
			cities.del(name)
		} else {
			cities.set(name, c.freeze())
		}
		if is := c.docs > 0; name != "" && is != was {
			if is {
				citiesIn = append(citiesIn, name)
			} else {
				citiesOut = append(citiesOut, name)
			}
		}
		if old != nil {
			for _, u := range old.units {
				if _, ok := c.units[u.name]; !ok {
					names[u.name]--
				}
			}
		}
		for u := range c.units {
			if old == nil || !old.has(u) {
				names[u]++
			}
		}
	}
	nd.cities = cities.done()
	if len(citiesIn)+len(citiesOut) > 0 {
		known := map[string]bool{}
		for _, c := range d.known {
			known[c] = true
		}
		for _, c := range citiesOut {
			delete(known, c)
		}
		for _, c := range citiesIn {
			known[c] = true
		}
		nd.known = slices.Sorted(maps.Keys(known))
		nd.forms = d.forms.with(citiesIn, citiesOut)
	}
	nd.names = d.names.with(names, d.aliases)
	return nd
}

// SectionBureaus returns the bureaus whose section a plan of city names alone as name, after a section
// of the bureau in the same list ("市交通委港务监管处、科技信息处": 科技信息处 is 市交通委's); none for a
// section no list ties to a bureau, which may be any bureau's.
func (d *Directory) SectionBureaus(city, name string) []string {
	c := d.cities.get(city)
	if c == nil {
		return nil
	}
	var out []string
	for sb := range c.sections {
		if sb[0] == name {
			out = append(out, sb[1])
		}
	}
	slices.Sort(out)
	return out
}

// SecondName is a second name a plan writes a unit with in brackets ("市财政局(地税局)"): the unit
// (city and name) and the second name, found by it in the tasks that write it so.
type SecondName struct {
	Unit   UnitRef
	Second string
}

// SecondNames returns the second names of every city's units (Task.Aka), by city, second name and
// unit.
func (d *Directory) SecondNames() []SecondName {
	var out []SecondName
	d.cities.each(func(city string, c *cityUnits) {
		for k := range c.seconds {
			out = append(out, SecondName{Unit: UnitRef{city, k[1]}, Second: k[0]})
		}
	})
	slices.SortFunc(out, func(a, b SecondName) int {
		return cmp.Or(strings.Compare(a.Unit.City, b.Unit.City), strings.Compare(a.Second, b.Second), strings.Compare(a.Unit.Name, b.Unit.Name))
	})
	return out
}

// count adds lead and part to unit u's counts, forgetting the unit when both reach zero.
func (c *cityCounts) count(u string, lead, part int) {
	n, ok := c.units[u]
	if !ok && (lead < 0 || part < 0) {
		return
	}
	n[0] += lead
	n[1] += part
	if n[0] <= 0 && n[1] <= 0 {
		delete(c.units, u)
		return
	}
	c.units[u] = n
}

// CityName is one way of writing a known city.
type CityName struct {
	Form string // as people write it: 衢州, 鹿城区, 温州
	City string // the plans' name for it: 衢州市, 温州市鹿城区
}

// CityNames lists every form of every known city, longest first.
func (d *Directory) CityNames() []CityName {
	return append([]CityName(nil), d.forms.names()...)
}

// EachCityName yields what CityNames lists without copying it: the question parser reads it for
// every question, and at 10,000 plans the copy was a third of that reading.
func (d *Directory) EachCityName() iter.Seq[CityName] {
	return func(yield func(CityName) bool) {
		for _, n := range d.forms.names() {
			if !yield(n) {
				return
			}
		}
	}
}

// CityNamesIn yields, in EachCityName's order, the forms EachCityName yields that occur in s, and
// any form that holds a space (one cut out of s and written as a space may leave it). The question
// parser looks for the forms in every question: read one by one, at 10,000 plans, that was a tenth of
// reading a question; these are found from s's own characters.
func (d *Directory) CityNamesIn(s string) iter.Seq[CityName] {
	return func(yield func(CityName) bool) {
		for _, n := range d.forms.in(s) {
			if !yield(n) {
				return
			}
		}
	}
}

// Cities returns the known cities and districts, sorted.
func (d *Directory) Cities() []string { return append([]string(nil), d.known...) }

// Has reports whether u's city (or "", the documents that name none) has a unit called u.Name.
func (d *Directory) Has(u UnitRef) bool {
	c := d.cities.get(u.City)
	return c != nil && c.has(u.Name)
}

// Units returns the units of city ("" for all) with their task counts, by city then most tasks.
func (d *Directory) Units(city string) []UnitCount {
	if city != "" {
		if c := d.cities.get(city); c != nil {
			if len(c.units) == 0 {
				return nil
			}
			return c.appendUnits(make([]UnitCount, 0, len(c.units)), city)
		}
		return nil
	}
	n := 0
	d.cities.each(func(_ string, c *cityUnits) { n += len(c.units) })
	out := make([]UnitCount, 0, n)
	if c := d.cities.get(""); c != nil {
		out = c.appendUnits(out, "")
	}
	for _, name := range d.known {
		if c := d.cities.get(name); c != nil {
			out = c.appendUnits(out, name)
		}
	}
	return out
}

// CityIn finds a city named in s and returns it with the rest of s around it; city is "" when none.
// "衢州的商务局" gives 衢州市 and "商务局". When several forms occur, the longest wins.
func (d *Directory) CityIn(s string) (city, rest string) {
	best, at := "", -1
	for i := range s {
		// Forms are looked up by their text at each position, longest first: the first one found
		// is the longest starting here.
		end := i
		var buf [24]int
		ends := buf[:0]
		for n := 0; n < d.forms.maxRunes && end < len(s); n++ {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
			ends = append(ends, end)
		}
		for k := len(ends) - 1; k >= 0; k-- {
			f := s[i:ends[k]]
			if len(f) < len(best) || (len(f) == len(best) && f >= best) {
				break
			}
			if d.forms.city(f) != "" {
				best, at = f, i
				break
			}
		}
	}
	if at < 0 {
		return "", s
	}
	rest = s[:at] + " " + s[at+len(best):]
	return d.forms.city(best), strings.TrimSpace(rest)
}

// ResolveCity returns the city a name or short form stands for ("衢州", "鹿城区"), or "".
func (d *Directory) ResolveCity(s string) string { return d.forms.city(strings.TrimSpace(s)) }

// Resolve returns the units a typed name stands for: "衢州市商务局", "衢州 商务局", "商务局", an alias.
// A city may also be given apart (city != ""), as a --city flag does. Units of every city match when
// none is named. The result is sorted by city and name.
func (d *Directory) Resolve(query, city string) []UnitRef {
	q := strings.TrimSpace(query)
	whole := "" // the name as typed, when a city was read off it
	if c, rest := d.CityIn(q); c != "" {
		if city == "" || city == c {
			whole, city, q = q, c, rest
		}
	}
	q = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(q), "的"))
	q = cleanUnit(q)
	if q == "" {
		return nil
	}
	// Plans write a unit's name their own way (市发改委, 市发展改革委): both match either, and a
	// name typed without its level (商务局) matches the unit with one (市商务局), and so does a name
	// whose first character opens a word, not a level (市场监管局 is 市市场监管局: levelless).
	want := d.aliases.Canonical(q)
	cand := map[string]bool{}
	for _, n := range d.names.canon.get(want) {
		cand[n] = true
	}
	if d.names.count.get(q) > 0 {
		cand[q] = true
	}
	// A unit whose name starts with its city's (衢州海关, 宁波舟山港集团) is found by the name typed
	// whole, as well as by what is left with the city read off it.
	if w := cleanUnit(whole); w != "" && d.names.count.get(w) > 0 {
		cand[w] = true
	}
	if !hasLevelPrefix(want) || levelless(want) {
		for _, key := range []string{want, d.aliases.Canonical(want)} {
			for _, n := range d.names.body.get(key) {
				cand[n] = true
			}
		}
	}
	// "市交通委规划处" is the 规划处 a plan lists alone after 市交通委港务监管处 (SectionBureaus).
	bureau, section, listed := BureauSection(q)
	// "高新区管委会" is the zone a city's plans name with the city's short name, "襄阳高新区管委会".
	zone := cityZone.MatchString(q)
	if len(cand) == 0 && !listed && !zone {
		return nil
	}
	names := slices.Sorted(maps.Keys(cand))
	var out []UnitRef
	add := func(c string) {
		cu := d.cities.get(c)
		if cu == nil {
			return
		}
		for _, n := range names {
			if cu.has(n) {
				out = append(out, UnitRef{c, n})
			}
		}
		if zone && c != "" {
			for _, form := range CityForms(c) {
				if n := form + q; adminLevel(form) == "" && !cand[n] && cu.has(n) {
					out = append(out, UnitRef{c, n})
				}
			}
		}
		if listed && !cand[section] && cu.has(section) {
			for _, b := range d.SectionBureaus(c, section) {
				if d.aliases.Canonical(b) == d.aliases.Canonical(bureau) {
					out = append(out, UnitRef{c, section})
					break
				}
			}
		}
	}
	if city != "" {
		add(city)
		return out
	}
	add("")
	for _, c := range d.known {
		add(c)
	}
	return out
}

func hasLevelPrefix(s string) bool {
	for _, p := range levelPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// Suggest returns up to n known unit names nearest to query (of city, when one is given), for
// "not found" answers. Shared character pairs count most; shared characters break ties and still
// find 市经信局 for a mistyped 市经济局. Names are found through an index of their characters and
// pairs, so the cost is the lists of the question's own characters, not every unit of every city.
func (d *Directory) Suggest(query, city string, n int) []string {
	q := cleanUnit(query)
	if c, rest := d.CityIn(q); c != "" && rest != "" {
		q = strings.TrimPrefix(cleanUnit(rest), "的")
		if city == "" {
			city = c
		}
	}
	qp, qc := gramCounts(pairs(q)), gramCounts(chars(q))
	np, nc := len(pairs(q)), utf8.RuneCountInString(q)
	score := map[string]float64{}
	if cu := d.cities.get(city); city != "" && cu != nil {
		for _, u := range cu.units {
			name := u.name
			p, c := pairs(name), chars(name)
			if s := dice(common(qp, gramCounts(p)), np, len(p)) + 0.5*dice(common(qc, gramCounts(c)), nc, len(c)); s > 0 {
				score[name] = s
			}
		}
	}
	if len(score) == 0 { // nothing near in the city: every city's names
		sharedP, sharedC := map[string]int{}, map[string]int{}
		for g, k := range qp {
			for _, p := range d.names.pairs.get(g) {
				sharedP[p.name] += min(k, p.n)
			}
		}
		for g, k := range qc {
			for _, p := range d.names.chars.get(g) {
				sharedC[p.name] += min(k, p.n)
			}
		}
		for name, c := range sharedC {
			runes := utf8.RuneCountInString(name)
			score[name] = dice(sharedP[name], np, pairCount(runes)) + 0.5*dice(c, nc, runes)
		}
	}
	type scored struct {
		name  string
		score float64
	}
	var all []scored
	for name, s := range score {
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

// pairs splits s into character bigrams (single characters for names under three). The bigrams are
// pieces of s, not new strings, when s is valid UTF-8 (an invalid byte reads as U+FFFD, as a
// conversion from runes writes it).
func pairs(s string) []string {
	if !utf8.ValidString(s) {
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
	n := utf8.RuneCountInString(s)
	if n < 3 {
		return chars(s)
	}
	out := make([]string, 0, n-1)
	prev := -1 // where the last character began
	for i := range s {
		if prev >= 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			out = append(out, s[prev:i+size])
		}
		prev = i
	}
	return out
}

// pairCount is len(pairs(s)) for a name of runes characters.
func pairCount(runes int) int {
	if runes < 3 {
		return runes
	}
	return runes - 1
}

// chars splits s into its characters: pieces of s, not new strings, save an invalid byte (U+FFFD,
// as string(r) writes it).
func chars(s string) []string {
	out := make([]string, 0, utf8.RuneCountInString(s))
	for i, r := range s {
		if size := utf8.RuneLen(r); r != utf8.RuneError && size > 0 {
			out = append(out, s[i:i+size])
		} else {
			out = append(out, string(r))
		}
	}
	return out
}

// gramRuns calls fn with each distinct gram of gs and how often it occurs, as gramCounts counts
// them, without a map (gs is sorted in place).
func gramRuns(gs []string, fn func(g string, n int)) {
	slices.Sort(gs)
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j] == gs[i] {
			j++
		}
		fn(gs[i], j-i)
		i = j
	}
}

func gramCounts(gs []string) map[string]int {
	m := make(map[string]int, len(gs))
	for _, g := range gs {
		m[g]++
	}
	return m
}

// common is the size of the intersection of two multisets.
func common(a, b map[string]int) int {
	n := 0
	for g, k := range a {
		n += min(k, b[g])
	}
	return n
}

// dice is the Dice coefficient of two multisets of sizes na and nb sharing shared items.
func dice(shared, na, nb int) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	return 2 * float64(shared) / float64(na+nb)
}

// cityForms are the ways of writing the known cities. Like the Directory, they never change once
// made; with returns changed copies.
type cityForms struct {
	own      cowMap[[]string] // form → the cities it is a form of (CityForms), sorted
	parents  cowMap[[]string] // a district's parent city (温州市, 温州) → its districts, sorted
	maxRunes int              // the longest form

	once   sync.Once
	sorted []CityName // every form, longest first; made on first use
	// byFirst, made with sorted: per first character, the places in sorted of the forms that open
	// with it, in sorted's order; anywhere, those of the forms that hold a space or have no first
	// character, which in lists whatever it is given.
	byFirst  map[rune][]int32
	anywhere []int32
}

// names lists every form with its city, longest first, then by form and city.
func (f *cityForms) names() []CityName {
	f.once.Do(func() {
		var out []CityName
		f.own.each(func(form string, cs []string) {
			for _, c := range cs {
				out = append(out, CityName{Form: form, City: c})
			}
		})
		f.parents.each(func(form string, _ []string) {
			if len(f.own.get(form)) == 0 {
				if c := f.parent(form); c != "" {
					out = append(out, CityName{Form: form, City: c})
				}
			}
		})
		sort.Slice(out, func(i, j int) bool {
			a, b := out[i], out[j]
			switch {
			case len(a.Form) != len(b.Form):
				return len(a.Form) > len(b.Form)
			case a.Form != b.Form:
				return a.Form < b.Form
			}
			return a.City < b.City
		})
		f.sorted = out
		f.byFirst = map[rune][]int32{}
		for i, n := range out {
			if r, size := utf8.DecodeRuneInString(n.Form); size == 0 || strings.Contains(n.Form, " ") {
				f.anywhere = append(f.anywhere, int32(i))
			} else {
				f.byFirst[r] = append(f.byFirst[r], int32(i))
			}
		}
	})
	return f.sorted
}

// in lists, in names' order, the forms that occur in s: those that open with one of s's characters
// and are written there, and those of anywhere (a reader who writes a space where it cut a form out
// of s finds those in what is left).
func (f *cityForms) in(s string) []CityName {
	all := f.names()
	at := slices.Clone(f.anywhere)
	for i, r := range s {
		for _, k := range f.byFirst[r] {
			if strings.HasPrefix(s[i:], all[k].Form) {
				at = append(at, k)
			}
		}
	}
	slices.Sort(at)
	at = slices.Compact(at)
	out := make([]CityName, len(at))
	for j, k := range at {
		out[j] = all[k]
	}
	return out
}

// city is the city form f stands for: the first city whose own form it is, else the one district of
// a parent city that the plans know no other place in (and no plan of the parent city itself).
func (f *cityForms) city(form string) string {
	if cs := f.own.get(form); len(cs) > 0 {
		return cs[0]
	}
	return f.parent(form)
}

func (f *cityForms) parent(form string) string {
	if cs := f.parents.get(form); len(cs) == 1 && utf8.RuneCountInString(form) >= 2 {
		return cs[0]
	}
	return ""
}

func (f *cityForms) with(in, out []string) *cityForms {
	own, parents := f.own.edit(), f.parents.edit()
	maxRunes := f.maxRunes
	edit := func(m *cowEdit[[]string], form, city string, add bool) {
		cs := slices.Clone(m.get(form))
		i, found := slices.BinarySearch(cs, city)
		switch {
		case add && !found:
			cs = slices.Insert(cs, i, city)
			maxRunes = max(maxRunes, utf8.RuneCountInString(form))
		case !add && found:
			cs = slices.Delete(cs, i, i+1)
		}
		if len(cs) == 0 {
			m.del(form)
		} else {
			m.set(form, cs)
		}
	}
	for k, cities := range [][]string{out, in} {
		for _, c := range cities {
			for _, form := range CityForms(c) {
				edit(own, form, c, k == 1)
			}
			if parts := SplitAdmin(c); len(parts) > 1 {
				for _, form := range uniq(parts[0], TrimLevel(parts[0])) {
					edit(parents, form, c, k == 1)
				}
			}
		}
	}
	return &cityForms{own: own.done(), parents: parents.done(), maxRunes: maxRunes}
}

func uniq(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// nameIndex indexes the distinct unit names of a Directory: by canonical form and by that form
// without its level prefix (for Resolve), and by character pairs and characters (for Suggest).
// It never changes once made; with returns a changed copy that shares the untouched buckets.
type nameIndex struct {
	count cowMap[int]        // name → cities whose plans name it
	canon cowMap[[]string]   // canonical form → names
	body  cowMap[[]string]   // canonical form without a level prefix → names
	pairs cowMap[[]gramPost] // character pair (a character, for names under three) → names
	chars cowMap[[]gramPost] // character → names
}

// gramPost is a name holding a character or pair n times.
type gramPost struct {
	name string
	n    int
}

// with applies delta, the change in the number of cities naming each unit.
func (x *nameIndex) with(delta map[string]int, aliases *Aliases) *nameIndex {
	changed := false
	for _, k := range delta {
		if k != 0 {
			changed = true
			break
		}
	}
	if !changed {
		return x
	}
	nx := *x
	var came, went []string
	nx.count, came, went = x.recount(delta)
	if len(came)+len(went) == 0 {
		return &nx
	}
	// Edits are gathered per key first: a character such as 局 lists most names, and copying its
	// list once per name would make a large change quadratic.
	canon, body, prs, chs := map[string][]nameEdit{}, map[string][]nameEdit{}, map[string][]nameEdit{}, map[string][]nameEdit{}
	for k, names := range [][]string{went, came} {
		add := k == 1
		for _, name := range names {
			c := aliases.Canonical(name)
			canon[c] = append(canon[c], nameEdit{name, 1, add})
			for _, p := range levelPrefixes {
				if b, ok := strings.CutPrefix(c, p); ok && b != "" {
					body[b] = append(body[b], nameEdit{name, 1, add})
				}
			}
			if _, section, ok := BureauSection(c); ok {
				body[section] = append(body[section], nameEdit{name, 1, add}) // 区经发局发改处 under 发改处
			}
			gramRuns(pairs(name), func(g string, n int) { prs[g] = append(prs[g], nameEdit{name, int32(n), add}) })
			gramRuns(chars(name), func(g string, n int) { chs[g] = append(chs[g], nameEdit{name, int32(n), add}) })
		}
	}
	nx.canon, nx.body = editLists(x.canon, canon), editLists(x.body, body)
	nx.pairs, nx.chars = editPosts(x.pairs, prs), editPosts(x.chars, chs)
	return &nx
}

// recount applies the change to the names' counts; came and went are the names that appear or
// disappear.
func (x *nameIndex) recount(delta map[string]int) (counts cowMap[int], came, went []string) {
	count := x.count.edit()
	for name, k := range delta {
		was := count.get(name)
		now := was + k
		if now <= 0 {
			count.del(name)
		} else {
			count.set(name, now)
		}
		switch {
		case was <= 0 && now > 0:
			came = append(came, name)
		case was > 0 && now <= 0:
			went = append(went, name)
		}
	}
	return count.done(), came, went
}

// nameEdit adds a name to one key's list, or drops it; n is how often the key's gram occurs in it.
type nameEdit struct {
	name string
	n    int32 // 24 bytes an edit, not 32: a first build makes one a gram of every name
	add  bool
}

func droppedNames(es []nameEdit) map[string]bool {
	drop := make(map[string]bool, len(es))
	for _, e := range es {
		drop[e.name] = true
	}
	return drop
}

// keptFor returns a new list of what old holds that the edits es leave (an edited name is dropped,
// and added again by the caller when it comes), with room for the names es add. A key nobody held
// (every key of a first build) takes no set of dropped names, nor a list grown by appending.
func keptFor[T any](old []T, es []nameEdit, name func(T) string) []T {
	adds := 0
	for _, e := range es {
		if e.add {
			adds++
		}
	}
	if len(old) == 0 {
		return make([]T, 0, adds)
	}
	drop := droppedNames(es)
	out := make([]T, 0, len(old)+adds)
	for _, x := range old {
		if !drop[name(x)] {
			out = append(out, x)
		}
	}
	return out
}

// editLists applies the edits to lists of names by key.
func editLists(old cowMap[[]string], edits map[string][]nameEdit) cowMap[[]string] {
	m := old.edit()
	for key, es := range edits {
		ns := keptFor(m.get(key), es, func(s string) string { return s })
		for _, e := range es {
			if e.add {
				ns = append(ns, e.name)
			}
		}
		if len(ns) == 0 {
			m.del(key)
		} else {
			m.set(key, ns)
		}
	}
	return m.done()
}

// editPosts applies the edits to the gram postings by key.
func editPosts(old cowMap[[]gramPost], edits map[string][]nameEdit) cowMap[[]gramPost] {
	m := old.edit()
	for key, es := range edits {
		ps := keptFor(m.get(key), es, func(p gramPost) string { return p.name })
		for _, e := range es {
			if e.add {
				ps = append(ps, gramPost{e.name, int(e.n)})
			}
		}
		if len(ps) == 0 {
			m.del(key)
		} else {
			m.set(key, ps)
		}
	}
	return m.done()
}

// cowMap is a map in 64 buckets by the hash of the key, shared between versions: a change copies
// the buckets it touches, not the whole map (at 10,000 plans the Directory's maps hold 4,000 cities
// and 17,000 names, and a one-plan change touches a handful of each). The zero value is empty.
type cowMap[V any] struct {
	b [cowBuckets]map[string]V
}

const cowBuckets = 64

var cowSeed = maphash.MakeSeed()

func cowBucket(k string) int { return int(maphash.String(cowSeed, k) % cowBuckets) }

func (m *cowMap[V]) get(k string) V { return m.b[cowBucket(k)][k] }

func (m *cowMap[V]) each(fn func(string, V)) {
	for _, b := range m.b {
		for k, v := range b {
			fn(k, v)
		}
	}
}

// edit returns a writable copy of m; m itself does not change.
func (m *cowMap[V]) edit() *cowEdit[V] { return &cowEdit[V]{m: *m} }

type cowEdit[V any] struct {
	m      cowMap[V]
	copied [cowBuckets]bool
}

func (e *cowEdit[V]) get(k string) V { return e.m.get(k) }

func (e *cowEdit[V]) bucket(k string) map[string]V {
	i := cowBucket(k)
	if !e.copied[i] {
		e.m.b[i], e.copied[i] = maps.Clone(e.m.b[i]), true
		if e.m.b[i] == nil {
			e.m.b[i] = map[string]V{}
		}
	}
	return e.m.b[i]
}

func (e *cowEdit[V]) set(k string, v V) { e.bucket(k)[k] = v }

func (e *cowEdit[V]) del(k string) {
	if _, ok := e.m.b[cowBucket(k)][k]; ok {
		delete(e.bucket(k), k)
	}
}

func (e *cowEdit[V]) done() cowMap[V] { return e.m }
