package planstore

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestSummaryListsTasksToCheck: what the parser doubts reaches the person confirming the upload.
func TestSummaryListsTasksToCheck(t *testing.T) {
	doc, err := plan.ParseText("w.txt", "某某市工作方案（2024—2026年）\n一、重点任务\n1.推进改革。由市发展改革委牵头，相关部门配合，尽快完成方案。\n2.建设学校，2025年底前完成。（市教育局负责）\n3.培训教师。（市人社局负责）\n", plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(doc, plan.NewDay(2024, 1, 1))
	out := s.String()
	for _, want := range []string{"1 项任务需要核对", "推进改革：单位取自任务本身的句子", "以方案的实施期（2024—2026年）为目标期限"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	for _, n := range s.Nearest {
		if n.Deadline.Inherited {
			t.Errorf("an inherited date is listed as a nearest deadline: %+v", n.Deadline)
		}
	}
}

// TestSummaryFileNameOnOneLine: a file name with line breaks or a bidi override (an uploader chooses
// it) cannot forge lines of the summary, even for a plan stored before names were cleaned.
func TestSummaryFileNameOnOneLine(t *testing.T) {
	doc, err := plan.ParseText("w.txt", "某某市工作方案\n一、重点任务\n1.推进改革。（市发展改革委负责）\n", plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc.Source = "x\n  试运行：没有存入\n  任务 3 项，责任单位 0 个\n\u202eplan.txt"
	out := Summarize(doc, plan.NewDay(2024, 1, 1)).String()
	if strings.Count(out, "试运行：没有存入") != 2 || strings.Contains(out, "\n  任务 3 项") || strings.ContainsRune(out, '\u202e') ||
		!strings.Contains(out, "来自 x⏎  试运行：没有存入⏎") {
		t.Errorf("the file name forged lines of the summary:\n%s", out)
	}
}
