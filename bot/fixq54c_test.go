package bot

import "testing"

// TestFixq54c_BodyThenDivision: an issuing body named right before one of its own departments
// (科, 部, 股, 室, 处) asks of the department, whatever its last character: "泰宁县林业局营林部" is 营林部.
func TestFixq54c_BodyThenDivision(t *testing.T) {
	text := "泰宁县林业局关于分解2013年林业重点工作任务的通知\n局属各股室：\n" +
		"一、加强林地保护管理。（牵头单位：资源股，参与单位：营林部）\n" +
		"二、推进集体林权制度改革。（牵头单位：营林部，参与单位：资源股）\n" +
		"三、加强森林防火。（牵头单位：防火办，参与单位：资源股）\n泰宁县林业局\n二〇一三年三月一日\n"
	e := NewEngine(textIndex(t, text), Options{})
	cases := []struct {
		q          string
		want, none []string
	}{
		{"泰宁县林业局营林部牵头哪些工作?", []string{"推进集体林权制度改革"}, []string{"加强林地保护管理", "加强森林防火"}},
		{"泰宁县林业局营林部参与哪些工作?", []string{"加强林地保护管理"}, []string{"推进集体林权制度改革", "加强森林防火"}},
	}
	for _, c := range cases {
		wantIn(t, c.q, askOn(t, e, "2026-12-07", c.q)[0], c.want, c.none)
	}
}

// TestFixq54c_TwoTopicsJoined: two things asked about joined by 和 (及, 或) are answered by the tasks on
// either of them, not only those on both; a plus typed half-width finds the full-width one plans print.
func TestFixq54c_TwoTopicsJoined(t *testing.T) {
	text := "龙岩市深化简政放权放管结合优化服务改革重点任务分工方案\n一、任务分工\n" +
		"1.加快推行“互联网＋政务服务”，提升线上线下一体化政务服务能力。责任单位：市行政审批局\n" +
		"2.基本完成部门内部政务信息系统整合清理工作。责任单位：市数字办\n" +
		"3.规范中介服务收费。责任单位：市发改委\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := `龙岩"互联网+政务服务"和政务信息系统整合由谁负责?`
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"市行政审批局", "市数字办"}, []string{"规范中介服务收费"})
}

// TestFixq54c_ThisPage: "在这一页", "这一页" (a plan that is one page of a longer document) name the plan
// asked about, no topic its tasks must write.
func TestFixq54c_ThisPage(t *testing.T) {
	text := "襄阳市2023年政府工作报告重点任务分解\n" +
		"1.推进学前教育优质普惠发展。责任单位：市教育局\n" +
		"2.推进普通高中优质多样化发展。责任单位：市教育局\n" +
		"3.推进公立医院高质量发展。责任单位：市卫健委\n"
	e := NewEngine(textIndex(t, text), Options{})
	cases := []struct {
		q          string
		want, none []string
	}{
		{"襄阳市教育局在这一页一共牵头几项？", []string{"2 项"}, []string{"“一页”", "“页”"}},
		{"列出襄阳2023年政府工作报告分解这一页的所有任务", []string{"推进学前教育", "推进公立医院"}, []string{"“分解这一页”", "“这一页”"}},
	}
	for _, c := range cases {
		wantIn(t, c.q, askOn(t, e, "2026-12-07", c.q)[0], c.want, c.none)
	}
}

// TestFixq54c_JoinedWorksOneTask: two things joined by 和 that one task writes both of ask of that
// task alone.
func TestFixq54c_JoinedWorksOneTask(t *testing.T) {
	text := "嘉定区审批审查中心优化运作工作方案\n一、主要任务\n" +
		"1.完善一套清单。2021年年底前完成辅线审批和中介服务事项的梳理。责任单位：区建设管理委\n" +
		"2.规范中介服务收费。责任单位：区发展改革委\n" +
		"3.压缩辅线审批时限。责任单位：区规划资源局\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "嘉定区辅线审批和中介服务事项由谁负责?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"区建设管理委"}, []string{"区发展改革委", "区规划资源局"})
}

// TestFixq54c_DueDutyAsked: asked when something is due, a task whose sentence naming it gives the
// date is the duty asked ("工作总结于11月30日前报送区安办"); one naming it in passing, its date in
// another sentence ("认真总结专项行动的做法"), is not.
func TestFixq54c_DueDutyAsked(t *testing.T) {
	text := "漳浦县2021年校园周边安全专项整治工作方案\n三、工作要求\n" +
		"（一）建立长效机制（11月30日前完成）。认真总结专项行动的做法，形成长效机制。\n" +
		"（二）加强信息报送。各乡镇整治工作开展情况于每月10日报送县安办，工作总结于12月15日前报送县安办。责任单位：各乡镇\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "漳浦专项整治的工作总结什么时候前报?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"2021-12-15"}, []string{"建立长效机制"})
}
