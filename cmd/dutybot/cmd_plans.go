package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// plansCmd manages the stored plans; every subcommand receives the plan store once Redis answers.
// A plan is named by its id (or the id's first characters) or its document number (文号).
type plansCmd struct {
	List     plansListCmd     `cmd:"" help:"The stored plans."`
	Show     plansShowCmd     `cmd:"" help:"A stored plan's summary and tasks."`
	Original plansOriginalCmd `cmd:"" help:"The file as it was added."`
	Remove   plansRemoveCmd   `cmd:"" help:"Remove stored plans."`
	Reparse  plansReparseCmd  `cmd:"" help:"Parse stored plans again from their files (after upgrading dutybot)."`
}

const needPlanRef = ": name a plan by id (or its first characters) or document number"

// plansListCmd is plans list [--json].
type plansListCmd struct {
	JSON bool `name:"json" help:"Print JSON."`
}

func (c *plansListCmd) Run(ctx context.Context, store *planstore.Store, t *term) error {
	list, err := store.List(ctx)
	if err != nil {
		return err
	}
	if c.JSON {
		if list == nil {
			list = []planstore.Entry{}
		}
		return writeJSON(t.Out, list)
	}
	if len(list) == 0 {
		fmt.Fprintf(t.Out, "No plans stored: commands read the %d embedded plans until one is added with 'dutybot ingest FILE'.\n", len(seeds.Files()))
		return nil
	}
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCITY\tNUMBER\tTASKS\tADDED\tTITLE")
	for _, e := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", e.ID, orNone(e.City), orNone(e.Number), e.Tasks, stamp(e.Added), e.Title)
	}
	return tw.Flush()
}

// plansShowCmd is plans show REF [--json].
type plansShowCmd struct {
	JSON bool   `name:"json" help:"Print JSON."`
	Ref  string `arg:"" optional:"" name:"plan" help:"Id or document number."`
}

func (c *plansShowCmd) Run(ctx context.Context, a *app.App, store *planstore.Store, t *term) error {
	if c.Ref == "" {
		return usageError("plans show" + needPlanRef)
	}
	doc, err := store.Get(ctx, c.Ref)
	if err != nil {
		return err
	}
	sum := planstore.Summarize(doc, plan.DayOf(a.Now()))
	sum.Stored = true
	if c.JSON {
		return printSummaryJSON(t, sum)
	}
	fmt.Fprint(t.Out, sum.String())
	fmt.Fprintln(t.Out)
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TASK\tLEAD\tDEADLINES\tTITLE")
	for _, task := range doc.Tasks {
		var ds []string
		for _, d := range task.Deadlines {
			ds = append(ds, d.Date.String())
		}
		title := task.Title
		if strings.TrimSpace(title) == "" {
			title = task.Text
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", task.Number, orNone(strings.Join(task.Lead, "、")), orNone(strings.Join(ds, " ")), plan.Clip(title, 40))
	}
	return tw.Flush()
}

// plansOriginalCmd is plans original REF [--out FILE]: the file's bytes, unchanged.
type plansOriginalCmd struct {
	Out string `help:"Write the file here instead of standard output." placeholder:"FILE"`
	Ref string `arg:"" optional:"" name:"plan" help:"Id or document number."`
}

func (c *plansOriginalCmd) Run(ctx context.Context, store *planstore.Store, t *term) error {
	if c.Ref == "" {
		return usageError("plans original" + needPlanRef)
	}
	name, data, err := store.Original(ctx, c.Ref)
	if err != nil {
		return err
	}
	if c.Out == "" {
		_, err = t.Raw.Write(data)
		return err
	}
	if err := os.WriteFile(c.Out, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", c.Out, err)
	}
	fmt.Fprintf(t.Err, "wrote %s (%s, %d bytes)\n", c.Out, name, len(data))
	return nil
}

// plansRemoveCmd is plans remove REF...
type plansRemoveCmd struct {
	Refs []string `arg:"" optional:"" name:"plan" help:"Ids or document numbers."`
}

func (c *plansRemoveCmd) Run(ctx context.Context, store *planstore.Store, t *term) error {
	if len(c.Refs) == 0 {
		return usageError("plans remove" + needPlanRef)
	}
	failed := 0
	for _, ref := range c.Refs {
		e, err := store.Remove(ctx, ref)
		if err != nil {
			failed++
			fmt.Fprintf(t.Err, "dutybot: %s\n", oneLine(err.Error()))
			continue
		}
		fmt.Fprintf(t.Out, "removed %s %s %s\n", e.ID, orNone(e.Number), e.Title)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d plans were not removed", failed, len(c.Refs))
	}
	return nil
}

// plansReparseCmd is plans reparse [REF...]: every stored plan when none is named, so that a better
// parser reaches plans stored before it.
type plansReparseCmd struct {
	Refs []string `arg:"" optional:"" name:"plan" help:"Ids or document numbers; all when none."`
}

func (c *plansReparseCmd) Run(ctx context.Context, store *planstore.Store, t *term) error {
	refs := c.Refs
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
			fmt.Fprintf(t.Err, "dutybot: %s: not reparsed (the stored parse stays): %s\n", oneLine(ref), oneLine(userMessage(err)))
			continue
		}
		fmt.Fprintf(t.Out, "%s %s: %d tasks\n", sum.Doc.ID, orNone(sum.Doc.Number), len(sum.Doc.Tasks))
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d plans were not reparsed", failed, len(refs))
	}
	return nil
}
