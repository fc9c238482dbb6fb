package plan_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/width"

	"github.com/dutybot/dutybot/plan"
)

var (
	corpusReport = flag.String("corpus.report", "", "write the corpus evaluation's per-plan table (markdown) to this file")
	corpusMatch  = flag.String("corpus.match", "", "score only the plans whose file name matches this pattern (a round's slugs, e.g. ^v-)")
)

// The gold format is described in testdata/corpus/README.md. Gold files were written from the plan
// texts alone, by people who had not read the parser.
type goldPlan struct {
	File     string     `json:"file"`
	Source   string     `json:"source"`
	Excerpt  bool       `json:"excerpt"`
	Title    string     `json:"title"`
	Number   string     `json:"number"`
	Issued   string     `json:"issued"`
	Province string     `json:"province"`
	City     string     `json:"city"`
	District string     `json:"district"`
	Level    string     `json:"level"`
	Tasks    []goldTask `json:"tasks"`
}

type goldTask struct {
	Anchor        string         `json:"anchor"`
	Lead          []string       `json:"lead"`
	Participating []string       `json:"participating"`
	Deadlines     []goldDeadline `json:"deadlines"`
}

type goldDeadline struct {
	Quote     string `json:"quote"`
	Date      string `json:"date"`
	Kind      string `json:"kind"`
	Inherited bool   `json:"inherited"`
}

// corpusScore counts one plan's (or a whole split's) agreement with its gold.
type corpusScore struct {
	plans                   int
	goldTasks, foundTasks   int // gold tasks, and those whose anchor is in some parsed task's text
	goldTuples, hitTuples   int // gold (task, unit, role) and those the parse has
	parsedTuples, okTuples  int // parsed (task, unit, role) and those the gold has
	goldDates, hitDates     int // gold deadlines and those the parse has (same day)
	ownDates, hitOwnDates   int // the same, without deadlines inherited from the plan's period
	kindOK                  int // of the hit deadlines, those of the right kind
	placeN, placeOK         int // where the plan belongs (province / city / district)
	unitMisses, extraTuples []string
	dateMisses              []string
}

func (s *corpusScore) add(o corpusScore) {
	s.plans += o.plans
	s.goldTasks += o.goldTasks
	s.foundTasks += o.foundTasks
	s.goldTuples += o.goldTuples
	s.hitTuples += o.hitTuples
	s.parsedTuples += o.parsedTuples
	s.okTuples += o.okTuples
	s.goldDates += o.goldDates
	s.hitDates += o.hitDates
	s.ownDates += o.ownDates
	s.hitOwnDates += o.hitOwnDates
	s.kindOK += o.kindOK
	s.placeN += o.placeN
	s.placeOK += o.placeOK
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s corpusScore) precision() float64  { return ratio(s.okTuples, s.parsedTuples) }
func (s corpusScore) recall() float64     { return ratio(s.hitTuples, s.goldTuples) }
func (s corpusScore) dateRecall() float64 { return ratio(s.hitDates, s.goldDates) }

// squash is how texts are compared: widths folded, white space gone.
func squash(s string) string {
	s = width.Fold.String(s)
	return strings.Join(strings.Fields(s), "")
}

// goldPlace is the place a gold plan belongs to, as the parser's Normalizer takes it.
func (g goldPlan) place() string {
	switch {
	case g.District != "":
		return g.City + g.District
	case g.City != "":
		return g.City
	}
	return g.Province
}

// unitKey is how a unit name is compared: the plan's own place dropped from its front and aliases
// folded, so that 衢州市商务局, 市商务局 and 市商务局 written with an alias are one unit, while
// 省水利厅 and 水利厅 stay two.
func unitKey(g goldPlan, name string) string {
	n := plan.Normalizer{Aliases: plan.DefaultAliases(), City: g.place()}
	// A group in angle brackets is one in brackets: 各县<市、区>人民政府 is 各县（市、区）人民政府.
	name = strings.NewReplacer("<", "（", ">", "）").Replace(name)
	k := n.Unit(name)
	if g.Province != "" && g.place() != g.Province {
		k = plan.Normalizer{Aliases: plan.DefaultAliases(), City: g.Province}.Unit(k)
	}
	return k
}

type tuple struct{ unit, role string }

func tuples(g goldPlan, lead, partic []string) map[tuple]bool {
	out := map[tuple]bool{}
	for _, u := range lead {
		out[tuple{unitKey(g, u), plan.RoleLead}] = true
	}
	for _, u := range partic {
		out[tuple{unitKey(g, u), plan.RoleParticipating}] = true
	}
	return out
}

