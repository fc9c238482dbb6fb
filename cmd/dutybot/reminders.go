package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// Owned by the reminders work (issue 6).

// parseInterleaved parses flags that may come before, between or after positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// runDue lists upcoming and overdue deadlines and next recurring duties straight from the plans:
// dutybot due [--within 30d] [--unit U] [--city C] [--now YYYY-MM-DD] [--json] [FILE...]
// Done marks are read from Redis when it is reachable; without it every item is listed.
func (m *Main) runDue(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("due", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	within := fs.String("within", "30d", "list upcoming items this far ahead (30d, 2w)")
	unit := fs.String("unit", "", "only this unit (as people write it: 商务局, 衢州市商务局)")
	city := fs.String("city", "", "only units of this city or district")
	nowFlag := fs.String("now", "", "take today to be this day (YYYY-MM-DD)")
	asJSON := fs.Bool("json", false, "print a JSON array")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError(err.Error())
	}
	days, err := reminders.ParseDays(*within)
	if err != nil || days < 0 {
		return usageError(fmt.Sprintf("due: --within %q: want days such as 30d or 2w", *within))
	}
	today := plan.DayOf(m.Now())
	if *nowFlag != "" {
		if today, err = plan.ParseDay(*nowFlag); err != nil {
			return usageError("due: --now: " + err.Error())
		}
	}
	docs, err := m.loadPlans(ctx, files)
	if err != nil && !errors.Is(err, errPartial) {
		return err
	}
	partial := err
	f := duties.Filter{Within: days}
	dir := plan.NewDirectory(docs, m.aliases())
	if *city != "" {
		if f.City = dir.ResolveCity(*city); f.City == "" {
			return fmt.Errorf("due: no plan is from %q; known: %s", *city, strings.Join(dir.Cities(), ", "))
		}
	}
	if *unit != "" {
		if f.Units = dir.Resolve(*unit, f.City); len(f.Units) == 0 {
			return unknownUnit(dir, *unit)
		}
	}
	if cfg, err := loadConfig(m.Getenv); err == nil {
		if sched, err := reminderSchedule(cfg); err == nil {
			m.warnCalendarFrom(sched, today, days)
		}
	}
	items := m.dueItems(ctx, docs, today, f)
	if *asJSON {
		if items == nil {
			items = []duties.Item{}
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(items); err != nil {
			return err
		}
		return partial
	}
	if len(items) == 0 {
		fmt.Fprintf(m.Stdout, "Nothing overdue and nothing due within %d days of %s.\n", days, today)
		return partial
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	for _, it := range items {
		n := int(it.Date.Time(12, 0).Sub(today.Time(12, 0)).Hours() / 24)
		when := fmt.Sprintf("in %d days", n)
		switch {
		case it.Status == duties.Overdue:
			when = fmt.Sprintf("%d days late", -n)
		case n == 0:
			when = "today"
		}
		unitName := it.Unit
		if unitName == "" {
			unitName = "(no unit named)"
		}
		what := it.Title + "：" + it.Quote
		if it.Rule != "" {
			what += "（" + it.Rule + "）"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s %s\t%s\t%s\t%s\n", it.Status, it.Date, when, it.City, unitName, it.Kind, it.Task, what)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return partial
}

// aliases is the alias table, or nil when the file is unreadable (loadPlans reported it).
func (m *Main) aliases() *plan.Aliases {
	opt, err := m.planOptions()
	if err != nil {
		return nil
	}
	return opt.Aliases
}

func unknownUnit(dir *plan.Directory, name string) error {
	msg := fmt.Sprintf("no unit in the plans matches %q", name)
	if s := dir.Suggest(name, "", 3); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, ", ") + "?"
	}
	return usageError(msg)
}

// dueItems lists what is due, leaving out what is marked done when Redis is reachable; without it
// due works from the plans alone.
func (m *Main) dueItems(ctx context.Context, docs []*plan.Document, today plan.Day, f duties.Filter) []duties.Item {
	store, err := m.reachReminders(ctx, 300*time.Millisecond)
	if err != nil {
		m.Logger.Debug("done marks not read: listing every item", "err", err)
		return duties.List(docs, today, f)
	}
	items, err := duties.ListMarked(ctx, docs, today, f, store)
	if err != nil {
		m.Logger.Debug("done marks not read: listing every item", "err", err)
		return duties.List(docs, today, f)
	}
	return items
}

// reachReminders opens the reminder store for a command that can do without it.
func (m *Main) reachReminders(ctx context.Context, timeout time.Duration) (*reminders.Store, error) {
	store, _, err := m.openReminders(ctx, timeout)
	return store, err
}

// runRemind works on the Redis schedules: dutybot remind add|list|cancel|done|snooze|...
func (m *Main) runRemind(ctx context.Context, args []string) error {
	usage := "remind add|list|cancel|done|snooze|progress|extend|status|board|digest|subscribe|unsubscribe|routes|sync"
	if len(args) == 0 {
		return usageError(usage)
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("remind "+sub, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	unit := fs.String("unit", "", "the unit (as people write it)")
	city := fs.String("city", "", "the unit's city or district")
	asJSON := fs.Bool("json", false, "print JSON")
	var channel, every, atFlag, task, who, forFlag, until, to *string
	var leaders *bool
	var since, schedule *string
	switch sub {
	case "digest":
		since = fs.String("since", "7d", "what happened in the last 7d, 2w, ...")
		schedule = fs.String("schedule", "", "send the digest to the leaders weekly, e.g. \"mon 09:00\", or \"off\"")
	case "add":
		channel = fs.String("channel", "", "send here instead of the unit's route")
		every = fs.String("every", "", "repeat: weekly, biweekly, monthly, quarterly, yearly, monthly:10 or an RRULE")
		atFlag = fs.String("at", "", "first time, \"YYYY-MM-DD HH:MM\" (DUTYBOT_TIMEZONE)")
		task = fs.String("task", "", "the task it is about (optional)")
	case "extend":
		to = fs.String("to", "", "the day asked for, YYYY-MM-DD")
	case "done", "snooze", "progress":
		forFlag = fs.String("for", "", "snooze for 1d, 1w, ...")
		until = fs.String("until", "", "snooze until \"YYYY-MM-DD[ HH:MM]\"")
	case "subscribe", "unsubscribe":
		leaders = fs.Bool("leaders", false, "the leaders' channel (escalations and digests)")
	}
	if sub == "add" || sub == "done" || sub == "snooze" || sub == "progress" || sub == "extend" {
		who = fs.String("by", "cli", "who is making the change")
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError(err.Error())
	}
	store, cfg, err := m.openReminders(ctx, 3*time.Second)
	if err != nil {
		return err
	}
	loc, _ := time.LoadLocation(cfg.Timezone)
	resolve := func(required bool) (plan.UnitRef, error) {
		if *unit == "" {
			if *city != "" {
				return plan.UnitRef{City: m.resolveCity(ctx, *city)}, nil
			}
			if required {
				return plan.UnitRef{}, usageError(sub + ": say which unit with --unit")
			}
			return plan.UnitRef{}, nil
		}
		return m.resolveUnit(ctx, *unit, *city)
	}
	switch sub {
	case "add":
		if *atFlag == "" || len(pos) == 0 {
			return usageError(`remind add [--unit U] [--city C] [--channel CH] [--every RULE] --at "YYYY-MM-DD HH:MM" TEXT`)
		}
		at, err := time.ParseInLocation("2006-01-02 15:04", *atFlag, loc)
		if err != nil {
			return usageError(fmt.Sprintf("remind add: --at %q: want \"YYYY-MM-DD HH:MM\"", *atFlag))
		}
		u, err := resolve(*channel == "")
		if err != nil {
			return err
		}
		x, o, err := store.Add(ctx, reminders.Custom{Unit: u, Route: *channel, At: at, Rule: *every, Text: strings.Join(pos, " "),
			TaskID: *task, Creator: *who})
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%s\tfirst %s\t%s\n", x.ID, o.At.In(loc).Format("2006-01-02 15:04"), describeTarget(x))
		return nil
	case "list":
		var units []plan.UnitRef
		if *unit != "" {
			u, err := resolve(true)
			if err != nil {
				return err
			}
			units = []plan.UnitRef{u}
		}
		ps, err := store.List(ctx, units)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(m.Stdout, ps)
		}
		if len(ps) == 0 {
			fmt.Fprintln(m.Stdout, "No reminders.")
			return nil
		}
		tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
		for _, p := range ps {
			next := "-"
			if !p.At.IsZero() {
				next = p.At.In(loc).Format("2006-01-02 15:04")
			}
			state := p.State
			if p.Held != "" {
				state = "held: " + p.Held
			}
			what := p.Series.Text
			if p.Series.Kind != reminders.SeriesCustom {
				what = p.Series.TaskTitle + "：" + p.Series.Quote
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", p.Series.ID, next, p.Series.Kind, describeTarget(p.Series), state, what)
		}
		return tw.Flush()
	case "cancel":
		if len(pos) != 1 {
			return usageError("remind cancel ID")
		}
		if err := store.Cancel(ctx, pos[0]); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Cancelled %s.\n", pos[0])
		return nil
	case "done", "snooze", "progress", "extend", "status":
		if len(pos) == 0 {
			return usageError("remind " + sub + " TASK --unit U [--city C]")
		}
		u, err := resolve(true)
		if err != nil {
			return err
		}
		switch sub {
		case "done":
			if err := store.MarkDone(ctx, pos[0], u, *who); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "Marked %s done for %s: no more nudges.\n", pos[0], u)
		case "progress":
			if len(pos) < 2 {
				return usageError("remind progress TASK --unit U TEXT")
			}
			if err := store.ReportProgress(ctx, pos[0], u, *who, strings.Join(pos[1:], " ")); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "Progress kept for %s, %s.\n", pos[0], u)
		case "extend":
			d, err := plan.ParseDay(*to)
			if err != nil || d.IsZero() {
				return usageError("remind extend TASK --unit U --to YYYY-MM-DD REASON")
			}
			if err := store.RequestExtension(ctx, pos[0], u, *who, d, strings.Join(pos[1:], " ")); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "Extension to %s asked for %s, %s.\n", d, pos[0], u)
		case "snooze":
			t, err := snoozeUntil(m.Now(), *forFlag, *until, loc)
			if err != nil {
				return usageError("remind snooze: " + err.Error())
			}
			if err := store.Snooze(ctx, pos[0], u, *who, t); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "Snoozed %s for %s until %s.\n", pos[0], u, t.In(loc).Format("2006-01-02 15:04"))
		case "status":
			st, err := store.Status(ctx, pos[0], u)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(m.Stdout, st)
			}
			fmt.Fprintf(m.Stdout, "%s %s: %s (%s), %d nudges sent\n", st.Task, st.Unit, st.Colour, st.Reason, st.Nudges)
			for _, h := range st.History {
				fmt.Fprintf(m.Stdout, "  %s  %s  %s  %s\n", h.At.In(loc).Format("2006-01-02 15:04"), h.Kind, h.Who, h.Text)
			}
		}
		return nil
	case "board":
		var units []plan.UnitRef
		if *unit != "" || *city != "" {
			u, err := resolve(true)
			if err != nil {
				return err
			}
			units = []plan.UnitRef{u}
		} else if units, err = store.Units(ctx); err != nil {
			return err
		}
		rows, err := store.Board(ctx, units)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(m.Stdout, rows)
		}
		tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
		for _, r := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Colour, r.Unit, r.Task, r.Reason, r.Title)
		}
		return tw.Flush()
	case "digest":
		if *schedule != "" {
			rule, hh, mm, err := parseWeekly(*schedule)
			if err != nil {
				return usageError("remind digest --schedule: " + err.Error())
			}
			if err := store.ScheduleDigest(ctx, rule, hh, mm); err != nil {
				return err
			}
			if rule == "" {
				fmt.Fprintln(m.Stdout, "The weekly digest is off.")
			} else {
				fmt.Fprintf(m.Stdout, "The digest goes to the leaders' route every %s at %02d:%02d.\n", strings.ToLower(strings.Fields(*schedule)[0]), hh, mm)
			}
			return nil
		}
		n, err := reminders.ParseDays(*since)
		if err != nil || n < 0 {
			return usageError(fmt.Sprintf("remind digest: --since %q: want days such as 7d", *since))
		}
		dg, err := store.Digest(ctx, m.Now().AddDate(0, 0, -n))
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(m.Stdout, dg)
		}
		fmt.Fprintf(m.Stdout, "红 %d  黄 %d  绿 %d  held for want of a route: %d\n", dg.Counts[duties.Red],
			dg.Counts[duties.Yellow], dg.Counts[duties.Green], dg.Held)
		tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
		for _, du := range dg.Units {
			fmt.Fprintf(tw, "%s\tred %d\tyellow %d\tgreen %d\tdone %d\tchanges %d\n", du.Unit, du.Red, du.Yellow, du.Green, du.Done, len(du.Events))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, ev := range dg.Events {
			fmt.Fprintf(m.Stdout, "%s  %s  %s  %s  %s %s\n", ev.At.In(loc).Format("2006-01-02 15:04"), ev.Unit, ev.Task, ev.Kind, ev.Who, ev.Text)
		}
		return nil
	case "subscribe", "unsubscribe":
		u := reminders.LeadersUnit
		if !*leaders {
			if u, err = resolve(true); err != nil {
				return err
			}
		}
		route := strings.Join(pos, "")
		if sub == "subscribe" {
			if route == "" {
				return usageError("remind subscribe --unit U [--city C] | --leaders ROUTE")
			}
			if err := store.Subscribe(ctx, u, route); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "Nudges for %s go to %s.\n", u, route)
			return nil
		}
		if err := store.Unsubscribe(ctx, u, route); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Removed %s from %s.\n", strings.TrimSpace(route+" (all)"), u)
		return nil
	case "routes":
		routes, err := store.Routes(ctx)
		if err != nil {
			return err
		}
		held, err := store.HeldCount(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
		for u, rs := range routes {
			fmt.Fprintf(tw, "%s\t%s\n", u, strings.Join(rs, ", "))
		}
		fmt.Fprintf(tw, "held (no route)\t%d\n", held)
		return tw.Flush()
	case "sync":
		docs, err := m.loadPlans(ctx, pos)
		if err != nil {
			return err
		}
		res, err := store.Sync(ctx, docs)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Schedules: %d added, %d kept, %d removed.\n", res.Added, res.Kept, res.Removed)
		return nil
	}
	return usageError(fmt.Sprintf("unknown remind command %q; want %s", sub, usage))
}

