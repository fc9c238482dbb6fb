package plan

import (
	"strings"
	"testing"
	"time"
)

// TestStop36MonthsListedAfterAYear: months listed after a month with its year are dates of that
// year ("2025年6月、12月各完成一次"), each with the first one's kind; a last month with 底前 is read
// once.
func TestStop36MonthsListedAfterAYear(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"two months, each", "2025年6月、12月各完成一次评估。", []string{"2025-06-30 by", "2025-12-31 by"}},
		{"joined by 和", "2025年6月和12月各开展一次督查。", []string{"2025-06-30 by", "2025-12-31 by"}},
		{"four, the last with 底前", "于2025年3月、6月、9月、12月底前报送进展。", []string{"2025-03-31 by", "2025-06-30 by", "2025-09-30 by", "2025-12-31 by"}},
		{"targets", "力争2027年6月、12月分别达到80%、90%。", []string{"2027-06-30 target", "2027-12-31 target"}},
		{"not later months: no list of one year", "2025年12月、3月召开。", []string{"2025-12-31 by"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+"1.推进城市更新，"+c.text+"（牵头单位：市住建局）\n", []taskWant{{lead: []string{"市住建局"}, dates: c.want}})
		})
	}
}

// TestStop36PipedRowCutByAPage: a piped table's row whose text a page break cut goes on in a line of
// one cell after the page number; a short label alone in the number column groups the rows below
// it. Neither is a row of its own.
func TestStop36PipedRowCutByAPage(t *testing.T) {
	head := "附件\n重点任务清单\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
	t.Run("the rest of a row after a page break", func(t *testing.T) {
		d := checkTasks(t, head+
			"| 1 | 推进老旧小区改造，完成改造小区50个 | 市住建局 | 各区政府 | 2025年12月底前 |\n"+
			"| 2 | 建设城市生命线安全工程，建成监测平台并接入燃气、 | 市住建局 | 市应急局 | 2026年6月底前 |\n"+
			"\n— 5 —\n\n"+
			"| 供水等数据 |  |  |  |\n"+
			"| 3 | 开展城市体检，形成体检报告 | 市住建局 | 市自然资源局 | 2025年10月底前 |\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}, partic: []string{"各区政府"}, dates: []string{"2025-12-31 by"}},
			{number: "2", lead: []string{"市住建局"}, partic: []string{"市应急局"}, dates: []string{"2026-06-30 by"}},
			{number: "3", lead: []string{"市住建局"}, partic: []string{"市自然资源局"}, dates: []string{"2025-10-31 by"}},
		})
		if !strings.Contains(d.Tasks[1].Text, "接入燃气、供水等数据") {
			t.Errorf("row 2's text %q lacks its rest after the page", d.Tasks[1].Text)
		}
	})
	t.Run("group labels between rows", func(t *testing.T) {
		d := checkTasks(t, head+
			"| 城市更新 |  |  |  |  |\n"+
			"| 1 | 推进老旧小区改造，完成改造小区50个 | 市住建局 | 各区政府 | 2025年12月底前 |\n"+
			"| 城市安全 |  |  |  |  |\n"+
			"| 2 | 建设城市生命线安全工程 | 市住建局 | 市应急局 | 2026年6月底前 |\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}, partic: []string{"各区政府"}, dates: []string{"2025-12-31 by"}},
			{number: "2", lead: []string{"市住建局"}, partic: []string{"市应急局"}, dates: []string{"2026-06-30 by"}},
		})
		if !strings.Contains(d.Tasks[1].Section, "城市安全") || !strings.Contains(d.Tasks[0].Section, "城市更新") {
			t.Errorf("sections %q, %q: want each row under its group label", d.Tasks[0].Section, d.Tasks[1].Section)
		}
	})
}

