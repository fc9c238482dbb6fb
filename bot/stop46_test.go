package bot

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// ask46 asks the questions of one conversation over the seeds and the corpus plans named, each
// after the one before, on day (YYYY-MM-DD).
func ask46(t *testing.T, corpus []string, day string, qs ...string) []Answer {
	t.Helper()
	return askOn(t, NewEngine(corpusIndex(t, corpus), Options{}), day, qs...)
}

// askOn asks e the questions of one conversation on day (YYYY-MM-DD), each after the one before.
func askOn(t *testing.T, e *Engine, day string, qs ...string) []Answer {
	t.Helper()
	now, err := time.Parse("2006-01-02", day)
	if err != nil {
		t.Fatal(err)
	}
	var out []Answer
	var ctx Context
	for _, s := range qs {
		a, err := e.Answer(t.Context(), Question{Text: s, Now: now.Add(10 * time.Hour), Context: ctx})
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		out, ctx = append(out, a), a.Context
	}
	return out
}

func says(a Answer, words string) bool {
	return strings.Contains(a.Text, words)
}

// TestStop46Questions: questions of rounds 85–87 the bot read wrong, in the form a liaison writes them.
func TestStop46Questions(t *testing.T) {
	lanzhou := []string{"dev/bw-gs-lanzhou-2010-support-gansu-opinions-division-notice.txt"}
	t.Run("a document number asked with ASCII brackets finds a plan that writes 【】", func(t *testing.T) {
		a := ask46(t, lanzhou, "2026-12-06", "兰政发[2010]99号是什么文件")[0]
		if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, "兰州") {
			t.Errorf("%s:\n%s", a.Outcome, a.Text)
		}
	})
	t.Run("a plan's basis: a title broken over two lines, its number, not its short name", func(t *testing.T) {
		as := ask46(t, lanzhou, "2026-12-06", "兰政发[2010]99号是什么文件", "它依据的国办文件文号是多少?")
		a := as[1]
		if !strings.Contains(a.Text, "《国务院办公厅关于进一步支持甘肃经济社会发展的若干意见》(国办发〔2010〕29号)") {
			t.Errorf("basis without the cited document and its number:\n%s", a.Text)
		}
		if strings.Contains(a.Text, "《若干意见》") {
			t.Errorf("the short name 《若干意见》 listed as a document of its own:\n%s", a.Text)
		}
		if strings.Contains(a.Text, "衢州") {
			t.Errorf("the follow-up (它) answered for every plan, not the one asked about:\n%s", a.Text)
		}
	})
	t.Run("an English city whose characters have several readings", func(t *testing.T) {
		a := ask46(t, []string{"dev/bv-sc-chengdu-2019-gwr-target-division.txt"}, "2026-12-06", "Which tasks does Chengdu's commerce bureau lead?")[0]
		if len(a.Tasks) != 1 || !says(a, "社会消费品零售总额增长9%") {
			t.Errorf("Chengdu not read as 成都 (tasks %v):\n%s", a.Tasks, a.Text)
		}
	})
	t.Run("a year's figure falls due in its year's last month", func(t *testing.T) {
		a := ask46(t, []string{"dev/bv-sc-chengdu-2019-gwr-target-division.txt"}, "2019-12-05", "成都市科技局这个月有什么到期的?")[0]
		if len(a.Tasks) != 1 || !says(a, "全社会研发投入增长12%") {
			t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
		}
	})
	t.Run("a department type's follow-up in the role now asked", func(t *testing.T) {
		as := ask46(t, []string{"dev/by-zj-ningbo-2025-gwr-task-list.txt"}, "2026-12-06", "宁波发改部门负责哪些任务?", "其中它牵头的有几项?")
		if len(as[0].Tasks) != 5 || len(as[1].Tasks) != 4 {
			t.Errorf("负责 %d tasks, 牵头 %d; want 5 then 4:\n%s", len(as[0].Tasks), len(as[1].Tasks), as[1].Text)
		}
	})
	t.Run("the role left out, written after the question", func(t *testing.T) {
		for _, s := range []string{"莲都区经商局参与哪些 牵头的不算", "莲都区经商局参与哪些，不算牵头的"} {
			a := ask46(t, []string{"dev/by-zj-liandu-2023-gwr-duties.txt"}, "2026-12-06", s)[0]
			if len(a.Tasks) == 0 || !strings.Contains(a.Text, "参与的任务") {
				t.Errorf("%s: %s, tasks %v:\n%s", s, a.Outcome, a.Tasks, a.Text)
			}
		}
	})
	t.Run("which … targets with a place between", func(t *testing.T) {
		a := ask46(t, []string{"dev/by-zj-liandu-2023-gwr-duties.txt"}, "2026-12-06", "Which Liandu targets does the district science and technology bureau lead?")[0]
		if len(a.Tasks) != 1 {
			t.Errorf("%s, tasks %v:\n%s", a.Outcome, a.Tasks, a.Text)
		}
	})
	t.Run("to whom a report goes, and a campaign's 期间", func(t *testing.T) {
		pingtan := []string{"dev/ap-fj-pingtan-2013-work-safety-hundred-day-plan.txt"}
		a := ask46(t, pingtan, "2013-08-01", "平潭这个月有什么要报给区安办的?")[0]
		if len(a.Tasks) != 1 || !strings.Contains(a.Text, "2013-08-05") {
			t.Errorf("报给区安办: tasks %v:\n%s", a.Tasks, a.Text)
		}
		a = ask46(t, pingtan, "2026-12-06", "平潭百日行动期间督查落实情况多久反馈一次?")[0]
		if !strings.Contains(a.Text, "每月5日前") {
			t.Errorf("期间: %s:\n%s", a.Outcome, a.Text)
		}
	})
	t.Run("a plan's horizon is the target asked of its year when the task is a figure", func(t *testing.T) {
		a := ask46(t, []string{"dev/p-hb-xianning-2016-13th-fyp-task-division.txt"}, "2019-12-10", "明年咸宁有哪些约束性指标要达标?")[0]
		if len(a.Tasks) < 3 || !slices.ContainsFunc(a.Tasks, func(id string) bool { return strings.HasSuffix(id, ":2.1.1") }) {
			t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
		}
	})
}