// scorePlan compares one parse with its gold. Each gold task is matched to the parsed task whose
// text holds its anchor (the shortest, when several do). A parsed task matched by two gold tasks
// (two tasks merged) is counted against each; a parsed task with units that no gold task matches
// counts all its units as wrong.
func scorePlan(d *plan.Document, g goldPlan) corpusScore {
	s := corpusScore{plans: 1, goldTasks: len(g.Tasks)}
	texts := make([]string, len(d.Tasks))
	for i, t := range d.Tasks {
		texts[i] = squash(t.Text)
	}
	matched := map[int]bool{}
	for _, gt := range g.Tasks {
		gt.Deadlines = knownDates(gt.Deadlines)
		want := tuples(g, gt.Lead, gt.Participating)
		s.goldTuples += len(want)
		for _, dl := range gt.Deadlines {
			s.goldDates++
			if !dl.Inherited {
				s.ownDates++
			}
		}
		best := -1
		// An anchor copied with its item number ("1.地区生产总值…", or glued to the words as a table
		// run together prints it: "1十陵景区项目…") is looked for without it too: the number is the
		// task's, not its words.
		unnumbered := gluedItemNumber.ReplaceAllString(itemMarker.ReplaceAllString(gt.Anchor, ""), "$1")
		for _, anchor := range []string{squash(gt.Anchor), squash(unnumbered)} {
			for i, tx := range texts {
				if strings.Contains(tx, anchor) && (best < 0 || len(tx) < len(texts[best])) {
					best = i
				}
			}
			if best >= 0 {
				break
			}
		}
		if best < 0 {
			for u := range want {
				s.unitMisses = append(s.unitMisses, fmt.Sprintf("%s: task not found %q (%s %s)", g.File, gt.Anchor, u.role, u.unit))
			}
			for _, dl := range gt.Deadlines {
				s.dateMisses = append(s.dateMisses, fmt.Sprintf("%s: task not found %q (%s)", g.File, gt.Anchor, dl.Quote))
			}
			continue
		}
		s.foundTasks++
		matched[best] = true
		t := d.Tasks[best]
		got := tuples(g, t.Lead, t.Participating)
		for u := range want {
			if got[u] {
				s.hitTuples++
			} else {
				s.unitMisses = append(s.unitMisses, fmt.Sprintf("%s: %q: missing %s %s (got lead %v, partic %v)", g.File, gt.Anchor, u.role, u.unit, t.Lead, t.Participating))
			}
		}
		s.parsedTuples += len(got)
		for u := range got {
			if want[u] {
				s.okTuples++
			} else {
				s.extraTuples = append(s.extraTuples, fmt.Sprintf("%s: %q: extra %s %s", g.File, gt.Anchor, u.role, u.unit))
			}
		}
		for _, dl := range gt.Deadlines {
			hit := false
			for _, pd := range t.Deadlines {
				if pd.Date.String() == dl.Date {
					hit = true
					if pd.Kind == dl.Kind {
						s.kindOK++
					}
					break
				}
			}
			if hit {
				s.hitDates++
				if !dl.Inherited {
					s.hitOwnDates++
				}
			} else {
				s.dateMisses = append(s.dateMisses, fmt.Sprintf("%s: %q: missing %s %s%s (got %v)", g.File, gt.Anchor, dl.Date, dl.Quote, map[bool]string{true: " inherited"}[dl.Inherited], t.Deadlines))
			}
		}
	}
	for i, t := range d.Tasks {
		if matched[i] {
			continue
		}
		for u := range tuples(g, t.Lead, t.Participating) {
			s.parsedTuples++
			s.extraTuples = append(s.extraTuples, fmt.Sprintf("%s: unmatched task %s %q: extra %s %s", g.File, t.Number, plan.Clip(t.Text, 30), u.role, u.unit))
		}
	}
	s.placeN = 1
	if samePlace(placeOf(d), g) {
		s.placeOK = 1
	}
	return s
}

// knownDates are the gold deadlines whose day the reader could tell: one whose text leaves its year
// out, with no year anywhere ("于7月17日下班前", "20xx年1月10日"), is written with a null date and
// cannot be found.
func knownDates(ds []goldDeadline) []goldDeadline {
	var out []goldDeadline
	for _, d := range ds {
		if d.Date != "" {
			out = append(out, d)
		}
	}
	return out
}

// samePlace reports whether the parser's place is the gold's. A gold may name a county without its
// city (寿县, where the parser writes 淮南市寿县), and a place by its short name (黔东南州 for
// 黔东南苗族侗族自治州), and a municipality's district without the municipality (虹口区 for
// 上海市虹口区): each is the same place.
func samePlace(got string, g goldPlan) bool {
	want := g.place()
	if got == want {
		return true
	}
	if g.City == "" && g.District != "" && strings.HasSuffix(got, g.District) {
		city := strings.TrimSuffix(got, g.District)
		// A municipality's district: the gold leaves the city empty (上海市 is the province).
		return city != "" && (plan.PlaceLevel(city) == plan.LevelCity || city == g.Province)
	}
	// A zone named after its county (平潭综合实验区) is that county's place (福州市平潭县).
	if z := plan.ZoneCounty(g.City); z != "" && g.District == "" && strings.HasSuffix(got, z) {
		return true
	}
	gp, wp := plan.SplitAdmin(got), plan.SplitAdmin(want)
	if len(gp) == 0 || len(gp) != len(wp) {
		return false
	}
	for i := range gp {
		if plan.TrimLevel(gp[i]) != plan.TrimLevel(wp[i]) {
			return false
		}
	}
	return true
}

