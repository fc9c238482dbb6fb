package plan

import (
	"slices"
	"strings"
	"testing"
)

// fixcgTask is the shortest task whose text holds s; nil when none does.
func fixcgTask(d *Document, s string) *Task {
	var best *Task
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Text, s) && (best == nil || len(d.Tasks[i].Text) < len(best.Text)) {
			best = &d.Tasks[i]
		}
	}
	return best
}

// fixcgHead is the head of a run-together page's plan, for the fragments below.
const fixcgHead = "东岭县人民政府办公室关于印发东岭县河道违法排污整治工作方案的通知\n各乡镇人民政府，县直各有关单位：现印发给你们，请认真贯彻执行。\n"

// TestFixcg_PairedTitleSpaced: an item's title of two short phrases split by a comma ("加强组织领导，
// 落实政府责任"), a space, then its first sentence on the same line, as a run-together page prints it:
// the title is the item's, the sentence its body. A sentence with a figure or a long clause is no title.
func TestFixcg_PairedTitleSpaced(t *testing.T) {
	cases := []struct{ name, line, head, body string }{
		{"two phrases", "（一）强化组织保障，压实部门责任 各乡镇要把河道整治列入重要议事日程，确保整治有序开展。",
			"（一）强化组织保障，压实部门责任", "各乡镇要把河道整治列入重要议事日程，确保整治有序开展。"},
		{"quoted phrase", "（二）落实“河长制”，注重部门协作 县河长办要认真贯彻落实河长巡河制度，定期通报。",
			"（二）落实“河长制”，注重部门协作", "县河长办要认真贯彻落实河长巡河制度，定期通报。"},
		{"numbered", "3.加强督查督办，提高整治成效 县政府督查室要制定督查工作方案，跟踪督促整改。",
			"3.加强督查督办，提高整治成效", "县政府督查室要制定督查工作方案，跟踪督促整改。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			head, body, ok := splitHeadingSpace(c.line)
			if !ok || head != c.head || body != c.body {
				t.Errorf("splitHeadingSpace(%q) = %q, %q, %v; want %q, %q", c.line, head, body, ok, c.head, c.body)
			}
		})
	}
	for _, line := range []string{
		"（一）到2025年，全县河道水质 达到三类以上标准，群众满意度明显提升。", // a figure: a sentence cut at a space
		"（二）各乡镇要加强河道日常巡查和保洁工作，及时发现问题 并督促整改到位，防止反弹。",
	} {
		if head, _, ok := splitHeadingSpace(line); ok {
			t.Errorf("splitHeadingSpace(%q) split off %q, want no title", line, head)
		}
	}
}

// TestFixcg_PairedTitleTask: the body after such a title is read for its own subject, not glued to the
// title's last words ("…提高整治成效各级政府"), in a plan printed on one line.
func TestFixcg_PairedTitleTask(t *testing.T) {
	text := fixcgHead + "三、保障措施 （一）加强组织领导，落实属地责任 各乡镇人民政府要进一步加强对专项整治的组织领导，制定整改计划，明确整改时限。 （二）加强督查督办，提高整治成效 县河长办要按照各阶段工作要求，制定督查工作方案，定期通报进展情况。\n"
	d := fixp59Parse(t, "paired.txt", text)
	for _, c := range []struct{ anchor, lead string }{
		{"要进一步加强对专项整治的组织领导", "各乡镇人民政府"},
		{"要按照各阶段工作要求，制定督查工作方案", "县河长办"},
	} {
		tk := fixcgTask(d, c.anchor)
		if tk == nil {
			t.Fatalf("no task holds %q", c.anchor)
		}
		if len(tk.Lead) != 1 || !strings.HasSuffix(c.lead, strings.TrimPrefix(tk.Lead[0], "县")) {
			t.Errorf("%q: lead %v, want [%s]", c.anchor, tk.Lead, c.lead)
		}
	}
}

// TestFixcg_VerbOpeningsNoUnit: a clause that opens with a verb of what is done (联合 the departments,
// 约谈 a government's head, 严肃查处 a violation, 依法 …) ends as a name may but is none.
func TestFixcg_VerbOpeningsNoUnit(t *testing.T) {
	for _, s := range []string{"联合相关部门", "联合县市场监管局", "约谈地方政府", "约谈乡镇政府", "严肃查处", "严厉查处", "依法查处"} {
		if looksLikeUnit(s) {
			t.Errorf("looksLikeUnit(%q) = true, want false", s)
		}
	}
	// Names of bodies that hold such words later stay names.
	for _, s := range []string{"县联合执法大队", "县稽查局", "稽查处"} {
		if !looksLikeUnit(s) {
			t.Errorf("looksLikeUnit(%q) = false, want true", s)
		}
	}
}

