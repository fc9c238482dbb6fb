package bot

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// Review 78: the question reader against two plans of the reviewer's own — a city's 城市更新 plan whose
// items close with "（X牵头，Y、Z配合）" and name 各区、县（市）政府, and a county's 森林防灭火 plan whose
// items put "责任单位：…" on a line of their own and name 各乡镇（街道） — and questions as liaisons and
// leaders type them in a chat: a 谢谢 at the end, a date typed 2027.6.30 or 6/30, 过年前, 区县 and 乡镇
// said short, one unit's tasks among another's, follow-ups that ask who leads what was just listed, the
// last item of a list, what is left after a done mark, a window carried to another unit, the progress
// report written 开展情况, English department names and "in total", units that lead nothing, the other
// lead units besides one. Each of the 16 tests fails on the code of e46bcc5. Today is 2026-12-07
// throughout.

const rev78Day = "2026-12-07"

// rev78Ask asks qs in one conversation over text on rev78Day (no done marks); it returns the last
// answer and a test of whether that answer names a task holding a substring.
func rev78Ask(t *testing.T, text string, qs ...string) (Answer, func(string) bool) {
	t.Helper()
	return rev73Ask(t, text, rev78Day, qs...)
}

// rev78AskMarked is rev78Ask with done marks: unit (of the plan's city) marked done, on 2026-12-01,
// each task whose text holds one of subs.
func rev78AskMarked(t *testing.T, text, unit string, subs []string, qs ...string) (Answer, func(string) bool) {
	t.Helper()
	ix := textIndex(t, text)
	marks := &fakeMarks{marks: map[duties.TaskUnit]duties.DoneMark{}}
	for _, sub := range subs {
		found := false
		for _, d := range ix.Docs() {
			for i := range d.Tasks {
				tk := &d.Tasks[i]
				if strings.Contains(tk.Text, sub) {
					if !slices.Contains(tk.Units(), unit) {
						t.Fatalf("%s is not on %s", unit, tk.Title)
					}
					marks.marks[duties.TaskUnit{Task: tk.ID, Unit: plan.UnitRef{City: d.City, Name: unit}}] = duties.DoneMark{By: "陈明", At: time.Date(2026, 12, 1, 10, 0, 0, 0, plan.Shanghai)}
					found = true
				}
			}
		}
		if !found {
			t.Fatalf("no task holds %q", sub)
		}
	}
	as := askOn(t, NewEngine(ix, Options{Done: marks}), rev78Day, qs...)
	a := as[len(as)-1]
	return a, func(sub string) bool { return rev69Names(t, ix, a, sub) }
}

// A city's plan in the usual form: items under (一)–(三), each closed by "（X牵头，Y、Z配合）"; one item
// names two units "按职责分工负责", two name 各区、县（市）政府; a safeguard sets a monthly report.
const rev78Shaoxing = `绍兴市2027年城市更新行动工作方案

为深入实施城市更新行动，推动城市高质量发展，根据省委、省政府部署要求，结合我市实际，制定本方案。

一、工作目标
到2027年底，全市完成城镇老旧小区改造120个，新增城市公园绿地50万平方米，改造城市燃气管道80公里。

二、重点任务
（一）推进老旧小区改造
1.加快老旧小区综合改造。2027年6月底前开工老旧小区改造项目80个，年底前全部开工。（市住房城乡建设局牵头，市财政局、市发展改革委、各区、县（市）政府配合）
2.推进既有住宅加装电梯。全年新增加装电梯300台。（市住房城乡建设局牵头，市市场监管局、市自然资源规划局配合）
（二）完善城市基础设施
3.实施燃气管道老化更新改造。2027年9月30日前完成改造80公里。（市住房城乡建设局、市城市管理局按职责分工负责）
4.推进城市雨污分流改造。2027年5月底前完成越城区、柯桥区雨污分流改造工程。（市住房城乡建设局牵头，市生态环境局、市水利局配合）
5.开展城市道路病害排查整治。每季度开展一次城市道路病害排查。（市城市管理局负责）
（三）提升城市功能品质
6.建设口袋公园。2027年10月底前新建口袋公园30个。（市城市管理局牵头，市自然资源规划局配合）
7.推进城市停车设施建设。2026年11月底前新增公共停车泊位5000个。（市公安局牵头，市城市管理局、市住房城乡建设局配合）
8.完善一刻钟便民生活圈。2027年3月31日前新建便民生活圈10个。（市商务局牵头，各区、县（市）政府负责）

三、保障措施
（一）加强组织领导。成立市城市更新工作领导小组，由市政府分管副市长任组长，领导小组办公室设在市住房城乡建设局。
（二）强化资金保障。市财政局要统筹安排城市更新专项资金，2027年3月底前下达第一批补助资金。
（三）建立工作通报制度。各牵头单位于每月5日前将上月工作进展报送领导小组办公室。

绍兴市人民政府办公室
2026年11月20日
`

