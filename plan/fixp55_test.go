package plan

import (
	"slices"
	"strings"
	"testing"
)

// Fix 55: the parse of rounds 148–152's plans. Each test is made-up text of the shape the real plan
// has.

// fixp55Parse parses text or fails the test.
func fixp55Parse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("x.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fixp55Find is the task whose title or text holds words, nil when none does.
func fixp55Find(d *Document, words string) *Task {
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Title, words) || strings.Contains(d.Tasks[i].Text, words) {
			return &d.Tasks[i]
		}
	}
	return nil
}

func fixp55Dump(t *testing.T, d *Document) {
	t.Helper()
	for _, x := range d.Tasks {
		t.Logf("[%s] %q lead=%v partic=%v", x.Number, x.Title, x.Lead, x.Participating)
	}
}

// TestFixp55_ExcerptRowAfterEmptyGroups: a task table kept only some rows (an office's excerpt of the
// whole list): its groups in between stand empty, and the row under the last heading has a number far
// past the row above ("3" … "六、…" "68"). It is a row of its own, not more lines of row 3.
func TestFixp55_ExcerptRowAfterEmptyGroups(t *testing.T) {
	text := "某区卫健委2025年重点工作任务分解表\n序号\n重点工作任务\n主要责任单位\n协同配合单位\n一、主要预期目标\n5\n城镇新增就业5000人以上。\n区人社局\n区卫健委、各街道办事处。\n二、扩大有效投资\n三、建设现代产业体系\n四、增进民生福祉\n41\n推进区人民医院新院区建设。\n区卫健委\n区发改委、区住建局。\n42\n开展家庭医生签约服务提质行动。\n区卫健委\n区医保局。\n"
	d := fixp55Parse(t, text)
	for _, c := range []struct{ words, lead, group string }{
		{"城镇新增就业", "区人社局", "一、主要预期目标"},
		{"新院区建设", "区卫健委", "四、增进民生福祉"},
		{"家庭医生签约", "区卫健委", "四、增进民生福祉"},
	} {
		task := fixp55Find(d, c.words)
		if task == nil || !slices.Equal(task.Lead, []string{c.lead}) || task.Section != c.group || len(d.Tasks) != 3 {
			fixp55Dump(t, d)
			t.Fatalf("%s: want a row of its own led by %s under %s", c.words, c.lead, c.group)
		}
	}
	if task := fixp55Find(d, "城镇新增就业"); slices.Contains(task.Participating, "区医保局") {
		t.Errorf("row 5 took the units of a later row: %v", task.Participating)
	}
}

// TestFixp55_PointsEachWithTheirUnits: an item's points ("（1）…" "（2）…") each closed by their own
// 责任单位 line are tasks with their own units, not one task with every unit; one line after all the
// points still speaks for the whole item.
func TestFixp55_PointsEachWithTheirUnits(t *testing.T) {
	text := "某县2024年校园安全整治方案\n一、主要任务\n（一）加强校园周边管理\n1．开展周边环境整治\n（1）清理校园周边流动摊点。2024年6月底前完成。\n责任单位：县市场监管局、县城管局\n（2）规范上下学交通秩序。在主要路口设置护学岗，由县交警大队牵头，各学校配合。\n责任单位：县公安局\n2．完善校园安保设施\n（1）配齐一键报警装置。\n（2）更新视频监控设备。\n责任单位：县教育局\n"
	d := fixp55Parse(t, text)
	first, second := fixp55Find(d, "流动摊点"), fixp55Find(d, "护学岗")
	if first == nil || second == nil || first == second {
		fixp55Dump(t, d)
		t.Fatal("the two points of item 1 are not two tasks")
	}
	if !slices.Equal(first.Lead, []string{"县市场监管局", "县城管局"}) || slices.Contains(first.Lead, "县公安局") {
		t.Errorf("point 1: lead %v, want 县市场监管局、县城管局", first.Lead)
	}
	if !slices.Contains(second.Lead, "县公安局") || slices.Contains(second.Lead, "县城管局") {
		t.Errorf("point 2: lead %v, want 县公安局 and not point 1's units", second.Lead)
	}
	alarm := fixp55Find(d, "一键报警")
	if alarm == nil || !slices.Equal(alarm.Lead, []string{"县教育局"}) {
		fixp55Dump(t, d)
		t.Errorf("item 2, one note after its points: want 县教育局 for the whole item")
	}
}

// TestFixp55_RunTogetherPoints: the same shape in a page whose paragraphs ran together on one line:
// the point "（2）" after the unit list that closes point 1, and the point "（1）" right after its
// item's short title, open paragraphs; "（1）…；（2）…" inside a sentence does not.
func TestFixp55_RunTogetherPoints(t *testing.T) {
	pad := strings.Repeat("要加强统筹协调，细化工作措施，确保各项任务按期完成。", 8)
	line := "一、主要任务（一）加强校园周边管理1．开展周边环境整治（1）清理校园周边流动摊点。" + pad + "责任单位：县市场监管局、县城管局（2）规范上下学交通秩序。" + pad + "责任单位：县公安局2．完善校园安保设施。配齐设备，包括：（1）一键报警装置；（2）视频监控设备。" + pad + "责任单位：县教育局"
	got := strings.Split(breakRunIn(line), "\n")
	for _, want := range []string{"（1）清理校园周边流动摊点。", "（2）规范上下学交通秩序。", "2．完善校园安保设施。"} {
		if !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, want) }) {
			t.Errorf("no paragraph opens with %q: %q", want, got)
		}
	}
	if slices.ContainsFunc(got, func(l string) bool {
		return strings.HasPrefix(l, "（2）视频监控") || strings.HasPrefix(l, "（1）一键")
	}) {
		t.Errorf("an enumeration inside a sentence was broken up: %q", got)
	}
}