func describeTarget(x reminders.Series) string {
	if x.Route != "" {
		return x.Route
	}
	if x.Unit.Name == "" {
		return x.Unit.City
	}
	return x.Unit.String()
}

func writeJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// parseWeekly reads "mon 09:00" into a weekly rule and a time; "off" gives an empty rule.
func parseWeekly(s string) (rule string, hh, mm int, err error) {
	if strings.TrimSpace(s) == "off" {
		return "", 0, 0, nil
	}
	f := strings.Fields(s)
	codes := map[string]string{"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
	if len(f) != 2 || codes[strings.ToLower(f[0])] == "" {
		return "", 0, 0, fmt.Errorf("%q: want a weekday and a time such as \"mon 09:00\", or off", s)
	}
	if hh, mm, err = reminders.ParseClock(f[1]); err != nil {
		return "", 0, 0, err
	}
	return "FREQ=WEEKLY;BYDAY=" + codes[strings.ToLower(f[0])], hh, mm, nil
}

// snoozeUntil reads --for 1d|1w or --until "YYYY-MM-DD[ HH:MM]" (a bare day means its nudge time).
func snoozeUntil(now time.Time, forFlag, until string, loc *time.Location) (time.Time, error) {
	switch {
	case forFlag != "" && until != "":
		return time.Time{}, errors.New("give --for or --until, not both")
	case forFlag != "":
		n, err := reminders.ParseDays(forFlag)
		if err != nil || n <= 0 {
			return time.Time{}, fmt.Errorf("--for %q: want 1d, 1w, ...", forFlag)
		}
		return now.AddDate(0, 0, n), nil
	case until != "":
		if t, err := time.ParseInLocation("2006-01-02 15:04", until, loc); err == nil {
			return t, nil
		}
		t, err := time.ParseInLocation("2006-01-02", until, loc)
		if err != nil {
			return time.Time{}, fmt.Errorf("--until %q: want YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"", until)
		}
		return t.Add(9 * time.Hour), nil
	}
	return time.Time{}, errors.New("say how long: --for 1d, --for 1w or --until YYYY-MM-DD")
}

// resolveCity turns "衢州" into the plans' "衢州市"; a city the plans do not know is kept as typed.
func (m *Main) resolveCity(ctx context.Context, city string) string {
	docs, _ := m.loadPlans(ctx, nil)
	if c := plan.NewDirectory(docs, m.aliases()).ResolveCity(city); c != "" {
		return c
	}
	return city
}

// resolveUnit turns what a person typed into one unit of the plans. A unit the plans do not name
// is taken as typed when a city is given (people remind units the plans leave out).
func (m *Main) resolveUnit(ctx context.Context, name, city string) (plan.UnitRef, error) {
	docs, err := m.loadPlans(ctx, nil)
	if err != nil && !errors.Is(err, errPartial) {
		if city != "" {
			return plan.UnitRef{City: city, Name: name}, nil
		}
		return plan.UnitRef{}, fmt.Errorf("resolve unit %q: %w (give --city to use the name as typed)", name, err)
	}
	dir := plan.NewDirectory(docs, m.aliases())
	if c := dir.ResolveCity(city); c != "" {
		city = c
	}
	us := dir.Resolve(name, city)
	switch {
	case len(us) == 1:
		return us[0], nil
	case len(us) > 1:
		var names []string
		for _, u := range us {
			names = append(names, u.String())
		}
		return plan.UnitRef{}, usageError(fmt.Sprintf("%q could be %s: add --city", name, strings.Join(names, ", ")))
	case city != "":
		return plan.UnitRef{City: city, Name: name}, nil
	}
	return plan.UnitRef{}, unknownUnit(dir, name)
}

// runDispatch runs the dispatcher alone, printing each nudge it delivers as
// "due time<TAB>route<TAB>text": dutybot dispatch [--once] [--sync=false]
func (m *Main) runDispatch(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("dispatch", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	once := fs.Bool("once", false, "deliver what is due now, then exit")
	sync := fs.Bool("sync", true, "reconcile the plan schedules first")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	store, cfg, err := m.openReminders(ctx, 3*time.Second)
	if err != nil {
		return err
	}
	sched := store.Schedule()
	m.warnCalendar(sched, sched.Ladder[0])
	if *sync {
		// A long-running dispatcher follows the plan store, so plans ingested later get their
		// schedules; a single pass (or no plan store) syncs what loadPlans reads.
		followed := false
		if !*once {
			if _, err := m.startPlanStore(ctx, store); err != nil {
				m.Logger.Warn("not following the plan store; syncing the plans read now", "err", err)
			} else {
				followed = true
			}
		}
		if !followed {
			docs, err := m.loadPlans(ctx, nil)
			if err != nil && !errors.Is(err, errPartial) {
				m.Logger.Warn("plans not loaded; schedules not synced", "err", err)
			} else if _, err := store.Sync(ctx, docs); err != nil {
				return err
			}
		}
	}
	d := reminders.NewDispatcher(store, reminders.NewWriterNotifier(m.Stdout), reminders.DispatcherOptions{
		Poll: cfg.Poll, Lease: cfg.Lease, LeadersRoute: cfg.LeadersChannel, Logger: m.Logger,
	})
	if !*once {
		m.onClose(d.Close)
		return d.Run(ctx)
	}
	for {
		res, err := d.Tick(ctx)
		if err != nil {
			return err
		}
		if res.Claimed == 0 {
			return nil
		}
	}
}
