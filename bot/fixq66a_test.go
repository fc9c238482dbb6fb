package bot

import (
	"testing"
)

// TestFixq66aAttachmentTwins: two attachments that are each a plan of their own may share an item's
// title and leads ("加强地下水监督管理" in 附件2 and in 附件3, each about its own land): those are two
// tasks, counted and listed both; a table repeating an item of the text stays one (TestStop36OnceEachTwins).
func TestFixq66aAttachmentTwins(t *testing.T) {
	d := parsed(t, "att.txt", "关于印发耕地保护两个工作方案的通知\n"+
		"附件1\n丽水市安全利用类耕地工作方案\n一、主要任务\n"+
		"（一）建立安全利用清单。划定安全利用类耕地范围。（市农业农村局牵头，市生态环境局配合）\n"+
		"（二）加强地下水监督管理。在安全利用类耕地地块中制定防治污染方案。（市生态环境局、市农业农村局）\n"+
		"附件2\n丽水市严格管控类耕地工作方案\n一、主要任务\n"+
		"（一）建立严格管控类耕地清单。划定严格管控类耕地范围。（市农业农村局牵头，市规划资源局配合）\n"+
		"（二）加强地下水监督管理。在严格管控类耕地地块中制定防治污染方案。（市生态环境局、市农业农村局）\n")
	if len(d.Tasks) != 4 {
		t.Fatalf("parsed %d tasks, want 4", len(d.Tasks))
	}
	e := engineOver(t, d)
	checkAnswers(t, e, Question{}, []answerCase{
		{"市生态环境局牵头几项任务?", "共 2 项", ""},
		{"有哪些地下水监管的任务?", "严格管控类耕地地块", ""},
		{"有哪些地下水监管的任务?", "安全利用类耕地地块", ""},
	})
}

