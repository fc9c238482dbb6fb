package ingest

import (
	"encoding/json"
	"errors"

	"github.com/dutybot/dutybot/plan"
)

// storedDoc is a parse as the sandbox child sends it back and the plan store keeps it in Redis.
// plan.Document keeps most fields out of its own JSON (it is embedded in answers), so they are
// spelled out here.
type storedDoc struct {
	Doc       *plan.Document   `json:"doc"`
	Source    string           `json:"source"`
	Hash      string           `json:"hash"`
	Truncated bool             `json:"truncated,omitempty"`
	Tasks     []plan.Task      `json:"tasks"` // older parses also hold a section_path, read again from Section
	Paras     []plan.Paragraph `json:"paras"`
	Warnings  []string         `json:"warnings,omitempty"`
	// Period is the end of the plan's period (its lifecycle); older stored parses lack it, and
	// duties.End then reads the title again.
	Period      plan.Day `json:"period,omitzero"`
	PeriodQuote string   `json:"period_quote,omitempty"`
}

// EncodeDoc writes a parsed plan as the sandbox child answers and the plan store keeps it: every
// field the parser sets, so that DecodeDoc gives the same document back.
func EncodeDoc(d *plan.Document) ([]byte, error) {
	return json.Marshal(storedDoc{Doc: d, Source: d.Source, Hash: d.Hash, Truncated: d.Truncated, Tasks: d.Tasks, Paras: d.Paras,
		Warnings: d.Warnings, Period: d.Period, PeriodQuote: d.PeriodQuote})
}

// DecodeDoc reads a parsed plan EncodeDoc wrote.
func DecodeDoc(b []byte) (*plan.Document, error) {
	var sd storedDoc
	if err := json.Unmarshal(b, &sd); err != nil {
		return nil, err
	}
	if sd.Doc == nil {
		return nil, errors.New("no document in the stored parse")
	}
	d := sd.Doc
	d.Source, d.Hash, d.Truncated, d.Paras, d.Warnings = sd.Source, sd.Hash, sd.Truncated, sd.Paras, sd.Warnings
	d.Period, d.PeriodQuote = sd.Period, sd.PeriodQuote
	d.Tasks = sd.Tasks
	plan.StampBegins(d) // read from the title alone, as the parser reads it
	plan.Compact(d)     // a decoded plan holds its task text twice and its title in every task
	return d, nil
}
