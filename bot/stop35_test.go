package bot

import (
	"context"
	"strings"
	"testing"
)

// TestStop35YearParts: parts of a year however they are said, in English and Chinese, are windows,
// not topics: "2025 Q3", "H1 2025", "the third quarter of this year", "next quarter", "上个季度".
func TestStop35YearParts(t *testing.T) {
	d := parsed(t, "yp.txt", "丽水市畅通城市三年行动方案\n一、任务\n"+
		"1.优化公交线网，2025年5月底前完成。（责任单位：市交通局）\n"+
		"2.改造路口，2025年8月底前完成。（责任单位：市公安局）\n"+
		"3.建设停车场，2026年5月底前完成。（责任单位：市住建局）\n"+
		"4.建设口袋公园，2026年9月底前完成。（责任单位：市园林局）\n"+
		"5.更新路灯，2026年11月底前完成。（责任单位：市城管局）\n")
	e := engineOver(t, d)
	checkAnswers(t, e, Question{Now: fixedClock("2026-08-15")()}, []answerCase{
		{"What is due in 2025 Q3?", "改造路口", "优化公交线网"},
		{"What was due in H1 2025?", "优化公交线网", "改造路口"},
		{"Which tasks are due in the third quarter of this year?", "口袋公园", "停车场"},
		{"What's due next quarter?", "更新路灯", "口袋公园"},
		{"上个季度有哪些任务到期？", "停车场", "口袋公园"},
		{"What is due in Q2?", "停车场", "口袋公园"},
		{"What is due in the last quarter of this year?", "更新路灯", "口袋公园"},
		{"下一季度要完成什么？", "更新路灯", "口袋公园"},
		{"上一季度要完成什么？", "停车场", "口袋公园"},
		{"Tasks due from Q1 to Q3 2025?", "改造路口", "停车场"},
		{"第二季度到第三季度有哪些任务到期？", "口袋公园", "更新路灯"},
	})
}

// TestStop35GradeAndDecimal: a grade letter after a digit (4A级) and a decimal point (PM2.5) stay in
// the topic they are part of.
func TestStop35GradeAndDecimal(t *testing.T) {
	d := parsed(t, "gd.txt", "丽水市旅游和环境工作方案\n一、任务\n1.推进4A级景区创建。（责任单位：市文旅局）\n2.推进3A级景区提升。（责任单位：市农业农村局）\n3.降低PM2.5浓度。（责任单位：市生态环境局）\n4.控制PM10浓度。（责任单位：市气象局）\n")
	answerHas(t, d, "4A级景区创建谁负责？", []string{"市文旅局"}, []string{"市农业农村局"})
	answerHas(t, d, "PM2.5谁负责？", []string{"市生态环境局"}, []string{"市气象局"})
	// A bare H2 or Q1 with no word of time is a name or a list's number, not a part of the year.
	h := parsed(t, "h2.txt", "丽水市氢能产业工作方案\n一、任务\n1.建设氢能H2加注站，2026年3月底前完成。（责任单位：市发改委）\n2.培育燃料电池企业。（责任单位：市经信局）\n")
	answerHas(t, h, "氢能H2加注站谁负责", []string{"市发改委"}, []string{"市经信局"})
}

// TestStop35Questions: question forms of rounds 48 and 49 (helpers who read no code).
func TestStop35Questions(t *testing.T) {
	d := parsed(t, "q.txt", "丽水市金融支持工作方案\n一、任务\n"+
		"1.开展银企对接。（责任单位：市金融工作局）\n"+
		"2.建设人才公寓。（牵头单位：市委组织部，配合单位：市财政局）\n"+
		"3.评选优秀人才。（牵头单位：市委组织部）\n"+
		"4.建立月度通报制度，每月10日前由市发改委通报进展。\n"+
		"5.每月底前报送统计数据。（责任单位：市统计局）\n")
	answerHas(t, d, "丽水的金融部门负责哪些措施?", []string{"银企对接"}, []string{"人才公寓"})
	answerHas(t, d, "丽水有哪些项目既涉及市委组织部又涉及市财政局?", []string{"人才公寓"}, []string{"评选优秀人才"})
	answerHas(t, d, "丽水每个月10号之前谁要做什么?", []string{"市发改委"}, []string{"统计数据"})
	e := engineOver(t, d)
	first := ask(t, e, "市委组织部负责哪些任务?")
	a, err := e.Answer(context.Background(), Question{Text: "Which of those also involve 市财政局?", Context: first.Context})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "人才公寓") || strings.Contains(a.Text, "评选优秀人才") {
		t.Errorf("which of those also: want 人才公寓 alone:\n%s", a.Text)
	}
}

// TestStop35CentralBank: the central bank's local branches are one department type, however they
// are named (人民银行成安县支行, 中国人民银行…中心支行) and asked (人民银行分支机构, PBOC sub-branch);
// 那十条 names the plan its words are the title of.
func TestStop35CentralBank(t *testing.T) {
	d := parsed(t, "cb.txt", "成安县关于支持房地产业良性循环和健康发展的十条政策措施\n一、任务\n1.加大信贷支持。（责任单位：人民银行成安县支行）\n2.降低首付比例。（责任单位：中国人民银行成安县支行、县住建局）\n3.优化审批。（责任单位：县行政审批局）\n")
	answerHas(t, d, "成安人民银行分支机构负责哪些?", []string{"加大信贷支持", "降低首付比例"}, []string{"优化审批"})
	answerHas(t, d, "Which of the ten real-estate measures is the local PBOC sub-branch responsible for?", []string{"加大信贷支持", "降低首付比例"}, []string{"优化审批"})
	answerHas(t, d, "成安住建部门在那十条里负责几条？", []string{"1"}, nil)
}