// TestFixcg_JointlyWithIsNoSubject: "X要…，联合相关部门对…依法查处" is X's one sentence; the departments it
// works with open no task of their own.
func TestFixcg_JointlyWithIsNoSubject(t *testing.T) {
	text := fixcgHead + "一、工作措施\n（一）落实部门责任\n县生态环境局要综合运用法律、经济、行政等手段，联合相关部门对各类违法排污行为依法进行查处；县水利局要加强河道巡查，严肃查处非法采砂行为。\n"
	d := fixp59Parse(t, "jointly.txt", text)
	tk := fixcgTask(d, "综合运用法律、经济、行政等手段")
	if tk == nil || !strings.Contains(tk.Text, "联合相关部门对各类违法排污行为") {
		t.Fatalf("the 联合 clause is cut from its sentence: %+v", tk)
	}
	for _, tk := range d.Tasks {
		for _, u := range append(slices.Clone(tk.Lead), tk.Participating...) {
			if strings.HasPrefix(u, "联合") || strings.HasPrefix(u, "严肃") {
				t.Errorf("task %q: unit %q is a verb's clause", tk.Text, u)
			}
		}
	}
}

// TestFixcg_MutualCooperation: a list of departments that are to work closely with one another
// ("要密切配合", "要加强沟通、密切配合") is the subject of the work that follows, not helpers of a lead; a
// unit that 积极配合 still helps.
func TestFixcg_MutualCooperation(t *testing.T) {
	cases := []struct {
		name, sentence, anchor string
		lead, partic           []string
	}{
		{"list, 密切配合", "县生态环境局、县发展改革局、县住建局要密切配合，严格落实污水处理费与处理合格率挂钩等政策。", "严格落实污水处理费", []string{"县生态环境局", "县发展改革局", "县住建局"}, nil},
		{"list, 加强沟通、密切配合", "县市场监管局、县公安局等部门要加强沟通、密切配合，形成监管合力。", "形成监管合力", []string{"县市场监管局", "县公安局"}, nil},
		{"list, 相互配合", "各乡镇、县直各部门要相互配合，共同做好宣传发动工作。", "共同做好宣传发动工作", []string{"各乡镇", "县直各部门"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := fixcgHead + "一、工作措施\n（一）形成工作合力\n" + c.sentence + "\n"
			d := fixp59Parse(t, "mutual.txt", text)
			tk := fixcgTask(d, c.anchor)
			if tk == nil {
				t.Fatalf("no task holds %q", c.anchor)
			}
			if !sameUnits(tk.Lead, c.lead) || len(tk.Participating) != len(c.partic) {
				t.Errorf("lead %v partic %v, want lead %v partic %v", tk.Lead, tk.Participating, c.lead, c.partic)
			}
		})
	}
	// A helper of a named lead still takes part.
	text := fixcgHead + "一、工作措施\n（一）形成工作合力\n县住建局牵头制定整治方案，县财政局要积极配合，落实整治资金。\n"
	d := fixp59Parse(t, "helper.txt", text)
	if tk := fixcgTask(d, "制定整治方案"); tk == nil || !slices.Contains(tk.Participating, "县财政局") {
		t.Errorf("积极配合 beside a 牵头 no longer takes part: %+v", tk)
	}
}

// TestFixcg_BuildingDepartment: 建设部门 (the building sector's department) opens its sentence as a
// subject though 建设 is also a verb; 建设部门间 (between departments being built) does not.
func TestFixcg_BuildingDepartment(t *testing.T) {
	if startsWithVerb("建设部门要强化排水许可管理") {
		t.Errorf("startsWithVerb(建设部门要…) = true, want false")
	}
	if !startsWithVerb("建设部门间数据共享平台") {
		t.Errorf("startsWithVerb(建设部门间…) = false, want true")
	}
	text := fixcgHead + "一、工作措施\n（一）落实部门责任\n司法行政部门要积极推进普法宣传，有序推进法律援助工作；建设部门要强化排水许可管理，加强对污水处理设施运营的监管；工商部门要严肃查处违法行为。\n"
	d := fixp59Parse(t, "build.txt", text)
	tk := fixcgTask(d, "强化排水许可管理")
	if tk == nil || strings.Contains(tk.Text, "普法宣传") || len(tk.Lead) != 1 || !strings.HasPrefix(tk.Lead[0], "建设") {
		t.Errorf("建设部门's sentence: %+v", tk)
	}
}

