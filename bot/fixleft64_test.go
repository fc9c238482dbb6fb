package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
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
		{"online platform", "在网上平台留言", "留言", "平台"},
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

// TestFixleft64_PlansMeeting: asked which plans meet a condition, only those that do are listed: a
// plan with a task overdue, a plan whose period runs on, one whose period is over.
func TestFixleft64_PlansMeeting(t *testing.T) {
	undated := "将乐县森林防火工作方案\n一、主要任务\n（一）加强森林防火宣传。（牵头单位：县林业局）\n"
	ended := "将乐县2024年春耕生产工作方案\n一、主要任务\n（一）做好春耕物资储备。（牵头单位：县农业农村局）\n"
	running := "将乐县2026—2028年竹产业发展行动方案\n一、主要任务\n（一）2026年6月底前建成竹材交易中心。（牵头单位：县商务局）\n" +
		"（二）2028年底前竹产业产值达到50亿元。（牵头单位：县工信局）\n"
	e := NewEngine(textIndex(t, undated, ended, running), Options{})
	for _, c := range []struct {
		name, q       string
		want, notWant []string
	}{
		{"overdue", "哪些方案有逾期任务?", []string{"竹产业", "有逾期任务的方案"}, []string{"森林防火"}},
		{"running", "哪些方案还没有结束?", []string{"竹产业", "森林防火"}, []string{"春耕"}},
		{"ended", "哪些方案已经结束了?", []string{"春耕"}, []string{"竹产业", "森林防火"}},
		{"all", "现在一共加载了几份方案?", []string{"森林防火", "竹产业", "春耕"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantIn(t, c.q, askOn(t, e, "2026-12-07", c.q)[0], c.want, c.notWant)
		})
	}
}

// TestFixleft64_CampaignAfterTitleWords: a field's name a plan's title holds, run on into a campaign's
// period word (月, 周, 节) that one of its items writes, names that item, not the plan.
func TestFixleft64_CampaignAfterTitleWords(t *testing.T) {
	doc := "大田县2027年消防宣传工作要点\n一、主要任务\n（一）开展火灾隐患排查整治。（牵头单位：县消防救援大队）\n" +
		"（二）开展消防宣传月活动，每年11月组织开展。（牵头单位：县应急管理局）\n" +
		"（三）每月5日前报送火灾统计。（牵头单位：县消防救援大队）\n"
	e := NewEngine(textIndex(t, doc), Options{})
	for _, c := range []struct {
		name, q       string
		want, notWant []string
	}{
		{"month campaign", "大田消防宣传月由谁负责?", []string{"县应急管理局"}, []string{"火灾隐患排查", "火灾统计"}},
		{"the plan itself", "大田消防宣传工作要点有几项任务?", []string{"3 项"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantIn(t, c.q, askOn(t, e, "2026-12-07", c.q)[0], c.want, c.notWant)
		})
	}
}

// TestFixleft64_TitleCutInList: a title that ends where its sentence goes on with a list's 、 is shown
// cut (…); a title that ends its clause is shown as it is.
func TestFixleft64_TitleCutInList(t *testing.T) {
	for _, c := range []struct{ name, title, text, want string }{
		{"cut in a list", "2026年底前在县", "2026年底前在县、乡两级全面推行。", "2026年底前在县…"},
		{"whole clause", "建立反映窗口", "建立反映窗口，全面设立。", "建立反映窗口"},
	} {
		t.Run(c.name, func(t *testing.T) {
			task := &plan.Task{ID: "x:1", Title: c.title, Text: c.text}
			if got := itemTitle(task); got != c.want {
				t.Errorf("itemTitle = %q, want %q", got, c.want)
			}
		})
	}
}

// TestFixleft64_SectionNoPlanNames: a bureau its plans name only by its sections, asked with a section
// none of them names (财务股负责哪些), is no question about those sections; a section they name is
// that section's; words that only end in 处 (牵头处理) name no section.
func TestFixleft64_SectionNoPlanNames(t *testing.T) {
	doc := "尤溪县2026年畜禽养殖污染整治方案\n一、主要任务\n（一）加强畜禽粪污资源化利用。（县农业农村局畜牧股）\n" +
		"（二）开展养殖水域巡查。（县农业农村局水产股）\n"
	e := NewEngine(textIndex(t, doc), Options{})
	lx := e.Parser().lex
	for _, c := range []struct {
		name, rest string
		want       bool
	}{
		{"section no plan names, asked of", "财务股负责哪些任务?", true},
		{"section the plans name", "畜牧股的任务", true},
		{"a verb ending in 处", "牵头处理哪些?", false},
		{"nothing after the bureau", "负责哪些任务?", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := lx.sectionAfter("县农业农村局", c.rest); got != c.want {
				t.Errorf("sectionAfter(县农业农村局, %q) = %v, want %v", c.rest, got, c.want)
			}
		})
	}
	q := "尤溪县农业农村局财务股负责哪些任务?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], nil, []string{"畜牧股", "水产股", "粪污", "巡查"})
}