// TestStop36AttachedTable: "附表" alone on its line opens an attachment as "附件" does: its table's
// rows hang under it, not under the plan's last item.
func TestStop36AttachedTable(t *testing.T) {
	d := checkTasks(t, "丽水市城市更新行动方案\n一、重点任务\n"+
		"（一）推进老旧小区改造。完成改造50个。（牵头单位：市住建局）\n"+
		"附表\n重点任务清单\n| 序号 | 重点任务 | 牵头单位 |\n| --- | --- | --- |\n"+
		"| 1 | 开展城市体检 | 市住建局 |\n", []taskWant{
		{number: "(一)", lead: []string{"市住建局"}},
		{number: "1", lead: []string{"市住建局"}},
	})
	if s := d.Tasks[1].Section; strings.Contains(s, "老旧小区") || !strings.HasPrefix(s, "附表") {
		t.Errorf("the table's row is under %q, want the attachment 附表", s)
	}
}

// TestStop36DatePhrases: forms of deadline-forms-11 and what is no deadline beside them.
func TestStop36DatePhrases(t *testing.T) {
	for _, c := range []struct {
		name, text string
		year       int
		want       []string // "YYYY-MM-DD kind"
	}{
		{"a year is named, no work due in it", "2026年是“十五五”规划开局之年，各县要把工作摆在突出位置。", 2026, nil},
		{"a meeting's decisions followed", "按照2025年2月18日县委常委会会议精神，推进撂荒地整治。", 2025, nil},
		{"a cohort born from a day on", "对2025年1月1日及以后出生、符合条件的婴幼儿发放补贴。", 2026, nil},
		{"a start, not a deadline", "自下半年起，每月抽取在建项目开展检查。", 2025, nil},
		{"a start, then a deadline", "7月起开展专项整治，10月底前完成。", 2025, []string{"2025-10-31 by"}},
		{"a start by a deadline", "6月底前启动，9月底前完成。", 2025, []string{"2025-06-30 by", "2025-09-30 by"}},
		{"the first quarters of the year", "力争前三季度完成年度投资计划的80%以上。", 2025, []string{"2025-09-30 by"}},
		// review 36's regressions, mended
		{"years of time from the year the sentence starts them", "从2026年起，用三年时间完成全县老旧小区改造。", 2025, []string{"2028-12-31 target"}},
		{"years of time from an earlier start", "自2024年开始，利用两年左右时间，基本完成农村公路提档升级。", 2025, []string{"2025-12-31 target"}},
		{"a listed month with its day", "2025年6月、12月15日前分别报送工作进展。", 2025, []string{"2025-06-30 by", "2025-12-15 by"}},
		{"listed months naming a cohort", "2024年3月、5月发生的问题要整改到位。", 2025, nil},
		{"a step after a span of more than a year", "2025年3月至2026年6月开展专项行动，9月底前完成总结。", 2025, []string{"2026-06-30 by", "2026-09-30 by"}},
		{"a meeting to hold by a day", "2025年3月底前召开全县动员会议部署专项整治工作。", 2025, []string{"2025-03-31 by"}},
		{"minutes to issue by a day", "2025年5月底前形成联席会议纪要并印发。", 2025, []string{"2025-05-31 by"}},
		{"a draft by a month's end", "7月底起草完成实施细则。", 2025, []string{"2025-07-31 by"}},
		// review 37's
		{"the first quarters' finished projects", "前三季度完成的项目要及时组织验收。", 2025, nil},
		{"the previous quarter's cohort", "前一季度完成的项目要于4月15日前验收。", 2025, []string{"2025-04-15 by"}},
		{"the first quarters' rate", "对前三季度完成率低于60%的单位进行约谈。", 2025, nil},
		{"a start year, then words, then a span", "从2026年起，力争用三年时间完成全县老旧小区改造。", 2025, []string{"2028-12-31 target"}},
		{"from next year", "从明年起，用三年时间完成改造。", 2025, []string{"2028-12-31 target"}},
		{"a span with its years", "用三年时间（2026—2028年）完成改造。", 2025, []string{"2028-12-31 target", "2028-12-31 target"}},
		{"a span already used", "2023年起已用两年时间完成一期。", 2025, nil},
		{"a draft by a day with its year", "2025年7月底起草完成实施细则。", 2025, []string{"2025-07-31 by"}},
		{"the first quarters' report", "各牵头处室要将前三季度、全年工作任务落实情况分别于9月10日、11月25日前报送局办公室。", 2016, []string{"2016-09-10 by", "2016-11-25 by"}},
		{"the first quarters' statistics", "前三季度全区规上工业产值同比增长5.8%，确保12月底前完成年度目标任务。", 2025, []string{"2025-12-31 by"}},
		{"years of time from the plan's year", "用三年时间完成全县农村危桥改造，2025年完成改造45座。", 2025, []string{"2025-12-31 by", "2027-12-31 target"}},
		{"two years or so", "利用两年左右时间，基本建成体系。", 2025, []string{"2026-12-31 target"}},
		{"next year's funds applied for this year", "组织申报2026年度中央财政林业改革发展资金项目，10月底前将项目申报材料报市林业局。", 2025, []string{"2025-10-31 by"}},
		{"quarters listed after their year", "第二阶段：整改提升（2026年二、三季度）", 2026, []string{"2026-09-30 by"}},
		{"the middle and last parts of a month", "12月中下旬，组织开展年度安全生产巡查“回头看”。", 2026, []string{"2026-12-31 by"}},
		{"the first and middle parts of a month", "3月上中旬完成春耕备耕检查。", 2026, []string{"2026-03-20 by"}},
		{"a festival in quotes", "“五一”前，各县区完成旅游客运车辆安全检查。", 2026, []string{"2026-04-30 by"}},
		{"born after a day", "为全市2012年9月1日后出生、满13周岁的在校女生免费接种疫苗。", 2026, nil},
		{"a list of years naming a cohort", "对2022年、2023年、2024年毕业的离校未就业高校毕业生实行帮扶。", 2026, nil},
		{"months after a span into the next year", "攻坚（2026年10月至2027年3月）。各区要在10月15日前完成清单编制，2月底前完成总结。", 2026,
			[]string{"2026-10-15 by", "2027-02-28 by", "2027-03-31 by"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlinesIn(c.text, c.year) {
				got = append(got, d.Date.String()+" "+d.Kind)
			}
			if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
				t.Errorf("%s: got %v, want %v", c.text, got, c.want)
			}
		})
	}
}

