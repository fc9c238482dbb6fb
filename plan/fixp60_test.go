package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestFixp60_MinutesAgreedUnit: a meeting's decision that agrees to a unit's doing something ("同意X在…
// 实施…", "会议原则同意X…") names X as the one who does it, as a request ("请X…") does: the item is a task
// X leads. A government's consent (经区政府同意) names no one.
func TestFixp60_MinutesAgreedUnit(t *testing.T) {
	cases := []struct {
		name, item, anchor string
		lead               []string
	}{
		{"agreed", "1.为保障项目落地,同意区城投公司在产业园范围内依法依规收储土地300亩,建立土地储备机制。", "收储土地300亩", []string{"区城投公司"}},
		{"meeting agreed in principle", "1.会议原则同意区交通运输局于年内启动东环路改造工程,所需资金纳入预算。", "启动东环路改造工程", []string{"区交通运输局"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "某区城市建设领导小组会议纪要\n" +
				"会议听取了有关情况汇报。会议议定:\n" +
				c.item + "\n" +
				"2.区财政局要及早筹措征地资金,确保资金到位。\n" +
				"3.区自然资源局要做好土地报批工作。\n"
			d := fixp59Parse(t, "minutes.txt", text)
			tk := fixp59Task(d, c.anchor)
			if tk == nil {
				t.Fatalf("no task for the agreed item; tasks: %d", len(d.Tasks))
			}
			if !slices.Equal(tk.Lead, c.lead) {
				t.Errorf("lead %v, want %v", tk.Lead, c.lead)
			}
		})
	}
}

// TestFixp60_ConsentNamesNoOne: "经区政府同意" before the plan's words is a government's consent, no party.
func TestFixp60_ConsentNamesNoOne(t *testing.T) {
	text := "某区工作方案\n一、主要任务\n1.经区政府同意,区住建局在2027年底前完成老旧小区改造。\n"
	d := fixp59Parse(t, "consent.txt", text)
	tk := fixp59Task(d, "老旧小区改造")
	if tk == nil {
		t.Fatal("no task")
	}
	if slices.Contains(tk.Units(), "区政府") {
		t.Errorf("units %v: the consenting government read as a party", tk.Units())
	}
}

// TestFixp60_DecisionLabelRunIn: a page run together on one line, whose meeting decisions follow their
// label with nothing between ("…会议议定:1.…2.…"), opens its first item after the label, as "工作任务：1."
// does: the first decision is an item of its own, not words of the paragraph before.
func TestFixp60_DecisionLabelRunIn(t *testing.T) {
	for _, label := range []string{"会议议定:", "会议决定：", "会议研究议定如下："} {
		t.Run(label, func(t *testing.T) {
			text := "某区城市建设领导小组会议纪要" + strings.Repeat("会议听取了区住建局关于老旧小区改造推进情况的汇报，与会人员进行了认真讨论。", 10) + label +
				"1.为保障项目落地,同意区城投公司在产业园范围内依法依规收储土地300亩,建立土地储备机制。" +
				"2.区财政局要及早筹措征地资金,确保资金到位。3.区自然资源局要做好土地报批工作。"
			d := fixp59Parse(t, "minutes.txt", text)
			tk := fixp59Task(d, "收储土地300亩")
			if tk == nil {
				t.Fatalf("no task for the first decision; tasks: %d", len(d.Tasks))
			}
			if tk.Number != "1" || !slices.Equal(tk.Lead, []string{"区城投公司"}) {
				t.Errorf("task %q lead %v, want item 1 led by 区城投公司", tk.Number, tk.Lead)
			}
		})
	}
}
