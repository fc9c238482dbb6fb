package bot

import (
	"strings"
	"testing"
)

// Review 71: the question reader and answerer, read by a hostile reviewer, against plans and questions
// it has not seen. Each test has a short plan of its own, written in a form real plans take — a city's
// 工作方案 numbered 任务一/任务二 with 责任单位 and 配合单位 lines, a provincial 实施意见 with bracketed
// leads, a district's 工作要点 with a 分局, a county's list with 责任领导, a notice with its attachments,
// a flood-season plan — from Jiangxi, Hunan, Zhejiang, Yunnan, Sichuan, Guizhou, Fujian and
// Shandong, of 2008 to 2027, and one question a liaison or a leader would type about it. Each fails on
// the code of 8457e5b for a different reason: a task named by its own number, 今年 taken for a topic, a
// task title ending in 布局 taken for a bureau, a 分局 asked for by its bureau's name, a deadline said
// 2027年内, the attachments a notice lists, "before September" read as September, a unit's partners read
// as the unit's partner role, "when is progress reported" said short, a daily duty outside its season, a
// leader's office written in brackets, a leader called by surname and office, the next task due read as
// the next month, when a plan takes effect, and a target figure taken from a task instead of the goal.

// TestRev71_TaskByItsNumber: a city plan numbers its tasks 任务一, 任务二 … and everyone refers to them
// so ("任务三怎么样了?"). "任务三是谁负责的?" asks the 责任单位 of 任务三 发展山区电商: 市商务局 and
// 市农业农村局. dutybot does not read the number as the task and answers "请说明是哪项任务，例如“综合保税区
// 的责任单位是谁？”" — it asks back for what the plan's own numbering already says ("第三项任务谁牵头?" and
// "（三）是谁负责?" go the same way).
func TestRev71_TaskByItsNumber(t *testing.T) {
	plan := `赣州市2027年县域商业体系建设工作方案
一、主要任务
任务一：完善乡镇商贸网点
改造提升乡镇商贸中心25个，2027年6月30日前完成改造方案审定。
责任单位：市商务局
配合单位：市自然资源局
任务二：建设县级物流配送中心
新建县级物流配送中心4个。
责任单位：各县（市、区）人民政府
完成时限：2027年10月底
任务三：发展山区电商
培育电商专业村20个，农产品网络零售额增长12%。
责任单位：市商务局、市农业农村局
配合单位：市邮政管理局
完成时限：2027年12月底
`
	as, ix := rev69Ask(t, plan, "2027-02-01", "任务三是谁负责的?")
	a := as[0]
	if !rev69Names(t, ix, a, "发展山区电商") || rev69Names(t, ix, a, "完善乡镇商贸网点") || !strings.Contains(a.Text, "市农业农村局") {
		t.Errorf("任务三 is 发展山区电商, 责任单位 市商务局、市农业农村局; the answer (intent %s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
	}
}

// TestRev71_ThisYearStillAhead: on 2026-03-10 "今年还有哪些任务没到期?" asks for the tasks due later this
// year: (三) 2026年底 and (五) 2026年6月底前 — not (一), overdue since 2025, nor (四), due 2027. dutybot
// makes 今年 the topic and answers "“今年”相关的、未到期的任务 0 项。没有。" ("今年到期的还有哪些?" is
// answered right.) A leader checking in March what remains for the year asks it this way.
func TestRev71_ThisYearStillAhead(t *testing.T) {
	plan := `湖南省人民政府办公厅关于加快县域医疗卫生次中心建设的实施意见
湘政办发〔2025〕41号
一、重点任务
（一）科学规划布点。2025年12月底前完成次中心遴选并报省卫生健康委备案。（省卫生健康委牵头，省发展改革委配合）
（二）加强人才保障。每年为次中心定向培养医学生400名。（省教育厅、省卫生健康委按职责分工负责）
（三）提升服务能力。到2026年底，70%以上的次中心达到推荐标准。（省卫生健康委负责）
（四）完善投入机制。2027年6月底前建立次中心建设补助长效机制。（省财政厅牵头）
（五）落实医保支付。2026年6月底前将次中心全部纳入医保定点管理。（省医保局负责）
湖南省人民政府办公厅
2025年9月2日
`
	as, ix := rev69Ask(t, plan, "2026-03-10", "今年还有哪些任务没到期?")
	a := as[0]
	if !rev69Names(t, ix, a, "提升服务能力") || !rev69Names(t, ix, a, "落实医保支付") || rev69Names(t, ix, a, "完善投入机制") {
		t.Errorf("(三) 2026年底 and (五) 2026年6月底前 are still ahead this year; the answer (intent %s) lists %d tasks:\n%.400s", a.Intent, len(a.Tasks), a.Text)
	}
}

// TestRev71_LayoutIsNoBureau: "优化县域商业网点布局的配合单位有哪些?" asks the 配合单位 of 任务一, whose
// title it quotes whole: 市自然资源局. dutybot takes the title, which ends in 局 (布局, as 格局 and 大局
// do), for a unit's name and answers "方案中没有找到“优化县域商业网点布局”。相近的单位：…" (shortened to "县域
// 商业网点布局", "…中没有“网点布局”"). Plans name tasks 优化产业布局, 完善网点布局 all the time; a title is
// not a bureau because its last character is 局.
func TestRev71_LayoutIsNoBureau(t *testing.T) {
	plan := `吉安市2027年县域商业提质工作方案
一、重点任务
1.优化县域商业网点布局。2027年3月底前完成县域商业网点规划编制。（责任单位：市商务局；配合单位：市自然资源局）
2.发展农村寄递物流。新建村级寄递物流综合服务站120个。（责任单位：市邮政管理局；配合单位：市交通运输局）
`
	as, ix := rev69Ask(t, plan, "2027-01-15", "优化县域商业网点布局的配合单位有哪些?")
	a := as[0]
	if !rev69Names(t, ix, a, "优化县域商业网点布局") || !strings.Contains(a.Text, "市自然资源局") {
		t.Errorf("1 优化县域商业网点布局's 配合单位 is 市自然资源局; the answer (intent %s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
	}
}

// TestRev71_BranchBureauAskedPlain: in most districts the environment bureau is a branch of the city's,
// written 区生态环境分局 (市生态环境局××分局), and everyone, its own staff included, calls it 生态环境局.
// "生态环境局负责哪些任务?" asks its two items; dutybot answers "方案中没有找到“生态环境局”。相近的单位：
// 区生态环境分局…" — it names the unit and does not take it. (环保局, the old name still in daily use,
// fails the same way.)
func TestRev71_BranchBureauAskedPlain(t *testing.T) {
	plan := `绍兴市上虞区2027年“无废城市”建设工作要点
一、重点工作
1.2027年第三季度完成重点企业固废产生情况核查。（区生态环境分局牵头）
2.2027年6月底前完成化工园区危废集中处置中心扩建。（区经信局牵头，区生态环境分局配合）
3.2027年10月底前建成建筑垃圾资源化利用项目1个。（区建设局牵头）
`
	as, ix := rev69Ask(t, plan, "2027-03-15", "生态环境局负责哪些任务?")
	a := as[0]
	if !rev69Names(t, ix, a, "固废产生情况核查") || !rev69Names(t, ix, a, "危废集中处置中心扩建") {
		t.Errorf("区生态环境分局 leads 1 and takes part in 2; the answer (%s):\n%.400s", a.Outcome, a.Text)
	}
}

// TestRev71_WithinTheYearIsADeadline: "2027年内新建农村公路30公里" sets a deadline, the end of 2027,
// as "年内完成…" does — which dutybot reads. With the year written before 年内 it reads none: asked on
// 2027-03-15 "年底前要完成哪些?", it lists 1 and 4 and leaves out 2, which it then lists among "没有明确完成
// 时间的任务". 2027年内 / 当年内 is how half of all annual plans date their work.
func TestRev71_WithinTheYearIsADeadline(t *testing.T) {
	plan := `嘉兴市海盐县2027年美丽乡村建设工作方案
一、重点任务
1.年内完成12个村庄景区化改造。（县农业农村局牵头）
2.2027年内新建改建农村公路30公里。（县交通运输局牵头）
3.2027年11月底前完成乡村振兴示范带验收。（县农业农村局牵头）
`
	as, ix := rev69Ask(t, plan, "2027-03-15", "年底前要完成哪些?")
	a := as[0]
	if !rev69Names(t, ix, a, "新建改建农村公路") {
		t.Errorf("2 is due 2027年内, by 2027-12-31; the answer (intent %s) lists %d tasks without it:\n%.500s", a.Intent, len(a.Tasks), a.Text)
	}
}

// TestRev71_NoticeAttachments: a township's notice lists its two attachments ("附件：1.…包保责任表
// 2.…扑火应急队伍名单"); only the first is printed after the plan. "有几个附件?" asks for those two.
// dutybot quotes the rows of the first attachment's table (者摩山片区, 斜阳峰片区) as if they were the
// answer; the notice's list, which names both, is not read. (It lists attachments only when the plan is
// named in the question, and only those whose heading stands in the text.)
func TestRev71_NoticeAttachments(t *testing.T) {
	plan := `关于印发《大理市太和街道2027年森林草原防灭火工作方案》的通知
太政发〔2027〕4号
各社区居委会、街道属各单位：
现将《大理市太和街道2027年森林草原防灭火工作方案》印发给你们，请结合实际认真贯彻执行。
附件：1.太和街道森林防火重点区域包保责任表
      2.太和街道扑火应急队伍名单
太和街道办事处
2027年1月8日

大理市太和街道2027年森林草原防灭火工作方案
一、工作措施
1.开展隐患排查。春节前完成辖区林缘农田隐患排查。责任单位：街道林草服务中心
2.加强队伍建设。3月1日前完成半专业扑火队伍组建，队员不少于30人。责任单位：街道应急管理办公室

附件1
太和街道森林防火重点区域包保责任表
区域	包保领导	责任单位
者摩山片区	李建华	街道林草服务中心
斜阳峰片区	赵丽萍	阳和社区居委会
`
	as, _ := rev69Ask(t, plan, "2027-02-20", "有几个附件?")
	a := as[0]
	if !strings.Contains(a.Text, "包保责任表") || !strings.Contains(a.Text, "扑火应急队伍名单") {
		t.Errorf("the notice has 2 attachments, 包保责任表 and 扑火应急队伍名单; the answer (intent %s):\n%.500s", a.Intent, a.Text)
	}
}

// TestRev71_BeforeAMonth: "9月前要完成哪些?" (before September) asks what is due before 1 September: (一)
// 2027年6月底前 and (二) 2027年8月底前. dutybot reads it as the month of September — "期限在 2027-09-01 —
// 2027-09-30 的任务" — and answers with (三), due at the end of September, the one task that is not before
// it. "What is due before September?" is read the same way. ("9月底前" is another question.)
func TestRev71_BeforeAMonth(t *testing.T) {
	plan := `宁波市海曙区2027年教育民生实事项目实施方案
一、项目内容
（一）2027年6月底前完成集士港镇中心小学竣工验收。（区教育局牵头，区住建局配合）
（二）2027年8月底前完成10所学校食堂改造。（区教育局牵头）
（三）2027年9月底前新增普惠性托位600个。（区卫生健康局牵头，区教育局配合）
`
	for _, q := range []string{"9月前要完成哪些?", "What is due before September?"} {
		t.Run(q, func(t *testing.T) {
			as, ix := rev69Ask(t, plan, "2027-03-15", q)
			a := as[0]
			if !rev69Names(t, ix, a, "集士港镇中心小学") || !rev69Names(t, ix, a, "学校食堂改造") || rev69Names(t, ix, a, "普惠性托位") {
				t.Errorf("before September: (一) 6月底 and (二) 8月底, not (三) 9月底; the answer (intent %s):\n%.500s", a.Intent, a.Text)
			}
		})
	}
}

// TestRev71_PartnersOfAUnit: "市金融办的配合单位有哪些?" is a 金融办 liaison asking who works with them:
// the 配合单位 of the task they lead, 人行成都营管部 and 成都银监分局. dutybot reads it as "the tasks
// where 市金融办 is a 配合单位" and answers "市金融办参与的任务 0 项。没有。（…但都是牵头。）" — the units
// asked for are not named. ("住建局配合单位是谁?" goes the same way.)
func TestRev71_PartnersOfAUnit(t *testing.T) {
	plan := `成都市人民政府关于加快发展现代服务业的实施意见
成府发〔2008〕12号
一、主要任务
（一）大力发展金融服务业。2009年底前引进境外金融机构10家。（责任单位：市金融办；配合单位：人行成都营管部、成都银监分局）
（二）加快发展现代物流业。2010年6月底前建成青白江国际物流园区一期。（责任单位：市商务局；配合单位：青白江区政府）
`
	as, _ := rev69Ask(t, plan, "2009-03-01", "市金融办的配合单位有哪些?")
	a := as[0]
	if !strings.Contains(a.Text, "人行成都营管部") || !strings.Contains(a.Text, "成都银监分局") {
		t.Errorf("市金融办's task (一) has 配合单位 人行成都营管部、成都银监分局; the answer (intent %s):\n%.400s", a.Intent, a.Text)
	}
}

// TestRev71_ReportDayAskedShort: "进展什么时候报?" — five characters, the way a liaison types it — asks
// the plan's reporting rule: "每月5日前将上月工作进展报送州交通运输局". dutybot answers "请问想了解方案的
// 哪方面内容？", though "进展情况什么时候报送?" and "进展报给谁?" quote the rule. ("进展几号前报?" fails the
// same way.)
func TestRev71_ReportDayAskedShort(t *testing.T) {
	plan := `黔东南州2027年春运工作方案
一、工作任务
1.春节前完成全州客运站安全隐患排查。（责任单位：州交通运输局）
2.加强道路交通安全管理。（责任单位：州公安局）
二、工作要求
各责任单位于每月5日前将上月工作进展报送州交通运输局，联系人：吴敏。
`
	as, _ := rev69Ask(t, plan, "2027-01-20", "进展什么时候报?")
	a := as[0]
	if !strings.Contains(a.Text, "每月5日前") {
		t.Errorf("progress goes to 州交通运输局 每月5日前; the answer (intent %s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
	}
}

// TestRev71_DutyOutOfItsSeason: "主汛期（6月1日至8月31日）…每日8时前报送雨情水情" is a daily duty of the
// flood season only. Asked "11月要做什么?", dutybot lists it, dated 2027-11-01 每日, beside the monthly dam
// patrol: a duty bounded by the dates its own sentence gives is read as running all year. Flood seasons,
// fire seasons (防火期) and 春运 bound much of what county plans ask to be done daily.
func TestRev71_DutyOutOfItsSeason(t *testing.T) {
	plan := `衡阳市珠晖区2027年防汛抗旱工作方案
一、工作任务
1.主汛期（6月1日至8月31日）实行24小时值班，每日8时前报送雨情水情。（责任单位：区水利局，配合单位：区气象局）
2.每月开展一次水库大坝安全巡查。（责任单位：区水利局）
3.5月31日前完成防汛物资储备。（责任单位：区应急管理局）
`
	as, ix := rev69Ask(t, plan, "2027-03-20", "11月要做什么?")
	a := as[0]
	if rev69Names(t, ix, a, "报送雨情水情") || !rev69Names(t, ix, a, "水库大坝安全巡查") {
		t.Errorf("in November only the monthly patrol (2) is due; the flood-season duty (1) ends on 8月31日; the answer:\n%.500s", a.Text)
	}
}

// TestRev71_LeaderOfficeInBrackets: a 重点项目 plan gives each project a 责任领导 written with the office
// in brackets after the name: "责任领导：陈静（副区长）". "哪位副区长负责的项目最多?" asks 陈静 (2 projects).
// dutybot does not read a leader written so (it reads "陈静副区长") and answers with a count per unit
// ("各单位任务数量…区交通运输局：1 项…"), which names no leader.
func TestRev71_LeaderOfficeInBrackets(t *testing.T) {
	plan := `曲靖市麒麟区2027年重点项目建设攻坚方案
一、攻坚项目
1.区第二人民医院迁建项目。2027年12月底前主体完工。责任领导：王磊（区委常委、副区长）；牵头单位：区卫生健康局
2.南城门片区棚户区改造项目。2027年8月底前完成征收。责任领导：陈静（副区长）；牵头单位：区住建局
3.珠江源大道提升改造项目。2027年6月底前建成通车。责任领导：陈静（副区长）；牵头单位：区交通运输局
`
	as, _ := rev69Ask(t, plan, "2027-03-20", "哪位副区长负责的项目最多?")
	a := as[0]
	if !strings.Contains(a.Text, "陈静") || strings.Contains(a.Text, "各单位任务数量") {
		t.Errorf("陈静（副区长） is 责任领导 of 2 and 3, the most; the answer (intent %s):\n%.400s", a.Intent, a.Text)
	}
}

// TestRev71_LeaderBySurnameAndTitle: in a government office a leader is 陈副区长, not 陈静 — surname and
// office. "陈副区长负责哪些项目?" asks the two projects whose 责任领导 is 陈静副区长; dutybot answers "请问想
// 了解方案的哪方面内容？" ("陈静副区长…" and "陈区长…" are found; "陈副区长有几个项目?" counts all three.)
func TestRev71_LeaderBySurnameAndTitle(t *testing.T) {
	plan := `德州市陵城区2027年重点项目建设攻坚方案
一、攻坚项目
1.区人民医院新院区项目。2027年12月底前主体完工。责任领导：王磊副区长；牵头单位：区卫生健康局
2.城北片区棚户区改造项目。2027年8月底前完成征收。责任领导：陈静副区长；牵头单位：区住建局
3.迎宾大道提升改造项目。2027年6月底前建成通车。责任领导：陈静副区长；牵头单位：区交通运输局
`
	as, ix := rev69Ask(t, plan, "2027-03-20", "陈副区长负责哪些项目?")
	a := as[0]
	if !rev69Names(t, ix, a, "城北片区棚户区改造") || !rev69Names(t, ix, a, "迎宾大道提升改造") || rev69Names(t, ix, a, "新院区") {
		t.Errorf("陈静副区长 is 责任领导 of 2 and 3; the answer (intent %s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
	}
}

// TestRev71_NextDueIsNotAMonth: "市商务局下一个要到期的任务是什么?" asks for the one task of the unit due
// next, however far off: 1 (2027年3月底前), 75 days after 2027-01-15. dutybot reads 下一个 as "the coming
// month" and answers "期限在 2027-01-15 — 2027-02-14 的任务 0 项。没有。" — "no next task" to a unit that has
// two ahead. ("最近一个到期的任务是哪个?" also makes 最近 a topic and says 没有.)
func TestRev71_NextDueIsNotAMonth(t *testing.T) {
	plan := `南平市2027年县域商业体系建设工作方案
一、主要任务
1.编制县域商业网点规划。2027年3月底前完成规划编制。（责任单位：市商务局；配合单位：市自然资源局）
2.发展农村电商。2027年12月底前培育电商示范村30个。（责任单位：市商务局、市农业农村局）
3.加强冷链物流建设。2027年9月底前新建产地冷藏保鲜设施40个。（责任单位：市农业农村局）
`
	as, ix := rev69Ask(t, plan, "2027-01-15", "市商务局下一个要到期的任务是什么?")
	a := as[0]
	if !rev69Names(t, ix, a, "编制县域商业网点规划") || rev69Names(t, ix, a, "发展农村电商") {
		t.Errorf("市商务局's next task due is 1 (2027-03-31) alone; the answer (intent %s) lists %d tasks:\n%.400s", a.Intent, len(a.Tasks), a.Text)
	}
}

// TestRev71_PlanTakesEffect: "本方案自印发之日起施行" and the notice's date, 2027年1月25日, say when the
// plan takes effect. "方案什么时候开始实施?" asks that; dutybot reads 实施 as the plan's work and lists its
// three items (the closing 其他 among them, its 施行 sentence quoted as a task), with no date of the start.
// "方案从什么时候开始施行?" and "方案什么时候生效?" are answered with the issue date.
func TestRev71_PlanTakesEffect(t *testing.T) {
	plan := `关于印发《温岭市2027年老年助餐服务提质扩面实施方案》的通知
温政办发〔2027〕9号
各镇人民政府、街道办事处，市政府直属各单位：
《温岭市2027年老年助餐服务提质扩面实施方案》已经市政府同意，现印发给你们，请认真组织实施。
温岭市人民政府办公室
2027年1月25日

温岭市2027年老年助餐服务提质扩面实施方案
一、主要任务
（一）新建老年食堂30家。（责任单位：市民政局，各镇街）
（二）6月底前实现助餐服务数字化模块全覆盖。（责任单位：市民政局、市大数据中心）
二、其他
本方案自印发之日起施行，由市民政局负责解释。
`
	as, _ := rev69Ask(t, plan, "2027-03-20", "方案什么时候开始实施?")
	a := as[0]
	if !strings.Contains(a.Text, "2027-01-25") && !strings.Contains(a.Text, "2027年1月25日") {
		t.Errorf("the plan takes effect on issue, 2027-01-25 (自印发之日起施行); the answer (intent %s):\n%.400s", a.Intent, a.Text)
	}
}

// TestRev71_TargetFromTheGoal: "老年食堂要达到多少家?" asks the total the plan aims at: 工作目标 "全市老年食
// 堂（助餐点）达到260家". dutybot quotes only (一) "新建老年食堂30家" — the number to be built, a different
// figure — and a leader reads 30 as the target. 达到 asks a level reached, and the goal says it in the
// very word.
func TestRev71_TargetFromTheGoal(t *testing.T) {
	plan := `台州市路桥区2027年老年助餐服务提质扩面实施方案
一、工作目标
2027年底前，全区老年食堂（助餐点）达到260家，城乡社区覆盖率达到95%。
二、主要任务
（一）新建老年食堂30家。（责任单位：区民政局，各街道）
（二）落实助餐补助，对80周岁以上老人每餐补助3元。（责任单位：区财政局、区民政局）
`
	as, _ := rev69Ask(t, plan, "2027-03-20", "老年食堂要达到多少家?")
	a := as[0]
	if !strings.Contains(a.Text, "260家") {
		t.Errorf("the goal is 达到260家; the answer (intent %s) quotes:\n%.400s", a.Intent, a.Text)
	}
}
