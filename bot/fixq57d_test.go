package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq57d_test.go: the bot side of the questions of rounds 158–162, each on invented plans.

// TestFixq57d_ApprovalStepsInEnglish: "applications, review and acceptance" are a plan's 申报、评审和验收;
// "facilities", "charging", "e-bikes", "holiday", "night-time" and "indicators" are the plans' words.
func TestFixq57d_ApprovalStepsInEnglish(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Who handles smart factory applications, review and acceptance?", "申报 ,  评审  and  验收"},
		{"e-bike charging facilities", "电动自行车   充电   设施"},
		{"expanding holiday and night-time spending", "扩大   节假日  and  夜间"},
		{"the county's indicators", "指标"},
		{"How often is the work bulletin out?", "工作简报"},
		{"the 12 public toilets", "公厕"},
	} {
		if got := translate(c.in); !strings.Contains(got, c.want) {
			t.Errorf("translate(%q) = %q, want it to hold %q", c.in, got, c.want)
		}
	}
	text := "某市智慧工厂建设工作方案\n一、组织保障\n" +
		"（一）市经信局负责智慧工厂申报、评审和验收。\n" +
		"（二）市财政局负责智慧工厂奖补资金拨付。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "Who handles smart factory applications, review and acceptance?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"市经信局"}, []string{"市财政局", "do not say"})
}

// TestFixq57d_BodyNamedForItsPurpose: English names a body after what it is for ("the flood campaign
// leading group"): the words the glossary reads before it are part of its name, the unit the plans
// name, not a 领导小组 and a topic; words it does not read stay outside.
func TestFixq57d_BodyNamedForItsPurpose(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"How often must the environmental campaign leading group put out its work bulletin?", " 环保专项行动领导小组 "},
		{"What does the leading group do?", "the  领导小组 "},
		{"What does the zorblat leading group do?", "zorblat  领导小组 "},
		{"the elderly care task force", " 养老工作专班 "},
	} {
		if got := translateDepts(c.in); !strings.Contains(got, c.want) {
			t.Errorf("translateDepts(%q) = %q, want it to hold %q", c.in, got, c.want)
		}
	}
	text := "某自治区2031年环保专项行动工作安排\n一、工作要求\n" +
		"（一）环保专项行动领导小组每月编发一期工作简报，报送自治区政府。\n" +
		"（二）各盟市每季度报送一次整治进展。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "How often must the environmental campaign leading group put out its work bulletin?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"编发一期工作简报"}, []string{"整治进展", "do not say"})
}

// TestFixq57d_ToiletsAreNoUnit: "厕所" ends in 所 as an institute does but is a thing the tasks build:
// asked about, it is a topic (found as the plans' 公厕, 改厕 too), never "no unit called 厕所".
func TestFixq57d_ToiletsAreNoUnit(t *testing.T) {
	text := "某县2031年美丽乡村建设工作方案\n一、重点任务\n" +
		"（一）完善配套设施。提升道路、停车场、厕所等公共服务设施。责任单位：县文旅局\n" +
		"（二）提升农村改厕质量。改造不达标的三格化粪池。责任单位：县农业农村局\n" +
		"（三）新建改造10座城市公厕。责任单位：县城管局\n" +
		"（四）推进村道硬化。责任单位：县交通局\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "关于厕所的任务有哪些?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"县文旅局", "县农业农村局", "县城管局"}, []string{"没有找到", "县交通局"})
	q = "Who is responsible for the 10 public toilets?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"县城管局"}, []string{"县交通局", "县文旅局"})
}

// TestFixq57d_DeadlinesOfANamedCampaign: "What are the reporting deadlines in the 2031 flood campaign?"
// asks for the dates the campaign sets for sending things up (报送), not what falls due in the next 30
// days; "What are the deadlines?" alone still asks what falls due soon.
func TestFixq57d_DeadlinesOfANamedCampaign(t *testing.T) {
	text := "某省2031年防汛专项行动工作安排\n一、工作要求\n" +
		"（一）各市防汛专项行动领导小组要于6月10日前将隐患排查情况报省防汛专项行动领导小组办公室。\n" +
		"（二）各市要于9月20日前将整改情况报省防汛专项行动领导小组办公室。\n" +
		"（三）各市组织开展防汛演练，7月31日前完成。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "What are the reporting deadlines in the 2031 flood campaign?"
	wantIn(t, q, askOn(t, e, "2032-03-01", q)[0], []string{"2031-06-10", "2031-09-20"}, []string{"2031-07-31", "None."})
	if !reDueSoon.MatchString(reWhatDeadline.ReplaceAllString("What are the deadlines?", " ")) {
		t.Errorf("What are the deadlines? no longer asks what falls due")
	}
}

// TestFixq57d_SummaryFundingAndFigures: a plan's summary says what its work costs (the sentence with a
// sum of money for its 经费) and, on each item's line, the figures the item sets for a year.
func TestFixq57d_SummaryFundingAndFigures(t *testing.T) {
	text := "某区2031年老旧小区加装电梯民生实事项目实施方案\n一、主要任务\n" +
		"（一）推进加装电梯。2031年完成加装电梯30台、惠及居民1200户。责任单位：区住建局\n" +
		"（二）做好维保服务。建立维保台账。责任单位：区市场监管局\n" +
		"二、保障措施\n每台电梯补贴以20万元计，共需经费约600万元，由区级财政承担。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "加装电梯实事项目概况?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"经费：“", "600万元", "2031年完成加装电梯30台"}, nil)
	if got := itemFigures("建立维保台账，每月巡查一次", 2); len(got) != 0 {
		t.Errorf("itemFigures of an item with no figure for a year = %q", got)
	}
	if got := funding(&plan.Document{Paras: []plan.Paragraph{{Text: "各单位要加强资金保障。"}}}); got.text != "" {
		t.Errorf("funding of a plan with no sum = %q", got.text)
	}
}

// TestFixq57d_ZoneDepartmentShortName: "开发区招商部" is the zone's own department called with the zone
// before it and by its short name: the plans' 招商工作部. A name no plan has stays not found.
func TestFixq57d_ZoneDepartmentShortName(t *testing.T) {
	text := "某开发区2031年重点工作及责任清单\n一、重点任务\n" +
		"1.优化重点项目服务机制，落实项目管家制度。责任单位：招商工作部\n" +
		"2.完善园区道路管网。责任单位：规划建设部\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "开发区招商部负责啥"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"招商工作部", "项目管家"}, []string{"园区道路", "没有找到"})
	q = "开发区外星部负责啥"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"没有找到"}, []string{"项目管家"})
	if rest, ok := cutZone("开发区招商部"); !ok || rest != "招商部" {
		t.Errorf("cutZone(开发区招商部) = %q, %v", rest, ok)
	}
	if _, ok := cutZone("开发区"); ok {
		t.Errorf("cutZone(开发区) cut to nothing")
	}
}

// TestFixq57d_WrittenInWhichTask: "X机制写在哪项任务里" asks where X is written; 写在 is the asking, no
// word of the topic, so the task that writes "X机制" is found and one that writes X in another
// phrase is not.
func TestFixq57d_WrittenInWhichTask(t *testing.T) {
	text := "某市关于科学绿化的实施意见\n一、重点任务\n" +
		"（一）探索“林荫+”“滨水+”模式，营造开放空间。责任单位：市规划局\n" +
		"（二）完善“林荫+”机制，推动林荫道与慢行系统融合。责任单位：市绿化局\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "“林荫+”机制写在哪项任务里,谁负责?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"市绿化局"}, []string{"市规划局"})
}
