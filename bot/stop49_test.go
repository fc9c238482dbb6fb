package bot

import (
	"slices"
	"strings"
	"testing"
)

const dailyPlan = "某某市人民政府办公室关于印发某某市节日安全工作方案的通知\n某政办发〔2026〕5号\n\n某某市节日安全工作方案\n\n一、工作措施\n\n" +
	"1.加强景区客流监测。节日期间，各景区每日17时前报送游客接待数据。（责任单位：市文化广电旅游局）\n" +
	"2.做好统计分析。每月10日前报送上月旅游统计数据。（责任单位：市统计局）\n" +
	"3.强化值班值守。实行日调度、周通报制度。（责任单位：市应急管理局）\n"

// TestStop49DailyQuestions: "哪些工作每天要做" lists the daily duties (每日, 日调度), not the monthly
// one; a unit's "多久报一次" says 每日 in the plan's words.
func TestStop49DailyQuestions(t *testing.T) {
	e := NewEngine(textIndex(t, dailyPlan), Options{})
	a := askOn(t, e, "2026-12-06", "哪些工作每天都要做?")[0]
	if len(a.Tasks) != 2 || !strings.Contains(a.Text, "游客接待数据") || !strings.Contains(a.Text, "日调度") || strings.Contains(a.Text, "旅游统计数据") {
		t.Errorf("daily duties: tasks %v\n%s", a.Tasks, a.Text)
	}
	a = askOn(t, e, "2026-12-06", "市文化广电旅游局多久报送一次游客数据?")[0]
	if !strings.Contains(a.Text, "每日") {
		t.Errorf("how often:\n%s", a.Text)
	}
	a = askOn(t, e, "2026-12-06", "which duties are daily?")[0]
	if len(a.Tasks) != 2 {
		t.Errorf("English: tasks %v\n%s", a.Tasks, a.Text)
	}
}

// TestStop49BureauWithItsSectorNote: a plan that writes a bureau with the part of its work in brackets
// (区交通与建设局（住建）, 区经济发展局（商务）) names that bureau: asked about 区交通与建设局, the tasks under
// each bracket are its own, beside those naming it bare.
func TestStop49BureauWithItsSectorNote(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ar-fj-pingtan-2014-six-strikes-six-rectifications-plan.txt"}), Options{})
	a := askOn(t, e, "2026-12-06", "平潭区交通与建设局牵头哪些?")[0]
	for _, w := range []string{"无证运输危化品", "破坏损害城镇燃气管道设施"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("lacks %s:\n%s", w, a.Text)
		}
	}
}

// TestStop49WhichYearsEnd: "…那个目标是哪年底" asks when, not what falls due by this year's end.
func TestStop49WhichYearsEnd(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/e-sd-shandong-2023-green-lowcarbon-tasks.txt"}), Options{})
	a := askOn(t, e, "2026-12-06", "山东全国重点实验室达到25家那个目标是哪年底")[0]
	if !strings.Contains(a.Text, "2023-12-31") {
		t.Errorf("which year's end:\n%s", a.Text)
	}
}

// TestStop49LeaderNamedInTheText: a leader's two-character name (牵头负责领导:谢忠) is found in the
// plan's words when nothing else answers, among eleven plans as in the chat that asked it.
func TestStop49LeaderNamedInTheText(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/bt-ah-luan-2021-key-work-division.txt", "dev/ak-sh-chongming-2023-old-housing-renovation-plan.txt", "dev/k-sc-jingyan-2021-food-safety-work-points.txt", "dev/bu-hn-zhongfang-2022-open-gov-task-division-notice.txt", "dev/ah-sh-chongming-2023-collective-land-market-pilot-plan.txt", "dev/au-fj-pingtan-2023-private-economy-measures.txt", "dev/cb-sh-jiading-industrial-zone-2025-underground-space-emergency-plan.txt", "dev/aj-sh-chongming-2017-high-rise-fire-governance-plan.txt", "dev/m-ha-luoyang-2022-platform-city-measures.txt", "dev/b-gd-city-undated-grain-safety-duties.txt", "dev/k-yn-yuanmou-2020-ageing-affairs-plan.txt"}), Options{})
	a := askOn(t, e, "2026-12-06", "谢忠牵头的是哪项?")[0]
	if !strings.Contains(a.Text, "社会消费品零售总额") {
		t.Errorf("谢忠:\n%s", a.Text)
	}
}