// TestStop35Review36: a bare Q3 or H2 at a question's start or before a word of work is a part of the
// year, not after a Han word (氢能H2) nor as a list's number; two quarters apart are no span; a
// narrowing follow-up keeps the last list's role and narrows it by a type or a topic too.
func TestStop35Review36(t *testing.T) {
	d := parsed(t, "r36.txt", "丽水市畅通城市三年行动方案\n一、任务\n"+
		"1.优化公交线网，2026年5月底前完成。（牵头单位：市交通局；配合单位：市财政局）\n"+
		"2.建设口袋公园，2026年8月底前完成。（牵头单位：市交通局）\n"+
		"3.建设氢能H2加注站，完善资金保障。（牵头单位：市发改委；配合单位：市交通局）\n"+
		"4.更新路灯，2026年11月底前完成。（牵头单位：市交通局）\n")
	e := engineOver(t, d)
	checkAnswers(t, e, Question{Now: fixedClock("2026-08-15")()}, []answerCase{
		{"Q3要完成哪些任务", "口袋公园", "更新路灯"},
		{"What are the Q4 deadlines?", "更新路灯", "口袋公园"},
		{"氢能H2加注站谁负责", "市发改委", "口袋公园"},
		{"第一季度和第三季度要完成的任务", "口袋公园", ""}, // one window over both (and the quarter between)
		{"Q4季度到期的任务", "更新路灯", "口袋公园"},
		{"第四季度和明年第一季度要完成的任务", "更新路灯", "口袋公园"},
	})
	first := ask(t, e, "市交通局牵头哪些任务?")
	checkAnswers(t, e, Question{Context: first.Context}, []answerCase{
		{"其中哪些有财政部门参与?", "优化公交线网", "口袋公园"},
		{"以上任务中哪些涉及资金?", "", "口袋公园"},
	})
}

// TestStop35EnglishRecurring: "recur every quarter", "each month" ask for duties by their period;
// recur, repeat and duties are no topic.
func TestStop35EnglishRecurring(t *testing.T) {
	d := parsed(t, "er.txt", "丽水市服务业工作方案\n一、任务\n1.建立季度通报制度，每季度通报一次进展。（责任单位：市发改委）\n2.每月10日前报送统计数据。（责任单位：市统计局）\n3.建设物流园区。（责任单位：市商务局）\n")
	answerHas(t, d, "Which tasks recur every quarter?", []string{"市发改委"}, []string{"市统计局", "市商务局"})
	answerHas(t, d, "Which duties repeat each month?", []string{"市统计局"}, []string{"市发改委", "市商务局"})
}

// answerCase is a question and words its answer must and must not hold ("" for none).
type answerCase struct{ q, want, not string }

// checkAnswers asks each question as q (its clock or its conversation) and checks the answer's words.
func checkAnswers(t *testing.T, e *Engine, q Question, cases []answerCase) {
	t.Helper()
	for _, tc := range cases {
		q.Text = tc.q
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if tc.want != "" && !strings.Contains(a.Text, tc.want) || tc.not != "" && strings.Contains(a.Text, tc.not) {
			t.Errorf("%s: want %q and not %q:\n%s", tc.q, tc.want, tc.not, a.Text)
		}
	}
}

// TestStop35BareCentralBank: 人民银行, 人行 and PBOC alone name the central bank's branches, as 人社
// alone names 人社局; 人行道 is no bank.
func TestStop35BareCentralBank(t *testing.T) {
	d := parsed(t, "cb2.txt", "成安县房地产十条\n一、任务\n1.加大信贷支持。（责任单位：人民银行成安县支行）\n2.改造人行道。（责任单位：县住建局）\n")
	answerHas(t, d, "人民银行有几项任务", []string{"加大信贷支持"}, []string{"改造人行道"})
	answerHas(t, d, "PBOC负责哪些任务", []string{"加大信贷支持"}, []string{"改造人行道"})
}

// TestStop35EnglishPlanWords: asked in English what a unit does under a plan the question names, the
// English words describing the plan are no topic.
func TestStop35EnglishPlanWords(t *testing.T) {
	d := parsed(t, "boat.txt", "平潭综合实验区景区船舶安全专项整治方案\n一、任务\n1.开展景区船舶检查。（责任单位：区市场监督管理局）\n2.开展游船救生设备检查。（责任单位：区交通运输局）\n")
	answerHas(t, d, "What does the Pingtan market regulation bureau have to do under the scenic-spot and boat safety plan?", []string{"景区船舶检查"}, []string{"救生设备"})
}

// TestStop35GoalDates: a summary says its goals' dates as days; asked which goals passed where the
// goals are in the tasks, the tasks whose targets passed are listed.
func TestStop35GoalDates(t *testing.T) {
	d := parsed(t, "gd2.txt", "某区旧住房成套改造实施方案\n沪崇房管规〔2023〕1号\n一、工作目标\n到2025年底，基本完成小梁薄板房屋改造；到2027年底，全面完成不成套职工住宅改造。\n二、职责分工\n1.区住建委负责统筹推进。\n")
	answerHas(t, d, "Summarize the plan.", []string{"2025-12-31", "2027-12-31"}, nil)
	g := parsed(t, "pb.txt", "广州市关于推进党建创新工程的实施意见\n一、重点任务\n1.开展党员干部大轮训，到2015年实现全员轮训一遍。（牵头单位：市委组织部）\n2.优化基层党组织设置。（牵头单位：市委组织部）\n")
	e := engineOver(t, g)
	a, err := e.Answer(context.Background(), Question{Text: "这个意见里哪些目标已经过期了?", Now: fixedClock("2026-12-04")()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "开展党员干部大轮训") || strings.Contains(a.Text, "2 优化基层党组织设置") {
		t.Errorf("want the task whose target passed:\n%s", a.Text)
	}
}