// TestStop36QuarterStartDuty: a duty at the start of each quarter, on what it acts, is a quarterly
// duty (每季度初对上季度…开展跟踪审计).
func TestStop36QuarterStartDuty(t *testing.T) {
	if rs := ParseRecurring("每年第四季度，由县考核办组织对各乡镇年度目标任务完成情况进行综合考核。"); len(rs) != 1 || rs[0].Rule.Freq != Yearly {
		t.Errorf("a yearly duty with its agent after the period: got %v", rs)
	}
	for _, text := range []string{"县审计局每季度初对上季度重大项目资金使用情况开展跟踪审计。", "县审计局每季度初开展跟踪审计。"} {
		rs := ParseRecurring(text)
		// 季度初 is the quarter's start: by the 10th of its first month (review 68), not its end.
		if len(rs) != 1 || rs[0].Rule.String() != "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=10" {
			t.Errorf("%s: got %v, want one quarterly duty at the quarter's start", text, rs)
		}
	}
}

// TestStop36AfterIssue: a time counted from the plan's issue day is a deadline once that day is
// known: a month on is the same day a month later, or that month's last day.
func TestStop36AfterIssue(t *testing.T) {
	text := "某市人民政府办公室关于印发某市城市更新工作实施方案的通知\n某政办发〔2024〕3号\n\n某市城市更新工作实施方案\n\n一、主要任务\n\n" +
		"1.健全工作机制。各县（市、区）要自本方案印发之日起1个月内成立工作专班。（牵头单位：市农业农村局）\n" +
		"2.各成员单位在方案印发后30日内制定具体措施。（牵头单位：市住建局）\n" +
		"3.自本方案印发之日起3个月内完成排查。（牵头单位：市住建局）\n\n某市人民政府办公室\n2024年11月30日\n"
	checkTasks(t, text, []taskWant{
		{lead: []string{"市农业农村局"}, dates: []string{"2024-12-30 by"}},
		{lead: []string{"市住建局"}, dates: []string{"2024-12-30 by"}},
		{lead: []string{"市住建局"}, dates: []string{"2025-02-28 by"}},
	})
}