// TestFixcg_NoteClosesItsSentence: one line of indicators with two sentences, each closed by its own
// responsibility note ("…，责任单位为区发改委；技改投资占比…，责任单位为区经信局；"), is two tasks, one a
// note; a note that lists its partners after a semicolon stays one.
func TestFixcg_NoteClosesItsSentence(t *testing.T) {
	text := "北山区2024年经济考核指标目标任务分解\n一、考核指标\n" +
		"固定资产投资及工业投资占比：固定资产投资增长8%（依据区人代会目标设置），责任单位为区发改委；工业投资占固定资产投资比重20%（依据区人代会目标设置），责任单位为区工信局；\n" +
		"规模以上工业增加值：增长7%，牵头单位：区工信局；配合单位：区统计局、区税务局；\n"
	d := fixp59Parse(t, "notes.txt", text)
	for _, c := range []struct{ anchor, lead string }{
		{"固定资产投资增长8%", "区发改委"},
		{"工业投资占固定资产投资比重20%", "区工信局"},
	} {
		tk := fixcgTask(d, c.anchor)
		if tk == nil || len(tk.Lead) != 1 || tk.Lead[0] != c.lead {
			t.Errorf("%q: %+v, want lead [%s] alone", c.anchor, tk, c.lead)
		}
	}
	tk := fixcgTask(d, "规模以上工业增加值")
	if tk == nil || !sameUnits(tk.Lead, []string{"区工信局"}) || !sameUnits(tk.Participating, []string{"区统计局", "区税务局"}) {
		t.Errorf("a note with its partners after a semicolon: %+v", tk)
	}
	// A label inside an aside after the note's sentence is the same task's: the note runs on.
	for _, s := range []string{
		"组织单位:县消防救援大队、各乡镇人民政府。(县咨询日活动点设在人民广场门前。参加单位:县应急局、交警大队、供电公司。)",
		"牵头单位：县应急局；配合单位：县公安局、县交通局。",
	} {
		if got := noteSentenceEnd(s); got != len(s) {
			t.Errorf("noteSentenceEnd(%q) cuts at %q", s, s[:got])
		}
	}
}

// TestFixcg_YearOfTargetsSet: an opening that sets one year's targets ("进行了分析和2021年度目标设定",
// "2024年重点工作目标任务分解") gives the plan that year as its period.
func TestFixcg_YearOfTargetsSet(t *testing.T) {
	cases := []struct {
		name, goal string
		want       Day
	}{
		{"目标设定", "各相关职能部门结合年初区人代会指标，对28项考核指标进行了分析和2021年度目标设定，具体设定情况如下：", Day{2021, 12, 31}},
		{"目标任务分解", "现将2024年重点工作目标任务分解如下：", Day{2024, 12, 31}},
		{"目标下达", "经研究，现将2023年度考核目标下达给你们。", Day{2023, 12, 31}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _ := PlanPeriod("考核指标目标任务情况汇报", []string{c.goal}, 0); got != c.want {
				t.Errorf("PlanPeriod(%q) = %v, want %v", c.goal, got, c.want)
			}
		})
	}
}

// TestFixcg_LeveledDepartmentActs: a department with its level (区市场监管部门, 县教育部门) opening its
// clause is its subject whatever the verb, and so is the unit a clause names after its topic and 由
// ("价差损失由区市场监管部门测算后予以补贴", "所需经费由县财政局统筹安排").
func TestFixcg_LeveledDepartmentActs(t *testing.T) {
	cases := []struct{ name, sentence, anchor, lead string }{
		{"department, bare verb", "平价商店实行动态管理，接受区市场监管部门监督管理；区市场监管部门建立考核指标体系和奖优罚劣机制。", "建立考核指标体系", "区市场监管部门"},
		{"county department", "县教育部门建立校园安全隐患台账，逐校落实整改。", "建立校园安全隐患台账", "县教育部门"},
		{"topic, 由, department", "平价商品要低于市场平均价格销售，价差损失由区市场监管部门测算后予以补贴。", "价差损失", "区市场监管部门"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := fixcgHead + "二、平价商店的管理\n1.平价商店必须签订建设协议书，明确双方责任。\n2." + c.sentence + "\n"
			d := fixp59Parse(t, "dept.txt", text)
			tk := fixcgTask(d, c.anchor)
			if tk == nil || !slices.Contains(tk.Lead, c.lead) {
				t.Errorf("%q: %+v, want lead %s", c.anchor, tk, c.lead)
			}
		})
	}
	// 报由 names whom it goes to, not who acts.
	if _, e := topicByUnit("整治方案报由县政府审定后实施。", 0); e != 0 {
		t.Errorf("topicByUnit(报由…) found a unit")
	}
}
