package bot

import (
	"slices"
	"strings"
	"testing"
)

// Fixes for review 78 (fixrev78a): thanks closing a message, groups of places said short, dates typed
// with dots or slashes, 过年前, one unit's tasks among another's, one unit supporting another, who
// leads what was just listed. The plans below are made up for these tests.

// fixrev78aCounty is a county's plan whose items put their units on a line of their own, two of them
// naming the towns as a group.
const fixrev78aCounty = `临川县2027年农村人居环境整治工作方案

一、重点任务
1.2027年4月30日前完成农村公厕改造200座。
责任单位：县农业农村局、各镇（街道）
2.每月开展一次村庄清洁行动。
责任单位：县农业农村局
3.2027年8月31日前建成垃圾分类示范村20个。
责任单位：各镇（街道）、县城市管理局
4.2027年10月31日前完成乡镇卫生院污水处理设施改造。
责任单位：县卫生健康局

临川县人民政府办公室
2026年11月2日
`

// fixrev78aCity is a city's plan whose items close with "（X牵头，Y配合）", two naming the counties and
// districts as a group.
const fixrev78aCity = `宁川市2027年农贸市场提升改造实施方案

一、重点任务
1.改造提升农贸市场30家。2027年5月底前完成。（市商务局牵头，市财政局、各县（市、区）人民政府配合）
2.建立农贸市场食品安全快检室。2027年7月底前完成。（市市场监管局牵头，市商务局配合）
3.落实市场周边停车泊位。2027年9月底前完成。（各县（市、区）人民政府负责）

宁川市人民政府办公室
2026年11月2日
`

// placeGroupForms: a group of places is said by its places run together, with or without 各 and the
// government, and by each place of two characters alone; not from 市 (市区 is a city's centre).
func TestFixrev78a_PlaceGroupForms(t *testing.T) {
	for _, c := range []struct {
		name      string
		want, not []string
	}{
		{"各镇（街道）", []string{"各镇", "各镇街道", "各街道", "街道"}, []string{"镇"}},
		{"各县（市、区）人民政府", []string{"各县市区", "县市区人民政府", "各县区", "区县人民政府"}, []string{"市区", "市县", "各市区"}},
		{"各乡、镇人民政府", []string{"乡镇人民政府", "各乡镇", "镇乡"}, nil},
		{"各村（社区）", []string{"各社区", "社区", "村社区"}, nil},
		{"市商务局", nil, []string{"商务局"}},
	} {
		got := placeGroupForms(c.name)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("placeGroupForms(%s) = %v, want %s among them", c.name, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("placeGroupForms(%s) = %v, not %s", c.name, got, w)
			}
		}
	}
}

// A group of places said short is the plan's group when its tasks are asked (a role word, 要做哪些, 有几项
// 任务 after it), whether the plan writes the units on the item's line or a line of its own; words of
// the tasks after it (乡镇卫生院) are the topic.
func TestFixrev78a_PlacesSaidShort(t *testing.T) {
	for _, c := range []struct {
		text, q   string
		want, not []string
	}{
		{fixrev78aCounty, "各镇要做哪些?", []string{"公厕改造", "垃圾分类示范村"}, []string{"村庄清洁", "污水处理"}},
		{fixrev78aCounty, "街道有几项任务?", []string{"公厕改造", "垃圾分类示范村"}, []string{"村庄清洁"}},
		{fixrev78aCounty, "镇街道负责哪些工作?", []string{"公厕改造", "垃圾分类示范村"}, []string{"村庄清洁"}},
		{fixrev78aCounty, "乡镇卫生院改造谁负责?", []string{"污水处理"}, []string{"公厕改造"}},
		{fixrev78aCounty, "临川街道有几项任务?", []string{"公厕改造", "垃圾分类示范村"}, []string{"村庄清洁"}},
		{fixrev78aCounty, "临川各镇的公厕改造谁负责?", []string{"公厕改造"}, []string{"垃圾分类示范村"}},
		{fixrev78aCity, "各县区要做哪些工作?", []string{"改造提升农贸市场", "停车泊位"}, []string{"快检室"}},
		{fixrev78aCity, "县市区政府配合哪些?", []string{"改造提升农贸市场"}, []string{"快检室"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, c.text, "2026-12-07", c.q)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("%s is asked; the answer (%s, %d tasks):\n%.400s", s, a.Outcome, len(a.Tasks), a.Text)
				}
			}
			for _, s := range c.not {
				if names(s) {
					t.Errorf("%s is not asked:\n%.400s", s, a.Text)
				}
			}
		})
	}
}

// One unit's tasks narrowed to those naming another ("A的任务里…B", "A牵头的工作中…B"), and one unit
// supporting another's work with a modal before it ("A要配合B"): the tasks naming both, each in its role.
func TestFixrev78a_TwoUnitsOnOneTask(t *testing.T) {
	for _, c := range []struct {
		q         string
		want, not []string
	}{
		{"市场监管局的任务中哪些和商务局有关?", []string{"快检室"}, []string{"改造提升农贸市场"}},
		{"商务局牵头的工作里面哪些有财政局?", []string{"改造提升农贸市场"}, []string{"快检室"}},
		{"财政局需要协助商务局做什么?", []string{"改造提升农贸市场"}, []string{"快检室"}},
		{"商务局应当配合市场监管局干啥?", []string{"快检室"}, []string{"改造提升农贸市场"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, fixrev78aCity, "2026-12-07", c.q)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("%s names both; the answer (%d tasks):\n%.400s", s, len(a.Tasks), a.Text)
				}
			}
			for _, s := range c.not {
				if names(s) {
					t.Errorf("%s does not hold both in the roles asked:\n%.400s", s, a.Text)
				}
			}
		})
	}
}

// Who leads the tasks just listed, asked by the lead's label or in English: the same tasks with their
// units.
func TestFixrev78a_LeadOfWhatWasListed(t *testing.T) {
	for _, c := range []struct{ list, ask, task, lead string }{
		{"商务局配合哪些工作?", "牵头单位是哪个?", "快检室", "市市场监管局"},
		{"财政局参与的任务有哪些?", "这项的责任单位是谁?", "改造提升农贸市场", "市商务局"},
		{"Which tasks are due before 2027-06-01?", "Who is responsible for it?", "改造提升农贸市场", "市商务局"},
	} {
		t.Run(c.list+" "+c.ask, func(t *testing.T) {
			a, names := rev73Ask(t, fixrev78aCity, "2026-12-07", c.list, c.ask)
			if !names(c.task) || len(a.Tasks) != 1 || !strings.Contains(a.Text, c.lead) {
				t.Errorf("the task listed is %s, led by %s; the answer (%s, %d tasks):\n%.400s", c.task, c.lead, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}
