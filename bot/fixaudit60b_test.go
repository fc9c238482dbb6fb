package bot

import (
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// TestFixaudit60b_DueByRuleAndLimit: a recurring duty says when it is done when its parsed rule names
// a day and its words make that day a limit; a day something is done at is no limit.
func TestFixaudit60b_DueByRuleAndLimit(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"每周五前报送本周工作情况。", true},
		{"每半年结束后15日内报送评估报告。", true},
		{"每年年底提出下一年度重点议题。", false},
		{"每季度开展一次联合检查。", false},
	} {
		task := &plan.Task{Title: c.text, Recurring: plan.ParseRecurring(c.text)}
		if got := duties.HasTime(task); got != c.want {
			t.Errorf("HasTime(%q) = %v, want %v (recurring %v)", c.text, got, c.want, task.Recurring)
		}
	}
}

// TestFixaudit60b_ReportDutyNoSummary: asking that a report be made for someone is a summary request;
// a plan's duty to report upward, asked of, is not.
func TestFixaudit60b_ReportDutyNoSummary(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"请向局长汇报消防安全的任务", true},
		{"给主任简要汇报垃圾分类工作", true},
		{"发现隐患后要向上级汇报吗", false},
		{"安全生产工作总结最迟几月份报送?", false},
		{"年度总结最晚啥时候报?", false},
	} {
		if got := asksSummary(normalizePhrasing(c.q)); got != c.want {
			t.Errorf("asksSummary(normalizePhrasing(%q)) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestFixaudit60b_PointsBackWords: 其中/其余 before a unit are the question's words.
func TestFixaudit60b_PointsBackWords(t *testing.T) {
	for _, s := range []string{"其中区市场监管局", "其余区教育局"} {
		if !pointsBack(s) {
			t.Errorf("pointsBack(%q) = false", s)
		}
	}
	if pointsBack("区市场监管局") {
		t.Errorf("pointsBack(区市场监管局) = true")
	}
}
