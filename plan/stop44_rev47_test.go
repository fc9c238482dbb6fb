package plan_test

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestRev47ShortNameIsAnOrdinaryWord: shortNamedCounty (places.go) places a plan of 区/县 units that
// names no place in full in the one county whose short name the text holds twice. Many county short
// names are ordinary words of plans (振兴, 平安, 公安, 滨江, 合作, 光明, 新建), so a district plan on
// 乡村振兴 is put in 丹东市振兴区, one on 平安建设 in 海东市平安区, one naming 区公安分局 in 荆州市公安县.
// 76a58de left these plans unplaced.
func TestRev47ShortNameIsAnOrdinaryWord(t *testing.T) {
	tests := []struct{ name, text, notIn string }{
		{"乡村振兴 is no 振兴区", "关于推进乡村振兴的实施方案\n一、主要任务\n1.推动乡村振兴产业发展。（责任单位：区农业农村局）\n2.加强乡村振兴人才培养。（责任单位：区人社局）\n", "丹东市振兴区"},
		{"平安建设 is no 平安区", "平安建设工作要点\n一、主要任务\n1.深化平安建设。（责任单位：区政法委）\n2.推进平安校园创建。（责任单位：区教育局）\n", "海东市平安区"},
		{"区公安分局 is no 公安县", "优化营商环境工作方案\n1.加强公安窗口建设。（责任单位：区公安分局）\n2.推进公安审批改革。（责任单位：区公安分局、区政务办）\n", "荆州市公安县"},
		{"a riverside is no 滨江区", "滨江地区综合整治方案\n1.建设滨江绿道。（责任单位：区建委）\n2.提升滨江公园品质。（责任单位：区绿化市容局）\n", "杭州市滨江区"},
		{"合作 is no 合作市", "区域合作工作方案\n1.深化合作交流。（责任单位：区发改委）\n2.推进合作项目。（责任单位：区商务委）\n", "甘南藏族自治州合作市"},
		{"光明工程 is no 光明区", "光明行动工作方案\n1.实施光明工程。（责任单位：区卫健委）\n2.推进光明行动。（责任单位：区教育局）\n", "深圳市光明区"},
		{"新建 a school is no 新建区", "新建学校工作方案\n1.新建小学2所。（责任单位：区教育局）\n2.新建幼儿园3所。（责任单位：区住建局）\n", "南昌市新建区"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := plan.ParseText("c.txt", tc.text, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.City == tc.notIn {
				t.Errorf("placed in %q, a county whose short name is an ordinary word of the text", d.City)
			}
		})
	}
}

// TestRev47TaskRowIsNoSignature: pageEndSignature (parse.go) takes any line of the first 60 that ends
// "。 <a body> <a full date>" for the signature. A task row that gives its unit and completion day
// after its sentence ("1.新建幼儿园3所…。 区教育局 2024年9月30日") then names the plan's issuer and issue
// day, and every "自本方案印发之日起…" deadline is counted from that completion day. 76a58de read no
// signature there.
func TestRev47TaskRowIsNoSignature(t *testing.T) {
	text := "某某区2024年民生实事项目实施方案\n一、项目安排\n1.新建幼儿园3所，新增学位900个。 区教育局 2024年9月30日\n2.改造老旧小区10个，惠及居民3000户。 区住建局 2024年12月31日\n二、保障措施\n（一）建立项目台账，自本方案印发之日起1个月内完成。（牵头单位：区发改委）\n（二）加强督查，每季度通报一次进展。（牵头单位：区政府督查室）\n"
	d, err := plan.ParseText("r.txt", text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("the lead unit of a row is no issuer", func(t *testing.T) {
		if d.Issuer == "区教育局" {
			t.Errorf("issuer %q: the first row's lead unit", d.Issuer)
		}
	})
	t.Run("a row's completion day is no issue day", func(t *testing.T) {
		if d.Issued.String() == "2024-09-30" {
			t.Errorf("issued %v: the first row's completion day", d.Issued)
		}
	})
	t.Run("a time from issue is not counted from a row's day", func(t *testing.T) {
		for _, tk := range d.Tasks {
			for _, dl := range tk.Deadlines {
				if dl.Date.String() == "2024-10-30" {
					t.Errorf("%q due %v: one month after a row's completion day", tk.Text, dl.Date)
				}
			}
		}
	})
}

// TestRev47DateAfterLastSentenceIsADeadline: the new rule in notADeadline (dates.go) drops any full
// date with 年 standing right after a 。 at the end of an item's text as "the day it was signed". An
// item that ends with its completion day ("…全面完成改造任务。 2024年12月31日") loses its deadline and
// falls back to the plan's year. Signatures are written in Chinese numerals (二○一○年一月十三日) and
// end the document; completion days in Arabic ones end an item. 76a58de kept these deadlines.
func TestRev47DateAfterLastSentenceIsADeadline(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a completion day after the item's sentence", "某某区2023年重点工作任务分解方案\n一、主要任务\n1.新建幼儿园3所，新增学位900个。 2024年9月30日\n2.改造老旧小区10个，全面完成改造任务。 2024年12月31日\n", "2024-12-31"},
		{"a completion day after the lead unit's sentence", "某某区2023年重点工作任务分解方案\n一、主要任务\n1.新建幼儿园3所，新增学位900个。区教育局。2024年9月30日\n2.改造老旧小区10个，全面完成改造任务。区住建局。2024年12月31日\n", "2024-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := plan.ParseText("d.txt", tc.text, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Tasks) < 2 {
				t.Fatalf("%d tasks, want 2", len(d.Tasks))
			}
			var got []string
			for _, dl := range d.Tasks[1].Deadlines {
				if !dl.Inherited {
					got = append(got, dl.Date.String())
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("deadlines of its own %v, want [%s]", got, tc.want)
			}
		})
	}
}
