package plan

import (
	"strings"
)

// The parser's warnings tell an admin what to check before confirming a plan: a document's
// (Document.Warnings) and a task's (Task.Warnings). The JSON carries them in English, as they are
// written where the parser finds the cause; WarningZH says each in Chinese, for the ingest summary
// and the Slack upload preview. A new warning is a line here too (TestWarningsSaidInChinese
// checks every one the seeds and the corpus raise).
var warningsZH = []struct {
	en *Regexp
	zh string
}{
	{mustCompile(`^the plan states no year of its own: dates without a year take (\d+), the year its text names most$`), "方案没有写明自己的年份：没写年份的日期按正文提到最多的 $1 年算"},
	{mustCompile(`^the text ends mid-sentence: the plan may be cut off$`), "正文在句子中间结束：方案可能不完整"},
	{mustCompile(`^no numbered items: tasks read from the notice's sentences: check them$`), "正文没有编号的条目：任务取自通知的句子，请核对"},
	{mustCompile(`^units read from the task's own sentence, not from a responsibility note: check them$`), "单位取自任务本身的句子，不是责任单位的标注：请核对"},
	{mustCompile(`^units read from the duty's own sentence, not from a responsibility note: check them$`), "单位取自职责本身的句子，不是责任单位的标注：请核对"},
	{mustCompile(`^lead taken from the group's heading \((.*)\)$`), "牵头单位取自所在分组的标题（$1）"},
	{mustCompile(`^lead taken from the group's cell \((.*)\)$`), "牵头单位取自所在分组的单元格（$1）"},
	{mustCompile(`^no date of its own: takes the plan's period \((.*)\) as its target$`), "本身没有写期限：以方案的实施期（$1）为目标期限"},
	{mustCompile(`^no date of its own: takes the plan's period \((.*)\) as its deadline$`), "本身没有写期限：以方案规定的全部完成时间（$1）为完成期限"},
	{mustCompile(`^(\d+) tasks state no date and take the plan's period \((.*)\) as their target$`), "$1 项任务没有写期限，以方案的实施期（$2）为目标期限"},
	{mustCompile(`^(\d+) tasks state no date and take the plan's period \((.*)\) as their deadline$`), "$1 项任务没有写期限，以方案规定的全部完成时间（$2）为完成期限"},
	{carriedExpr, "这一行没有自己的$1格（合并单元格）：沿用上一行的"},
	{mustCompile(`^the table's header names no unit column: a cell was read as its units$`), "表头没有责任单位列：把一个单元格当作了责任单位"},
	{mustCompile(`^the text is cut off inside this row: its units are not known$`), "正文在这一行中间中断：责任单位不明"},
}

// carriedExpr is a row's cells taken from the row above: "lead", "units", "time", joined by " or ".
var carriedExpr = mustCompile(`^the row has no (.+) cell of its own \(a merged cell\): taken from the row above$`)

// cellNamesZH says the cells a row took from the row above.
var cellNamesZH = strings.NewReplacer(" or ", "和", "lead", "牵头单位", "units", "责任单位", "time", "时间")

// WarningZH says a parser's warning in Chinese; a warning it does not know is returned as it is.
func WarningZH(w string) string {
	if m := carriedExpr.FindStringSubmatch(w); m != nil {
		w = "the row has no " + cellNamesZH.Replace(m[1]) + " cell of its own (a merged cell): taken from the row above"
	}
	for _, t := range warningsZH {
		if t.en.MatchString(w) {
			return t.en.ReplaceAllString(w, t.zh)
		}
	}
	return w
}