// TestFixq66aChatInCharge: "管些啥", "管点什么" in chat ask what a unit is in charge of, as 管什么 does;
// 监管些什么 stays its own verb.
func TestFixq66aChatInCharge(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"奉贤发改委管些啥呀", "奉贤发改委负责什么呀"},
		{"市财政局管点什么", "市财政局负责什么"},
		{"市场监管局监管些什么", "市场监管局监管什么"},
	} {
		if got := rephrase(tc.in); got != tc.want {
			t.Errorf("rephrase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	d := parsed(t, "fx.txt", "丽水市耕地保护工作方案\n一、主要任务\n"+
		"（一）建立激励机制。建立耕地保护绩效与补贴资金挂钩的激励机制。（市发展改革委、市财政局）\n"+
		"（二）加强跟踪监测。完善耕地土壤环境质量监测网络。（市生态环境局）\n")
	checkAnswers(t, engineOver(t, d), Question{}, []answerCase{
		{"丽水发改委管些啥呀", "激励机制", "监测网络"},
	})
}

// TestFixq66aMainResponsible: "as the main responsible unit", "primarily responsible" ask for the
// tasks a unit leads (主责), as 牵头 does.
func TestFixq66aMainResponsible(t *testing.T) {
	d := parsed(t, "mr.txt", "丽水市2025年政府工作报告重点工作任务分解表\n一、重点任务\n"+
		"（一）社会消费品零售总额增长8.2%左右。（牵头单位：市商务局）\n"+
		"（二）规模以上工业增加值增长10%左右。（牵头单位：市经信局；配合单位：市商务局）\n")
	checkAnswers(t, engineOver(t, d), Question{}, []answerCase{
		{"Which tasks have 市商务局 as the main responsible unit?", "社会消费品零售总额", "规模以上工业增加值"},
		{"What is 市商务局 primarily responsible for?", "社会消费品零售总额", "规模以上工业增加值"},
	})
}

// TestFixq66aLeaderWithOffice: a leader the plan names bare ("牵头局领导:罗晔") asked of with the office
// ("罗晔局长手上有哪几件事") is the person: the tasks given to them, not the words 罗晔局长.
func TestFixq66aLeaderWithOffice(t *testing.T) {
	d := parsed(t, "ld.txt", "丽水市2023年度城市管理工作要点\n一、建设品位城市\n"+
		"1.建设城市客厅示范区域。各县市区至少建成1个城市客厅示范区域。\n牵头局领导:罗晔\n牵头责任部门:城市管理科\n"+
		"2.强化闲置地块改造利用。全面排查闲置地块。\n牵头局领导:袁启华\n牵头责任部门:环卫处\n"+
		"3.推动废旧汽车专项整治行动。集中清理废弃汽车。\n牵头局领导:罗晔\n牵头责任部门:城市管理科\n")
	checkAnswers(t, engineOver(t, d), Question{}, []answerCase{
		{"丽水罗晔局长手上有哪几件事啊", "废旧汽车专项整治", "闲置地块"},
		{"罗晔局长负责哪些工作?", "城市客厅", "闲置地块"},
	})
}

// TestFixq66aPlacelessIssuer: a plan that names neither its place nor its issuer, asked of by both
// and its theme ("池州信访局政务公开清单里,办公室负责哪几项?"): the place and the office are no words its
// tasks must write; the theme names the plan, and the unit asked of is what is asked.
func TestFixq66aPlacelessIssuer(t *testing.T) {
	list := parsed(t, "h-ah-chizhou-undated-gov-open-tasks.txt", "2024年政务公开重点任务清单\n"+
		"| 工作任务 | 序号 | 具体要求 | 责任科室 | 时限要求 |\n| --- | --- | --- | --- | --- |\n"+
		"| 强化规范性文件公开 | 1 | 对行政规范性文件进行全面清理。 | 办公室 | 年底前 |\n"+
		"| 深化政策解读 | 2 | 积极做好政策解读工作。 | 各科室 | 持续推进 |\n"+
		"| 做好指导监督 | 3 | 积极参加政务公开工作培训和研讨交流。 | 办公室 | 持续推进 |\n")
	other := parsed(t, "lishui.txt", "丽水市人民政府办公室关于印发丽水市城市更新行动方案的通知\n一、重点任务\n"+
		"（一）推进老旧小区改造。完成改造50个。（牵头单位：市住建局）\n")
	checkAnswers(t, engineOver(t, list, other), Question{}, []answerCase{
		{"池州信访局政务公开清单里,办公室负责哪几项?", "全面清理", "政策解读"},
		{"池州信访局政务公开清单里,办公室负责哪几项?", "研讨交流", "政策解读"},
	})
}

// TestFixq66aForcedSimplified: the question sets' anchors copied from a traditional plan are read as
// the plan is, even when their only traditional character is one simplified text may use (沖).
func TestFixq66aForcedSimplified(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"全力沖刺一季度", "全力冲刺一季度"},
		{"開局即沖刺", "开局即冲刺"},
		{"推进老旧小区改造", "推进老旧小区改造"},
	} {
		if got := forceSimplified(tc.in); got != tc.want {
			t.Errorf("forceSimplified(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFixq66aTimeLimitAsked: a question ending by asking for the time limit ("…提升的时限?", "期限是
// 什么") asks for a date: the passage quoted shows its day.
func TestFixq66aTimeLimitAsked(t *testing.T) {
	d := parsed(t, "tl.txt", "丽水市乡村旅游提质升级行动方案\n一、重点任务\n"+
		"（一）公共停车场。到2020年底，提升乡村旅游公共停车场5个以上。（责任单位：市文旅局）\n"+
		"（二）旅游厕所。新建旅游厕所10座。（责任单位：市文旅局）\n")
	checkAnswers(t, engineOver(t, d), Question{}, []answerCase{
		{"丽水乡村旅游公共停车场提升的时限?", "2020-12-31", ""},
		{"丽水乡村旅游公共停车场提升的期限是什么", "2020-12-31", ""},
	})
}
