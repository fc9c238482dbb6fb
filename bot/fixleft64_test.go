package bot

import (
	"strings"
	"testing"
)

// TestFixleft64_FiguredStatus: asking for the tasks that set a figure (数字目标, 量化指标) filters on
// it; a task's own goal asked (具体目标是什么) or 多重 as "multiple" does not.
func TestFixleft64_FiguredStatus(t *testing.T) {
	for _, c := range []struct{ name, q, want string }{
		{"digit target", "哪些任务写了数字目标?", StatusFigured},
		{"quantified indicator", "安溪县方案里有哪些量化指标?", StatusFigured},
		{"english", "Which tasks set quantified targets?", StatusFigured},
		{"own goal asked", "这项任务的具体目标是怎么写的?", ""},
		{"no lead said with 部门", "哪些任务没有部门牵头?", StatusNoLead},
		{"no unit at all", "哪些任务没有人负责?", StatusNoUnit},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := status(c.q, "zh"); got != c.want {
				t.Errorf("status(%q) = %q, want %q", c.q, got, c.want)
			}
		})
	}
}

// TestFixleft64_FiguredTasks: the tasks that set a figure are listed, with their dates when a window
// is asked; a task with no figure is not.
func TestFixleft64_FiguredTasks(t *testing.T) {
	doc := "安溪县2026年茶产业提升工作方案\n一、主要任务\n" +
		"（一）扩大生态茶园。到2027年底，全县生态茶园面积达到30万亩。（牵头单位：县农业农村局）\n" +
		"（二）加强品牌宣传。持续开展茶文化宣传活动。（牵头单位：县文旅局）\n" +
		"（三）培育龙头企业。到2026年底，新增省级龙头企业5家。（牵头单位：县工信局）\n"
	e := NewEngine(textIndex(t, doc), Options{})
	for _, c := range []struct {
		name, q       string
		want, notWant []string
	}{
		{"all", "安溪县哪些任务有量化指标?", []string{"生态茶园", "龙头企业"}, []string{"品牌宣传"}},
		{"in a window", "安溪县哪些有2027年要完成的量化指标?", []string{"生态茶园", "2027-12-31"}, []string{"品牌宣传", "龙头企业"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantIn(t, c.q, askOn(t, e, "2026-03-01", c.q)[0], c.want, c.notWant)
		})
	}
}

// TestFixleft64_AsksSum: how much money is asked of 预算, 经费, 资金 or 多少钱, not of how a sum grows.
func TestFixleft64_AsksSum(t *testing.T) {
	for _, c := range []struct {
		name, text string
		topic      []string
		want       bool
	}{
		{"budget", "方案的预算是多少?", []string{"预算"}, true},
		{"funds", "专项引导资金设多少?", []string{"专项引导资金"}, true},
		{"money", "补贴多少钱?", []string{"补贴"}, true},
		{"growth", "研发经费增长多少?", []string{"研发经费"}, false},
		{"share", "预算占比多少?", []string{"预算"}, false},
		{"count", "要建多少个项目?", []string{"项目"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := asksSum(&Query{Text: c.text, Topic: c.topic}); got != c.want {
				t.Errorf("asksSum(%q, %q) = %v, want %v", c.text, c.topic, got, c.want)
			}
		})
	}
}

// TestFixleft64_NamedPlatform: a bare place an act is done (在平台上留言, 在网上申请) is no topic word;
// a platform named (在企业服务平台上申报) is.
func TestFixleft64_NamedPlatform(t *testing.T) {
	for _, c := range []struct{ name, in, want, notWant string }{
		{"bare platform", "在平台上留言", "留言", "平台"},
		{"online", "在网上申请", "申请", "网上"},
		{"named platform", "在企业服务平台上申报", "企业服务平台", ""},
		{"named system", "在财政一体化系统填报", "财政一体化系统", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := namedPlatform(c.in)
			if !strings.Contains(got, c.want) || c.notWant != "" && strings.Contains(got, c.notWant) {
				t.Errorf("namedPlatform(%q) = %q, want %q and no %q", c.in, got, c.want, c.notWant)
			}
		})
	}
}

// TestFixleft64_TreatmentSense: treatment after a word for care is 救治/治疗, otherwise handling (处理).
func TestFixleft64_TreatmentSense(t *testing.T) {
	for _, c := range []struct{ name, in, want, notWant string }{
		{"medical", "medical treatment for the elderly", "救治", "处理"},
		{"emergency", "emergency treatment of the injured", "救治", "处理"},
		{"sewage", "sewage treatment plants", "处理", "治疗"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := translate(c.in); !strings.Contains(got, c.want) || strings.Contains(got, c.notWant) {
				t.Errorf("translate(%q) = %q, want %q and no %q", c.in, got, c.want, c.notWant)
			}
		})
	}
}
