package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestQuestionsStop44: what stop 44's material (rounds 73–78, reviews 47–48) taught, each case on a plan text of
// its own kind.
func TestQuestionsStop44(t *testing.T) {
	ask := askChain
	askOn := func(t *testing.T, e *Engine, day, s string) Answer {
		t.Helper()
		a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock(day)()})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	bureau := "某某县交通运输局关于分解2024年行风建设重点工作任务的通知\n\n各科室：\n\n一、整治道路运输乱收费问题。开展专项检查。（牵头单位：运管股，参与单位：法制股）\n\n二、规范路政执法行为。（牵头单位：路政大队，参与单位：法制股）\n\n三、加强工程招投标监管。（牵头单位：建管股）\n"
	t.Run("a body named before its own division asks of the division", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/ax-fj-pingtan-2012-land-bureau-anti-malpractice-task-split.txt"}), Options{})
		a := ask(t, e, "平潭县国土资源局法规科参与哪项工作?")
		if len(a.Tasks) != 1 || !strings.Contains(a.Text, "征地拆迁") || a.Context.Query == nil || len(a.Context.Query.Units) != 1 || len(a.Context.Query.Topic) > 0 {
			t.Errorf("%d tasks, want the one 法规科 takes part in, with no topic:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("每个牵头单位 counts by lead unit", func(t *testing.T) {
		e := NewEngine(textIndex(t, bureau), Options{})
		a := ask(t, e, "行风建设三项工作,每个牵头单位各牵头几项?")
		for _, want := range []string{"运管股：1 项", "路政大队：1 项", "建管股：1 项"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("no %q in the count by lead unit:\n%s", want, a.Text)
			}
		}
	})
	t.Run("a page of a division plan is no topic", func(t *testing.T) {
		e := NewEngine(textIndex(t, "(湖北省)某某市2023年政府工作报告目标任务责任分解方案\n\n1.推进学前教育发展。(牵头单位:市教育局;责任单位:各区人民政府)\n\n2.建设医疗综合体项目。(牵头单位:市卫健委)\n\n3.推进普通高中发展。(责任单位:市教育局)\n"), Options{})
		a := ask(t, e, "某某这页分解方案里,各牵头单位分别牵头几项?")
		if !strings.Contains(a.Text, "市教育局：2 项") || !strings.Contains(a.Text, "市卫健委：1 项") {
			t.Errorf("no count by lead unit:\n%s", a.Text)
		}
	})
	t.Run("a year before a plan's name asks what falls due that year", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某市关于推进民生幸福工程的实施意见\n\n一、主要任务\n\n1.发展职业技能培训。到2014年，各区建有1所职业技能培训学校。（责任单位：市人社局）\n\n2.完善住房保障。到2015年，建成保障房2万套。（责任单位：市住建局）\n"), Options{})
		a := askOn(t, e, "2014-03-01", "今年民生幸福工程里有哪些事要到期?")
		if len(a.Tasks) != 1 || !strings.Contains(a.Text, "2014-12-31") {
			t.Errorf("%d tasks, want the one due in 2014:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("a span of months in words is a window", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某自治州2020年优化营商环境工作计划\n\n一、重点任务\n\n1.加大简政放权力度，6月底完成。（牵头单位：州行政审批服务局）\n\n2.推进工程建设项目审批改革，10月底完成。（牵头单位：州住建局）\n"), Options{})
		a := askOn(t, e, "2020-04-10", "某某州接下来三个月内有什么到期?")
		if len(a.Tasks) != 1 || !strings.Contains(a.Text, "2020-07-10") {
			t.Errorf("%d tasks, want the one due in June:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("the rest of a city's name misspelt is no topic", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/s-hn-xiangxi-2020-business-env.txt"}), Options{})
		a := ask(t, e, "湘西自冶州有哪些任务?")
		if a.Context.Query == nil || len(a.Context.Query.Topic) > 0 || len(a.Tasks) == 0 {
			t.Errorf("a topic is left or no tasks (%d):\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("which of them must be done with a unit narrows the last list", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某区科技创新行动方案\n\n一、重点任务\n\n1.建设创新平台。（牵头单位：区科技局，配合单位：区财政局）\n\n2.培育科技企业。（牵头单位：区科技局）\n\n3.设立引导基金。（牵头单位：区财政局）\n"), Options{})
		a := ask(t, e, "区科技局牵头哪些工作?", "其中哪项要和区财政局一起做?")
		if len(a.Tasks) != 1 {
			t.Errorf("%d tasks, want the one both name:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("who asks and why is no topic", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某县2021年卫生健康重点工作任务\n\n1.创建国家卫生县城。（牵头单位：县卫健委）\n\n2.做好疫情防控。（牵头单位：县卫健委）\n"), Options{})
		a := ask(t, e, "我刚接手某某县卫健委的联络工作,我们委在这些方案里有哪些任务?")
		if len(a.Tasks) != 2 {
			t.Errorf("%d tasks, want both:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("a bureau that issued a plan to its own sections names the plan", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/ax-fj-pingtan-2012-land-bureau-anti-malpractice-task-split.txt"}), Options{})
		a := ask(t, e, "平潭国土局哪些任务跟违规用地、征地拆迁有关?")
		if q := a.Context.Query; len(a.Tasks) != 2 || a.Outcome != OutcomeAnswered || q == nil || len(q.Plans) != 1 {
			t.Errorf("%s, %d tasks, want the two on 违规用地 and 征地拆迁 in the bureau's plan:\n%s", a.Outcome, len(a.Tasks), a.Text)
		}
	})
	t.Run("which units join it after a unit's list names the units beside it", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某县乡村振兴重点任务清单\n\n1.保持帮扶政策总体稳定。（责任单位：县扶贫开发办牵头，县教育和体育局、县民政局等有关部门参加）\n\n2.推进农村改厕。（责任单位：县农业农村局）\n"), Options{})
		a := ask(t, e, "县扶贫开发办牵头什么工作?", "哪些单位配合它?")
		if len(a.Tasks) != 1 || !strings.Contains(a.Text, "县教育和体育局") || !strings.Contains(a.Text, "县民政局") {
			t.Errorf("%d tasks, want the one with the units beside it:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("during a year in English is that year's window", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某开发区2025年重点工作及责任清单\n\n1.推进项目建设，2025年6月底前完成。（责任单位：招商工作部）\n\n2.推进园区改造，2026年6月底前完成。（责任单位：规划建设局）\n"), Options{})
		a := ask(t, e, "What is due during 2025?")
		if len(a.Tasks) != 1 {
			t.Errorf("%d tasks, want the one due in 2025:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("主办 and 协办 are roles, never a topic", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某县2021年为民办实事工作计划\n\n一、改造老旧小区。（主办单位：县城投公司；协办单位：县住建局）\n\n二、新建农贸市场。（主办单位：县建发公司；协办单位：县住建局）\n\n三、建设城市书房。（主办单位：县住建局）\n"), Options{})
		if a := ask(t, e, "县住建局协办哪些项目"); len(a.Tasks) != 2 {
			t.Errorf("%d tasks, want the two it assists:\n%s", len(a.Tasks), a.Text)
		}
		if a := ask(t, e, "各主办单位分别主办几个项目?"); !strings.Contains(a.Text, "县城投公司：1 项") || !strings.Contains(a.Text, "县住建局：1 项") {
			t.Errorf("no count by lead unit:\n%s", a.Text)
		}
	})
	t.Run("round 76: a year asked of the last list, the units beside a unit, a newcomer's preamble", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某市加强城市基础设施建设的实施意见\n\n一、主要目标\n\n（一）基本建成城市道路交通网络。到2027年，公交出行比例达到50%。（责任单位：市住建局牵头，市发改委、市交通局参与）\n\n（二）完善排水设施。（责任单位：市水务局）\n"), Options{})
		if a := ask(t, e, "市住建局有几项目标?", "到哪年要完成?"); len(a.Tasks) != 1 || !strings.Contains(a.Text, "2027-12-31") {
			t.Errorf("%d tasks, want the one with its year:\n%s", len(a.Tasks), a.Text)
		}
		if a := ask(t, e, "市住建局牵头哪些工作?", "还有哪些单位一起负责、哪些参与?"); !strings.Contains(a.Text, "市发改委") || !strings.Contains(a.Text, "市交通局") {
			t.Errorf("the units beside it are missing (%+v):\n%s", a.Context.Query, a.Text)
		}
		if a := ask(t, e, "我刚到市住建局当联络员，我们局在这份意见里有哪些活?"); len(a.Tasks) != 1 {
			t.Errorf("%d tasks, want its one:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("a 片区 that issues a plan names it, and its 处室 are counted as units", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某片区国庆旅游整治方案\n\n一、整治内容\n\n（一）流动摊贩整治。由社会事业处牵头，联合交通与建设处开展整治。\n\n（二）停车乱收费整治。由社会事业处牵头开展整治。\n\n（三）海上渔排整治。由农业农村处牵头开展整治。\n\n平潭综合实验区苏平片区管理局\n\n2023年9月20日\n"), Options{})
		a := ask(t, e, "苏平片区这个整治方案里，各处室分别牵头几项?")
		if !strings.Contains(a.Text, "社会事业处：2 项") || !strings.Contains(a.Text, "农业农村处：1 项") {
			t.Errorf("no count by 处室:\n%s", a.Text)
		}
	})
	t.Run("a done remark after the question is no topic", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某片区整治方案\n\n一、整治内容\n\n（一）流动摊贩整治。2023年9月26日前完成。由社会事业处牵头。\n\n（二）停车乱收费整治。2023年9月28日前完成。由社会事业处牵头。\n"), Options{})
		a := ask(t, e, "社会事业处牵头哪些整治工作?", "其中哪些已经逾期？流动摊贩整治我们已经办结了")
		if q := a.Context.Query; q == nil || strings.Contains(strings.Join(q.Topic, " "), "办结") || strings.Contains(strings.Join(q.Topic, " "), "流动摊贩") || q.Status != StatusOverdue {
			t.Errorf("the remark is read as a topic or the status is lost (%+v):\n%s", q, a.Text)
		}
	})
	t.Run("X部门 is a department type even where another plan names a unit X", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/ab-fj-pingtan-2015-social-credit-task-division.txt", "dev/y-bj-beijing-undated-environment-order-duties.txt"}), Options{})
		a := ask(t, e, "平潭的公安部门有哪些任务？")
		if a.Outcome != OutcomeAnswered || len(a.Tasks) == 0 {
			t.Errorf("%s, %d tasks, want 平潭's 公安 units' tasks:\n%s", a.Outcome, len(a.Tasks), a.Text)
		}
	})
	t.Run("a plan with no title is never named 《》", func(t *testing.T) {
		e := NewEngine(corpusIndex(t, []string{"dev/br-bj-beijing-2021-air-pollution-actions.txt"}), Options{})
		a := ask(t, e, "北京2021大气行动计划里，市生态环境局和各区政府各有几项？")
		if strings.Contains(a.Text, "《》") {
			t.Errorf("an empty title:\n%s", a.Text)
		}
	})
	t.Run("what about another item after asking when keeps asking when", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某省水污染防治年度行动计划\n\n一、重点任务\n\n1.加快居民用水一户一表改造，2017年底前完成。（省住建厅牵头）\n\n2.推进再生水利用，2018年底前完成。（省水利厅牵头）\n"), Options{})
		a := ask(t, e, "一户一表改造那项什么时候完成?", "再生水利用那条呢?")
		if q := a.Context.Query; len(a.Tasks) != 1 || !strings.Contains(a.Text, "2018-12-31") || q == nil || q.Status != StatusDated {
			t.Errorf("%d tasks, want the other item with its date:\n%s", len(a.Tasks), a.Text)
		}
	})
	t.Run("words of the asking typed by their sound", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某县创卫工作责任分解\n\n1.整治农贸市场。2008年5月底前完成。（牵头单位：县商务局；配合单位：县工商局）\n\n2.整治占道经营。2008年4月底前完成。（牵头单位：县工商局）\n"), Options{})
		if a := ask(t, e, "县工商局配和哪些工作?"); len(a.Tasks) != 1 || a.Context.Query == nil || len(a.Context.Query.Units) != 1 || a.Context.Query.Units[0].Role != plan.RoleParticipating {
			t.Errorf("%d tasks, want the one it takes part in:\n%s", len(a.Tasks), a.Text)
		}
		if a := askIn(t, e, "县工商局哪些任务愈期了?", Context{}); a.Context.Query == nil || a.Context.Query.Status != StatusOverdue {
			t.Errorf("愈期 is not 逾期:\n%s", a.Text)
		}
	})
}
