package plan

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// Document is one parsed plan.
type Document struct {
	ID     string `json:"id"`     // stable: a hash of city and document number (or title when there is none)
	Title  string `json:"title"`  // the plan's own title, e.g. 衢州市服务业高质量发展“十百千”工程实施方案(2023—2027年)
	City   string `json:"city"`   // issuing city or district, e.g. 衢州市, 温州市鹿城区 (a province for its own plans)
	Number string `json:"number"` // document number, e.g. 衢政办发〔2023〕21号; "" when the text has none
	Issued Day    `json:"issued"` // date the plan was signed (成文日期); zero when unknown
	// Issuer is the body that signs the plan above its date (市人民政府办公室), "" when none does.
	Issuer string `json:"issuer,omitempty"`
	// Published is the day the page the text came from says it was published (发布日期), zero when
	// it says none: not the plan's own date, but the one people see on the page.
	Published Day `json:"published,omitzero"`
	// Province and Level say where the plan belongs: 浙江省, and province, city or district.
	Province string `json:"province,omitempty"`
	Level    string `json:"level,omitempty"`

	// Period is the end of the period the whole plan states ("（2023—2027年）", "2025年工作要点", "到2027年"
	// in its goals), zero when it states none; PeriodQuote is the phrase. Tasks that state no date of
	// their own take it as their target.
	Period      Day    `json:"-"`
	PeriodQuote string `json:"-"`
	// Begins is the first day of the year a year's plan is for ("2027年安全生产工作要点": 2027-01-01),
	// zero when its title names no one year: its standing duties (每月, 每季度) start then, not before.
	Begins Day `json:"-"`

	Source    string      `json:"-"` // file name or seed name it came from
	Hash      string      `json:"-"` // sha256 of the normalised text: same content, same hash
	Truncated bool        `json:"-"` // the text ends mid-sentence
	Tasks     []Task      `json:"-"`
	Paras     []Paragraph `json:"-"` // every body paragraph, tasks included, for full-text search
	Warnings  []string    `json:"-"` // what the parser noticed and a person should check
}

// Ref is the short form of a Document carried inside each Task's JSON.
type Ref struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	City     string `json:"city"`
	Number   string `json:"number"`
	Issued   Day    `json:"issued"`
	Province string `json:"province,omitempty"`
	Level    string `json:"level,omitempty"`
	Begins   Day    `json:"-"` // the Document's Begins, read again from the title (StampBegins)
}

// Ref returns the document's reference. Tasks hold a pointer to one shared by the document's tasks.
func (d *Document) Ref() Ref {
	return Ref{ID: d.ID, Title: d.Title, City: d.City, Number: d.Number, Issued: d.Issued, Province: d.Province, Level: d.Level, Begins: d.Begins}
}

// StampBegins sets the document's Begins from its title, and its tasks' references with it.
func StampBegins(d *Document) {
	d.Begins = PlanBegins(d.Title)
	for i := range d.Tasks {
		if r := d.Tasks[i].Doc; r != nil {
			r.Begins = d.Begins
		}
	}
}

// Task is one numbered item of a plan (or one clause or table sub-row of it) with the units
// that answer for it and its dates.
type Task struct {
	ID            string      `json:"id"`      // DocID:path, e.g. 1a2b3c4d:2.1.3 or 1a2b3c4d:a1.2.3
	Doc           *Ref        `json:"doc"`     // shared by the document's tasks; nil in a task made by hand
	Section       string      `json:"section"` // heading path joined by " > "
	Number        string      `json:"number"`  // as printed: "3", "(五)", "2-3" for a sub-row or clause
	Title         string      `json:"title"`
	Text          string      `json:"text"`
	Lead          []string    `json:"lead"`          // canonical unit names
	Participating []string    `json:"participating"` // canonical unit names
	Deadlines     []Deadline  `json:"deadlines"`
	Recurring     []Recurring `json:"recurring"`
	// Warnings say what a person should check: a date taken from the plan's period, units found
	// outside a responsibility clause, a column role guessed.
	Warnings []string `json:"warnings,omitempty"`
	// Aka holds, for a unit of Lead or Participating that the task writes with a second name in
	// brackets ("市财政局(地税局)", "县农业农村局（县乡村振兴局）"), that second name as written, its
	// city left off: 市财政局 → 地税局. The body is found by it in this task only: another task's 地税局
	// (嘉兴's own 市地税局) stays another unit.
	Aka map[string]string `json:"aka,omitempty"`
}

// SectionSep joins the headings of a task's Section: what Path splits at, TopSection cuts at.
const SectionSep = " > "

// joinSection is the one place a heading path becomes a Section: the headings joined by SectionSep,
// a heading that holds the separator itself ("A > B" in a page's breadcrumb) written with a
// full-width ＞ so that Path gives the headings back.
func joinSection(path []string) string {
	for i, h := range path {
		if strings.Contains(h, SectionSep) {
			path = slices.Clone(path)
			path[i] = strings.ReplaceAll(h, SectionSep, " ＞ ")
		}
	}
	return strings.Join(path, SectionSep)
}

// Path returns the headings above the task, outermost first: its Section split at " > " (nil for a
// task under no heading). The slice is new on every call.
func (t *Task) Path() []string {
	if t.Section == "" {
		return nil
	}
	return strings.Split(t.Section, SectionSep)
}