// TestStop46MergedBureau: a merged bureau ("发展改革和统计局", "工业信息和科技局") is of the type of either
// body it joins, when no type names it whole.
func TestStop46MergedBureau(t *testing.T) {
	ts := defaultDeptTypes()
	for _, tc := range []struct {
		name, typ string
		want      bool
	}{
		{"发展改革和统计局", "发展改革", true},
		{"发展改革和统计局", "统计", true},
		{"工业信息和科技局", "科技", true},
		{"市财政局", "发展改革", false},
	} {
		if got := ts.is(tc.name, tc.typ); got != tc.want {
			t.Errorf("%s is %s: %v, want %v", tc.name, tc.typ, got, tc.want)
		}
	}
	a := ask46(t, []string{"dev/bu-ha-jiyuan-2024-gwr-division.txt"}, "2026-12-06", "济源的发改部门有逾期没完成的任务吗?")[0]
	if len(a.Tasks) != 3 {
		t.Errorf("济源 发改部门 overdue: tasks %v:\n%s", a.Tasks, a.Text)
	}
}

// TestStop46PlanNickname: "商品砼整治" names 全区商品砼市场专项整治方案 (its characters in order in the
// title, its words using it once): the question is of that plan's duties.
func TestStop46PlanNickname(t *testing.T) {
	a := ask46(t, []string{"dev/ao-fj-pingtan-2021-ready-mix-concrete-rectification-plan.txt"}, "2026-12-06", "商品砼整治进展多久报一次?报给谁?")[0]
	if !strings.Contains(a.Text, "每月15日") || !strings.Contains(a.Text, "整治组办公室") {
		t.Errorf("%s:\n%s", a.Outcome, a.Text)
	}
}

// TestStop46WhoDoesItAtAUnit: "审批审查中心的礼仪接待规范谁来定?" asks who sets it; the unit named is where
// it is done (the plan has 区行政服务中心 set it), not the party whose tasks are listed.
func TestStop46WhoDoesItAtAUnit(t *testing.T) {
	as := ask46(t, []string{"dev/ca-sh-jiading-2021-approval-center-plan.txt"}, "2026-12-06", "审批审查中心的礼仪接待规范谁来定?")
	if a := as[0]; !strings.Contains(a.Text, "区行政服务中心") || len(a.Tasks) != 1 {
		t.Errorf("%s, tasks %v:\n%s", a.Outcome, a.Tasks, a.Text)
	}
	// Who works with a unit still asks of that unit.
	as = ask46(t, nil, "2026-12-06", "谁和衢州市商务局一起负责招商?")
	if a := as[0]; a.Context.Query == nil || len(a.Context.Query.Units) == 0 {
		t.Errorf("谁和衢州市商务局一起: the unit dropped:\n%s", a.Text)
	}
}

// TestStop46FactsFollowUp: a plan-facts question that names no plan after one that did asks of that
// plan ("成文日期和发布日期分别是哪天?", whose 发布 is left as a word); "落实哪个文件" asks its basis.
func TestStop46FactsFollowUp(t *testing.T) {
	as := ask46(t, []string{"dev/bs-cq-wulong-2024-livelihood-notice.txt", "dev/m-sd-jinan-linyi-2023-counterpart-cooperation-division.txt"}, "2026-12-06",
		"武隆府办发(2024)6号是什么文件?", "成文日期和发布日期分别是哪天?")
	if strings.Contains(as[1].Text, "济南") || !strings.Contains(as[1].Text, "武隆") {
		t.Errorf("follow-up answered for other plans:\n%s", as[1].Text)
	}
	as = ask46(t, []string{"dev/m-sd-jinan-linyi-2023-counterpart-cooperation-division.txt"}, "2026-12-06",
		"济南临沂对口合作分工方案是哪天发布的?", "它是落实哪个文件的?文号多少?")
	if !strings.Contains(as[1].Text, "鲁政办字〔2023〕31号") {
		t.Errorf("basis:\n%s", as[1].Text)
	}
}

// TestStop46FactsOfATitledPlan: "房县这个营商环境措施依据的省政府办公厅文件文号是多少?" names its plan by a
// word of its title (营商环境措施, 依据 cut off), and its basis is opened by 认真落实.
func TestStop46FactsOfATitledPlan(t *testing.T) {
	a := ask46(t, []string{"dev/v-hb-fangxian-2023-business-costs.txt"}, "2026-12-06", "房县这个营商环境措施依据的省政府办公厅文件文号是多少?")[0]
	if !strings.Contains(a.Text, "鄂政办发〔2022〕52号") || strings.Contains(a.Text, "衢州") {
		t.Errorf("%s:\n%s", a.Outcome, a.Text)
	}
}
