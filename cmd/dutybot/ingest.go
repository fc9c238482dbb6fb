package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// storeTimeout is how long ingest and plans wait to reach Redis: they need it.
const storeTimeout = 3 * time.Second

// runIngest adds or replaces plans: dutybot ingest [--dry-run] FILE...
// Each file is extracted and parsed first; only a file that parses is stored. A summary of each
// is printed so a person can check the parse at a glance.
func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	dryRun := fs.Bool("dry-run", false, "parse and summarise, store nothing")
	asJSON := fs.Bool("json", false, "print one JSON object per file")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	if fs.NArg() == 0 {
		return usageError("ingest: name at least one plan file (.docx, .pdf, .html, .txt or .md)")
	}
	sb, err := m.sandbox()
	if err != nil {
		return err
	}
	store, storeErr := m.openPlanStore(ctx, storeTimeout)
	if storeErr != nil && !*dryRun {
		return fmt.Errorf("%w (or use --dry-run to check files without storing them)", storeErr)
	}
	failed, seeded := 0, false
	for _, f := range fs.Args() {
		var sum planstore.Summary
		data, err := ingest.ReadFile(f, sb.MaxFileSize)
		if err == nil {
			switch {
			case store != nil && !*dryRun:
				var doc *plan.Document
				if doc, err = store.Parse(ctx, baseName(f), data); err != nil {
					break
				}
				// The first plan accepted into an empty store joins the seeds rather than hiding
				// them; a file that is refused seeds nothing.
				if !seeded {
					seeded = true
					if n, err := store.SeedIfEmpty(ctx, seeds.Files()); err != nil {
						return fmt.Errorf("seed the plan store: %w", err)
					} else if n > 0 {
						fmt.Fprintf(m.Stdout, "The plan store was empty: added the %d embedded plans first.\n\n", n)
					}
				}
				sum, err = store.Put(ctx, doc, data)
			case store != nil:
				sum, err = store.Add(ctx, baseName(f), data, true)
			default:
				// A dry run without Redis: parse only; what it would replace is unknown.
				var doc *plan.Document
				if doc, err = sb.ParseFile(ctx, baseName(f), data); err == nil {
					sum = planstore.Summarize(doc, plan.DayOf(m.Now()))
				}
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "dutybot: %s: not added: %s\n", oneLine(f), oneLine(userMessage(err)))
			m.Logger.Debug("ingest failed", "file", f, "err", err)
			continue
		}
		if *asJSON {
			if err := m.printSummaryJSON(sum); err != nil {
				return err
			}
			continue
		}
		fmt.Fprint(m.Stdout, sum.String())
		if store == nil {
			fmt.Fprintln(m.Stdout, "  (the plan store is not reachable: not checked against stored plans)")
		}
		fmt.Fprintln(m.Stdout)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files were not added", failed, fs.NArg())
	}
	return nil
}

// userMessage is the part of an error a person acts on: a refusal or parse message as it is.
func userMessage(err error) string {
	var r *ingest.RefusedError
	if errors.As(err, &r) {
		return r.Reason + ": " + r.Remedy
	}
	return err.Error()
}

type summaryJSON struct {
	ID         string    `json:"id"`
	Title      string    `json:"title"`
	City       string    `json:"city"`
	Number     string    `json:"number"`
	Issued     plan.Day  `json:"issued"`
	Source     string    `json:"source"`
	Tasks      int       `json:"tasks"`
	Units      []string  `json:"units"`
	Nearest    []dueJSON `json:"nearest_deadlines"`
	Unassigned []string  `json:"tasks_without_unit"`
	Warnings   []string  `json:"warnings,omitempty"`
	Stored     bool      `json:"stored"`
	Rev        int64     `json:"rev,omitempty"`
	Replaces   []string  `json:"replaces,omitempty"`
}

type dueJSON struct {
	Task  string   `json:"task"`
	Date  plan.Day `json:"date"`
	Quote string   `json:"quote"`
}

