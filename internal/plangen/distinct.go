package plangen

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// A seed moved to another city keeps every sentence that does not name its city, so the plans
// Generate makes share most of their texts (at 10,000 plans about one task text in four is
// distinct) and every store that keeps equal texts or vectors once looks better on them than on
// real plans, which share headings and stock phrases but rarely a whole task. A wording makes one
// generated plan's texts its own, the way another city's office would write the same measures:
//
//   - the units swapped between its tasks are swapped in the text too (牵头单位:市商务局 names the
//     unit the task's Lead names);
//   - its figures are the seed's times a factor of its own (650家 → 780家; years, months, days and
//     spans of time are dates, not figures, and stay);
//   - its years are shifted as its deadlines are (到2025年 → 到2027年 beside a deadline in 2027);
//   - each group of interchangeable verbs (加快推进 / 大力推进 / 扎实推进, 加强 / 强化) is written
//     its one way;
//   - each task text and body paragraph gets a clause naming the city and two towns of its own
//     (结合安宁实际，在清源镇、德化街道先行先试), which no other plan's city has.
//
// The plan's units and dates (every deadline and recurring quote) are left as written, and a
// task's title is worded as its text is, so the text reads as the same tasks, units and dates
// (TestDistinctReadsTheSame).
// Body paragraphs that are headings (总体要求) stay as they are: real plans share those too.
type wording struct {
	city   string            // the plan's city, short (安宁)
	towns  [2]string         // place words of its own (清源镇, 德化街道)
	factor float64           // its figures are the seed's times factor
	verbs  *strings.Replacer // each group of verbGroups written one way
	clause int               // the first of clauses it uses; the text picks the offset
	seeds  map[*plan.Document]*seedText
}

// seedText is what a seed's texts are cut into, the same for every plan made from it.
type seedText struct {
	keep   []string        // what stays as written, longest first
	units  map[string]bool // those of keep that are units
	pieces map[string][]piece
}

// newSeedText gathers what stays as written in b's texts: its units and its dates' quotes.
func newSeedText(b *plan.Document) *seedText {
	st := &seedText{units: map[string]bool{}, pieces: map[string][]piece{}}
	for _, t := range b.Tasks {
		for _, u := range t.Units() {
			st.units[u] = true
			st.keep = append(st.keep, u)
		}
		for _, dl := range t.Deadlines {
			st.keep = append(st.keep, dl.Quote)
		}
		for _, rc := range t.Recurring {
			st.keep = append(st.keep, rc.Quote)
		}
	}
	st.keep = slices.DeleteFunc(st.keep, func(s string) bool { return s == "" })
	slices.SortStableFunc(st.keep, func(a, b string) int { return len(b) - len(a) })
	st.keep = slices.Compact(st.keep)
	return st
}

// split is s cut into pieces, once for each text of the seed.
func (st *seedText) split(s string) []piece {
	ps, ok := st.pieces[s]
	if !ok {
		ps = split(s, st.keep, st.units)
		st.pieces[s] = ps
	}
	return ps
}

// verbGroups are verbs a plan writes one way or another with the same meaning.
var verbGroups = [][]string{
	{"加快推进", "大力推进", "着力推进", "扎实推进", "积极推进"},
	{"进一步完善", "持续完善", "不断完善", "逐步完善"},
	{"深入开展", "扎实开展", "广泛开展", "持续开展"},
	{"建立健全", "健全完善"},
	{"加强", "强化"},
	{"推动", "促进"},
	{"提升", "提高"},
}

// clauses are what each text gets of its own: %[1]s the city, %[2]s and %[3]s its towns. None
// names a unit, a date or a role (牵头, 负责, 配合).
var clauses = []string{
	"结合%[1]s实际，在%[2]s、%[3]s先行先试",
	"%[1]s%[2]s要率先形成可复制的经验",
	"重点抓好%[1]s%[2]s、%[3]s两地",
	"统筹%[1]s城乡，%[2]s等地同步推进",
	"确保%[1]s%[2]s、%[3]s等地同步见效",
	"以%[1]s%[3]s为示范逐步推开",
}

// townLevels end the towns' names.
var townLevels = []string{"镇", "乡", "街道"}

// factors are what a plan's figures are the seed's times.
var factors = []float64{0.6, 0.7, 0.8, 0.9, 1.1, 1.2, 1.3, 1.4, 1.5}

// counters are the words after a number that make it a figure. Spans of time (个月, 天, 年, 次)
// are not among them: they are dates and duties.
var counters = []string{"个", "家", "亿", "万", "千", "百", "%", "％", "项", "所", "户", "人", "条", "座", "处", "台",
	"辆", "公里", "亩", "元", "吨", "余", "名", "套", "张", "公顷", "米"}

// notCounted follow 个 in a span of time.
var notCounted = []string{"个月", "个工作日", "个小时", "个季度", "个年度"}