// TestFixp55_SpacedItemAfterGroupHeading: "（二）体制机制改革7. 理顺政企关系。…" — an item's number
// run on after its group's heading, a space after the number: the item is its own, the heading keeps
// no number.
func TestFixp55_SpacedItemAfterGroupHeading(t *testing.T) {
	pad := strings.Repeat("推动各项改革举措落地见效，形成可复制可推广的经验。", 8)
	text := "某县国企改革行动方案\n二、主要任务（一）经营提升6.明确年度经营目标。" + pad + "责任单位：县国资局（二）体制机制改革7. 理顺政企关系。" + pad + "责任单位：县财政局、各县属国企8.实现两个归位。" + pad + "责任单位：县国资局\n"
	d := fixp55Parse(t, text)
	task := fixp55Find(d, "理顺政企关系")
	if task == nil || task.Section != "二、主要任务 > （二）体制机制改革" || !slices.Contains(task.Lead, "县财政局") {
		fixp55Dump(t, d)
		t.Fatal("item 7 is not a task of its own under （二）体制机制改革 led by 县财政局")
	}
}

// TestFixp55_PartAfterGroupName: a part heading run on after a list that ends with a 集团 or 学院
// ("…责任单位：区文旅集团五、保障措施") opens the part, as after a 局 or 办.
func TestFixp55_PartAfterGroupName(t *testing.T) {
	pad := strings.Repeat("深入挖掘文化资源，打造特色品牌，扩大影响力。", 8)
	text := "某区文化遗产保护行动方案\n四、主要任务1.推进非遗与旅游融合。" + pad + "责任单位：区文旅局，区文旅发展集团五、保障措施（一）加强领导。" + pad + "区财政局要落实经费保障。\n"
	d := fixp55Parse(t, text)
	task := fixp55Find(d, "非遗与旅游融合")
	if task == nil || slices.ContainsFunc(task.Lead, func(u string) bool { return strings.Contains(u, "五") }) {
		fixp55Dump(t, d)
		t.Fatal("the part heading 五、 ran into the last unit's name")
	}
	if lead := fixp55Find(d, "落实经费保障"); lead == nil || !strings.HasPrefix(lead.Section, "五、保障措施") {
		fixp55Dump(t, d)
		t.Error("the work under 五、保障措施 is not in its part")
	}
}

// TestFixp55_EmptyUnitCell: a flattened table's empty unit cell ("/" under 配合单位) keeps the cells
// after it in their own columns: the division under 内设牵头处室 leads, not takes part.
func TestFixp55_EmptyUnitCell(t *testing.T) {
	text := "某市养老服务提升任务分工表\n序号\n工作事项\n主要内容\n牵头单位\n配合单位\n市民政局内牵头处室\n市民政局内配合处室\n1\n发展社区嵌入式养老。\n每个街道至少建成1家综合养老服务中心。\n各区政府\n市民政局、市财政局\n养老服务处\n规划财务处\n2\n推进智慧养老。\n建设全市养老服务信息平台。\n市民政局\n/\n信息中心\n养老服务处\n"
	d := fixp55Parse(t, text)
	task := fixp55Find(d, "智慧养老")
	if task == nil || !slices.Contains(task.Lead, "信息中心") || slices.Contains(task.Participating, "信息中心") || !slices.Contains(task.Participating, "养老服务处") {
		fixp55Dump(t, d)
		t.Fatal("row 2: want 信息中心 leading (its 内设牵头处室 cell) and 养老服务处 taking part")
	}
	if task := fixp55Find(d, "嵌入式养老"); task == nil || !slices.Contains(task.Lead, "养老服务处") || !slices.Contains(task.Participating, "市财政局") {
		fixp55Dump(t, d)
		t.Error("row 1 (no empty cell) changed")
	}
}

// TestFixp55_UnitCommaBasisDuty: in a list of each unit's share ("区经发局，负责…。区资源局，根据市场
// 需求，合理…"), a unit, a comma and what its work goes by opens its share, as "X，负责…" does. (Under
// the group's 牵头 sentence the share's unit takes part beside the group's lead: TestFixp57bGroupLeadSharesOut.)
func TestFixp55_UnitCommaBasisDuty(t *testing.T) {
	text := "某区建材市场专项整治方案\n一、责任分工\n（一）区住建局牵头价格调查工作。区住建局负责摸清建材销售价格。区工信局，负责调查产能情况。区自然资源局，根据市场需求，合理安排项目用地供给。\n"
	d := fixp55Parse(t, text)
	task := fixp55Find(d, "合理安排项目用地")
	if task == nil || !slices.Contains(task.Units(), "区自然资源局") || slices.Contains(task.Units(), "区工信局") {
		fixp55Dump(t, d)
		t.Fatal("the share of 区自然资源局 is not its task")
	}
}

// TestFixp55_EconomyInfoCommission: 经济信息委, as Chongqing's bodies are named (区经济信息委), is the
// 经济和信息化委员会, 经信委 for short; so is 经济和信息化委, the commission's name cut at 委 (as
// 省经济和信息化委员会 already was).
func TestFixp55_EconomyInfoCommission(t *testing.T) {
	a := DefaultAliases()
	for _, pair := range [][2]string{{"区经济信息委", "区经信委"}, {"市经济信息委", "市经济和信息化委员会"}, {"省经济和信息化委", "省经济和信息化委员会"}} {
		if a.Canonical(pair[0]) != a.Canonical(pair[1]) {
			t.Errorf("%s → %q, %s → %q", pair[0], a.Canonical(pair[0]), pair[1], a.Canonical(pair[1]))
		}
	}
}