// A county's plan in the form of a 任务清单: each item's units on a line of its own, "责任单位：…",
// with 各乡镇（街道） on five items; the units report monthly their 工作开展情况.
const rev78Pujiang = `浦江县2027年森林防灭火工作实施方案

为切实做好2027年森林防灭火工作，保护森林资源和人民群众生命财产安全，制定本方案。

一、主要任务
（一）开展火灾隐患排查
1.2027年1月31日前完成林区坟头、电力线路等火灾隐患排查，建立问题清单。
责任单位：县林业局、县应急管理局、国网浦江县供电公司、各乡镇（街道）
2.每年清明节前组织开展野外用火专项检查。
责任单位：县公安局、县林业局、各乡镇（街道）
（二）加强火源管控
3.2027年3月15日前在进山路口设置临时检查站60个。
责任单位：各乡镇（街道）
4.森林防火期内（每年11月1日至次年4月30日）落实护林员每日巡山制度。
责任单位：县林业局、各乡镇（街道）
（三）提升扑救能力
5.2026年12月20日前完成县级森林消防专业队伍集中轮训。
责任单位：县应急管理局、县消防救援大队
6.2027年6月30日前新建森林防火蓄水池15座。
责任单位：县林业局、县水务局、县财政局
（四）强化宣传教育
7.2027年2月底前在村（社区）开展森林防火宣传进村入户活动。
责任单位：县委宣传部、县教育局、各乡镇（街道）
8.2026年11月30日前完成森林防火宣传牌更新。
责任单位：县林业局

二、工作要求
各乡镇（街道）、县直有关单位要于每月25日前将森林防灭火工作开展情况报县森林防灭火指挥部办公室（设在县应急管理局）。

浦江县森林防灭火指挥部
2026年10月25日
`

// A liaison closes a chat message with thanks: "麻烦查一下城管局的任务，谢谢" is answered "城管局“谢谢”相关
// 的任务 0 项", and "住建局牵头哪些？谢谢！", "辛苦查下财政局的任务" the same with 谢谢 and 辛苦 as the
// topic. Thanks and 辛苦 carry the asking, as 麻烦 and 帮我 do: 城管局 has items 3, 5, 6, 7; 住建局 leads
// 1–4; 财政局 is on item 1 and on 强化资金保障.
func TestRev78_ThanksAreNoTopic(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"麻烦查一下城管局的任务，谢谢", []string{"燃气管道老化更新改造", "城市道路病害排查", "口袋公园", "城市停车设施建设"}},
		{"住建局牵头哪些？谢谢！", []string{"老旧小区综合改造", "加装电梯", "燃气管道老化更新改造", "雨污分流改造"}},
		{"辛苦查下财政局的任务", []string{"老旧小区综合改造", "强化资金保障"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, c.q)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("%s is the unit's; the answer (%s, %d tasks):\n%.400s", s, a.Outcome, len(a.Tasks), a.Text)
				}
			}
			if len(a.Tasks) != len(c.want) {
				t.Errorf("want the unit's %d tasks, got %d:\n%.400s", len(c.want), len(a.Tasks), a.Text)
			}
		})
	}
}