// TestStop36StartColumn: a table's column of start dates (计划开工时间) gives no deadline; the column
// of end dates beside it does.
func TestStop36StartColumn(t *testing.T) {
	checkTasks(t, formHead+"| 序号 | 项目名称 | 牵头单位 | 计划开工时间 | 计划完工时间 |\n| --- | --- | --- | --- | --- |\n"+
		"| 1 | 新建智慧停车场3处 | 区交通运输局 | 2025年3月 | 2025年11月 |\n", []taskWant{
		{number: "1", lead: []string{"区交通运输局"}, dates: []string{"2025-11-30 by"}},
	})
}

// TestStop36Partners: units after a lead doing their share 各司其职 take part; a partner list ends
// before the body it forms (会同Y组建…专班).
func TestStop36Partners(t *testing.T) {
	checkTasks(t, formHead+
		"1.由区司法局统筹推进“谁执法谁普法”普法责任制落实，区委宣传部、区教育局、区文旅局各司其职、配合开展法治宣传。\n"+
		"2.由市交通委会同市公安局组建大件运输“一件事”工作专班，完成相关业务系统升级改造。\n", []taskWant{
		{number: "1", lead: []string{"区司法局"}, partic: []string{"区委宣传部", "区教育局", "区文旅局"}},
		{number: "2", lead: []string{"市交通委"}, partic: []string{"市公安局"}},
	})
}

// TestStop36Members: units listed 为成员单位 beside a lead take part in its work; 纪委 and 监委
// written with their level twice are one body.
func TestStop36Members(t *testing.T) {
	checkTasks(t, formHead+
		"1.组建城镇房屋安全管理工作专班，工作专班设在市房产局，由市房产局牵头，市城乡建设局、市财政局、市自然资源局为成员单位。\n"+
		"2.成立由区规划资源局、区农业农村委牵头，区发展改革委、区财政局、区建设管理委为成员的全域土地综合整治试点工作专班。\n"+
		"3.县纪委县监委负责对各责任单位履职情况开展监督检查。\n", []taskWant{
		{number: "1", lead: []string{"市房产局"}, partic: []string{"市城乡建设局", "市财政局", "市自然资源局"}},
		{number: "2", lead: []string{"区规划资源局", "区农业农村委"}, partic: []string{"区发展改革委", "区财政局", "区建设管理委"}},
		{number: "3", lead: []string{"县纪委县监委"}},
	})
}

// TestStop36AttachColon: "附件：" alone on its line, then one title, is the attachment itself; a
// numbered list after it is the notice's list of attachments.
func TestStop36AttachColon(t *testing.T) {
	d := checkTasks(t, "某区基层消防安全综合治理实施意见\n一、工作要求\n"+
		"（一）加强组织领导。各街道要切实加强组织领导。\n"+
		"附件：\n某区基层消防安全综合治理重点任务清单\n| 序号 | 主要任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"+
		"| 1 | 做好规划配套 | 区消防救援支队 | 各街道 |\n", []taskWant{
		{number: "(一)", lead: []string{"各街道"}},
		{number: "1", lead: []string{"区消防救援支队"}, partic: []string{"各街道"}},
	})
	if s := d.Tasks[1].Section; strings.Contains(s, "工作要求") || !strings.HasPrefix(s, "附件 ") {
		t.Errorf("the list's row is under %q, want the attachment", s)
	}
	checkTasks(t, "某区实施意见\n一、工作任务\n（一）加强组织领导。各街道要切实加强组织领导。\n附件：\n1.某区重点任务清单\n2.某区责任分工表\n", []taskWant{
		{number: "(一)", lead: []string{"各街道"}},
	})
}

// TestStop36AttachTitled: "附件1：某区重点任务清单" over its table opens that attachment with its
// title; the next "附件2：…" ends the table before it and opens its own.
func TestStop36AttachTitled(t *testing.T) {
	d := checkTasks(t, "某区实施意见\n一、工作任务\n（一）加强组织领导。各街道要切实加强组织领导。\n（二）强化保障。区财政局要保障经费。\n"+
		"附件1：某区重点任务清单\n| 序号 | 主要任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 做好规划配套 | 区消防救援支队 | 各街道 |\n"+
		"附件2：某区责任分工表\n| 序号 | 主要任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 建立台账 | 区应急局 |\n", []taskWant{
		{number: "(一)", lead: []string{"各街道"}},
		{number: "(二)", lead: []string{"区财政局"}},
		{number: "1", lead: []string{"区消防救援支队"}, partic: []string{"各街道"}},
		{number: "1", lead: []string{"区应急局"}},
	})
	for i, want := range map[int]string{2: "附件1 某区重点任务清单", 3: "附件2 某区责任分工表"} {
		if s := d.Tasks[i].Section; s != want {
			t.Errorf("task %d under %q, want %q", i, s, want)
		}
	}
}

