package plan

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/internal/scaling"
)

// Review 54 (a stranger's audit of hostile files): texts that reach the parser.

// TestRev54LongNoticeParsesQuickly: a notice whose body is plain paragraphs that each name a unit
// ("市商务局负责推进项目建设，2024年底前完成。", no item numbers: minutes of a meeting, a notice
// copied from a web page) is read paragraph by paragraph as tasks. 1,000 such paragraphs (62 KB)
// parse in 0.15 s; 2,000 (124 KB) take 3.3 s; 10,000 (610 KB, a thirtieth of the 20 MB limit)
// run for more than a minute, and the sandbox refuses the file as too long to read. Cause:
// plan/parse.go (*parser).subjectClauses, reached from noticeTasks → itemTasks, matches
// supportVerb, supportClause, namedSupport … against text[m[1]:] — the whole rest of the item's
// text — for every subject it finds: quadratic, and past about 64 KB Go's regexp leaves its
// backtracker for the slower NFA. A 124 KB plain-text plan should parse in well under a second;
// the test compares 500 and 2,000 paragraphs (maxGrowth).
func TestRev54LongNoticeParsesQuickly(t *testing.T) {
	SkipUnderRace(t)
	notice := func(n int) string {
		return "关于印发实施方案的通知\n" + strings.Repeat("市商务局负责推进项目建设，2024年底前完成。\n", n)
	}
	if _, err := ParseText("notice.txt", notice(2000), Options{}); err != nil {
		t.Fatal(err)
	}
	if g := scaling.Growth(func(n int) { _, _ = ParseText("notice.txt", notice(n), Options{}) }, 500, 4, 3); g > maxGrowth {
		t.Errorf("a notice of 2,000 short paragraphs costs %.1f times one of 500 (linear: 4, square: 16): the subject search must not rescan the rest of the text for every subject", g)
	}
}

// TestRev54UnclosedBracketsAtTheEndParseQuickly: a plan text cut off after a run of opening
// brackets — 2,000 "（" before the last item's unit, 6 KB in all — takes 3.5 s to parse (1,000: 0.7 s,
// 500: 0.3 s; 50,000, a 150 KB file, runs for minutes). Only a run at the very end of the text
// costs this (the same run mid-text parses in 10 ms), and the sandbox's budget (4 s plus 1 s a
// MB) then refuses a 12 KB file as "too long to read". Cause: plan/parse.go (*parser).findNotes
// tries (*parser).unclosedNote at every unclosed bracket; at the text's end each tries cutList →
// unitList (resp.go) over the whole rest of the text, which cleanUnit / isParty / listItems
// (units.go, resp.go) run regular expressions over: cubic in the run's length. A 6 KB text should
// parse in well under a second, whatever brackets it leaves open; the test compares 500 and 2,000
// brackets (maxGrowth).
func TestRev54UnclosedBracketsAtTheEndParseQuickly(t *testing.T) {
	SkipUnderRace(t)
	cut := func(n int) string {
		return "关于印发实施方案的通知\n一、任务\n1. 推进建设（" + strings.Repeat("（", n) + "市商务局负责）"
	}
	if g := scaling.Growth(func(n int) { _, _ = ParseText("cut.txt", cut(n), Options{}) }, 500, 4, 3); g > maxGrowth {
		t.Errorf("a text ending in 2,000 unclosed （ costs %.1f times one ending in 500 (linear: 4, cube: 64): the note search at the text's end must not grow with the brackets left open", g)
	}
}

// TestRev54ControlCharactersLeaveTaskText: text copied out of Word into a .txt keeps Word's manual
// line break as a vertical tab (\v, U+000B); junk from a terminal or a broken export leaves ESC
// sequences and BEL. plan.Normalize drops invisible format characters (zero-width spaces, bidi
// controls) but not C0 controls, so they stay inside task titles and texts ("完成综合保税区\v验收"),
// are answered back to Slack and the CLI as they are, and reach the reminders, the board and the
// 台账. Cause: plan/simplified.go Normalize → DropInvisible (the one place text from outside is
// read) drops Unicode format characters (Cf) only, not C0 controls (Cc) other than \t \n \r.
// A line break inside a sentence should read as nothing (or a space) and other controls be dropped.
func TestRev54ControlCharactersLeaveTaskText(t *testing.T) {
	text := "丽水市2026年营商环境优化提升重点任务分解方案\n一、重点任务\n" +
		"1.完成综合保税区\v验收\x1b[31m\a。2026年11月20日前完成。（牵头单位：市商务局\f；配合单位：丽水海关）\n" +
		"2.召开全市营商环境推进会。2026年12月4日前召开。（牵头单位：市发展改革委）\n"
	d, err := ParseText("word-copy.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tasks) != 2 {
		t.Fatalf("%d tasks, want 2", len(d.Tasks))
	}
	tk := d.Tasks[0]
	for _, s := range append([]string{tk.Title, tk.Text}, tk.Units()...) {
		if i := strings.IndexAny(s, "\v\f\a\x1b"); i >= 0 {
			t.Errorf("%q keeps a control character (%q at byte %d): C0 controls from a file should be dropped (a vertical tab read as nothing)", s, s[i], i)
		}
	}
}