// 各区、县（市）政府 is how a city's plan writes its districts and counties; people say 各区县 or 区县政府.
// "各区县要做哪些?" and "各区县配合哪些工作?" get an ask-back (请问想了解方案的哪方面内容？), "区县政府负责哪些工
// 作?" "方案中没有找到“区县政府”" with the very unit among the near ones. Items 1 and 8 name them.
func TestRev78_DistrictsAndCountiesSaidShort(t *testing.T) {
	for _, q := range []string{"各区县要做哪些?", "各区县配合哪些工作?", "区县政府负责哪些工作?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, q)
			if !names("老旧小区综合改造") || !names("便民生活圈") || len(a.Tasks) != 2 {
				t.Errorf("各区、县（市）政府 are on items 1 and 8; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// When a plan puts "责任单位：…" on a line of its own under each item (the usual 任务清单), "各乡镇要做哪些工作?",
// "乡镇有几项任务?" and "街道有哪些任务?" find only 二、工作要求, whose sentence names 各乡镇（街道）, and lose
// items 1, 2, 3, 4 and 7, where 各乡镇（街道） is a responsible unit ("各乡镇（街道）负责哪些任务?" lists the six).
// The same words find all of them when the units close the item's own line.
func TestRev78_TownshipsOnAResponsibilityLine(t *testing.T) {
	for _, q := range []string{"各乡镇要做哪些工作?", "乡镇有几项任务?", "街道有哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Pujiang, q)
			for _, s := range []string{"火灾隐患排查", "野外用火专项检查", "临时检查站", "护林员每日巡山", "宣传进村入户"} {
				if !names(s) {
					t.Errorf("各乡镇（街道） is a responsible unit of %s; the answer (%s, %d tasks):\n%.400s", s, a.Intent, len(a.Tasks), a.Text)
				}
			}
			if names("集中轮训") || names("蓄水池") {
				t.Errorf("items 5 and 6 do not name the townships:\n%.400s", a.Text)
			}
		})
	}
}

// Dates typed as in a chat: "2027.6.30前要完成哪些?" and "2027/6/30前要完成哪些?" make "6.30前" or "/6/30前" a
// topic and answer with 口袋公园 (due 2027-10-31) alone; "6/30之前到期的任务有哪些?" keeps "6/30之前" as a topic
// over the next 30 days. Written 2027年6月30日 or 6月30日 the same questions list what is due by then:
// 老旧小区综合改造 (2027-06-30) among them, and never 口袋公园 or 燃气管道 (09-30).
func TestRev78_DatesTypedWithDotsOrSlashes(t *testing.T) {
	for _, c := range []struct{ typed, written string }{
		{"2027.6.30前要完成哪些?", "2027年6月30日前要完成哪些?"},
		{"2027/6/30前要完成哪些?", "2027年6月30日前要完成哪些?"},
		{"6/30之前到期的任务有哪些?", "6月30日之前到期的任务有哪些?"},
	} {
		t.Run(c.typed, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, c.typed)
			ref, _ := rev78Ask(t, rev78Shaoxing, c.written)
			if !names("老旧小区综合改造") || names("口袋公园") || names("燃气管道") {
				t.Errorf("2027-06-30 bounds the window: item 1 in, items 3 and 6 out; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
			if !slices.Equal(a.Tasks, ref.Tasks) {
				t.Errorf("the same date as %q (%d tasks) gives %d tasks:\n%.400s", c.written, len(ref.Tasks), len(a.Tasks), a.Text)
			}
		})
	}
}

// "过年前要干完哪些?" and "年前要完成哪些工作?" get "方案中没有提到“过年前”/“年前”", while "春节前要完成哪些工作?"
// lists item 5 (2026-12-20) and item 1 (2027-01-31). In December 过年 and 年前 are the Spring Festival
// (2027-02-06) in everyone's speech; either reading of 年前 holds item 5, and neither item 3 (03-15).
func TestRev78_BeforeTheNewYearHoliday(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"过年前要干完哪些?", []string{"集中轮训", "火灾隐患排查"}},
		{"年前要完成哪些工作?", []string{"集中轮训"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Pujiang, c.q)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("%s is due before the Spring Festival; the answer (%s, %s):\n%.400s", s, a.Intent, a.Outcome, a.Text)
				}
			}
			if names("临时检查站") || names("蓄水池") {
				t.Errorf("items due 03-15 and 06-30 are after it:\n%.400s", a.Text)
			}
		})
	}
}

