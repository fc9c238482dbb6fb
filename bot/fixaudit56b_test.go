package bot

import (
	"fmt"
	"strings"
	"testing"
)

// fixaudit56b: audit 56's findings 4–8 on rules of fixrev78a/b and fixq56a/b, each misfire a case
// below on a made-up plan.

// Audit 4: 最后一项 with no list before it (or none whose last line is shown) names no line; the
// question is asked of what it names, as it would be without the words.
func TestFixaudit56b_LastItemWithoutAList(t *testing.T) {
	for _, c := range []struct {
		q         string
		want, not []string
	}{
		{"桐庐村庄绿化方面最后一项由谁牵头?", []string{"村庄绿化"}, []string{"违法建筑", "污水治理"}},
		{"桐庐公路安防最后那条什么时候到期?", []string{"公路安防"}, []string{"违法建筑", "村庄绿化"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, fix78bTonglu, "2026-12-07", c.q)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("want %s; the answer (%d tasks):\n%.400s", s, len(a.Tasks), a.Text)
				}
			}
			for _, s := range c.not {
				if names(s) {
					t.Errorf("%s is not on the topic; the answer (%d tasks):\n%.400s", s, len(a.Tasks), a.Text)
				}
			}
		})
	}
	// Of one plan, its last task.
	a, names := rev73Ask(t, fix78bTonglu, "2026-12-07", "桐庐这个方案最后一条讲的什么?")
	if len(a.Tasks) != 1 || !names("工作开展情况") {
		t.Errorf("the plan's last task; the answer (%d tasks):\n%.400s", len(a.Tasks), a.Text)
	}
	e := NewEngine(textIndex(t, fix78bTonglu), Options{})
	if q := parseOn(t, e, "桐庐村庄绿化方面最后一项由谁牵头?"); q.item != 0 {
		t.Errorf("no list before: item %d, want 0", q.item)
	}
}

// Audit 5: the units in a role asked right after a list are those of the listed tasks, not every
// unit of the plan counted.
func TestFixaudit56b_UnitsByRoleAfterAList(t *testing.T) {
	for _, c := range []struct {
		q       string
		in, out []string
	}{
		{"哪些单位配合?", []string{"县自然资源规划局", "县生态环境局"}, []string{"县司法局", "县财政局", "县应急管理局"}},
		{"有哪些牵头单位?", []string{"县林业局", "县农业农村局"}, []string{"县城市管理局", "县交通运输局"}},
		{"哪几个部门参与?", []string{"县自然资源规划局", "县生态环境局"}, []string{"县司法局", "县公安局"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, _ := rev73Ask(t, fix78bTonglu, "2026-12-07", "林业局负责哪些任务?", c.q)
			for _, u := range c.in {
				if !strings.Contains(a.Text, u) {
					t.Errorf("want %s; the answer (%s, %s):\n%.500s", u, a.Intent, a.Outcome, a.Text)
				}
			}
			for _, u := range c.out {
				if strings.Contains(a.Text, u) {
					t.Errorf("%s takes part in none of the listed tasks; the answer:\n%.500s", u, a.Text)
				}
			}
		})
	}
}

// Audit 6: time left (还剩几个月, 还剩几个工作日, 还剩多少天) asks no status; tasks left (还剩几项,
// 还剩哪些) ask those not done.
func TestFixaudit56b_TimeLeftIsNoStatus(t *testing.T) {
	e := NewEngine(textIndex(t, fix78bTonglu), Options{})
	for _, s := range []string{"桐庐污水治理离年底还剩几个月?", "桐庐违法建筑整治还剩几个工作日到期?", "桐庐村庄绿化还剩多少天?", "桐庐垃圾收运还剩几周?"} {
		if q := parseOn(t, e, s); q.Status != "" {
			t.Errorf("%s: status %q, want none", s, q.Status)
		}
	}
	for _, s := range []string{"桐庐城管局还剩几项?", "桐庐城管局还剩哪些?", "桐庐城管局的任务还剩下几个?"} {
		if q := parseOn(t, e, s); q.Status != StatusOpen {
			t.Errorf("%s: status %q, want %q", s, q.Status, StatusOpen)
		}
	}
	// After the tasks marked done, time left is still no count of tasks left.
	a, _ := rev78AskMarked(t, fix78bTonglu, "县城市管理局", []string{"垃圾收运"}, "城管局负责几项?", "完成了几项?", "离年底还剩几个月?")
	if a.Intent == KindCount && strings.Contains(a.Text, "违法建筑") && !strings.Contains(a.Text, "2027-") {
		t.Errorf("time left is no count of tasks; the answer (%s):\n%.400s", a.Intent, a.Text)
	}
}

// Audit 7: a place's own street office (浦江街道, 城关街道) is a unit of its own, not the plan's group
// 各镇（街道）; 街道 alone or 各街道 asked for its tasks is the group.
func TestFixaudit56b_NamedStreetIsNoGroup(t *testing.T) {
	e := NewEngine(textIndex(t, fixrev78aCounty), Options{})
	group := func(q Query) bool {
		return strings.Contains(fmt.Sprint(q.refs), "各镇（街道）")
	}
	for _, s := range []string{"临川城关街道要做哪些工作?", "临川县桃源街道有几项任务?"} {
		if q := parseOn(t, e, s); group(q) {
			t.Errorf("%s: read as the group: units %v topic %v", s, q.Units, q.Topic)
		}
	}
	for _, s := range []string{"临川街道要做哪些工作?", "临川各街道有几项任务?"} {
		if q := parseOn(t, e, s); !group(q) {
			t.Errorf("%s: want the group 各镇（街道）: units %v topic %v", s, q.Units, q.Topic)
		}
	}
}
