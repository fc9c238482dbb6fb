package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq61Plan is a district's campaign plan, written for these tests: a first step due by a day of
// the plan's year, a report due later, and a market check that recurs each month.
const fixq61Plan = `长乐区燃气安全专项整治工作方案
（长政办〔2022〕31号）

一、工作步骤
（一）全面摸底排查，建立隐患台账（8月20日前完成）。对辖区内餐饮场所、集贸市场燃气使用情况开展全面排查，逐一登记存在的安全隐患，确保不留死角。（责任单位：区住建局）
（二）报送排查情况。各镇街将排查整治情况汇总后于9月15日前报区住建局。（责任单位：各镇街）
二、保障措施
（一）加强燃气质量监督。组织全区燃气具、减压阀等进行质量安全监测，每个月至少快速检测抽检1次，一旦检测发现不合格产品，立即启动执法程序调查处理。（责任单位：区市场监管局、区住建局）
`

var fixq61Shared sharedIndex

// fixq61Ask asks s on day.
func fixq61Ask(t *testing.T, s, day string) Answer {
	t.Helper()
	e := NewEngine(fixq61Shared.get(t, "fixq61", false, fixq61Plan), Options{})
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock(day)()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestFixQ61_QuoteSaysDeadline: a question asking when of one task the search quotes ("截止日过了
// 没有?", "截止日期是哪天?", "什么时候前报?") is answered with the task's deadline as a day and
// whether it has passed on the day asked.
func TestFixQ61_QuoteSaysDeadline(t *testing.T) {
	for _, c := range []struct {
		name, q, day string
		want         []string
	}{
		{"PassedAsked", "长乐燃气安全专项整治全面摸底排查的截止日过了没有?", "2022-09-01", []string{"2022-08-20", "逾期|已过 12 天"}},
		{"DayAsked", "长乐燃气安全整治摸底排查的截止日期是哪天?", "2022-08-10", []string{"2022-08-20", "还有 10 天"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq61Ask(t, c.q, c.day)
			for _, w := range c.want {
				if !slices.ContainsFunc(strings.Split(w, "|"), func(s string) bool { return strings.Contains(a.Text, s) }) {
					t.Errorf("lacks %q:\n%s", w, a.Text)
				}
			}
		})
	}
}

// TestFixQ61_FrequencyQuoteNamesUnits: a recurring duty quoted from its plan's words, asked how
// often and who, names the task's units as the frequency list does.
func TestFixQ61_FrequencyQuoteNamesUnits(t *testing.T) {
	a := fixq61Ask(t, "长乐燃气具减压阀质量安全快速检测多久做一次?谁负责?", "2022-09-01")
	for _, w := range []string{"每个月", "区市场监管局"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("lacks %q:\n%s", w, a.Text)
		}
	}
}

// TestFixQ61_FrequencySaidNamesUnits: where no duty the search ranked says how often and the plan's
// words are quoted instead, the task that holds them names its units too.
func TestFixQ61_FrequencySaidNamesUnits(t *testing.T) {
	ix := fixq61Shared.get(t, "fixq61", false, fixq61Plan)
	e := NewEngine(ix, Options{})
	d, err := plan.ParseDay("2022-09-01")
	if err != nil {
		t.Fatal(err)
	}
	q := e.Parser().Parse("长乐燃气具减压阀质量安全快速检测多久做一次?谁负责?", Context{}, d)
	a := e.frequencyAnswer(context.Background(), newComposer("zh"), &q, result{docs: ix.Docs()})
	for _, w := range []string{"每个月", "区市场监管局"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("lacks %q:\n%s", w, a.Text)
		}
	}
}
