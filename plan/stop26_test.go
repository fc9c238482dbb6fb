package plan

import (
	"strings"
	"testing"
)

// TestReviewOfStop25: what a review of stop 25's rules found them getting wrong, each case as the
// reviewer wrote it down.
func TestReviewOfStop25(t *testing.T) {
	t.Run("a heading whose own duty comes before its items' introduction is a task", func(t *testing.T) {
		text := formHead + "（一）加强源头管控\n区生态环境局负责全区排污许可管理，2025年底前完成核发。具体包括：\n1.开展排查。（责任单位：各街道）\n2.建立台账。（责任单位：各街道）\n"
		d, err := ParseText("form.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var numbers []string
		for _, tk := range d.Tasks {
			numbers = append(numbers, tk.Number)
		}
		if got := strings.Join(numbers, " "); got != "(一) 1 2" {
			t.Errorf("tasks %q, want (一)'s own duty before its items", got)
		}
	})
	t.Run("a goal for this year gives way to a later horizon", func(t *testing.T) {
		text := "关于推进某区文物建筑消防安全标准化建设工作的实施方案\n发布日期：2023-04-12\n一、工作目标\n今年要全面开展文物消防安全标准化建设达标创建工作。\n到2027年，全区文物建筑全部达标。\n二、工作内容\n1.开展检查。各属地单位要做到对辖区各文物建筑无死角排查摸底。\n"
		checkTasks(t, text, []taskWant{{number: "1", lead: []string{"各属地单位"}, dates: []string{"2027-12-31 target"}}})
	})
	t.Run("what the sentence names as done things is no count of what is done", func(t *testing.T) {
		got := ParseDeadlinesIn("2024年对已建成的小区开展排查，年底前完成整改。", 2025)
		if len(got) == 0 || got[len(got)-1].Date.String() != "2024-12-31" {
			t.Errorf("got %v, want 年底前 in 2024", got)
		}
	})
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a labelled span of ISO dates is due at its end", "完成时间：2025-03-01至2025-06-30", []string{"2025-06-30 by"}},
		{"months counted so far are a statistic", "2024年1-6月，全市实现地区生产总值1000亿元。", nil},
		{"a stage of months from January in brackets", "排查阶段（2025年1-3月）：完成排查。", []string{"2025-03-31 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, 2025, tc.want) })
	}
	t.Run("a clause with its own note keeps its own dates", func(t *testing.T) {
		text := formHead + "1.9月30日前，区住建局完成高层建筑底数排查（责任单位：区住建局）；长期做好隐患整改工作（责任单位：区应急局）。\n"
		d, err := ParseText("form.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range d.Tasks {
			if strings.Contains(tk.Text, "长期") && len(tk.Deadlines) > 0 {
				t.Errorf("task %s %q took the opening date %v", tk.Number, tk.Text, tk.Deadlines)
			}
		}
	})
	for _, tc := range []struct{ text, want string }{
		{"每月对照清单督促整改", "monthly"},
		{"每季度对重点企业报送情况", "quarterly"},
	} {
		t.Run("duty after 对: "+tc.text, func(t *testing.T) {
			var got string
			for _, r := range ParseRecurring(tc.text) {
				got = ruleName(r.Rule)
			}
			if got != tc.want {
				t.Errorf("ParseRecurring(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	t.Run("two bodies joined by 和 stay two", func(t *testing.T) {
		a := DefaultAliases()
		for _, name := range []string{"区妇联和民政局", "区总工会和团区委", "区科协和教育局"} {
			if got := a.Canonical(name); got != name {
				t.Errorf("Canonical(%q) = %q, want it unchanged", name, got)
			}
		}
	})
	t.Run("committees that are not a government's commission keep 委员会", func(t *testing.T) {
		a := DefaultAliases()
		for _, name := range []string{"各居民委员会", "各村民委员会", "小区业主委员会", "区业主委员会"} {
			if got := a.Canonical(name); got != name {
				t.Errorf("Canonical(%q) = %q, want it unchanged", name, got)
			}
		}
	})
	t.Run("experts and technicians are no party", func(t *testing.T) {
		if items, ok := withStaff("区住建局、区城管局、有关专家和技术人员"); ok {
			t.Errorf("withStaff read %q as parties", items)
		}
	})
}

// TestEveryFewYears: duties repeated every two or three years (每两年开展一次, 每隔一年, 三年一考核)
// and once a period in the terse form (一年一评估, 一月一调度); an every-two-years rule falls on the
// years counted from 2024.
func TestEveryFewYears(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"每两年开展一次全市文明单位复查，复查不合格的撤销称号。", "yearly*2"},
		{"每隔一年组织一次评估", "yearly*2"},
		{"实行一年一评估、三年一考核，评估结果与项目资金安排挂钩。", "yearly yearly*3"},
		{"坚持一月一调度、一季一通报", "monthly quarterly"},
		{"实行半年一总结、年终一考核", "half-yearly yearly"}, // 年终一考核: once at every year's end (deadline-forms-8 n061)
		{"半月一调度", "weekly*2"},                   // stop 40: every half month, as deadline-forms-14 g037 reads it
		{"统一调度各方力量", ""},
		{"每两年培育企业10家", ""},
	} {
		var got []string
		for _, r := range ParseRecurring(tc.text) {
			got = append(got, ruleName(r.Rule))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("ParseRecurring(%q) = %v, want %q", tc.text, got, tc.want)
		}
	}
	r := Rule{Freq: Yearly, Interval: 2, Month: 3, MonthDay: 1}
	if got := r.Next(Day{2025, 1, 1}); got != (Day{2026, 3, 1}) {
		t.Errorf("every two years from 2025-01-01: %v, want 2026-03-01", got)
	}
	if got := r.Describe(); got != "every two years in March by day 1" {
		t.Errorf("Describe = %q", got)
	}
}

// TestDatePhrasesStop26: the date phrases the deadline forms taught this stop.
func TestDatePhrasesStop26(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a month alone opening work", "9月份组织开展全市职业技能大赛，选拔优秀选手参加全省大赛。", []string{"2025-09-30 by"}},
		{"a month alone after a dated clause", "2025年度目标任务于2025年11月底前全面完成，12月开展考核验收。", []string{"2025-11-30 by", "2025-12-31 by"}},
		{"a month alone dating what happened", "今年5月召开了动员会。", nil},
		{"a year to reach something in", "2026年实现县域内中小学校全覆盖。", []string{"2026-12-31 target"}},
		// Stop 40: a goal (target), as deadline forms 2, 3 and 13 read it; forms 1 reads it "by".
		{"a count to reach by a day", "截至2025年底，全市累计建成城市口袋公园100个以上。", []string{"2025-12-31 target"}},
		{"a count of what is done", "截至2024年底，全市已建成充电桩1万个。", nil},
		{"a count of what there is", "截至2023年底，全市共有养老机构50家。", nil},
		{"a day a policy holds to", "截至2027年12月31日，符合条件的餐饮企业减半征收。", []string{"2027-12-31 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, 2025, tc.want) })
	}
	// An item whose words open with a date is an item, though a figure follows its number; an
	// attachment's name opening with a year is no item.
	checkTasks(t, formHead+"1.2026年实现县域内中小学校全覆盖。（责任单位：市教育局）\n2.9月份组织开展全市职业技能大赛。（责任单位：市人社局）\n", []taskWant{
		{number: "1", lead: []string{"市教育局"}, dates: []string{"2026-12-31 target"}},
		{number: "2", lead: []string{"市人社局"}, dates: []string{"2025-09-30 by"}},
	})
	if lvl, _, _, _ := heading("2. 2019年民生实事项目目标任务分解表"); lvl == lvlItem {
		t.Errorf("an attachment's name opening with a year read as an item")
	}
}

// TestCorpusRound34Forms: what corpus round 34's dev plans taught. Goals set in stages ("2025年底前
// 重点围绕…", "2027年底前重点突出…") give the plan the last stage's year; a "相关部门：" line after an
// item names who is responsible for it; an item's number before its subject is no part of the unit's
// name; units that help others ("X应积极配合Y") take part, and those helped lead.
func TestCorpusRound34Forms(t *testing.T) {
	text := "某区海洋垃圾清理行动方案\n某环保〔2025〕5号\n一、工作目标\n2025年底前重点围绕“清捞”。海湾内无明显大片海洋垃圾。\n2027年底前重点突出“利用”。海洋垃圾密度大幅下降。\n二、工作任务\n（一）全面排查\n以街道为单位，对全区范围内的内部道路进行全面排查。\n相关部门：区建设管理委、区规划资源局、属地街道等。\n（二）落实职责\n（1）区水务局负责本行政区域内河湖的管理。\n（三）争取资金\n区水务局、区财政局应积极配合市水务局、市财政局做好资金申报。\n"
	checkTasks(t, text, []taskWant{
		{number: "(一)", lead: []string{"区建设管理委", "区规划资源局", "属地街道"}, dates: []string{"2027-12-31 target"}},
		{lead: []string{"区水务局"}, dates: []string{"2027-12-31 target"}},
		{number: "(三)", lead: []string{"市水务局", "市财政局"}, partic: []string{"区水务局", "区财政局"}, dates: []string{"2027-12-31 target"}},
	})
}

// TestBrokenHeaderCells: a flattened table's header cells broken over lines ("责任 / 领导", "攻坚目标 /
// 任务", "工作任务安排 / 第二季度") are joined back while the header has more names than its rows have
// cells; a row with one line a cell gives each its column, a body under 责任科室 being the row's unit.
func TestBrokenHeaderCells(t *testing.T) {
	got := joinHeaderParts([]string{"序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标", "任务", "工作任务安排", "第二季度", "完成情况"}, 7)
	if want := "序号 重点工作 责任领导 责任科室 攻坚目标任务 工作任务安排第二季度 完成情况"; strings.Join(got, " ") != want {
		t.Errorf("joined %q, want %q", got, want)
	}
	if got := joinHeaderParts([]string{"序号", "工作", "责任", "单位"}, 0); len(got) != 4 {
		t.Errorf("rows of unknown width: %q, want the names as they are", got)
	}
	text := "某镇2024年度重点工作计划二季度执行情况\n序号\n重点工作\n责任\n领导\n责任\n科室\n攻坚目标\n任务\n工作任务安排\n第二季度\n完成情况\n" +
		"1\n白仙山水库工程政策处理\n欧乾震\n白仙山水库工程政策处理工作领导小组\n完成项目政策处理工作。\n推进坟墓迁移工作。\n迁移进度达60%。\n" +
		"2\n现代化美丽城镇\n吴宇凡\n乡村振兴办\n成功创建首批省美丽城镇。\n按照时间节点开展项目建设。\n完成投资3000万元。\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"白仙山水库工程政策处理工作领导小组"}},
		{number: "2", lead: []string{"乡村振兴办"}},
	})
}

// TestYearlyDatesInOneSentence: dates after a yearly one in its sentence ("每年7月底前开展中期考核，
// 12月20日前开展年度考核，12月30日前总结年度工作") are yearly duties of their own, not this year's
// deadlines; one that names its own year ("每年3月底（2024年为4月底）") is a deadline of that year.
func TestYearlyDatesInOneSentence(t *testing.T) {
	var got []string
	for _, r := range ParseRecurring("市规划资源局于每年7月底前开展中期考核，12月20日前开展年度考核，12月30日前总结年度工作，并上报市政府。") {
		got = append(got, r.Rule.String())
	}
	want := "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=31|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=30"
	if strings.Join(got, "|") != want {
		t.Errorf("rules %v, want %s", got, want)
	}
	if ds := ParseDeadlinesIn("市规划资源局于每年7月底前开展中期考核，12月20日前开展年度考核。", 2024); len(ds) != 0 {
		t.Errorf("deadlines %v, want none: the dates are every year's", ds)
	}
	ds := ParseDeadlinesIn("区政府于每年3月底(2024年为4月底)前制定年度实施方案。", 2024)
	if len(ds) != 1 || ds[0].Date.String() != "2024-04-30" {
		t.Errorf("deadlines %v, want 2024-04-30", ds)
	}
}

// TestPlaceFromTheFileName: a text that names no place of its own is filed under the place its file's
// name opens with, with a warning; a text that names its place keeps it.
func TestPlaceFromTheFileName(t *testing.T) {
	text := "一、深入实施就业优先战略\n(一)建立就业联动机制。各级发展改革部门要会同人社部门建立评价机制。(市发展改革委、市人力资源社会保障局负责)\n"
	d, err := ParseText("内江市就业实施意见.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.City != "内江市" || len(d.Warnings) == 0 {
		t.Errorf("city %q warnings %v, want 内江市 from the file's name", d.City, d.Warnings)
	}
	d, _ = ParseText("内江市就业实施意见.txt", "湖州市人民政府办公室关于印发某方案的通知\n湖政办发〔2023〕16号\n"+text, Options{})
	if d.City != "湖州市" {
		t.Errorf("city %q, want the text's own 湖州市", d.City)
	}
	d, _ = ParseText("plan-2023.txt", text, Options{})
	if d.City != "" {
		t.Errorf("city %q, want none", d.City)
	}
}

// TestSpansAndStarts: a span of full days is quoted whole, due at its end; a day from which work goes
// on ("2026年1月1日以后持续开展") is a start, no deadline.
func TestSpansAndStarts(t *testing.T) {
	ds := ParseDeadlinesIn("实施阶段（2025年1月1日至2025年12月31日）。建立房屋养老金账户。", 2024)
	if len(ds) != 1 || ds[0].Quote != "2025年1月1日至2025年12月31日" || ds[0].Date.String() != "2025-12-31" {
		t.Errorf("got %v, want the span quoted whole, due 2025-12-31", ds)
	}
	if ds := ParseDeadlinesIn("提升阶段（2026年1月1日以后持续开展此项工作）。", 2024); len(ds) != 0 {
		t.Errorf("got %v, want none: a start", ds)
	}
}

// checkDates checks the dates (day and kind) ParseDeadlinesIn reads in text of a plan of year.
func checkDates(t *testing.T, text string, year int, want []string) {
	t.Helper()
	var got []string
	for _, d := range ParseDeadlinesIn(text, year) {
		got = append(got, d.Date.String()+" "+d.Kind)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%q: got %v, want %v", text, got, want)
	}
}
