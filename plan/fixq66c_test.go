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
// units is a task list of its own and stays; so does a body item the table does not restate.
func TestFixq66c_BodyRestatedByTaskTable(t *testing.T) {
	body := "静安区2025年生活垃圾分类工作实施方案\n\n一、重点任务\n\n" +
		"（一）科技赋能\n\n" +
		"1.精准优化智慧收运线路。以解决垃圾桶游街问题为导向，拓展“公交站牌式精准报时”智慧收运线路范围。\n\n" +
		"2.推动“沪尚回收”平台功能升级。在6月底前完成区级可回收物回收量在“沪尚回收”平台上的数据源切换。\n\n" +
		"3.提升社区居民参与意识。开展主题宣传活动。\n\n"
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
		if ids := fixq66cTasksWith(d, "提升社区居民参与意识"); len(ids) != 1 {
			t.Errorf("tasks about 居民参与: %v; want the body's item, which no row restates", ids)
		}
		found := false
		for _, p := range d.Paras {
			found = found || strings.Contains(p.Text, "区级可回收物回收量") && p.TaskID == ""
		}
		if !found {
			t.Errorf("the body item's words are no longer searchable")
		}
	})
	t.Run("body names units", func(t *testing.T) {
		named := strings.Replace(body, "3.提升社区居民参与意识。开展主题宣传活动。", "3.提升社区居民参与意识。区文明办开展主题宣传活动。", 1)
		d := fixq66cDoc(t, named+table)
		if ids := fixq66cTasksWith(d, "数据源切换"); len(ids) != 2 {
			t.Errorf("tasks about 数据源切换: %v; want the body's item and the table's row:%s", ids, rev59Dump(d))
		}
	})
}
