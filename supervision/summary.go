package supervision

import (
	"sort"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// Line is one plan's or one unit's counts.
type Line struct {
	Name string // the plan's title, or the unit's name
	City string
	duties.Tally
}

// Summary is the 汇总: counts per plan (in the rows' order), per unit (reds first) and in all.
type Summary struct {
	Plans []Line
	Units []Line
	Total duties.Tally
}

// UnitName is how a row's unit is written: its name, or its city's for a task the plan gives to
// the city as a whole.
func UnitName(u plan.UnitRef) string {
	if u.Name == "" {
		return u.City
	}
	return u.Name
}

// Summarize counts rows per plan and per unit.
func Summarize(rows []duties.Row) Summary {
	var s Summary
	planAt := map[*plan.Document]int{}
	unitAt := map[plan.UnitRef]int{}
	for _, r := range rows {
		i, ok := planAt[r.Doc]
		if !ok {
			i = len(s.Plans)
			planAt[r.Doc] = i
			s.Plans = append(s.Plans, Line{Name: r.Doc.Title, City: r.Doc.City})
		}
		j, ok := unitAt[r.Unit]
		if !ok {
			j = len(s.Units)
			unitAt[r.Unit] = j
			s.Units = append(s.Units, Line{Name: UnitName(r.Unit), City: r.Unit.City})
		}
		s.Plans[i].Add(r.Colour, r.Done())
		s.Units[j].Add(r.Colour, r.Done())
		s.Total.Add(r.Colour, r.Done())
	}
	sort.SliceStable(s.Units, func(i, j int) bool {
		a, b := s.Units[i], s.Units[j]
		if c := a.WorseFirst(b.Tally); c != 0 {
			return c < 0
		}
		if a.City != b.City {
			return a.City < b.City
		}
		return a.Name < b.Name
	})
	return s
}