// A liaison of 住建局 asks which of its items involve 财政局: "住建局的任务里哪些跟财政局有关?" lists six
// tasks (every task of either unit, 强化资金保障 that 住建局 is not on among them), and "住建局的任务中有哪些
// 需要财政局配合?" five (住建局's, 财政局 on one). The tasks of one unit that name the other are item 1 alone.
func TestRev78_AmongOneUnitsTasksThoseOfAnother(t *testing.T) {
	for _, q := range []string{"住建局的任务里哪些跟财政局有关?", "住建局的任务中有哪些需要财政局配合?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, q)
			if !names("老旧小区综合改造") || len(a.Tasks) != 1 {
				t.Errorf("item 1 is the one task naming both; the answer (%d tasks):\n%.500s", len(a.Tasks), a.Text)
			}
		})
	}
}

// "财政局要配合住建局做哪些事?" (and "…需要配合住建局干什么?") is headed "财政局、住建局任务 2 项" and lists item 7,
// where 住建局 takes part in 市公安局's work and 财政局 is not named at all. Said "A配合B的是哪项" the reader
// gets it right; the question asks the tasks 住建局 leads and 财政局 supports: item 1 alone.
func TestRev78_OneUnitSupportingAnother(t *testing.T) {
	for _, q := range []string{"财政局要配合住建局做哪些事?", "财政局需要配合住建局干什么?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, q)
			if !names("老旧小区综合改造") || names("城市停车设施建设") || len(a.Tasks) != 1 {
				t.Errorf("住建局 leads and 财政局 supports item 1 only; the answer (%d tasks):\n%.400s", len(a.Tasks), a.Text)
			}
		})
	}
}

// Who leads what was just listed: after "哪些任务逾期了?" (item 7), "牵头单位是谁?" and, in English, "Who leads
// it?" get the ask-back "请说明是哪项任务" though "是谁负责的?" is answered; after "城管局参与的任务有哪些?" (item
// 7 again), "牵头单位分别是谁?" lists 城管局's own three lead items. The answer is item 7 and its 市公安局.
func TestRev78_WhoLeadsWhatWasJustListed(t *testing.T) {
	for _, c := range []struct{ list, ask string }{
		{"哪些任务逾期了?", "牵头单位是谁?"},
		{"What is overdue?", "Who leads it?"},
		{"城管局参与的任务有哪些?", "牵头单位分别是谁?"},
	} {
		t.Run(c.list+" "+c.ask, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, c.list, c.ask)
			if !names("城市停车设施建设") || len(a.Tasks) != 1 || !strings.Contains(a.Text, "市公安局") {
				t.Errorf("the item listed is 7, led by 市公安局; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// A window carried to another unit loses its year: after "一季度要完成哪些任务?" (期限在 2027-01-01 — 2027-03-31),
// "财政局的呢?" is answered for 2026-01-01 — 2026-03-31, long past, with 0 items; "3月份…" and "上半年…" the
// same. The follow-up asks the same quarter, month or half of 2027: 财政局's 强化资金保障 (2027-03-31), and
// 住建局's 雨污分流 (05-31) and 老旧小区 (06-30).
func TestRev78_FollowUpKeepsTheWindowsYear(t *testing.T) {
	for _, c := range []struct {
		first, then string
		want        []string
	}{
		{"一季度要完成哪些任务?", "财政局的呢?", []string{"强化资金保障"}},
		{"3月份要完成哪些?", "财政局的呢?", []string{"强化资金保障"}},
		{"上半年要完成哪些?", "住建局的呢?", []string{"雨污分流改造", "老旧小区综合改造"}},
	} {
		t.Run(c.first+" "+c.then, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, c.first, c.then)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("%s falls in the 2027 window asked first; the answer:\n%.400s", s, a.Text)
				}
			}
		})
	}
}