// TestStop36DailySubject: units, then how often each day, then their work: the units do it.
func TestStop36DailySubject(t *testing.T) {
	checkTasks(t, formHead+"1.街道城管科、街道综合执法队每日开展沿街商铺“门前三包”巡查，发现问题当日整改。\n", []taskWant{
		{number: "1", lead: []string{"街道城管科", "街道综合执法队"}},
	})
}

// TestStop36AttachDotted: "附件1.1：" alone on its line over its title opens attachment 1; a title
// that opens with a year is no list item.
func TestStop36AttachDotted(t *testing.T) {
	d := checkTasks(t, "某区垃圾分类实施方案\n一、保障措施\n（四）细化资金保障。各街镇要保障经费。\n附件1.1：\n2025年生活垃圾分类减量推进工作任务清单\n"+
		"| 序号 | 任务内容 | 责任单位 |\n| 1 | 强化宣传 | 区绿化市容局 |\n", []taskWant{
		{number: "(四)", lead: []string{"各街镇"}},
		{number: "1", lead: []string{"区绿化市容局"}},
	})
	if s := d.Tasks[1].Section; s != "附件1.1 2025年生活垃圾分类减量推进工作任务清单" {
		t.Errorf("the row is under %q, want the attachment", s)
	}
}

// TestStop36AfterIssueWhose: only this plan's issue starts the count (本方案印发, 自印发之日起, a bare
// 方案印发 opening its clause); another document's (省级实施方案, 《…办法》, 各区实施方案) gives no date.
func TestStop36AfterIssueWhose(t *testing.T) {
	issued := Day{2025, time.January, 31}
	for _, c := range []struct{ text, want string }{
		{"各区要在本方案印发之日起1个月内制定实施细则。", "2025-02-28"},
		{"方案印发后15日内报送项目名单。", "2025-02-15"},
		{"各成员单位在方案印发后1个月内制定具体落实措施。", "2025-02-28"},
		{"自印发之日起30日内完成部署。", "2025-03-02"},
		{"在省级实施方案印发后30日内，修订完善我市配套政策。", ""},
		{"国家《城市更新项目管理办法》印发后3个月内，出台我市实施办法。", ""},
		{"各区实施方案印发后10日内报市住建局备案。", ""},
		{"各县区要在本实施方案印发之日起2个月内出台细则。", "2025-03-31"},
		{"本《实施方案》印发后1个月内完成部署。", "2025-02-28"},
	} {
		var got []string
		for _, d := range AfterIssue(c.text, issued) {
			got = append(got, d.Date.String())
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%s: got %v, want %q", c.text, got, c.want)
		}
	}
}

// TestStop36Review36: review 36's table and partner regressions, mended: a column of start and end
// dates gives deadlines; an attachment's title may open with its year; 组建联合执法队 joins no one.
func TestStop36Review36(t *testing.T) {
	checkTasks(t, formHead+"| 序号 | 项目名称 | 牵头单位 | 开工时间/竣工时间 |\n| --- | --- | --- | --- |\n"+
		"| 1 | 新建停车场 | 区交通局 | 2025年3月/2025年11月 |\n", []taskWant{
		{number: "1", lead: []string{"区交通局"}, dates: []string{"2025-03-31 by", "2025-11-30 by"}},
	})
	d := checkTasks(t, "某区实施意见\n一、工作任务\n（一）加强组织领导。各街道要切实加强组织领导。\n附件1：2025年重点任务清单\n"+
		"| 序号 | 主要任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 做好规划配套 | 区消防救援支队 |\n", []taskWant{
		{number: "(一)", lead: []string{"各街道"}},
		{number: "1", lead: []string{"区消防救援支队"}},
	})
	if s := d.Tasks[1].Section; s != "附件1 2025年重点任务清单" {
		t.Errorf("the row is under %q, want the attachment", s)
	}
	checkTasks(t, formHead+"1.市交通委会同市公安局、市城管局组建联合执法队，开展专项整治。\n", []taskWant{
		{number: "1", lead: []string{"市交通委"}, partic: []string{"市公安局", "市城管局"}},
	})
}