// placeOf is where the parser put the plan, in the gold's form.
func placeOf(d *plan.Document) string { return d.City }

// itemMarker is an item's number at the start of an anchor, or a table row's number in a cell of
// its own ("1\n\n重点发展区域\n\n以…").
var itemMarker = regexp.MustCompile(`^\s*(?:[⒈-⒛⑴-⒇㈠-㈩]|\d{1,3}[.．、﹒]|\d{1,3}[ \t]*\n|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*`)

// gluedItemNumber is a row's number glued to its first word.
var gluedItemNumber = regexp.MustCompile(`^\s*\d{1,3}(\p{Han})`)

// loadCorpus reads the gold files of one split.
func loadCorpus(t *testing.T, split string) []goldPlan {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", split, "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	match, err := regexp.Compile(*corpusMatch)
	if err != nil {
		t.Fatalf("-corpus.match: %v", err)
	}
	var out []goldPlan
	for _, f := range files {
		if !match.MatchString(filepath.Base(f)) {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldPlan
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		g.File = strings.TrimSuffix(filepath.Base(f), ".gold.json")
		out = append(out, g)
	}
	return out
}

type planResult struct {
	gold  goldPlan
	score corpusScore
	err   error
}

func evalSplit(t *testing.T, split string) (corpusScore, []planResult) {
	var total corpusScore
	var results []planResult
	for _, g := range loadCorpus(t, split) {
		data, err := os.ReadFile(filepath.Join("testdata", "corpus", split, g.File+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := plan.Parse(g.File+".txt", data, plan.Options{})
		r := planResult{gold: g, err: err}
		if err != nil {
			d = &plan.Document{}
		}
		r.score = scorePlan(d, g)
		total.add(r.score)
		results = append(results, r)
	}
	return total, results
}

// TestCorpus measures the parser on real plans it was not written for: (task, unit, role)
// precision and recall, deadline recall and where each plan belongs, on the dev split (which the
// rules may be tuned on) and the held-back split (which they are not). Run with -v for the misses
// and -args -corpus.report=FILE for the per-plan table in docs/BENCHMARKS.md.
func TestCorpus(t *testing.T) {
	plan.SkipUnderRace(t)
	var report strings.Builder
	for _, split := range []string{"dev", "heldout"} {
		total, results := evalSplit(t, split)
		t.Logf("%s: %d plans, %d/%d tasks found; (task, unit, role) precision %.3f recall %.3f; deadline recall %.3f (own dates %.3f, right kind %d/%d); place %d/%d",
			split, total.plans, total.foundTasks, total.goldTasks, total.precision(), total.recall(), total.dateRecall(),
			ratio(total.hitOwnDates, total.ownDates), total.kindOK, total.hitDates, total.placeOK, total.placeN)
		fmt.Fprintf(&report, "\n**%s** (%d plans): tasks found %d/%d · precision %.3f · recall %.3f · deadline recall %.3f (own dates %.3f) · place %d/%d\n\n",
			split, total.plans, total.foundTasks, total.goldTasks, total.precision(), total.recall(), total.dateRecall(), ratio(total.hitOwnDates, total.ownDates), total.placeOK, total.placeN)
		fmt.Fprintln(&report, "| plan | tasks found | precision | recall | deadline recall | place |")
		fmt.Fprintln(&report, "| --- | --- | --- | --- | --- | --- |")
		sort.Slice(results, func(i, j int) bool { return results[i].gold.File < results[j].gold.File })
		for _, r := range results {
			s := r.score
			place := "✓"
			if s.placeOK == 0 {
				place = "✗"
			}
			fmt.Fprintf(&report, "| %s | %d/%d | %.2f | %.2f | %.2f | %s |\n", r.gold.File, s.foundTasks, s.goldTasks, s.precision(), s.recall(), s.dateRecall(), place)
			if testing.Verbose() && split == "dev" {
				for _, m := range append(append(s.unitMisses, s.extraTuples...), s.dateMisses...) {
					t.Log(m)
				}
				if r.err != nil {
					t.Logf("%s: %v", r.gold.File, r.err)
				}
			}
		}
	}
	if *corpusReport != "" {
		if err := os.WriteFile(*corpusReport, []byte(report.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