func newWording(city string, r *rand.Rand, seeds map[*plan.Document]*seedText) *wording {
	w := &wording{city: city, seeds: seeds, factor: factors[r.IntN(len(factors))], clause: r.IntN(len(clauses))}
	for i := range w.towns {
		w.towns[i] = string([]rune{cityChars[r.IntN(len(cityChars))], cityChars[r.IntN(len(cityChars))]}) +
			townLevels[r.IntN(len(townLevels))]
	}
	if w.towns[1] == w.towns[0] {
		w.towns[1] = string([]rune(w.towns[0])[:2]) + "新区"
	}
	var pairs [][2]string
	for _, g := range verbGroups {
		to := g[r.IntN(len(g))]
		for _, v := range g {
			if v != to {
				pairs = append(pairs, [2]string{v, to})
			}
		}
	}
	// The replacer tries its pairs in order: the longer first (大力推进 before 大力).
	slices.SortStableFunc(pairs, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
	var flat []string
	for _, p := range pairs {
		flat = append(flat, p[0], p[1])
	}
	w.verbs = strings.NewReplacer(flat...)
	return w
}

// heading reports whether a body paragraph is a heading: a few words (总体要求, 工作专班成员), no
// sentence, list, person's title or figure. Headings stay as the seed has them: real plans share
// those too. A line of people (林明（市财政局副局长）) or an addressee line is no heading.
func heading(s string) bool {
	return !strings.ContainsAny(s, "。；;！？：:（）()，,、0123456789") && utf8.RuneCountInString(s) <= 12
}

// piece is a run of a seed's text: free (worded the plan's way) or kept as written (a unit's
// name, a date's quote).
type piece struct {
	s    string
	free bool
	unit bool // kept: a unit's name, which the plan's rename may swap
}

// texts returns the functions that word the texts and the titles of b's tasks and paragraphs for
// the plan: rename swaps units, years shifts dates, rp moves names to the plan's city.
func (w *wording) texts(b *plan.Document, rename map[string]string, years int, rp *strings.Replacer) (text, title func(string) string) {
	st := w.seeds[b]
	if st == nil {
		st = newSeedText(b)
		w.seeds[b] = st
	}
	shift := yearShifter(years)
	// A title is worded as its task's text is (so that a title that opens the text still does),
	// without a clause.
	word := func(s string, clause bool) string {
		if s == "" {
			return s
		}
		ps := st.split(s)
		ws := make([]string, len(ps))
		for i, p := range ps {
			switch {
			case p.free:
				ws[i] = w.figures(w.verbs.Replace(p.s))
			case p.unit && rename[p.s] != "":
				ws[i] = rename[p.s]
			default:
				ws[i] = p.s
			}
		}
		out := strings.Join(ws, "")
		if clause {
			// Which clause a text gets depends on the text, so that equal texts (a task's and
			// its paragraph) stay equal and a plan's texts do not all end alike.
			h := fnv.New32a()
			h.Write([]byte(s))
			c := fmt.Sprintf(clauses[(w.clause+int(h.Sum32()%uint32(len(clauses))))%len(clauses)], w.city, w.towns[0], w.towns[1])
			out = withClause(ws, ps, c)
		}
		return rp.Replace(shift.Replace(out))
	}
	text = func(s string) string { return word(s, true) }
	title = func(s string) string { return word(s, false) }
	return text, title
}

// split cuts s into pieces: every occurrence of a string of keep (longest first) is kept, the
// rest is free.
func split(s string, keep []string, units map[string]bool) []piece {
	type span struct {
		i, j int
		unit bool
	}
	var spans []span
	taken := func(i, j int) bool {
		for _, sp := range spans {
			if i < sp.j && sp.i < j {
				return true
			}
		}
		return false
	}
	for _, k := range keep {
		for from := 0; ; {
			i := strings.Index(s[from:], k)
			if i < 0 {
				break
			}
			i += from
			if !taken(i, i+len(k)) {
				spans = append(spans, span{i, i + len(k), units[k]})
			}
			from = i + len(k)
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.i - b.i })
	var out []piece
	at := 0
	for _, sp := range spans {
		if sp.i > at {
			out = append(out, piece{s: s[at:sp.i], free: true})
		}
		out = append(out, piece{s: s[sp.i:sp.j], unit: sp.unit})
		at = sp.j
	}
	if at < len(s) {
		out = append(out, piece{s: s[at:], free: true})
	}
	return out
}

// withClause puts the plan's clause c into text made of worded pieces ws (ps's): before the last
// full stop of a free piece, else at the end.
func withClause(ws []string, ps []piece, c string) string {
	last := -1
	for i, p := range ps {
		if p.free && strings.Contains(ws[i], "。") {
			last = i
		}
	}
	if last >= 0 {
		j := strings.LastIndex(ws[last], "。")
		ws[last] = ws[last][:j] + "，" + c + ws[last][j:]
		return strings.Join(ws, "")
	}
	s := strings.Join(ws, "")
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune("。；！？", r) {
		return s + c + "。"
	}
	return s + "，" + c
}

// figures multiplies the figures of s (a number before a counter: 650家, 6%) by w's factor.
func (w *wording) figures(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || (i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ',')) {
			sb.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			for j++; j < len(s) && isDigit(s[j]); j++ {
			}
		}
		sb.WriteString(w.figure(s[i:j], s[j:]))
		i = j
	}
	return sb.String()
}

// figure is number n (followed by rest) as the plan writes it: a figure times the plan's factor
// (a share at most 100%), anything else as it is.
func (w *wording) figure(n, rest string) string {
	counted := false
	for _, c := range counters {
		counted = counted || strings.HasPrefix(rest, c)
	}
	for _, c := range notCounted {
		counted = counted && !strings.HasPrefix(rest, c)
	}
	x, err := strconv.ParseFloat(n, 64)
	if !counted || err != nil || (len(n) == 4 && x >= 1900 && x <= 2100) {
		return n
	}
	y := x * w.factor
	if (strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "％")) && x <= 100 {
		y = math.Min(y, 100)
	}
	if i := strings.IndexByte(n, '.'); i >= 0 {
		return strconv.FormatFloat(y, 'f', len(n)-i-1, 64)
	}
	return strconv.Itoa(max(1, int(math.Round(y))))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// yearShifter moves every year 2000–2030 of a text by years, as shiftQuote moves a deadline's quote.
func yearShifter(years int) *strings.Replacer {
	var pairs []string
	if years != 0 {
		for y := 2000; y <= 2030; y++ {
			pairs = append(pairs, strconv.Itoa(y), strconv.Itoa(y+years))
		}
	}
	return strings.NewReplacer(pairs...)
}