// The last of a list: after "住建局的任务" (five items, the last (三)7 停车设施, due 2026-11-30), "最后一项什么时候
// 到期?" is answered "“最后一项”相关的…任务 0 项" and "最后一条谁牵头?" "方案中没有关于“最后一条”的任务". 第一项
// is read; 最后一项 points at the list's end the same way.
func TestRev78_LastItemOfAList(t *testing.T) {
	for _, c := range []struct{ q, says string }{
		{"最后一项什么时候到期?", "2026-11-30"},
		{"最后一条谁牵头?", "市公安局"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev78Ask(t, rev78Shaoxing, "住建局的任务", c.q)
			if !names("城市停车设施建设") || len(a.Tasks) != 1 || !strings.Contains(a.Text, c.says) {
				t.Errorf("the last item listed is (三)7 (%s); the answer (%s, %d tasks):\n%.400s", c.says, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// 住建局 marked item 1 done. "住建局有几项任务?" (5) → "完成了几项?" (1) → "还剩几项?" repeats the done count, 1
// 项 with item 1; "还剩多少没做?" is "方案中没有提到“”". What is left is the other four (as "还有几项没完成?" says).
func TestRev78_HowManyAreLeftAfterDone(t *testing.T) {
	for _, q := range []string{"还剩几项?", "还剩多少没做?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev78AskMarked(t, rev78Shaoxing, "市住房城乡建设局", []string{"老旧小区综合改造"}, "住建局有几项任务?", "完成了几项?", q)
			if len(a.Tasks) != 4 || names("老旧小区综合改造") {
				t.Errorf("four of 住建局's five are not marked done; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// The plan sends the monthly 工作开展情况 to 县森林防灭火指挥部办公室 ("每月25日前将森林防灭火工作开展情况报县森林
// 防灭火指挥部办公室"). "进展情况报给谁?" and "每月要把工作情况报给谁?" are answered "方案中没有写明工作进展何时、
// 向谁报送": 开展情况 is not read as progress, nor 报 + a body as reporting, though plans write it so as often
// as 进展情况报送.
func TestRev78_ProgressReportWrittenKaizhanQingkuang(t *testing.T) {
	for _, q := range []string{"进展情况报给谁?", "每月要把工作情况报给谁?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev78Ask(t, rev78Pujiang, q)
			if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, "县森林防灭火指挥部办公室") {
				t.Errorf("the report goes to 县森林防灭火指挥部办公室 by the 25th; the answer (%s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
			}
		})
	}
}

// English names of departments the plans have and the reader's list of types knows in Chinese (林业,
// 城市管理, 公安): "What is the forestry bureau responsible for?", "What does the urban management bureau
// lead?" and "What do the police have to do?" are each answered that the plans say nothing (about
// "forestry", "urban management", "police"). 县林业局 is on five items; 市城市管理局 leads 3, 5, 6; 市公安局
// leads 7.
func TestRev78_EnglishNamesOfMoreDepartments(t *testing.T) {
	for _, c := range []struct {
		text, q string
		want    []string
	}{
		{rev78Pujiang, "What is the forestry bureau responsible for?", []string{"火灾隐患排查", "野外用火专项检查", "护林员每日巡山", "蓄水池", "宣传牌更新"}},
		{rev78Shaoxing, "What does the urban management bureau lead?", []string{"燃气管道老化更新改造", "城市道路病害排查", "口袋公园"}},
		{rev78Shaoxing, "What do the police have to do?", []string{"城市停车设施建设"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev78Ask(t, c.text, c.q)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("%s is the department's; the answer (%s, %s, %d tasks):\n%.400s", s, a.Intent, a.Outcome, len(a.Tasks), a.Text)
				}
			}
			if len(a.Tasks) != len(c.want) {
				t.Errorf("want %d tasks, got %d:\n%.400s", len(c.want), len(a.Tasks), a.Text)
			}
		})
	}
}

// A leader checks who only supports: "哪些单位没有牵头任务?" and "哪些部门只参与不牵头?" are read as tasks with no
// lead unit ("没有写明牵头单位的任务 0 项"). They ask for units: 市发展改革委, 市市场监管局, 市自然资源规划局,
// 市生态环境局, 市水利局 (and 各区、县（市）政府) are named only as 配合.
func TestRev78_UnitsThatLeadNothing(t *testing.T) {
	for _, q := range []string{"哪些单位没有牵头任务?", "哪些部门只参与不牵头?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev78Ask(t, rev78Shaoxing, q)
			for _, u := range []string{"市发展改革委", "市市场监管局", "市自然资源规划局", "市生态环境局", "市水利局"} {
				if !strings.Contains(a.Text, u) {
					t.Errorf("%s leads no task, only supports; the answer (%s, %s):\n%.400s", u, a.Intent, a.Outcome, a.Text)
				}
			}
			if strings.Contains(a.Text, "没有写明牵头单位") {
				t.Errorf("the question is about units, not tasks without a lead:\n%.300s", a.Text)
			}
		})
	}
}

// The plain English count: "How many tasks in total?", "How many tasks are there in total?", "What's the
// total number of tasks?" and "How many tasks altogether?" are each answered "about “total”: 0 task(s).
// None." (or “altogether”), while "How many tasks does the plan have?" and "方案一共有多少项任务?" count 9.
// total and altogether say 一共, not a topic.
func TestRev78_EnglishTotalCount(t *testing.T) {
	ref, _ := rev78Ask(t, rev78Shaoxing, "方案一共有多少项任务?")
	if len(ref.Tasks) < 8 {
		t.Fatalf("the plan's items 1–8 at least:\n%.300s", ref.Text)
	}
	for _, q := range []string{"How many tasks in total?", "How many tasks are there in total?", "What's the total number of tasks?", "How many tasks altogether?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev78Ask(t, rev78Shaoxing, q)
			if a.Outcome != OutcomeAnswered || len(a.Tasks) != len(ref.Tasks) {
				t.Errorf("every task of the plan, %d as 一共 counts them; the answer (%s, %s, %d tasks):\n%.300s", len(ref.Tasks), a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// "除了住建局，还有哪些单位牵头?" and "除住建局外还有哪些牵头单位?" get the ask-back "请说明是哪项任务". A leader asks
// which other units lead work in the plan: 市城市管理局 (items 3, 5, 6), 市公安局 (7), 市商务局 (8) and
// 市财政局 (强化资金保障).
func TestRev78_OtherLeadUnitsBesidesOne(t *testing.T) {
	for _, q := range []string{"除了住建局，还有哪些单位牵头?", "除住建局外还有哪些牵头单位?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev78Ask(t, rev78Shaoxing, q)
			for _, u := range []string{"市城市管理局", "市公安局", "市商务局", "市财政局"} {
				if !strings.Contains(a.Text, u) {
					t.Errorf("%s leads work in the plan; the answer (%s, %s):\n%.400s", u, a.Intent, a.Outcome, a.Text)
				}
			}
		})
	}
}