// TestStop49ClosingNoteAssigns: an item under 工作要求 that closes with its note "（办公室牵头落实）" is
// one of the plan's tasks for that unit, though its words also name an office ("领导小组及其办公室").
func TestStop49ClosingNoteAssigns(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ax-fj-pingtan-2016-env-land-bureau-open-gov-plan.txt"}), Options{})
	a := askOn(t, e, "2026-12-06", "办公室牵头哪些?")[0]
	for _, w := range []string{"强化组织领导", "加大考核监督力度", "提高政务公开队伍专业化水平"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("lacks %s:\n%s", w, a.Text)
		}
	}
}

// TestStop49LeadsHowMany: "牵了几个头" is "牵头几项", "这回" only carries the asking.
func TestStop49LeadsHowMany(t *testing.T) {
	e := NewEngine(corpusIndex(t, nil), Options{})
	plain := askOn(t, e, "2026-12-06", "衢州市商务局牵头几项?")[0]
	said := askOn(t, e, "2026-12-06", "衢州市商务局这回牵了几个头？")[0]
	if len(plain.Tasks) == 0 || !slices.Equal(plain.Tasks, said.Tasks) {
		t.Errorf("牵了几个头: tasks %v, want %v\n%s", said.Tasks, plain.Tasks, said.Text)
	}
}

// TestStop49TopicCountNamesThePlacesThatHaveIt: a topic counted over every loaded plan lists the
// places that have it and sums up the rest in one line; "有几项，分别谁牵头" asks who leads each task,
// not a count per place.
func TestStop49TopicCountNamesThePlacesThatHaveIt(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ar-fj-pingtan-2014-six-strikes-six-rectifications-plan.txt"}), Options{})
	a := askOn(t, e, "2026-12-06", "油气管道在各地有几项?")[0]
	if strings.Contains(a.Text, "：0 项\n- ") || !strings.Contains(a.Text, "其余 5 个地方：0 项") {
		t.Errorf("per place:\n%s", a.Text)
	}
	a = askOn(t, e, "2026-12-06", "油气管道那块有几项,分别谁牵头")[0]
	if strings.Contains(a.Text, "0 项") || !strings.Contains(a.Text, "区经济发展局（商务）") {
		t.Errorf("who leads each:\n%s", a.Text)
	}
}

// TestStop49BasisNumberSpaced: a document cited with its number in a spaced copy ("（ 郑政办〔 20 21 〕
// 15 号 ）") is given with that number as the plan means it.
func TestStop49BasisNumberSpaced(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/s-ha-xinmi-2021-gwr-split.txt"}), Options{})
	a := askOn(t, e, "2026-12-06", "新密那个通知是依据郑州哪两个文件?")[0]
	if !strings.Contains(a.Text, "郑政办〔2021〕15号") || !strings.Contains(a.Text, "郑政办〔2021〕7号") {
		t.Errorf("basis:\n%s", a.Text)
	}
}

// TestStop49WhenOfAPartNamed: "X政策执行到什么时候?" where X is a part's heading asks its date, not
// the part's outline; the quote does not say the item's title twice.
func TestStop49WhenOfAPartNamed(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/o-ha-anyang-2022-real-estate-opinions.txt"}), Options{})
	a := askOn(t, e, "2026-12-06", "安阳取消配建公租房的政策执行到什么时候?")[0]
	if !strings.Contains(a.Text, "2023-12-31") || strings.Contains(a.Text, "取消配建公租房 取消配建公租房") {
		t.Errorf("when:\n%s", a.Text)
	}
}
