package supervision

import (
	"bytes"
	"context"
	"embed"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"sort"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// BoardPath is where serve answers the board page.
const BoardPath = "/board"

// The board shows at most this many lines in each list and bars in its chart, worst first; a note
// says how many more there are.
const (
	boardListMax  = 40
	boardChartMax = 20
	soonDays      = 30 // "the next 30 days"
	recentDays    = 14 // progress this recent is shown
	refreshSecs   = 60
)

//go:embed templates/board.html
var templates embed.FS

var boardTmpl = template.Must(template.New("board.html").Funcs(template.FuncMap{
	"word":   LightWord,
	"status": Status,
	"unit":   UnitName,
	"title":  duties.Title,
	"stamp":  stamp,
}).ParseFS(templates, "templates/board.html"))

// Ledger is where the page gets its rows: reminders.Store.Ledger as of a day.
type Ledger func(ctx context.Context, today plan.Day) ([]duties.Row, error)

// BoardHandler serves the read-only board page: the link's token is checked first (any refusal is
// 403, with nothing of the ledger read), then the ledger as of now is rendered, refreshing itself
// every minute. The page loads nothing from elsewhere: its style and its chart are inline.
func BoardHandler(ledger Ledger, signer Signer, now func() time.Time, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Robots-Tag", "noindex")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'")
		t := now()
		if err := signer.Check(r.URL.Query().Get("t"), t); err != nil {
			log.Info("board link refused", "remote", r.RemoteAddr, "err", err)
			http.Error(w, "403 此链接无效或已过期，请在 Slack 中用 /dutybot board 重新获取。", http.StatusForbidden)
			return
		}
		rows, err := ledger(r.Context(), plan.DayOf(t))
		if err != nil {
			log.Warn("board: ledger unreadable", "err", err)
			http.Error(w, "503 督办台账暂时无法读取（提醒存储连不上），稍后自动重试。", http.StatusServiceUnavailable)
			return
		}
		var buf bytes.Buffer
		if err := Board(&buf, rows, t); err != nil {
			log.Error("board: render", "err", err)
			http.Error(w, "500", http.StatusInternalServerError)
			return
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		if _, err := buf.WriteTo(w); err != nil {
			log.Debug("board: write", "err", err)
		}
	})
}

// Board renders the board page of rows as of now to w.
func Board(w io.Writer, rows []duties.Row, now time.Time) error {
	return boardTmpl.Execute(w, boardOf(rows, now))
}

// boardData is what the page shows.
type boardData struct {
	Now     string
	Refresh int
	Total   duties.Tally
	Chart   chart
	Plans   capped[Line]
	Units   capped[Line]
	Overdue capped[duties.Row]
	Soon    capped[duties.Row]
	Recent  capped[duties.Row]
}

// capped is the first lines of a list and how many were left out.
type capped[T any] struct {
	Lines []T
	More  int
}

func capList[T any](all []T, n int) capped[T] {
	if len(all) <= n {
		return capped[T]{Lines: all}
	}
	return capped[T]{Lines: all[:n], More: len(all) - n}
}

func boardOf(rows []duties.Row, now time.Time) boardData {
	s := Summarize(rows)
	today := plan.DayOf(now)
	var overdue, soon, recent []duties.Row
	for _, r := range rows {
		switch {
		case r.Done():
		case r.Colour == duties.Red:
			overdue = append(overdue, r)
		case !r.Deadline.IsZero() && !today.AddDays(soonDays).Before(r.Deadline):
			soon = append(soon, r)
		}
		if r.State.Progress != "" && now.Sub(r.State.ProgressAt) <= recentDays*24*time.Hour {
			recent = append(recent, r)
		}
	}
	byDeadline := func(rs []duties.Row) {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Deadline.Before(rs[j].Deadline) })
	}
	byDeadline(overdue)
	byDeadline(soon)
	sort.SliceStable(recent, func(i, j int) bool { return recent[i].State.ProgressAt.After(recent[j].State.ProgressAt) })
	plans := append([]Line(nil), s.Plans...)
	sort.SliceStable(plans, func(i, j int) bool { return plans[i].WorseFirst(plans[j].Tally) < 0 })
	return boardData{
		Now: stamp(now), Refresh: refreshSecs, Total: s.Total, Chart: chartOf(s.Units, boardChartMax),
		Plans: capList(plans, boardListMax), Units: capList(s.Units, boardListMax),
		Overdue: capList(overdue, boardListMax), Soon: capList(soon, boardListMax), Recent: capList(recent, boardListMax),
	}
}

// chart is a horizontal bar chart of colours by unit, drawn as SVG by the template.
type chart struct {
	Width, Height, LabelWidth int
	Bars                      []bar
	More                      int
}

type bar struct {
	Label string
	Y     int
	Segs  []seg
	Total int
	EndX  int
}

type seg struct {
	X, W   int
	Colour string
	Fill   string
	N      int
}

const (
	chartWidth = 960
	chartLabel = 300
	chartRow   = 34
	// chartLabelRunes is as many characters as fit left of the bars at the chart's font size.
	chartLabelRunes = 15
)

// chartOf draws the first n units (worst first, as Summarize sorts them), each bar as long as its
// unit's rows, against the longest.
func chartOf(units []Line, n int) chart {
	c := chart{Width: chartWidth, LabelWidth: chartLabel}
	shown := capList(units, n)
	c.More = shown.More
	longest := 1
	for _, u := range shown.Lines {
		longest = max(longest, u.Total())
	}
	span := chartWidth - chartLabel - 60
	for i, u := range shown.Lines {
		label := u.Name
		if u.City != "" && u.City != u.Name {
			label = u.City + " " + u.Name // the same office exists in every city
		}
		b := bar{Label: plan.Clip(label, chartLabelRunes), Y: i * chartRow, Total: u.Total()}
		x := chartLabel
		for _, p := range []struct {
			colour string
			n      int
		}{{duties.Red, u.Red}, {duties.Yellow, u.Yellow}, {duties.Green, u.Green}} {
			if p.n == 0 {
				continue
			}
			w := max(2, p.n*span/longest)
			b.Segs = append(b.Segs, seg{X: x, W: w, Colour: p.colour, Fill: "#" + Fills[p.colour], N: p.n})
			x += w
		}
		b.EndX = x + 8
		c.Bars = append(c.Bars, b)
	}
	c.Height = max(chartRow, len(c.Bars)*chartRow)
	return c
}