// TestStop36AttachHanNumber: 附件一, 附件二 open attachments as 附件1, 附件2 do.
func TestStop36AttachHanNumber(t *testing.T) {
	d := checkTasks(t, "某区实施意见\n一、工作任务\n（一）加强组织领导。各街道要切实加强组织领导。\n"+
		"附件一\n某区重点任务清单\n| 序号 | 主要任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 做好规划配套 | 区消防救援支队 |\n"+
		"附件二\n某区分工表\n| 序号 | 主要任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 建立台账 | 区应急局 |\n", []taskWant{
		{number: "(一)", lead: []string{"各街道"}},
		{number: "1", lead: []string{"区消防救援支队"}},
		{number: "1", lead: []string{"区应急局"}},
	})
	for i, want := range map[int]string{1: "附件一 某区重点任务清单", 2: "附件二 某区分工表"} {
		if s := d.Tasks[i].Section; s != want {
			t.Errorf("task %d under %q, want %q", i, s, want)
		}
	}
	if !strings.HasSuffix(strings.SplitN(d.Tasks[2].ID, ":", 2)[1], "a2.1") {
		t.Errorf("task id %q: want attachment 2's first row", d.Tasks[2].ID)
	}
}

// TestStop36AttachTitledNumbers: "附件一：title" and "附件1.1：title" on one line over a table open
// attachments 1.
func TestStop36AttachTitledNumbers(t *testing.T) {
	for _, head := range []string{"附件一：2025年河道整治任务清单", "附件1.1：2025年河道整治任务清单"} {
		d := checkTasks(t, "某区河道整治实施方案\n一、工作任务\n（一）加强组织领导。各街道要切实加强组织领导。\n"+head+"\n"+
			"| 序号 | 主要任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 清理河道 | 区水务局 |\n", []taskWant{
			{number: "(一)", lead: []string{"各街道"}},
			{number: "1", lead: []string{"区水务局"}},
		})
		if s := d.Tasks[1].Section; !strings.HasSuffix(s, "2025年河道整治任务清单") || strings.Contains(s, "工作任务") {
			t.Errorf("%s: the row is under %q, want the attachment", head, s)
		}
	}
}

// TestStop36RoleForms12: labels of rectification lists (整改责任单位, 督导单位), 会办, a label or 责令 before a
// name, an emergency plan's 4.2.1 numbering and 等安委会成员单位 are read.
func TestStop36RoleForms12(t *testing.T) {
	checkTasks(t, formHead+
		"1.农村“三资”管理不规范问题：全面清理村集体经济合同。（整改责任单位：县农业农村局；督导单位：县委农办）\n"+
		"2.由市教育局主办，市发展改革委、市自然资源和规划局会办，8月底前书面答复代表。\n"+
		"3.垃圾中转站周边垃圾积存。责令黄龙镇人民政府于7月15日前整改到位。\n"+
		"4.反诈宣传覆盖不到位。整改措施：县公安局牵头，县教育局、团县委配合，10月底前开展反诈宣传进校园。\n"+
		"5.县安委办牵头开展专项督导，县应急管理局、县住建局、县交通运输局等安委会成员单位配合。\n", []taskWant{
		{number: "1", lead: []string{"县农业农村局"}, partic: []string{"县委农办"}},
		{number: "2", lead: []string{"市教育局"}, partic: []string{"市发展改革委", "市自然资源和规划局"}},
		{number: "3", lead: []string{"黄龙镇人民政府"}},
		{number: "4", lead: []string{"县公安局"}, partic: []string{"县教育局", "团县委"}},
		{number: "5", lead: []string{"县安委办"}, partic: []string{"县应急管理局", "县住建局", "县交通运输局"}},
	})
	if got := cleanUnit("4.2.1 县防汛抗旱指挥部办公室"); got != "县防汛抗旱指挥部办公室" {
		t.Errorf("cleanUnit with 4.2.1: %q", got)
	}
}
