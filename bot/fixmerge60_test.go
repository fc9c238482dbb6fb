package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestFixMerge60_SubjectAgainInside: a plan named by its subject, then asked inside ("…意见里") about
// the same subject again. The title's runs are cut where they name the plan and, after 意见里, where
// they head no part of it; a run cut once from the first place it was found must not take a piece of
// the second (the merge of fixq62a with a question of round 177 left 街镇在养老 as a topic).
func TestFixMerge60_SubjectAgainInside(t *testing.T) {
	ix := corpusIndex(t, []string{"dev/at-sh-shanghai-2023-elderly-care-fire-safety-standardization-opinion.txt"})
	p, _ := NewEngine(ix, Options{}).current()
	for _, c := range []struct {
		name, q string
		cut     []string // words of the plan's subject no topic term may hold
	}{
		{name: "SubjectTwice", q: "上海养老机构消防意见里，街镇在养老机构消防安全上负什么责任？", cut: []string{"养老", "机构", "消防"}},
		{name: "SubjectOnceInside", q: "上海养老机构消防意见里街镇要做什么?", cut: []string{"养老", "机构", "消防"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := p.Parse(c.q, Context{}, plan.Day{})
			if len(q.Plans) != 1 {
				t.Fatalf("plans %v, want the one plan", q.Plans)
			}
			for _, term := range q.Topic {
				for _, w := range c.cut {
					if strings.Contains(term, w) {
						t.Errorf("topic %q holds %q, a word of the plan's subject", q.Topic, w)
					}
				}
			}
		})
	}
}
