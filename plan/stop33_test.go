package plan

import (
	"strings"
	"testing"
)

// TestStop33Roles: role forms left over from stop 32's review, each read the way the corpus README
// says.
func TestStop33Roles(t *testing.T) {
	for _, c := range []struct {
		name, item   string
		lead, partic []string
	}{
		{"X负责、Y配合: each list with its own marker", "1.开展货车超限超载专项整治。市公安局负责、市交通运输局配合。", []string{"市公安局"}, []string{"市交通运输局"}},
		{"A、B负责 shares one marker", "1.开展货车超限超载专项整治。（市公安局、市交通运输局负责）", []string{"市公安局", "市交通运输局"}, nil},
		{"落实主体责任 in a note after a 牵头 takes part", "1.推进农村人居环境整治。（市农业农村局牵头，各乡镇落实主体责任）", []string{"市农业农村局"}, []string{"各乡镇"}},
		{"落实属地责任 alone is responsible", "1.推进农村人居环境整治。（各县（市、区）政府落实属地责任）", []string{"各县（市、区）政府"}, nil},
		{"whom 督促 acts on is no party", "1.督促景区、景点业主单位落实主体责任，指导完善安全管理制度。（市文旅局负责）", []string{"市文旅局"}, nil},
		{"the units forming a body after a 牵头 take part", "1.建立联合执法机制。由市市场监管局牵头，市公安局、市商务局等部门组成的联合工作组负责组织实施。", []string{"市市场监管局"}, []string{"市公安局", "市商务局"}},
		{"a lead's bare note, then its partners' in the same line", "1.推进全民健身设施补短板。市体育局牵头；市发展改革委、市住建局按职责分工负责；各县（市、区）政府落实主体责任", []string{"市体育局"}, []string{"市发展改革委", "市住建局", "各县（市、区）政府"}},
		{"after a leading 牵头, the units forming a body take part", "1.由区委政法委牵头，区公安分局、区法院、区司法局组成工作专班，集中开展矛盾纠纷排查化解。", []string{"区委政法委"}, []string{"区公安分局", "区法院", "区司法局"}},
		{"after a leading 牵头, 具体负责 is a share", "1.由县委办、县政府办牵头，县委督查室、县政府督查室具体负责督查通报。", []string{"县委办", "县政府办"}, []string{"县委督查室", "县政府督查室"}},
		{"the units forming a checking group after a 牵头 take part; the group is no party", "1.由市公安局牵头，市交通局、市城管局组成联合检查组开展整治。", []string{"市公安局"}, []string{"市交通局", "市城管局"}},
		{"the units forming a body lead it; the body is no partner", "1.由市公安局、市交通局组成联合检查组，开展道路运输安全检查。", []string{"市公安局", "市交通局"}, nil},
		{"a unit alone charged with funding leads", "1.开展科技型中小企业评价工作。（市财政局负责做好经费保障）", []string{"市财政局"}, nil},
		{"support given with what it is takes part", "1.开展科技型中小企业评价工作。（市科技局负责，市财政局给予经费支持）", []string{"市科技局"}, []string{"市财政局"}},
		{"partners joined to a 牵头 by 、 take part", "1.建立由省发展改革委牵头、省直有关部门参与的重大项目协调推进机制。", []string{"省发展改革委"}, []string{"省直有关部门"}},
		{"whom a unit builds with (会同…共建) ends at the verb", "1.湖南省长沙市岳麓区科学技术局会同湖南大学、中南大学共建科技成果转化中心。", []string{"湖南省长沙市岳麓区科学技术局"}, []string{"湖南大学", "中南大学"}},
		{"指导单位 is a label of those taking part", "1.推进城市社区“一老一小”服务。责任单位：各区人民政府；指导单位：市民政局、市卫生健康委", []string{"各区人民政府"}, []string{"市民政局", "市卫生健康委"}},
		{"what a verb brings into play is no party", "1.发挥工会、共青团、妇联等群团组织作用，凝聚社会共识。（市总工会负责）", []string{"市总工会"}, nil},
		{"a subject that 抓好落实 is responsible", "1.做好重要农产品稳产保供工作，确保“菜篮子”产品供应充足。各级农业农村部门抓好落实。", []string{"各级农业农村部门"}, nil},
		{"成员单位 beside a 牵头单位 take part", "1.做好森林防火工作。（牵头单位：市林业局；成员单位：市应急局、市气象局）", []string{"市林业局"}, []string{"市应急局", "市气象局"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.item+"\n", []taskWant{{number: "1", lead: c.lead, partic: c.partic}})
		})
	}
	t.Run("each county's body is one party, not the group and the body", func(t *testing.T) {
		checkTasks(t, formHead+"1.各县（市、区）环保专项行动领导小组结合实际情况，制定具体实施方案。\n2.各县（市、区）于10月30日前报送总结。\n3.环保专项行动领导小组每周编发工作简报。\n", []taskWant{
			{number: "1", lead: []string{"各县（市、区）环保专项行动领导小组"}},
			{number: "2", lead: []string{"各县（市、区）"}, dates: []string{"2025-10-30 by"}},
			{number: "3", lead: []string{"环保专项行动领导小组"}},
		})
	})
	t.Run("a body's members list alone says who sits in it, not who answers", func(t *testing.T) {
		d, err := ParseText("t.txt", formHead+"1.加强组织保障。成立工作专班，建立工作例会制度。\n成员单位：市财政局、市应急局\n2.完善制度。（市司法局负责）\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range d.Tasks {
			if strings.Contains(k.Text, "工作专班") && len(k.Lead) > 0 {
				t.Errorf("members read as leads: %v", k.Lead)
			}
		}
	})
}

