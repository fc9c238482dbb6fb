package plan

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

func TestToSimplified(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"question", "衢州市商務局負責哪些任務?", "衢州市商务局负责哪些任务?"},
		{"plan line", "（牽頭單位：省發展改革委，配合單位：省財政廳）", "（牵头单位：省发展改革委，配合单位：省财政厅）"},
		{"a question with only question words in traditional", "湖州方案的文號是什麼?", "湖州方案的文号是什么?"},
		{"already simplified", "市发展改革委牵头，市财政局按职责分工负责。", "市发展改革委牵头，市财政局按职责分工负责。"},
		{"ascii", "which tasks does Quzhou own?", "which tasks does Quzhou own?"},
		{"traditional characters outside the common list", "東部、花都、南沙三大汽車", "东部、花都、南沙三大汽车"},
		{"simplified names that look old stay", "著名的乾县", "著名的乾县"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ToSimplified(tc.in); got != tc.want {
				t.Errorf("ToSimplified(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTraditionalChars checks traditionalChars against OpenCC: each is simplified into another
// character that goes back to it. With DUTYBOT_GEN_TRADITIONAL=1 it writes the list anew.
func TestTraditionalChars(t *testing.T) {
	ts, err := opencc.New("t2s")
	if err != nil {
		t.Skip(err)
	}
	st, err := opencc.New("s2t")
	if err != nil {
		t.Skip(err)
	}
	var b strings.Builder
	for r := rune(0x4e00); r <= 0x9fff; r++ {
		simple, err := ts.Convert(string(r))
		if err != nil || simple == string(r) {
			continue
		}
		if back, err := st.Convert(simple); err == nil && back == string(r) {
			b.WriteRune(r)
		}
	}
	if os.Getenv("DUTYBOT_GEN_TRADITIONAL") != "" {
		var lines []string
		rs := []rune(b.String())
		for i := 0; i < len(rs); i += 60 {
			lines = append(lines, strconv.Quote(string(rs[i:min(i+60, len(rs))])))
		}
		src, _ := os.ReadFile("traditional.go")
		head, _, _ := strings.Cut(string(src), "const traditionalChars = ")
		out := head + "const traditionalChars = " + strings.Join(lines, " +\n\t") + "\n"
		if err := os.WriteFile("traditional.go", []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if b.String() != traditionalChars {
		t.Errorf("traditionalChars is not OpenCC's list (%d characters, OpenCC has %d): regenerate it", len([]rune(traditionalChars)), len([]rune(b.String())))
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

func TestIsFormat(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isFormat(r), unicode.Is(unicode.Cf, r); got != want {
			t.Fatalf("isFormat(%U) = %v, want %v", r, got, want)
		}
	}
}
