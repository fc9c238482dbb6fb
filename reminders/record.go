package reminders

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// A series hash keeps what the dispatcher needs to find, render and re-arm the series — ids, days,
// a rule — not a copy of the task: titles, section, quote and number are looked up in the plans the
// store follows when a series is read (hydrate). Each field is short (Redis keeps a hash whose
// values are all at most 64 bytes as one compact listpack, and turns it into a hash table, several
// times larger, as soon as one value is longer), so the definition is split over fields:
//
//	k  kind|role|deadline kind|deadline|until|first time (ms)   e.g. "d|L|by|2026-12-01|2027-12-31|"
//	t  task id       u  unit ("city|name")       q  rule
//	x  text          o  route                    w  creator      (reminders people made)
//
// and the pending occurrence (field occ) is "step|due ms", or "suffix|step|due ms" when its id is
// not "series id@step"; its kind and colour follow from the series and the step. Hashes written
// before keep their definition as JSON in def, and their occurrence as JSON: both still read.

// defFields are the fields a series' definition is read from, in the order decodeSeries takes.
var defFields = []string{"def", "k", "t", "u", "q", "x", "o", "w"}

var kindCodes = map[string]string{SeriesDeadline: "d", SeriesRecurring: "r", SeriesCustom: "c", SeriesDigest: "g"}

var roleCodes = map[string]string{plan.RoleLead: "L", plan.RoleParticipating: "P"}

// encodeSeries is the definition of x as field, value pairs for HSET (empty fields left out).
func encodeSeries(x *Series) []any {
	at := ""
	if !x.At.IsZero() {
		at = strconv.FormatInt(ms(x.At), 10)
	}
	role := x.Role
	if c, ok := roleCodes[role]; ok {
		role = c
	}
	kind := x.Kind
	if c, ok := kindCodes[kind]; ok {
		kind = c
	}
	out := []any{"k", strings.Join([]string{kind, role, x.DeadlineKind, dayString(x.Deadline), dayString(x.Until), at}, "|")}
	unit := ""
	if x.Unit != (plan.UnitRef{}) {
		unit = unitField(x.Unit)
	}
	for _, f := range [][2]string{{"t", x.TaskID}, {"u", unit}, {"q", x.Rule}, {"x", x.Text}, {"o", x.Route}, {"w", x.Creator}} {
		if f[1] != "" {
			out = append(out, f[0], f[1])
		}
	}
	return out
}

func dayString(d plan.Day) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// decodeSeries reads series id from the values of defFields (nil or "" where a field is absent).
func decodeSeries(id string, v []any) (Series, error) {
	str := func(i int) string {
		if i < len(v) {
			s, _ := v[i].(string)
			return s
		}
		return ""
	}
	if def := str(0); def != "" {
		var x Series
		err := json.Unmarshal([]byte(def), &x)
		return x, err
	}
	k := strings.Split(str(1), "|")
	if len(k) != 6 {
		return Series{}, fmt.Errorf("series %s: no definition", id)
	}
	x := Series{ID: id, Kind: k[0], Role: k[1], DeadlineKind: k[2], TaskID: str(2), Rule: str(4), Text: str(5),
		Route: str(6), Creator: str(7)}
	for full, c := range kindCodes {
		if c == k[0] {
			x.Kind = full
		}
	}
	for full, c := range roleCodes {
		if c == k[1] {
			x.Role = full
		}
	}
	if u := str(3); u != "" {
		x.Unit = parseUnitField(u)
	}
	x.Deadline, _ = plan.ParseDay(k[3])
	x.Until, _ = plan.ParseDay(k[4])
	if k[5] != "" {
		x.At = fromMS(k[5])
	}
	return x, nil
}

// decodeSeriesMap is decodeSeries from a whole hash (HGETALL).
func decodeSeriesMap(id string, h map[string]string) (Series, error) {
	v := make([]any, len(defFields))
	for i, f := range defFields {
		v[i] = h[f]
	}
	return decodeSeries(id, v)
}

// encodeOcc is occurrence o of series x as field occ keeps it.
func encodeOcc(x *Series, o Occurrence) string {
	due := strconv.FormatInt(ms(o.At), 10)
	if suffix := strings.TrimPrefix(o.ID, x.ID+"@"); suffix != o.Step {
		return suffix + "|" + o.Step + "|" + due
	}
	return o.Step + "|" + due
}

// decodeOcc reads field occ of series x.
func decodeOcc(x *Series, s string) (Occurrence, error) {
	var o Occurrence
	if strings.HasPrefix(s, "{") {
		err := json.Unmarshal([]byte(s), &o)
		return o, err
	}
	p := strings.Split(s, "|")
	switch len(p) {
	case 2:
		p = []string{p[0], p[0], p[1]}
	case 3:
	default:
		return o, fmt.Errorf("series %s: occurrence %q", x.ID, s)
	}
	o.ID, o.Step, o.At = x.ID+"@"+p[0], p[1], fromMS(p[2])
	o.Kind, o.Colour = occKind(x, o.Step)
	return o, nil
}

// occKind is the kind and colour of step of series x, as Schedule.Next gives them.
func occKind(x *Series, step string) (string, string) {
	switch x.Kind {
	case SeriesDeadline:
		if strings.HasPrefix(step, "T-") {
			if step == "T-0" {
				return x.DeadlineKind, duties.Yellow
			}
			return x.DeadlineKind, duties.Blue
		}
		return KindOverdue, duties.Red
	case SeriesRecurring:
		return KindRecurring, duties.Yellow
	case SeriesDigest:
		return KindDigest, duties.Blue
	}
	return KindCustom, duties.Blue
}

// taskRef is a task of a followed plan.
type taskRef struct {
	doc  *plan.Document
	task *plan.Task
}

// indexTasks maps the task ids of docs to their tasks.
func indexTasks(docs []*plan.Document) map[string]taskRef {
	out := map[string]taskRef{}
	for _, d := range docs {
		for i := range d.Tasks {
			out[d.Tasks[i].ID] = taskRef{d, &d.Tasks[i]}
		}
	}
	return out
}

// hydrate fills in what a plan series shows of its task (number, titles, section, quote) from the
// plans the store follows; a task no longer among them keeps what the hash had (nothing, or the
// old JSON's copy).
func (s *Store) hydrate(x *Series) {
	if x.Kind != SeriesDeadline && x.Kind != SeriesRecurring {
		return
	}
	s.mu.Lock()
	r, ok := s.tasks[x.TaskID]
	s.mu.Unlock()
	if !ok {
		return
	}
	t := r.task
	x.TaskNumber, x.PlanTitle, x.Section, x.TaskTitle = t.Number, r.doc.Title, t.Section, duties.Title(t)
	if x.Kind == SeriesDeadline {
		for _, d := range t.Deadlines {
			if d.Date == x.Deadline && duties.Kind(d) == x.DeadlineKind {
				x.Quote = d.Quote
				return
			}
		}
		return
	}
	for _, rc := range t.Recurring {
		if rc.Rule.String() == x.Rule && seriesID("r", t.ID, x.Unit.City, x.Unit.Name, x.Rule, rc.Quote) == x.ID {
			x.Quote = rc.Quote
			return
		}
	}
}
