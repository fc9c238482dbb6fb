package bot

import (
	"testing"
)

// fixq57b_test.go: the bot side of the questions of rounds 160–162, each on invented plans.

// TestFixq57b_StagesAreTheItems: "哪些阶段已经过期了", "有哪几个步骤": a stage (阶段, 步骤, 环节) asked
// for by which is what a plan's steps are called, no word a task must hold.
func TestFixq57b_StagesAreTheItems(t *testing.T) {
	text := "2031年某区河道清淤民生实事项目实施方案\n一、实施步骤\n" +
		"（一）第一季度：完成项目立项和勘察设计；\n" +
		"（二）第二季度：完成招投标工作；\n" +
		"（三）第三季度：全面开展清淤施工；\n" +
		"（四）第四季度：完成竣工验收。\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{"河道清淤项目哪些阶段已经过期了?", "河道清淤项目哪几个步骤已经过期了?"} {
		wantIn(t, q, askOn(t, e, "2031-08-15", q)[0], []string{"完成项目立项和勘察设计", "完成招投标工作"}, []string{"清淤施工；", "没有。"})
	}
	// A stage named by its own word stays the topic: "验收阶段" is asked for, not every stage.
	q := "河道清淤项目竣工验收安排在什么时候?"
	wantIn(t, q, askOn(t, e, "2031-08-15", q)[0], []string{"完成竣工验收"}, []string{"招投标工作"})
}

// TestFixq57b_QuarterOfThePlansYear: a step a plan dates by a quarter of its own year ("第三季度：…")
// is dated in that year: asked for the quarter with its year ("2031年第三季度要做什么?"), it is listed.
func TestFixq57b_QuarterOfThePlansYear(t *testing.T) {
	text := "上海市闵行区2031年河道清淤民生实事项目实施方案\n一、实施步骤\n" +
		"（一）第一季度：完成项目立项和勘察设计；\n" +
		"（二）第二季度：完成招投标工作；\n" +
		"（三）第三季度：全面开展清淤施工；\n" +
		"（四）第四季度：完成竣工验收。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "2031年第三季度闵行这个项目要做什么?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"全面开展清淤施工", "2031-09-30"}, []string{"招投标工作", "完成竣工验收", "没有。"})
}
