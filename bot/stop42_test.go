package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/duties"

	"github.com/dutybot/dutybot/plan"
)

// TestQuestionsStop42: what rounds 65 and 66 (written by helpers who read no code) taught, each case
// on a plan text of its own kind.
func TestQuestionsStop42(t *testing.T) {
	ask := askChain
	t.Run("a plan known by its number's year", func(t *testing.T) {
		// No date signed or labelled: the year asked is the number's.
		e := NewEngine(textIndex(t, "某某市人民政府办公室关于印发《某某市政府工作报告主要工作目标分解落实意见》的通知\n某政办发〔2013〕5号\n\n一、加强领导。各级政府要切实加强领导，市发改委牵头，于元月底前报送实施方案。\n"), Options{})
		a := ask(t, e, "某某2013年那个分解落实意见文号是啥")
		if !strings.Contains(a.Text, "某政办发〔2013〕5号") {
			t.Errorf("the number is not given:\n%s", a.Text)
		}
		if a = ask(t, e, "某某2015年那个分解落实意见文号是啥"); strings.Contains(a.Text, "某政办发〔2013〕5号") {
			t.Errorf("a plan of 2013 answers for 2015:\n%s", a.Text)
		}
	})
	t.Run("分了哪些任务 lists the tasks", func(t *testing.T) {
		e := NewEngine(seedIndex(t), Options{})
		a := ask(t, e, "衢州的方案分了哪些任务?")
		if len(a.Tasks) < 10 {
			t.Errorf("%d tasks, want 衢州's list:\n%s", len(a.Tasks), a.Text)
		}
		if a = ask(t, e, "衢州的方案分了几部分?"); len(a.Tasks) != 0 || !strings.Contains(a.Text, "部分") {
			t.Errorf("the parts are not given:\n%s", a.Text)
		}
	})
	t.Run("哪个单位最多 after a unit ranks every unit", func(t *testing.T) {
		e := NewEngine(seedIndex(t), Options{})
		a := ask(t, e, "衢州市商务局负责哪些任务?", "这份方案里哪个单位负责的任务最多?")
		if strings.Count(a.Text, "项（") < 3 {
			t.Errorf("the ranking holds one unit only:\n%s", a.Text)
		}
	})
	t.Run("哪一项 is no topic", func(t *testing.T) {
		q := NewEngine(seedIndex(t), Options{}).Parser().Parse("衢州市商务局和衢州海关共同负责哪一项?", Context{}, plan.NewDay(2026, 12, 5))
		if len(q.Topic) > 0 {
			t.Errorf("topic %v", q.Topic)
		}
	})
	t.Run("要到多少 asks a figure", func(t *testing.T) {
		a := ask(t, NewEngine(seedIndex(t), Options{}), "每千人口托位数要到多少?")
		if !strings.Contains(a.Text, "4.8个") {
			t.Errorf("the figure is not quoted:\n%s", a.Text)
		}
	})
	t.Run("a purpose keeps 结合 inside a phrase", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某市人民政府关于创优营商环境的实施意见\n某政〔2017〕101号\n\n为深化简政放权放管结合优化服务改革，努力把我市建成全省审批事项最少、办事效率最高的市之一，结合我市实际，现提出如下实施意见。\n\n一、主要任务\n\n1.推进审批改革。（责任单位：市政务服务中心）\n"), Options{})
		a := ask(t, e, "某某这份营商环境实施意见要达到什么目标?")
		if !strings.Contains(a.Text, "审批事项最少") || strings.Contains(a.Text, "结合我市实际") {
			t.Errorf("the purpose is cut at 放管结合 or keeps 结合我市实际:\n%s", a.Text)
		}
	})
	t.Run("a unit's full name in every plan is that name, not its type", func(t *testing.T) {
		a := ask(t, NewEngine(seedIndex(t), Options{}), "市商务局在各地分别负责多少项任务?")
		if strings.Contains(a.Text, "市外经贸局") || !strings.Contains(a.Text, "衢州市 市商务局") {
			t.Errorf("嘉兴's 市外经贸局 counted as 市商务局, or 衢州's missing:\n%s", a.Text)
		}
		if a = ask(t, NewEngine(seedIndex(t), Options{}), "各地商务部门分别负责多少项任务?"); !strings.Contains(a.Text, "市外经贸局") {
			t.Errorf("the department type leaves out 嘉兴's 市外经贸局:\n%s", a.Text)
		}
	})
	t.Run("one unit named with two places is theirs at each level", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/u-sd-gangcheng-2021-fangguanfu-division.txt", "dev/j-ha-xiping-2020-rule-of-law-government-work-arrangement.txt"}), Options{})
		a := ask(t, e, "钢城区和西平县的政府办公室分别负责几项?")
		if !strings.Contains(a.Text, "区政府办公室") || !strings.Contains(a.Text, "县政府办公室") {
			t.Errorf("one place's office is missing:\n%s", a.Text)
		}
	})
	t.Run("who leads the task just listed", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/p-hb-xianning-2016-13th-fyp-task-division.txt"}), Options{})
		a := ask(t, e, "咸宁市委农办和市扶贫办共同负责哪项指标?", "这项谁牵头?")
		if a.Outcome != OutcomeAnswered || len(a.Tasks) != 1 || !strings.Contains(a.Text, "牵头/责任：市委农办") {
			t.Errorf("the owner of the task listed is not given:\n%s", a.Text)
		}
	})
	t.Run("X呢 after a when question asks when", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/v-xx-zizhiqu-2009-env-campaign-schedule.txt"}), Options{})
		a := ask(t, e, "2009年环保专项行动工作总结要在哪天前报送?", "阶段性报告呢?")
		if !strings.Contains(a.Text, "2009-06-30") || !strings.Contains(a.Text, "2009-07-31") {
			t.Errorf("the dates are not given:\n%s", a.Text)
		}
	})
	t.Run("a plan's schedule is no topic", func(t *testing.T) {
		q := NewEngine(seedIndex(t), Options{}).Parser().Parse("环保专项行动时间安排里哪些任务已经逾期?", Context{}, plan.NewDay(2026, 12, 5))
		if len(q.Topic) != 1 || q.Topic[0] != "环保专项行动" {
			t.Errorf("topic %v, want [环保专项行动]", q.Topic)
		}
	})
	t.Run("what is done, said first, is no topic", func(t *testing.T) {
		q := NewEngine(seedIndex(t), Options{}).Parser().Parse("医养健康那项已经完成了，现在还有哪些逾期？", Context{}, plan.NewDay(2026, 12, 5))
		if len(q.Topic) > 0 || q.Status != StatusOverdue {
			t.Errorf("topic %v status %q, want the overdue list without a topic", q.Topic, q.Status)
		}
	})
	t.Run("就业 keeps its 就", func(t *testing.T) {
		q := NewEngine(seedIndex(t), Options{}).Parser().Parse("就业优先战略有哪些任务?", Context{}, plan.NewDay(2026, 12, 5))
		if len(q.Topic) != 1 || q.Topic[0] != "就业优先战略" {
			t.Errorf("topic %v, want [就业优先战略]", q.Topic)
		}
	})
	t.Run("a done remark's unit is the question's", func(t *testing.T) {
		q := NewEngine(seedIndex(t), Options{}).Parser().Parse("鹿城区教育局社区教育品牌那项已经完成了，还有逾期没完成的吗？", Context{}, plan.NewDay(2026, 12, 5))
		if len(q.Units) != 1 || len(q.Topic) > 0 || q.Status != StatusOverdue {
			t.Errorf("units %v topic %v status %q, want 鹿城区教育局's overdue tasks", q.Units, q.Topic, q.Status)
		}
	})
	t.Run("a unit asked of another place is that place's department of its type", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/v-sc-jingyan-2021-livelihood-projects.txt", "dev/bq-yn-lufeng-undated-consumption-assistance.txt", "dev/k-yn-yuanmou-2020-ageing-affairs-plan.txt"}), Options{})
		a := ask(t, e, "元谋县卫健局有啥任务", "那禄丰的呢")
		if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, "市卫生健康局") {
			t.Errorf("禄丰's 市卫生健康局 is not found:\n%s", a.Text)
		}
	})
	t.Run("医保 is 医疗保险", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/k-yn-yuanmou-2020-ageing-affairs-plan.txt"}), Options{})
		if a := ask(t, e, "元谋医保参保率目标多少"); !strings.Contains(a.Text, "95%") {
			t.Errorf("the figure is not quoted:\n%s", a.Text)
		}
	})
	t.Run("照哪个文件 asks the basis", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/v-sc-jingyan-2021-livelihood-projects.txt"}), Options{})
		if a := ask(t, e, "井研24件民生实事是照哪个文件弄的"); !strings.Contains(a.Text, "乐委办发〔2021〕5号") {
			t.Errorf("the basis is not given:\n%s", a.Text)
		}
	})
	t.Run("a done remark set off by a space", func(t *testing.T) {
		q := NewEngine(seedIndex(t), Options{}).Parser().Parse("医养健康那条已经办完了 还剩哪些逾期", Context{}, plan.NewDay(2026, 12, 5))
		if len(q.Topic) > 0 || q.Status != StatusOverdue {
			t.Errorf("topic %v status %q, want the overdue list without a topic", q.Topic, q.Status)
		}
	})
	t.Run("帮多少人就业 asks of 就业", func(t *testing.T) {
		q := NewEngine(seedIndex(t), Options{}).Parser().Parse("目标帮多少人就业", Context{}, plan.NewDay(2026, 12, 5))
		if !slices.Equal(q.Topic, []string{"就业"}) {
			t.Errorf("topic %v, want [就业]", q.Topic)
		}
	})
}

// TestDoneNotePagedStop42: the tasks an overdue list leaves out as done are named once, after the
// list's last line, as the unpaged list names them.
func TestDoneNotePagedStop42(t *testing.T) {
	ix := seedIndex(t)
	marks := &fakeMarks{marks: map[duties.TaskUnit]duties.DoneMark{}}
	e := NewEngine(ix, Options{Done: marks})
	r, ok := ix.Task("7e243502:a1.2-3")
	if !ok {
		t.Fatal("no task 7e243502:a1.2-3")
	}
	for _, u := range r.Task.Units() {
		marks.marks[duties.TaskUnit{Task: r.Task.ID, Unit: plan.UnitRef{City: r.Doc.City, Name: u}}] = duties.DoneMark{By: "张三", At: fixedClock("2026-11-01")()}
	}
	q := Question{Text: "鹿城区有哪些逾期任务", Now: fixedClock("2026-12-05")()}
	a, err := e.Answer(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if a.Context.Pages < 2 {
		t.Fatalf("%d pages: the list is no longer paged", a.Context.Pages)
	}
	if text := allPages(t, e, q, a); strings.Count(text, "张三") != 1 {
		t.Errorf("the done mark is named %d times over the pages", strings.Count(text, "张三"))
	}
}
