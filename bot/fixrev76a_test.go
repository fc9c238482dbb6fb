package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Fixes for review 76 (fixrev76a): windows said with thirds of a month, two days across the year's
// end and 之间; what falls due or is to be done keeping recurring duties; how long a task is overdue;
// 各 after two units; "这两项" after a list. The plan below is made up for these tests.

// fixrev76aPlan is a county's plan of the usual form: numbered items each closed by a bracketed
// 牵头单位 and 配合单位, dates of a day and of a month's end, and a duty that recurs every month.
const fixrev76aPlan = `青石县2027年城乡供水保障提升工作方案

一、重点任务
1.2026年12月8日前完成供水管网漏损排查。（牵头单位：县水利局；配合单位：县财政局）
2.2026年12月18日前完成水厂应急预案修订。（牵头单位：县水利局；配合单位：县应急管理局）
3.2026年12月28日前完成农村水质检测设备采购。（牵头单位：县卫健局；配合单位：县财政局、县水利局）
4.2027年1月10日前制定二次供水设施改造计划。（牵头单位：县住建局；配合单位：县水利局）
5.每月开展一次供水安全巡查。（牵头单位：县水利局；配合单位：县卫健局）
6.2026年11月25日前完成水源地保护标识设置。（牵头单位：县生态环境分局）
7.2027年4月底前完成农村供水工程维修养护。（牵头单位：县水利局；配合单位：县财政局）

青石县人民政府办公室
2026年10月20日
`

// window: a third of a month (上旬 1–10, 中旬 11–20, 下旬 21–end; with 前 from the month's start), two
// days without years the second of which comes first in the calendar (the next year's), and 之间 or
// 期间 after a span, which the window takes in (so it is no topic).
func TestFixrev76a_WindowWords(t *testing.T) {
	today := plan.NewDay(2026, 12, 7)
	for _, c := range []struct{ q, from, to, text string }{
		{"11月下旬要完成哪些", "2026-11-21", "2026-11-30", "11月下旬"},
		{"2月上旬到期的", "2026-02-01", "2026-02-10", "2月上旬"},
		{"8月中旬前完成的任务", "2026-08-01", "2026-08-20", "8月中旬前"},
		{"12月底前完成的", "2026-12-01", "2026-12-31", "12月底前"},
		{"本月下旬有什么到期", "2026-12-21", "2026-12-31", "本月下旬"},
		{"下个月上旬要做什么", "2027-01-01", "2027-01-10", "下个月上旬"},
		{"11月20日至2月5日到期的", "2026-11-20", "2027-02-05", "11月20日至2月5日"},
		{"4月3日到9日之间有什么", "2026-04-03", "2026-04-09", "4月3日到9日之间"},
		{"6月1日到明年6月1日", "2026-06-01", "2027-06-01", "6月1日到明年6月1日"},
		{"7月到9月期间到期的", "2026-07-01", "2026-09-30", "7月到9月期间"},
		{"2025年3月至2025年8月之间", "2025-03-01", "2025-08-31", "2025年3月至2025年8月之间"},
	} {
		from, to, text, _ := window(c.q, today)
		if from.String() != c.from || to.String() != c.to || text != c.text {
			t.Errorf("%s: got %s — %s (%q), want %s — %s (%q)", c.q, from, to, text, c.from, c.to, c.text)
		}
	}
}

// Asked on the plan above.
func TestFixrev76a_OnAPlan(t *testing.T) {
	ask := func(qs ...string) (Answer, func(string) bool) {
		t.Helper()
		return rev73Ask(t, fixrev76aPlan, "2026-12-07", qs...)
	}
	t.Run("what falls due or is to be done", func(t *testing.T) {
		for _, q := range []string{"这个月有哪些到期或者要做的?", "下个月有什么要到期或要做的?"} {
			a, names := ask(q)
			if !names("供水安全巡查") {
				t.Errorf("%s: the monthly 巡查 is to be done in it:\n%s", q, a.Text)
			}
		}
		// What falls due alone is the dated items, as the open question sets read it.
		a, names := ask("这个月有哪些任务到期?")
		if names("供水安全巡查") || !names("水厂应急预案") {
			t.Errorf("本月到期: the dated items only:\n%s", a.Text)
		}
	})
	t.Run("a third of the month", func(t *testing.T) {
		a, names := ask("12月中旬到期的有哪些?")
		if !names("水厂应急预案") || names("漏损排查") || names("水质检测设备") {
			t.Errorf("12-11 to 12-20: item 2 alone:\n%s", a.Text)
		}
	})
	t.Run("two days across the year's end", func(t *testing.T) {
		a, names := ask("12月20日到1月15日之间有哪些任务到期?")
		if !names("水质检测设备") || !names("二次供水设施") || names("水厂应急预案") || names("维修养护") {
			t.Errorf("2026-12-20 to 2027-01-15: items 3 and 4:\n%s", a.Text)
		}
	})
	t.Run("how long overdue", func(t *testing.T) {
		a, names := ask("水源地保护标识设置超期几天了?")
		if !names("水源地保护标识") || !strings.Contains(a.Text, "已过 12 天") {
			t.Errorf("due 2026-11-25, 12 days before today:\n%s", a.Text)
		}
	})
	t.Run("each of two units", func(t *testing.T) {
		a, _ := ask("县水利局和县财政局各参与几项?")
		for _, l := range [][2]string{{"县水利局", "2 项"}, {"县财政局", "3 项"}} {
			ok := false
			for _, line := range strings.Split(a.Text, "\n") {
				ok = ok || strings.Contains(line, l[0]) && strings.Contains(line, l[1]) && !strings.Contains(line, "、")
			}
			if !ok {
				t.Errorf("a line of its own for %s (%s):\n%s", l[0], l[1], a.Text)
			}
		}
	})
	t.Run("these three after a list", func(t *testing.T) {
		a, names := ask("县财政局参与哪些?", "那三项分别由谁负责?")
		if len(a.Tasks) != 3 || !names("漏损排查") || !strings.Contains(a.Text, "县卫健局") {
			t.Errorf("the three items listed, with their leads:\n%s", a.Text)
		}
	})
}
