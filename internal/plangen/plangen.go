// Package plangen makes many plausible plans out of a few real ones, for scale benchmarks: each
// generated plan is a seed plan moved to another city (its name replaced throughout the text and
// in city-named units), with units swapped between tasks and dates shifted by whole years. Output
// is deterministic for a given seed.
//
// Plans moved so share most of their texts: a task that does not name its city reads the same in
// every city its seed went to. GenerateWith's Options.Distinct gives each plan texts of its own, as
// real plans have (see distinct.go).
package plangen

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/dutybot/dutybot/plan"
)

// cityChars are the characters generated city names are made of.
var cityChars = []rune("安宁平阳远江清源德化兴华昌泰盛丰顺新河山川海林溪乐康吉庆福寿永长明光临武文义信仁")

// Options change what GenerateWith makes.
type Options struct {
	// Distinct words every generated plan's task texts and body paragraphs its own way (its units,
	// figures, years, verbs and place words, and a clause of its own), so that no two plans hold
	// the same task text or paragraph; tasks, units and dates stay what they are without it.
	Distinct bool
}

// Generate returns n plans made from base, round robin, in n/len(base) (rounded up) generated
// cities. A district seed (温州市鹿城区) becomes a district of its generated city.
func Generate(base []*plan.Document, n int, seed uint64) []*plan.Document {
	return GenerateWith(base, n, seed, Options{})
}

// GenerateWith is Generate with options. The cities, units, dates and ids are Generate's for the
// same base, n and seed whatever the options.
func GenerateWith(base []*plan.Document, n int, seed uint64, o Options) []*plan.Document {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	cities := (n + len(base) - 1) / len(base)
	// City names run through the pairs (then triples) of cityChars in a shuffled order, so they are
	// distinct however many are asked for.
	k := len(cityChars)
	order := r.Perm(max(cities, k*k))
	names := make([]string, 0, cities)
	for _, i := range order[:cities] {
		name := []rune{cityChars[i%k], cityChars[(i/k)%k]}
		if i >= k*k {
			name = append(name, cityChars[(i/(k*k))%k])
		}
		names = append(names, string(name))
	}
	out := make([]*plan.Document, 0, n)
	seedTexts := map[*plan.Document]*seedText{} // what Distinct cuts each seed's texts into
	for i := 0; i < n; i++ {
		b := base[i%len(base)]
		var w *wording
		if o.Distinct {
			// A source of its own, so that the plans' cities, units and years stay Generate's.
			w = newWording(names[i/len(base)], rand.New(rand.NewPCG(seed^0x5bd1e995, uint64(i))), seedTexts)
		}
		out = append(out, variant(b, names[i/len(base)], r, w))
	}
	return out
}

// variant moves b to city short name c (e.g. 安宁): 衢州市 → 安宁市, 温州市鹿城区 → 安宁市平阳区.
// A non-nil w words its texts its own way.
func variant(b *plan.Document, c string, r *rand.Rand, w *wording) *plan.Document {
	oldParts := splitCity(b.City)
	newCity := c + "市"
	repl := []string{oldParts[0], newCity, strings.TrimSuffix(oldParts[0], "市"), c}
	if len(oldParts) > 1 {
		dist := string([]rune{cityChars[r.IntN(len(cityChars))], cityChars[(r.IntN(len(cityChars)))]})
		level := string([]rune(oldParts[1])[len([]rune(oldParts[1]))-1:])
		newCity += dist + level
		oldShort := strings.TrimSuffix(oldParts[1], level)
		repl = append([]string{oldParts[1], dist + level, oldShort, dist}, repl...)
	}
	rp := strings.NewReplacer(repl...)
	years := r.IntN(4)
	shift := func(d plan.Day) plan.Day {
		if d.IsZero() {
			return d
		}
		return plan.NewDay(d.Year+years, d.Month, d.Day)
	}
	d := &plan.Document{
		Title:  rp.Replace(b.Title),
		City:   newCity,
		Number: rp.Replace(b.Number),
		Issued: shift(b.Issued),
		Source: "generated:" + b.Source,
	}
	h := sha256.Sum256([]byte(d.City + "\x00" + d.Number + "\x00" + d.Title))
	d.ID = hex.EncodeToString(h[:4])
	d.Hash = hex.EncodeToString(h[:])

	// Units are swapped between tasks: the pool of the plan's units is shuffled into a rename map.
	var pool []string
	inPool := map[string]bool{}
	for _, t := range b.Tasks {
		for _, u := range t.Units() {
			if !inPool[u] {
				inPool[u] = true
				pool = append(pool, u)
			}
		}
	}
	rename := map[string]string{}
	perm := r.Perm(len(pool))
	for i, u := range pool {
		if r.IntN(4) == 0 { // a quarter of the units trade places
			rename[u] = pool[perm[i]]
		}
	}
	units := func(us []string) []string {
		out := make([]string, 0, len(us))
		seen := map[string]bool{}
		for _, u := range us {
			if v, ok := rename[u]; ok {
				u = v
			}
			u = rp.Replace(u)
			if !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
		}
		return out
	}
	// The texts of tasks and paragraphs: moved to the new city, and with w worded the plan's own way
	// (a task's text and its paragraph, equal in the seed, stay equal).
	text, title := rp.Replace, rp.Replace
	if w != nil {
		text, title = w.texts(b, rename, years, rp)
	}
	ids := map[string]string{}
	ref := d.Ref()
	d.Tasks = make([]plan.Task, len(b.Tasks))
	for i, t := range b.Tasks {
		path := strings.TrimPrefix(t.ID, b.ID+":")
		nt := plan.Task{
			ID: d.ID + ":" + path, Doc: &ref, Section: rp.Replace(t.Section), Number: t.Number,
			Title: title(t.Title), Text: text(t.Text), Lead: units(t.Lead), Participating: units(t.Participating),
		}
		for _, dl := range t.Deadlines {
			nt.Deadlines = append(nt.Deadlines, plan.Deadline{Quote: shiftQuote(dl.Quote, years), Date: shift(dl.Date), Kind: dl.Kind})
		}
		nt.Recurring = append([]plan.Recurring(nil), t.Recurring...)
		ids[t.ID] = nt.ID
		d.Tasks[i] = nt
	}
	d.Paras = make([]plan.Paragraph, len(b.Paras))
	for i, p := range b.Paras {
		pt := text
		if p.TaskID == "" && heading(p.Text) {
			pt = rp.Replace // a heading reads the same in every plan, as real plans' do
		}
		d.Paras[i] = plan.Paragraph{Section: rp.Replace(p.Section), TaskID: ids[p.TaskID], Text: pt(p.Text)}
	}
	plan.Compact(d) // as the plan store does with the plans it decodes
	return d
}

func shiftQuote(q string, years int) string {
	if years == 0 {
		return q
	}
	for y := 2030; y >= 2000; y-- {
		q = strings.ReplaceAll(q, fmt.Sprint(y), fmt.Sprint(y+years))
	}
	return q
}

// splitCity splits "温州市鹿城区" into ["温州市", "鹿城区"].
func splitCity(city string) []string {
	if i := strings.Index(city, "市"); i >= 0 && i+len("市") < len(city) {
		return []string{city[:i+len("市")], city[i+len("市"):]}
	}
	return []string{city}
}