// TopSection is the outermost heading of a Section ("" for none), as Path()[0] without the split.
func TopSection(section string) string {
	top, _, _ := strings.Cut(section, SectionSep)
	return top
}

// Units returns lead then participating units.
func (t *Task) Units() []string {
	out := make([]string, 0, len(t.Lead)+len(t.Participating))
	out = append(out, t.Lead...)
	return append(out, t.Participating...)
}

// Role tells how canonical unit name u stands in the task: "lead", "participating" or "". A second
// name the task writes a unit with (Aka) stands as that unit does.
func (t *Task) Role(u string) string {
	if r := t.role(u); r != "" {
		return r
	}
	r := ""
	for first, second := range t.Aka {
		if second != u {
			continue
		}
		switch t.role(first) {
		case RoleLead:
			return RoleLead // two bodies under one second name: leading in either is leading
		case RoleParticipating:
			r = RoleParticipating
		}
	}
	return r
}

func (t *Task) role(u string) string {
	for _, x := range t.Lead {
		if x == u {
			return RoleLead
		}
	}
	for _, x := range t.Participating {
		if x == u {
			return RoleParticipating
		}
	}
	return ""
}

// Roles of a unit in a task.
const (
	RoleLead          = "lead"
	RoleParticipating = "participating"
)

// Deadline kinds.
const (
	KindBy     = "by"     // must be done by the date
	KindTarget = "target" // a goal to reach by the date
)

// Deadline is a dated phrase of a task: the quote as printed and the last day of the period it names.
type Deadline struct {
	Quote string `json:"quote"`
	Date  Day    `json:"date"`
	Kind  string `json:"kind"`
	// Inherited: the task states no date; this is the period of the whole plan.
	Inherited bool `json:"inherited,omitempty"`
}

// Recurring is a duty that repeats ("每月10日前", "季分析"), with the rule a scheduler runs and the
// units it binds (the task's units, or the units the sentence names).
type Recurring struct {
	Quote string   `json:"quote"`
	Rule  Rule     `json:"rule"`
	Units []string `json:"units,omitempty"`
}

// Paragraph is a body paragraph kept for search: figures and goals outside any task live here.
type Paragraph struct {
	Section string
	TaskID  string // "" when the paragraph is not a task's
	Text    string
}

// Day is a calendar date in Zone (Asia/Shanghai unless DUTYBOT_TIMEZONE says otherwise). The zero
// Day means "unknown".
type Day struct {
	Year  int
	Month time.Month
	Day   int
}

// Shanghai is Asia/Shanghai, the zone the plans are written in and the default Zone.
var Shanghai = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return loc
}()

// zone is what Zone returns; nil means Shanghai.
var zone atomic.Pointer[time.Location]

// Zone is the zone every plan date is in, and in which reminder times of day and the times shown to
// people are read: Shanghai unless SetZone was called. It is a property of what a Day is, like
// time.Local for the time package, so it is set once for the process rather than passed around.
func Zone() *time.Location {
	if z := zone.Load(); z != nil {
		return z
	}
	return Shanghai
}

// SetZone sets Zone (DUTYBOT_TIMEZONE; the composition root calls it once at start, before any date
// is read); nil restores Shanghai.
func SetZone(loc *time.Location) { zone.Store(loc) }

// DayOf returns the calendar day of t in Zone.
func DayOf(t time.Time) Day {
	y, m, d := t.In(Zone()).Date()
	return Day{y, m, d}
}

// NewDay normalises y-m-d (day 0 of a month is the last day of the previous one).
func NewDay(y int, m time.Month, d int) Day {
	return DayOf(time.Date(y, m, d, 12, 0, 0, 0, Zone()))
}

// IsZero reports whether the day is unknown.
func (d Day) IsZero() bool { return d.Year == 0 }

// Time returns the day at hh:mm in Zone.
func (d Day) Time(hh, mm int) time.Time {
	return time.Date(d.Year, d.Month, d.Day, hh, mm, 0, 0, Zone())
}

// Before reports whether d is earlier than e.
func (d Day) Before(e Day) bool { return d.Compare(e) < 0 }

// Compare returns -1, 0 or 1.
func (d Day) Compare(e Day) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(d.Month, e.Month)
	default:
		return cmp.Compare(d.Day, e.Day)
	}
}

// AddDays returns the day n days later.
func (d Day) AddDays(n int) Day { return NewDay(d.Year, d.Month, d.Day+n) }

// String formats the day as YYYY-MM-DD, or "" when unknown.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// ParseDay reads YYYY-MM-DD.
func ParseDay(s string) (Day, error) {
	if s == "" {
		return Day{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, Zone())
	if err != nil {
		return Day{}, fmt.Errorf("parse day %q: want YYYY-MM-DD: %w", s, err)
	}
	return DayOf(t.Add(12 * time.Hour)), nil
}

// MarshalJSON writes "YYYY-MM-DD" ("" when unknown).
func (d Day) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads "YYYY-MM-DD".
func (d *Day) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseDay(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Clip returns s cut to its first n characters, with "…" after them, when it is longer: the one
// way dutybot shortens a title or a quote for a line of output.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
