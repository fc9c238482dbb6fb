package duties

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

func TestEndAndPartEnd(t *testing.T) {
	dated := testDoc() // no period of its own; its last deadline is 2026-12-01
	stated := &plan.Document{ID: "p", Title: "衢州市服务业高质量发展“十百千”工程实施方案(2023—2027年)", City: "衢州市"}
	storedOld := &plan.Document{ID: "o", Title: "2025年工作要点", City: "湖州市"}
	bare := &plan.Document{ID: "b", Title: "嘉兴市推进服务业发展工作方案", City: "嘉兴市", Issued: day("2010-12-09")}
	nothing := &plan.Document{ID: "n", Title: "某方案"}
	withPeriod := &plan.Document{ID: "w", Title: "意见", Period: day("2025-12-31"), PeriodQuote: "到2025年"}
	tests := []struct {
		name   string
		doc    *plan.Document
		end    string
		source string
	}{
		{"the period the parser found", withPeriod, "2025-12-31", PeriodStated},
		{"a range of years in the title", stated, "2027-12-31", PeriodStated},
		{"a year's work plan stored before periods were kept", storedOld, "2025-12-31", PeriodStated},
		{"the year of the last deadline", dated, "2026-12-31", PeriodDeadline},
		{"the year after it was issued", bare, "2011-12-31", PeriodIssued},
		{"nothing said of time", nothing, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, source, _ := End(tt.doc)
			if end.String() != tt.end || source != tt.source {
				t.Errorf("End = %s %s, want %s %s", end, source, tt.end, tt.source)
			}
		})
	}
	annex := &plan.Task{Section: "附件1 2023年服务业重点工作任务清单 > 一、强化统筹推进"}
	sentence := &plan.Task{Section: "二、重点任务 > (一)建设平台。2023年,争创省级创新发展区1个"}
	part := &plan.Task{Section: "二、2021年重点工作"}
	for _, c := range []struct {
		name string
		task *plan.Task
		want string
	}{
		{"an annex's list for one year", annex, "2023-12-31"},
		{"a heading that is a sentence is no part", sentence, "2027-12-31"},
		{"a part for one year", part, "2021-12-31"},
	} {
		if got := PartEnd(stated, c.task).String(); got != c.want {
			t.Errorf("%s: PartEnd = %s, want %s", c.name, got, c.want)
		}
	}
	if !Ended(stated, annex, day("2024-01-01")) || Ended(stated, nil, day("2024-01-01")) || !Ended(withPeriod, nil, day("2026-01-01")) {
		t.Error("Ended")
	}
}