func (m *Main) printSummaryJSON(s planstore.Summary) error {
	d := s.Doc
	out := summaryJSON{ID: d.ID, Title: d.Title, City: d.City, Number: d.Number, Issued: d.Issued, Source: d.Source,
		Tasks: len(d.Tasks), Units: s.Units, Warnings: d.Warnings, Stored: s.Stored, Rev: s.Rev, Replaces: s.Replaces,
		Nearest: []dueJSON{}, Unassigned: []string{}}
	for _, n := range s.Nearest {
		out.Nearest = append(out.Nearest, dueJSON{Task: n.Task.ID, Date: n.Deadline.Date, Quote: n.Deadline.Quote})
	}
	for _, t := range s.Unassigned {
		out.Unassigned = append(out.Unassigned, t.ID)
	}
	if out.Units == nil {
		out.Units = []string{}
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// runPlans manages the stored plans: dutybot plans list|show|remove.
func (m *Main) runPlans(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("plans: say list, show ID|NUMBER, original ID|NUMBER, remove ID|NUMBER..., or reparse [ID|NUMBER...]")
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("plans "+sub, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	out := fs.String("out", "", "original: write the file here instead of standard output")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	switch sub {
	case "list", "show", "original", "remove", "reparse":
	default:
		return usageError(fmt.Sprintf("plans: unknown subcommand %q (list, show, original, remove, reparse)", sub))
	}
	if (sub == "show" || sub == "original" || sub == "remove") && fs.NArg() == 0 {
		return usageError("plans " + sub + ": name a plan by id (or its first characters) or document number")
	}
	store, err := m.openPlanStore(ctx, storeTimeout)
	if err != nil {
		return err
	}
	switch sub {
	case "list":
		return m.plansList(ctx, store, *asJSON)
	case "show":
		return m.plansShow(ctx, store, fs.Arg(0), *asJSON)
	case "reparse":
		return m.plansReparse(ctx, store, fs.Args())
	case "original":
		name, data, err := store.Original(ctx, fs.Arg(0))
		if err != nil {
			return err
		}
		if *out == "" {
			_, err = m.rawStdout.Write(data)
			return err
		}
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", *out, err)
		}
		fmt.Fprintf(m.Stderr, "wrote %s (%s, %d bytes)\n", *out, name, len(data))
		return nil
	}
	failed := 0
	for _, ref := range fs.Args() {
		e, err := store.Remove(ctx, ref)
		if err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "dutybot: %s\n", oneLine(err.Error()))
			continue
		}
		fmt.Fprintf(m.Stdout, "removed %s %s %s\n", e.ID, orNone(e.Number), e.Title)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d plans were not removed", failed, fs.NArg())
	}
	return nil
}

// plansReparse parses stored plans again from their original files (all when none are named),
// so that a better parser reaches plans stored before it.
func (m *Main) plansReparse(ctx context.Context, store *planstore.Store, refs []string) error {
	if len(refs) == 0 {
		list, err := store.List(ctx)
		if err != nil {
			return err
		}
		for _, e := range list {
			refs = append(refs, e.ID)
		}
	}
	failed := 0
	for _, ref := range refs {
		sum, err := store.Reparse(ctx, ref)
		if err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "dutybot: %s: not reparsed (the stored parse stays): %s\n", oneLine(ref), oneLine(userMessage(err)))
			continue
		}
		fmt.Fprintf(m.Stdout, "%s %s: %d tasks\n", sum.Doc.ID, orNone(sum.Doc.Number), len(sum.Doc.Tasks))
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d plans were not reparsed", failed, len(refs))
	}
	return nil
}

func (m *Main) plansList(ctx context.Context, store *planstore.Store, asJSON bool) error {
	list, err := store.List(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		if list == nil {
			list = []planstore.Entry{}
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	if len(list) == 0 {
		fmt.Fprintf(m.Stdout, "No plans stored: commands read the %d embedded plans until one is added with 'dutybot ingest FILE'.\n", len(seeds.Files()))
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCITY\tNUMBER\tTASKS\tADDED\tTITLE")
	for _, e := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", e.ID, orNone(e.City), orNone(e.Number), e.Tasks,
			e.Added.In(plan.Shanghai).Format("2006-01-02 15:04"), e.Title)
	}
	return tw.Flush()
}

func (m *Main) plansShow(ctx context.Context, store *planstore.Store, ref string, asJSON bool) error {
	doc, err := store.Get(ctx, ref)
	if err != nil {
		return err
	}
	sum := planstore.Summarize(doc, plan.DayOf(m.Now()))
	sum.Stored = true
	if asJSON {
		return m.printSummaryJSON(sum)
	}
	fmt.Fprint(m.Stdout, sum.String())
	fmt.Fprintln(m.Stdout)
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TASK\tLEAD\tDEADLINES\tTITLE")
	for _, t := range doc.Tasks {
		var ds []string
		for _, d := range t.Deadlines {
			ds = append(ds, d.Date.String())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.Number, orNone(strings.Join(t.Lead, "、")), orNone(strings.Join(ds, " ")), clipRunes(firstNonBlank(t.Title, t.Text), 40))
	}
	return tw.Flush()
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
