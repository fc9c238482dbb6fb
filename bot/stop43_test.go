package bot

import (
	"strings"
	"testing"
)

// TestQuestionsStop43: what stop 43's material (rounds 69–71, reviews) taught, each case on a plan
// text of its own kind.
func TestQuestionsStop43(t *testing.T) {
	ask := askChain
	t.Run("who leads names the plan's leader beside the units", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某市人民政府关于2020年市政府重点工作及责任分解的通知\n某政发〔2020〕3号\n\n一、确保完成主要预期目标\n\n1. 地区生产总值增长8%以上。\n\n牵头负责领导:金力。\n\n牵头责任单位:市发展改革委。\n\n协同责任单位:市经信局。\n\n2. 财政收入增长8%左右。\n\n牵头责任单位:市财政局。\n"), Options{})
		a := ask(t, e, "某某地区生产总值增长8%以上这项谁牵头?")
		if !strings.Contains(a.Text, "金力") || !strings.Contains(a.Text, "市发展改革委") {
			t.Errorf("the leader or the unit is missing:\n%s", a.Text)
		}
		if a = ask(t, e, "某某财政收入增长这项谁牵头?"); strings.Contains(a.Text, "金力") {
			t.Errorf("another task's leader is given:\n%s", a.Text)
		}
	})
	t.Run("a name's own brackets stay in the question", func(t *testing.T) {
		// "各街道(镇)": the closing bracket is the name's, not a bracket the name is written in.
		e := NewEngine(textIndex(t, "某某区燃气安全专项整治方案\n\n一、重点任务\n\n1.改造计划全面落实。2025年完成改造。(区建管委负责,各街道(镇)配合)\n\n2.做好项目统筹。(区建管委负责)\n"), Options{})
		a := ask(t, e, "各街道(镇)负责哪些工作")
		if len(a.Tasks) != 1 || strings.Contains(a.Text, "各街道(镇（") {
			t.Errorf("%d tasks, want the one it takes part in, named as typed:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("what a document says is its summary, of the plan the words name", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/e-fj-xiazhangquan-metro-cooperation.txt"}), Options{})
		a := ask(t, e, "厦漳泉大都市区这份材料讲了什么")
		if strings.Contains(a.Text, "衢州") || !strings.Contains(a.Text, "涉及单位") {
			t.Errorf("not the one plan's summary:\n%s", a.Text)
		}
	})
	t.Run("在X上 names the field a unit works in", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某区安全生产实施意见\n\n一、主要任务\n\n1.加强电梯安全管控。（责任单位：各乡镇人民政府）\n\n2.开展电梯安全隐患排查。（责任单位：各乡镇人民政府）\n\n3.做好绿化。（责任单位：各乡镇人民政府）\n"), Options{})
		if a := ask(t, e, "各乡镇人民政府在电梯安全上要做什么?"); len(a.Tasks) != 2 || !strings.Contains(a.Text, "“电梯安全”") {
			t.Errorf("%d tasks, want the two on 电梯安全:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("what role a unit has lists its tasks", func(t *testing.T) {
		e := NewEngine(seedIndex(t), Options{})
		if a := ask(t, e, "衢州市商务局在里面是什么角色?"); len(a.Tasks) == 0 {
			t.Errorf("no tasks:\n%s", a.Text)
		}
	})
	t.Run("what is left keeps the last list's status", func(t *testing.T) {
		e := NewEngine(seedIndex(t), Options{})
		a := ask(t, e, "鹿城区区金融办有哪些任务逾期了?", "上市和数字人民币两项我们已经办结了,还剩哪些?")
		if !strings.Contains(a.Text, "逾期") {
			t.Errorf("not the overdue list:\n%s", a.Text)
		}
	})
	t.Run("a count of a plan's goals by lead unit is a count", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/h-hb-jiayu-2021-gwr-key-work-division.txt"}), Options{})
		if a := ask(t, e, "嘉鱼县2021年那几个主要目标，各牵头单位分别牵头几项"); !strings.Contains(a.Text, "县发改局：3 项") {
			t.Errorf("no count by lead unit:\n%s", a.Text)
		}
	})
	t.Run("a work report in English is the plan's words, not a report to make", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/s-gd-guangzhou-2021-gwr-table.txt"}), Options{})
		if a := ask(t, e, "Which tasks does the Guangzhou science and technology bureau lead in the 2021 work report division?"); len(a.Tasks) == 0 {
			t.Errorf("no tasks:\n%s", a.Text)
		}
	})
	t.Run("another part of the plan after a part's list", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/as-gd-guangzhou-2012-livelihood-happiness-opinion.txt"}), Options{})
		a := ask(t, e, "广州民生幸福工程里 异地务工人员服务体系那部分有哪些任务", "多层次住房供应体系那部分呢")
		if len(a.Tasks) != 4 {
			t.Errorf("%d tasks, want the part's four:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("these two after a list are its tasks", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某县2024年重点工作任务分解表\n\n一、重点任务\n\n1.新增托位400个，2024年6月底前完成。（责任单位：县教育局）\n\n2.保障学院秋季开学，2027年8月底前完成。（责任单位：县教育局）\n"), Options{})
		a := ask(t, e, "县教育局负责哪些?", "这两项现在过期了没")
		if len(a.Tasks) != 1 || strings.Contains(a.Text, "两项”") {
			t.Errorf("%d tasks, want the one of the two that is overdue:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("a district misspelt in three characters", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/u-sc-longquanyi-2009-major-projects.txt"}), Options{})
		if a := ask(t, e, "龙泉译区有哪些任务"); len(a.Tasks) == 0 || !strings.Contains(a.Text, "龙泉驿") {
			t.Errorf("not read as 龙泉驿区:\n%s", a.Text)
		}
	})
	t.Run("the lead units counted one by one are no party", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/bt-ah-luan-2021-key-work-division.txt", "dev/w-hb-jiayu-2024-gwr-division-notice.txt"}), Options{})
		if a := ask(t, e, "六安各牵头单位分别牵头几项？"); !strings.Contains(a.Text, "市发改委：2 项") {
			t.Errorf("no count by lead unit:\n%s", a.Text)
		}
	})
	t.Run("a leader's name asked as who leads", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某市2023年政府工作报告任务分解方案\n\n一、重点任务\n\n1.地区生产总值增长6%。牵头领导：刘兴达。（牵头单位：市发改委）\n\n2.财政收入增长5%。牵头领导：王东。（牵头单位：市财政局）\n\n3.固定资产投资增长8%。牵头领导：刘兴达。（牵头单位：市发改委）\n"), Options{})
		if a := ask(t, e, "刘兴达当牵头领导的有几项"); !strings.Contains(a.Text, "2 项") {
			t.Errorf("not the two tasks 刘兴达 leads:\n%s", a.Text)
		}
	})
	t.Run("these two documents are no topic", func(t *testing.T) {
		e := NewEngine(seedIndex(t), Options{})
		if a := ask(t, e, "衢州和湖州这两份文件里，每季度要做的有哪些"); len(a.Tasks) == 0 || strings.Contains(a.Text, "两份”") {
			t.Errorf("no quarterly duties of the two plans:\n%s", a.Text)
		}
	})
	t.Run("a done remark then 还有吗 keeps the overdue list", func(t *testing.T) {
		e := NewEngine(seedIndex(t), Options{})
		a := ask(t, e, "鹿城区区金融办有哪些任务逾期了?", "上市那项区金融办也点了完成，现在还有吗")
		if !strings.Contains(a.Text, "逾期") {
			t.Errorf("not the overdue list:\n%s", a.Text)
		}
	})
}
