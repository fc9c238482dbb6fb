package bot

import (
	"strconv"
	"strings"

	"github.com/dutybot/dutybot/plan"
)

// What is due, overdue or done is package duties' to say; this file keeps what a question means
// by it beyond that.

// namingYear keeps the deadlines whose words name their year ("2027年", "202312月底前") or a month
// or a quarter of the plan's year ("（12月）", "12月10日前", "第三季度："), not those worked out from a
// span ("五年内").
func namingYear(ds []plan.Deadline) []plan.Deadline {
	var out []plan.Deadline
	for _, d := range ds {
		if strings.Contains(d.Quote, strconv.Itoa(d.Date.Year)) || !d.Inherited && (strings.Contains(d.Quote, "月") || strings.Contains(d.Quote, "季度")) {
			out = append(out, d)
		}
	}
	return out
}

// freqMatches reports whether a recurring rule repeats as often as a question asks.
func freqMatches(r plan.Rule, freq string) bool {
	if r.Freq == "" {
		return false
	}
	f, n := r.Every()
	switch freq {
	case "any":
		return true
	case "daily":
		return f == plan.Daily // 每旬 too: more often than weekly
	case "weekly":
		return f == plan.Weekly && n == 1
	case "monthly":
		return f == plan.Monthly && n == 1
	case "bimonthly":
		return f == plan.Monthly && n == 2
	case "quarterly":
		return f == plan.Monthly && n == 3
	case "half_yearly":
		return f == plan.Monthly && n == 6
	case "yearly":
		return f == plan.Yearly || (f == plan.Monthly && n == 12)
	}
	return false
}
