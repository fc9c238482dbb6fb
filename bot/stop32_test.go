package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop32Questions: what stop 32's questions (round 41) taught, each a general rule.
func TestStop32Questions(t *testing.T) {
	measures := parsed(t, "cs.txt", "关于促进房地产市场平稳健康发展的若干措施\n为落实“稳地价、稳房价、稳预期”的要求，促进房地产市场平稳健康发展，结合我市实际，制定本措施。\n"+
		"一、优化土地出让方式。（责任单位：市自然资源局）\n二、调整公积金贷款政策。（责任单位：市公积金中心）\n本措施自发布之日起施行，有效期2年，由市房管中心负责解释。\n")
	measures.City = "宿州市"
	rules := parsed(t, "xz.txt", "关于贯彻执行《关于促进房地产市场平稳健康发展的若干措施》的实施细则\n一、优化土地出让方式\n（一）适用范围：热点区域的重点地块。\n（二）责任单位及承办科室：市自然资源局，储备中心。\n")
	rules.City = "宿州市"
	e := engineOver(t, measures, rules)
	for _, c := range []struct {
		name, q   string
		want, not []string
	}{
		{"who interprets a plan is a fact of it", "宿州的若干措施由谁负责解释?", []string{"市房管中心"}, nil},
		{"a term given by its length is the plan's period", "宿州的若干措施有效期多久?", []string{"有效期2年"}, nil},
		{"a plan's purpose answers what it aims at when it sets no figures", "宿州的若干措施想达到什么目标?", []string{"稳房价"}, nil},
		{"a title named is the plan titled so, not the rules that cite it in 《》", "宿州若干措施里有哪些条?", []string{"公积金"}, []string{"实施细则"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := ask(t, e, c.q)
			for _, w := range c.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("the answer lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range c.not {
				if strings.Contains(a.Text, w) {
					t.Errorf("the answer says %q:\n%s", w, a.Text)
				}
			}
		})
	}
	t.Run("a follow-up about another city finds the unit that does the same there", func(t *testing.T) {
		county := parsed(t, "ca.txt", "关于支持房地产业良性循环和健康发展的十条政策措施\n一、实施住房公积金阶段性支持政策。（责任单位：县住房公积金中心）\n二、推行交房即交证。（责任单位：县自然资源局）\n")
		county.City = "邯郸市成安县"
		e := engineOver(t, measures, county)
		first := ask(t, e, "宿州市公积金中心负责什么?")
		a := askAfter(t, e, first, "那成安的呢?")
		if !strings.Contains(a.Text, "县住房公积金中心") || !strings.Contains(a.Text, "阶段性支持政策") || strings.Contains(a.Text, "交房即交证") {
			t.Errorf("want 成安县's housing fund centre and its task:\n%s", a.Text)
		}
	})
	t.Run("when a plan takes effect (实行); English handle is no topic", func(t *testing.T) {
		d := parsed(t, "ah.txt", "关于促进安化县房地产市场平稳健康发展的若干政策措施\n一、全面推行新建商品房“交房即交证”。自今年7月1日起全面实施。（责任单位：县自然资源局、县税务局）\n本政策措施自2022年6月1日起实行，有效期至2023年12月31日止。\n")
		d.City = "益阳市安化县"
		e := engineOver(t, d)
		if a := ask(t, e, "安化县的房地产政策从哪天开始实行，有效期到什么时候?"); !strings.Contains(a.Text, "2022-06-01") || !strings.Contains(a.Text, "2023-12-31") {
			t.Errorf("want both days:\n%s", a.Text)
		}
		if a := ask(t, e, "Which tasks does the Anhua county tax bureau handle?"); !strings.Contains(a.Text, "交房即交证") {
			t.Errorf("handle is no topic:\n%s", a.Text)
		}
	})
	t.Run("how often a body meets, said in another sentence of the task that says 定期", func(t *testing.T) {
		d := parsed(t, "ss.txt", "某区建设工程砂石材料保障供应实施方案\n五、保障措施\n（一）为构建全区砂石保障供应长效机制，区交通与建设局牵头建立联席会议制度，负责定期召集各成员单位协调存在问题。联席会议原则上每季度召开一次，涉及重要的事项，可提请管委会研究决定。\n")
		e := engineOver(t, d)
		a := ask(t, e, "砂石联席会议谁牵头, 多久开一次?")
		if !strings.Contains(a.Text, "每季度") || a.Outcome != OutcomeAnswered {
			t.Errorf("want 每季度:\n%s", a.Text)
		}
	})
	t.Run("这几个方案 points at the plans loaded, it asks for no list of plans", func(t *testing.T) {
		d := parsed(t, "zb.txt", "某区正版软件工作实施方案\n一、任务\n1.开展软件正版化检查。（责任单位：区国资局）\n")
		d.City = "福州市平潭县"
		e := engineOver(t, d)
		a := ask(t, e, "平潭这几个方案里有每个月都要做的事吗?")
		if a.Intent != "frequency" || !strings.Contains(a.Text, "没有") {
			t.Errorf("want monthly duties (none), got %s:\n%s", a.Intent, a.Text)
		}
	})
	t.Run("a modal and a verb before 多少 (要新增多少) are no topic", func(t *testing.T) {
		answerHas(t, parsed(t, "gj.txt", "某区任务分解表\n一、任务\n1.加快发展公交。全省新增、更新公交车800辆，新增公交线路40条以上。（区交建局牵头）\n"), "公交车要新增多少辆、线路多少条?", []string{"800辆"}, nil)
	})
	t.Run("a safeguard measure's monthly duty is among the tasks a monthly question lists", func(t *testing.T) {
		d := parsed(t, "kh.txt", "某市服务业发展实施方案\n一、重点任务\n1.培育龙头企业。（责任单位：市发改委）\n二、保障措施\n（一）加强考核评价。建立月度通报制度，每月10日前由市发改委对工作落实情况给予通报。\n")
		e := engineOver(t, d)
		a := ask(t, e, "每个月固定要做的有哪些？")
		if len(a.Tasks) == 0 || !strings.Contains(a.Text, "月度通报") {
			t.Errorf("want the measure's duty among the tasks (%v):\n%s", a.Tasks, a.Text)
		}
	})
	t.Run("没写由哪个单位负责 asks for the tasks with no unit", func(t *testing.T) {
		answerHas(t, parsed(t, "zt.txt", "某区渣土车安全监管实施意见\n一、工作措施\n1.全面普查摸底。（责任单位：区渣土办）\n2.注重长效管理，建立健全管理制度。\n"), "渣土车方案里哪些工作没写由哪个单位负责？", []string{"长效管理"}, []string{"普查摸底"})
	})
	t.Run("dated work under 工作要求 naming no unit is a task that falls due", func(t *testing.T) {
		d := parsed(t, "js.txt", "某片区2023年专项整治工作方案\n一、工作举措\n1.持续推进问题排查。（责任单位：各村）\n二、工作要求\n（一）升级村级财务网上公开系统（10月31日前）。8月底前，完成53个村集体经济组织成员信息录入平台。\n")
		e := engineOver(t, d)
		a, err := e.Answer(context.Background(), Question{Text: "2023年8月份到期的任务有哪些？", Now: fixedClock("2023-08-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "53") && !strings.Contains(a.Text, "财务网上公开") {
			t.Errorf("want the dated work:\n%s", a.Text)
		}
	})
	t.Run("其中哪些是和X一起负责的 narrows the previous unit's tasks to those X shares", func(t *testing.T) {
		d := parsed(t, "zs.txt", "某市服务业实施方案\n一、任务\n1.建设综合保税区。（责任单位：市商务局、市招商中心）\n2.招引服务业主体。（责任单位：市招商中心）\n")
		d.City = "衢州市"
		e := engineOver(t, d)
		first := ask(t, e, "衢州市招商中心负责哪些工作?")
		a := askAfter(t, e, first, "其中哪些是和市商务局一起负责的?")
		if !strings.Contains(a.Text, "综合保税区") || strings.Contains(a.Text, "招引服务业主体") {
			t.Errorf("want the shared task alone:\n%s", a.Text)
		}
	})
	t.Run("a figure asked with when says the date its sentence gives", func(t *testing.T) {
		e := NewEngine(seedIndex(t), Options{Now: fixedClock("2026-12-02")})
		a := ask(t, e, "鹿城的公共海外仓要在什么时候前创成几家?")
		if !strings.Contains(a.Text, "2023-12-31") || !strings.Contains(a.Text, "2家") {
			t.Errorf("want the figure and its date:\n%s", a.Text)
		}
	})
	t.Run("a plan named by a two-character abbreviation (人影方案)", func(t *testing.T) {
		answerHas(t, parsed(t, "ry.txt", "某区推进人工影响天气工作高质量发展实施方案\n一、任务\n1.健全安全监管体系。定期开展人工影响天气应急演练。（区执法应急局负责）\n"), "人影方案里应急演练多久搞一次?", []string{"定期"}, nil)
	})
	t.Run("an abbreviation is a pair of words' first characters", func(t *testing.T) {
		for _, c := range []struct {
			title, ab string
			want      bool
		}{{"推进人工影响天气工作方案", "人影", true}, {"人影工作方案", "人影", false}, {"人口影像方案", "人影", true}, {"人才方案", "人影", false}} {
			if got := abbrevIn([]rune(c.title), []rune(c.ab)); got != c.want {
				t.Errorf("%s in %s: %v", c.ab, c.title, got)
			}
		}
	})
	t.Run("a long sentence is quoted around the figure asked", func(t *testing.T) {
		long := "围绕旅游文化康体、物流贸易、总部经济、新兴产业、传统产业转型升级等实验区主导产业方向，力争到2020年底，策划生成100个产业项目，签约80个项目，新引进投资额3000万元以上项目300个，其中包含30个以上用地项目，外资企业180个（其中台资企业150个），新引进项目投资额200亿元以上"
		if got := clipAround(long, []string{"外资企业"}, 80); !strings.Contains(got, "180个") {
			t.Errorf("want the figure in the quote: %s", got)
		}
		if got := clipAround("短句", []string{"外资"}, 80); got != "短句" {
			t.Errorf("a short sentence stays whole: %s", got)
		}
	})
	t.Run("who drew a plan up, as its notice says (X联合Y制定了《…》)", func(t *testing.T) {
		d := parsed(t, "yl.txt", "关于印发《关于加强养老机构消防安全标准化管理的实施意见》的通知\n沪民养老发〔2023〕11号\n各区民政局：\n为深入贯彻《消防法》，市民政局联合市消防救援总队制定了《关于加强养老机构消防安全标准化管理的实施意见》，现印发给你们，请遵照执行。\n关于加强养老机构消防安全标准化管理的实施意见\n一、任务\n1.开展达标示范创建。（责任单位：各区民政局）\n")
		d.City = "上海市"
		e := engineOver(t, d)
		a := ask(t, e, "养老机构消防安全标准化管理实施意见是哪两个部门联合制定的？")
		if !strings.Contains(a.Text, "市民政局") || !strings.Contains(a.Text, "市消防救援总队") {
			t.Errorf("want both bodies:\n%s", a.Text)
		}
	})
	t.Run("那所有方案里呢 asks the question before of every plan; 只看X的呢 of X alone", func(t *testing.T) {
		gz := parsed(t, "gz.txt", "关于推进民主法治建设的实施意见\n一、任务\n1.发挥统一战线凝心聚力作用。（市委统战部牵头）\n")
		gz.City = "广州市"
		hz := parsed(t, "hz.txt", "某市人才工作方案\n一、任务\n1.做好党外人才工作。（市委统战部牵头）\n")
		hz.City = "湖州市"
		e := engineOver(t, gz, hz)
		first := ask(t, e, "广州市委统战部牵头哪些？")
		if a := askAfter(t, e, first, "那所有方案里呢？"); !strings.Contains(a.Text, "党外人才") || !strings.Contains(a.Text, "统一战线") {
			t.Errorf("want both plans' tasks:\n%s", a.Text)
		}
		all := ask(t, e, "市委统战部牵头哪些？")
		if a := askAfter(t, e, all, "只看湖州的呢？"); !strings.Contains(a.Text, "党外人才") || strings.Contains(a.Text, "统一战线") {
			t.Errorf("want 湖州's task alone:\n%s", a.Text)
		}
	})
	t.Run("a figure per thing (一辆最多补多少) is asked, not a topic", func(t *testing.T) {
		answerHas(t, parsed(t, "dg.txt", "关于奋力实现一季度经济开门红的若干措施\n一、措施\n1.激发需求促消费。安排8000万元发放汽车购新补贴，最高补贴5000元/辆。（责任单位：市商务局）\n"), "汽车购新补贴是谁负责的？一辆最多补多少？", []string{"5000元", "市商务局"}, nil)
	})
	t.Run("the first of the dates asked for (最早的时间节点)", func(t *testing.T) {
		d := parsed(t, "nf.txt", "某区2020年农村房屋安全隐患排查整治工作方案\n一、工作步骤\n1.建立工作小组，12月9日前完成。（责任单位：各乡镇）\n2.全面排查，2021年6月底前完成。（责任单位：各乡镇）\n")
		answerHas(t, d, "农房整治最早的时间节点是哪天？要做什么？", []string{"工作小组"}, []string{"全面排查"})
		answerHas(t, d, "农房整治最后一个节点是什么？", []string{"全面排查"}, []string{"工作小组"})
	})
	t.Run("a search in everyday words finds the plan's own (买房 → 购房)", func(t *testing.T) {
		if got := withNearWords("买房补贴还能申请吗"); got != "购房补贴还能申请吗" {
			t.Errorf("got %s", got)
		}
		d := parsed(t, "jl.txt", "吉林市进一步促进房地产消费若干措施\n吉市政办发〔2023〕11号\n一、措施\n1.积极支持二、三孩家庭购房。政府每平方米补贴100元。申报购房补贴截止时间为2024年6月30日。（责任部门：市住房和城乡建设局）\n")
		d.City = "吉林市"
		e := engineOver(t, d)
		a := ask(t, e, "吉林市买房补贴还能申请吗？截止到哪天？")
		if !strings.Contains(a.Text, "2024年6月30日") {
			t.Errorf("want the day:\n%s", a.Text)
		}
	})
}

// askAfter asks q in the conversation of the answer before it.
func askAfter(t *testing.T, e *Engine, before Answer, q string) Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), Question{Text: q, Context: before.Context, Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// answerHas asks q of an engine over d and checks that the answer says each of want and none of not.
func answerHas(t *testing.T, d *plan.Document, q string, want, not []string) {
	t.Helper()
	a := ask(t, engineOver(t, d), q)
	for _, w := range want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("%s: the answer lacks %q:\n%s", q, w, a.Text)
		}
	}
	for _, w := range not {
		if strings.Contains(a.Text, w) {
			t.Errorf("%s: the answer says %q:\n%s", q, w, a.Text)
		}
	}
}

// TestReviewOfStop32Questions: what a review of stop 32's question rules found them misreading.
func TestReviewOfStop32Questions(t *testing.T) {
	d := parsed(t, "gy.txt", "某市公园配套服务经营指导意见\n一、任务\n1.丰富公园便民商业业态。（责任单位：市城市管理局、市商务委）\n2.建立工作小组，12月9日前完成。（责任单位：各区）\n3.全面排查，2021年6月底前完成。（责任单位：各区）\n")
	t.Run("谁来制定 of a piece of work asks its owner, not the plan's issuer", func(t *testing.T) {
		answerHas(t, d, "公园便民商业业态由谁来制定？", []string{"市城市管理局"}, nil)
	})
	t.Run("the latest deadlines of each (最迟期限分别) are every task's", func(t *testing.T) {
		answerHas(t, d, "各项工作的最迟期限分别是哪天？", []string{"工作小组", "全面排查"}, nil)
	})
}