// TestStop33Recurring: school years, every two months, the year's end once.
func TestStop33Recurring(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"每学年开展一次学生近视筛查。", "FREQ=YEARLY"},
		{"每两月对全市在建工地开展一次联合检查。", "FREQ=MONTHLY;INTERVAL=2"},
		{"对重点任务落实情况半年一督查、年终一考核。", "FREQ=MONTHLY;INTERVAL=6|FREQ=YEARLY"},
	} {
		var got []string
		for _, r := range ParseRecurring(c.text) {
			got = append(got, r.Rule.String())
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%s: got %v, want %s", c.text, got, c.want)
		}
	}
}

// TestStop33Dates: a span of months into the next year, however the next year is named; dates of
// the next year written with words that also say this year's; seasons that fall on a date.
func TestStop33Dates(t *testing.T) {
	checkDateCases(t, 2024, []dateCase{
		{"今年…至明年…", "今年11月至明年3月，集中开展火灾隐患排查整治。", "2025-03-31 by"},
		{"…至次年…", "11月至次年3月，开展冬春火灾防控行动。", "2025-03-31 by"},
		{"…到翌年…", "12月到翌年2月开展春运安全检查。", "2025-02-28 by"},
		{"the same words in this year and the next", "今年6月底前完成方案编制，剩余工程于明年6月底前全部完工。", "2024-06-30 by|2025-06-30 by"},
		{"明年底前 after 今年底前", "今年底前，城区覆盖率达到95%；明年底前实现城乡全覆盖。", "2024-12-31 by|2025-12-31 by"},
		{"次年 after a year named", "2026年新建高标准农田12万亩，项目须于当年3月底前完成招投标，次年3月底前完成市级验收。", "2026-03-31 by|2026-12-31 target|2027-03-31 by"},
		{"a campaign's phase keeps its date", "集中整治期（2024年6月1日至8月31日），各区完成排查整改。", "2024-08-31 by"},
		{"为期 is how long, not a season", "2024年6月至8月为期三个月，集中开展酒驾醉驾整治。", "2024-08-31 by"},
		{"the spring term's opening is not August's end", "春季开学前完成校园安全检查。", ""},
		{"a month dating work still to do is a deadline though 了解 follows", "9月开展调研了解情况。", "2024-09-30 by"},
		{"the school year opens in September", "开学前完成校车安全检查和驾驶人资格审核。", "2024-08-31 by"},
		{"a campaign's span in brackets after 行动期间", "三年行动期间（2025—2027年），累计培育专精特新企业100家。", "2027-12-31 target"},
		{"this year's month alone opening work", "今年9月份组织开展全市职业技能大赛。", "2024-09-30 by"},
		{"a span that names a season is no deadline", "当年11月至次年3月为集中供暖期，确保10月31日前具备供暖条件。", "2024-10-31 by"},
		{"a season's span in brackets is no deadline", "汛期（6月1日至9月30日）实行24小时值班。", ""},
		{"a season beside its own date is no second date", "秋季学期开学前（8月25日前），完成食堂从业人员健康体检。", "2024-08-25 by"},
	})
}

// TestStop33Issuer: a joint meeting signs a plan, its seal standing for the members' (（代章）).
func TestStop33Issuer(t *testing.T) {
	d, err := ParseText("t.txt", "关于印发进一步做好近期促进消费工作若干措施的通知\n各市人民政府，省有关单位：\n现将《进一步做好近期促进消费工作若干措施》印发给你们，请认真组织实施。\n省完善促进消费体制机制厅际联席会议（代章）\n2022年1月26日\n进一步做好近期促进消费工作若干措施\n一、加强民生商品保供稳价。（责任单位：省发展改革委）\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "省完善促进消费体制机制厅际联席会议" || d.Issued.String() != "2022-01-26" {
		t.Errorf("issuer %q issued %v", d.Issuer, d.Issued)
	}
}

// dateCase is a sentence and the dates ParseDeadlinesIn reads in it, as "YYYY-MM-DD kind" joined by |.
type dateCase struct{ name, text, want string }

// checkDateCases reads each case's text in a plan of year.
func checkDateCases(t *testing.T, year int, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlinesIn(c.text, year) {
				got = append(got, d.Date.String()+" "+d.Kind)
			}
			if strings.Join(got, "|") != c.want {
				t.Errorf("%s: got %v, want %q", c.text, got, c.want)
			}
		})
	}
}
