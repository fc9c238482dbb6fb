package plan

import (
	"strings"
	"testing"
)

func TestToSimplified(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"question", "衢州市商務局負責哪些任務?", "衢州市商务局负责哪些任务?"},
		{"plan line", "（牽頭單位：省發展改革委，配合單位：省財政廳）", "（牵头单位：省发展改革委，配合单位：省财政厅）"},
		{"a question with only question words in traditional", "湖州方案的文號是什麼?", "湖州方案的文号是什么?"},
		{"already simplified", "市发展改革委牵头，市财政局按职责分工负责。", "市发展改革委牵头，市财政局按职责分工负责。"},
		{"ascii", "which tasks does Quzhou own?", "which tasks does Quzhou own?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ToSimplified(tc.in); got != tc.want {
				t.Errorf("ToSimplified(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestInvisibleCharacters: a zero-width space, a byte-order mark or a bidi control pasted into a plan
// makes no look-alike unit and loses none; a file's name prints on one line.
func TestInvisibleCharacters(t *testing.T) {
	text := "某某市测试工作实施方案\n一、主要任务\n" +
		"1.建设平台。(责任单位:市商\u200b务局、市发改委)\n" +
		"2.培育市场。(责任单位:市商务局\ufeff)\n" +
		"3.扩大开放。(责任单位:市商务局\u200b、市发改委)\n"
	d, err := ParseText("plan.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"市商务局", "市发改委"}, {"市商务局"}, {"市商务局", "市发改委"}}
	if len(d.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d", len(d.Tasks), len(want))
	}
	for i, tk := range d.Tasks {
		if strings.Join(tk.Lead, "、") != strings.Join(want[i], "、") {
			t.Errorf("task %s: lead %q, want %q", tk.Number, tk.Lead, want[i])
		}
	}
	if got := (Normalizer{}).Unit("市商\u200b務局"); got != "市商務局" {
		t.Errorf("a unit named with a zero-width space: %q", got)
	}
	if got := Normalize("市商\u200b務局負責哪些任務"); got != "市商务局负责哪些任务" {
		t.Errorf("Normalize: %q", got)
	}
	for _, tt := range []struct{ in, want string }{
		{"x\n  dry run: not stored\n\u202eplan.txt", "x⏎  dry run: not stored⏎plan.txt"},
		{"plan\x1b[2J.txt", "plan[2J.txt"},
	} {
		if got := OneLine(tt.in); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
