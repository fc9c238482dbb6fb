package bot

import (
	"slices"
	"sync"

	"github.com/dutybot/dutybot/plan"
)

// docIndex is the loaded plans looked up by id and by city, and the place names some loaded plan
// writes, so that a question's look-ups do not walk every plan (10,000 of them) for each word.
// Built once per parser (Engine.current builds it with the parser's other indexes).
type docIndex struct {
	byID   map[string][]int // the places in allDocs of each id's plans, in order
	byCity map[string][]int // the places in allDocs of each city's plans, in order
	cities map[string]bool  // the cities the parser's directory knows

	mu   sync.Mutex
	held map[string]bool // docHolds of some loaded plan, for the names asked so far (anyDocHolds)
}

// heldNamesKept bounds docIndex.held: the names it is asked of are places (a gazetteer's), but a
// long-running bot must not grow without end all the same.
const heldNamesKept = 1 << 16

// planIndex returns the parser's plan look-ups, built on first use.
func (p *Parser) planIndex() *docIndex {
	p.docsOnce.Do(func() {
		x := &docIndex{byID: map[string][]int{}, byCity: map[string][]int{}, cities: map[string]bool{}, held: map[string]bool{}}
		for i, d := range p.allDocs {
			x.byID[d.ID] = append(x.byID[d.ID], i)
			x.byCity[d.City] = append(x.byCity[d.City], i)
		}
		if p.dir != nil {
			for _, c := range p.dir.Cities() {
				x.cities[c] = true
			}
		}
		p.docIdx = x
	})
	return p.docIdx
}

// docsOf returns the loaded plans whose ids are in ids, each once, in allDocs' order: what
// `for _, d := range p.allDocs { if contains(ids, d.ID) … }` visits, without the walk.
func (p *Parser) docsOf(ids []string) []*plan.Document {
	return p.docsBy(p.planIndex().byID, ids)
}

// docsOfCities returns the loaded plans of cities, each once, in allDocs' order.
func (p *Parser) docsOfCities(cities []string) []*plan.Document {
	return p.docsBy(p.planIndex().byCity, cities)
}

// docsBy returns the plans at the places by gives keys, each once, in allDocs' order.
func (p *Parser) docsBy(by map[string][]int, keys []string) []*plan.Document {
	var at []int
	for i, k := range keys {
		if !slices.Contains(keys[:i], k) {
			at = append(at, by[k]...)
		}
	}
	slices.Sort(at)
	out := make([]*plan.Document, len(at))
	for i, k := range at {
		out[i] = p.allDocs[k]
	}
	return out
}

// knowsCity reports whether the parser's directory knows city (one of its Cities).
func (p *Parser) knowsCity(city string) bool { return p.planIndex().cities[city] }

// anyDocHolds reports whether some loaded plan's title or text writes name (docHolds of one of
// allDocs), worked out once per name: the names asked are places, few, and each walk reads the
// whole text of every plan.
func (p *Parser) anyDocHolds(name string) bool {
	x := p.planIndex()
	x.mu.Lock()
	held, ok := x.held[name]
	x.mu.Unlock()
	if ok {
		return held
	}
	held = slices.ContainsFunc(p.allDocs, func(d *plan.Document) bool { return docHolds(d, []string{name}) })
	x.mu.Lock()
	if len(x.held) >= heldNamesKept {
		clear(x.held)
	}
	x.held[name] = held
	x.mu.Unlock()
	return held
}
