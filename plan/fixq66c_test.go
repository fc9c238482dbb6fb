package plan

import (
	"strings"
	"testing"
)

// fixq66c: causes behind failing open questions of rounds 170–190, each a plan fragment of its own
// form, failing before the fix for the reason its comment gives.

// fixq66cDoc parses text as a plan file named fixq66c.txt.
func fixq66cDoc(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("fixq66c.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	return d
}

// fixq66cTasksWith lists the IDs of the tasks whose text holds s.
func fixq66cTasksWith(d *Document, s string) []string {
	var ids []string
	for _, t := range d.Tasks {
		if strings.Contains(t.Text, s) {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// TestFixq66c_BodyRestatedByTaskTable: a plan's body lists its 重点任务 naming no one, and its
// attached 任务清单 hands the same work out to units row by row, in the same words. A liaison reads
// the table's rows as the tasks: the body's items are their summary, no tasks of their own (they
// made a second, unitless "沪尚回收" task overdue beside the 各街镇 row). A body part whose items name
// units, or that holds an item no row restates, is a task list of its own, which the table draws on:
// its items stay.
func TestFixq66c_BodyRestatedByTaskTable(t *testing.T) {
	body := "静安区2025年生活垃圾分类工作实施方案\n\n一、重点任务\n\n" +
		"（一）科技赋能\n\n" +
		"1.精准优化智慧收运线路。以解决垃圾桶游街问题为导向，拓展“公交站牌式精准报时”智慧收运线路范围。\n\n" +
		"2.推动“沪尚回收”平台功能升级。在6月底前完成区级可回收物回收量在“沪尚回收”平台上的数据源切换。\n\n"
	table := "附件：\n\n2025年生活垃圾分类减量推进工作任务清单\n\n序号\n\n任务内容\n\n责任单位\n\n" +
		"1\n\n精准优化智慧收运线路，拓展“公交站牌式精准报时”智慧收运线路范围，对清运点位进行分类分级管理。\n\n区绿化市容局\n\n" +
		"2\n\n加快街镇“沪尚回收”平台功能升级，6月底前完成可回收物回收量在“沪尚回收”平台上的数据源切换。\n\n各街镇\n\n" +
		"3\n\n对上海火车站开展专项监督检查，提高公共区域生活垃圾分类实效。\n\n区站管委办\n\n" +
		"4\n\n持续推进垃圾分类进校园。\n\n区教育局\n"
	t.Run("restated", func(t *testing.T) {
		d := fixq66cDoc(t, body+table)
		if ids := fixq66cTasksWith(d, "数据源切换"); len(ids) != 1 {
			t.Errorf("tasks about 数据源切换: %v; want the table's 各街镇 row alone:%s", ids, rev59Dump(d))
		}
		if ids := fixq66cTasksWith(d, "智慧收运线路"); len(ids) != 1 {
			t.Errorf("tasks about 智慧收运线路: %v; want the table's row alone", ids)
		}
		found := false
		for _, p := range d.Paras {
			found = found || strings.Contains(p.Text, "区级可回收物回收量") && p.TaskID == ""
		}
		if !found {
			t.Errorf("the body item's words are no longer searchable")
		}
	})
	for _, c := range []struct{ name, item string }{
		{"body names units", "3.提升社区居民参与意识。区文明办开展主题宣传活动。\n\n"},
		{"an item no row restates", "3.提升社区居民参与意识。开展主题宣传活动。\n\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := fixq66cDoc(t, body+c.item+table)
			if ids := fixq66cTasksWith(d, "数据源切换"); len(ids) != 2 {
				t.Errorf("tasks about 数据源切换: %v; want the body's item and the table's row:%s", ids, rev59Dump(d))
			}
			if ids := fixq66cTasksWith(d, "提升社区居民参与意识"); len(ids) != 1 {
				t.Errorf("tasks about 居民参与: %v; want the body's item", ids)
			}
		})
	}
}

// TestFixq66c_ColonListWithOwnUnits: a page run together on one line announces its items with a
// colon ("…主要考核：1.…"), each item ending with its own 责任处室 list. The first item opens after
// the colon as the others open after the units above them; before, it stayed in the heading's
// sentence and was no task. An enumeration inside a sentence ("服务：1.办理…；2.往来…") stays one item.
func TestFixq66c_ColonListWithOwnUnits(t *testing.T) {
	line := "2023年苏平片区林长制工作考核任务分解表 各处室，各包村工作队：现将《2023年苏平片区林长制工作考核任务分解表》印发给你们，请你们结合实际，认真执行。" +
		"根据《平潭综合实验区全面推行林长制实施方案》和《平潭综合实验区林长制工作考核制度（试行）》等规定，制定本考核实施细则。一、考核对象苏平片区管理局。" +
		"二、组织形式区林长办公室抽调人员组成考核组，采取上报佐证材料、收集已有数据、现场核实等方式采集相关数据材料，对片区管理局进行考核。" +
		"三、时间安排2023年12月中下旬开展考核，2023年底提交考核结果。四、考核内容及分值（一）工作考核（24分）区林长办公室根据片区年度工作任务落实情况进行考核评分，主要考核：" +
		"1.林长制责任体系建立及运行情况（8分）考核片区林长责任体系和林长制运行机制。 责任处室：资源生态处、党群工作处" +
		"2.林长制相关配套制度制定及执行情况（8分）考核片区林长会议等制度运行情况。 责任处室：资源生态处、苏平服务站" +
		"3.林长工作职责落实情况（8分）考核片区召开林长会议情况。 责任处室：资源生态处、各村"
	d := fixq66cDoc(t, line)
	for _, s := range []string{"林长制责任体系建立及运行情况", "林长制相关配套制度", "林长工作职责落实情况"} {
		ids := fixq66cTasksWith(d, s)
		if len(ids) != 1 {
			t.Errorf("tasks holding %q: %v; want one:%s", s, ids, rev59Dump(d))
			continue
		}
	}
	if tk := rev66Task(t, d, "林长制责任体系建立及运行情况"); tk != nil && (len(tk.Lead) == 0 || tk.Lead[0] != "资源生态处") {
		t.Errorf("first item's lead %v; want 资源生态处 first", tk.Lead)
	}
	if got := breakRunIn("便民服务：1.办理证照申请；2.往来港澳通行证签注。"); strings.Contains(got, "\n") {
		t.Errorf("an enumeration inside a sentence broke: %q", got)
	}
}
