package plan

import (
	"slices"
	"testing"
)

// fixp52Task is the task of d whose title is title, nil when none is.
func fixp52Task(d *Document, title string) *Task {
	for i := range d.Tasks {
		if d.Tasks[i].Title == title {
			return &d.Tasks[i]
		}
	}
	return nil
}

// TestFixp52_LabelKindInBrackets: a responsibility label may write its kind in brackets before its
// colon ("责任单位（部门）：", "责任单位及承办科室（单位）："); it is the label, and its list the units,
// not a unit named "及承办科室". (各县区、园区燃气管理部门 is one party, the gas authorities of the
// counties and the zones, as the plan's gold reads it: fixleftp.)
func TestFixp52_LabelKindInBrackets(t *testing.T) {
	tests := []struct {
		name, text, title string
		lead              []string
	}{
		{"责任单位（部门）", "某市实施细则\n一、推动项目平稳交付\n可视具体情况适当顺延交房期限。\n责任单位（部门）：市住房城乡建设局、市房管中心。\n", "推动项目平稳交付", []string{"市住房城乡建设局", "市房管中心"}},
		{"责任单位及承办科室(单位)", "某市实施细则\n一、完善供气配套设施\n1. 房地产开发项目红线内供气设施，与工程建设同步实施。\n2. 开发企业委托供气企业建设。\n3. 责任单位及承办科室(单位)：市住房城乡建设局，各县区、 园区燃气管理部门、各燃气企业。\n", "房地产开发项目红线内供气设施，与工程建设同步实施", []string{"市住房城乡建设局", "各县区、园区燃气管理部门", "各燃气企业"}},
		{"牵头单位（部门）", "某县工作方案\n一、重点任务\n1. 开展农村人居环境整治。牵头单位（部门）：县农业农村局\n2. 开展河道清理。牵头单位（部门）：县水利局\n", "开展农村人居环境整治", []string{"县农业农村局"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("x.txt", tc.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			task := fixp52Task(d, tc.title)
			if task == nil {
				t.Fatalf("no task %q among %d", tc.title, len(d.Tasks))
			}
			for _, u := range tc.lead {
				if !slices.Contains(task.Lead, u) {
					t.Errorf("lead %v, want %s among them", task.Lead, u)
				}
			}
			if len(task.Lead) != len(tc.lead) {
				t.Errorf("lead %v, want %v", task.Lead, tc.lead)
			}
		})
	}
}

// TestFixp52_MeasureInParts: a measure set out in parts, its last part only naming who answers for
// it ("（四）责任单位及承办科室：…") and the others lists of its points or fields of its procedure, is
// one task under its heading; a group of measures each said in a sentence keeps its items.
func TestFixp52_MeasureInParts(t *testing.T) {
	measure := "某市实施细则\n一、优化商品房预售资金监管\n（一）增设节点：\n1. 商品房预售后至主体结构封顶前，一层为一个节点，开发企业按层申请使用重点监管资金。\n2. 主体结构封顶后，按工程实际进度予以审核拨付。\n（二）优化预售资金流程管理：\n1. 预售资金拨付申请全部进入服务大厅，在专门窗口受理；\n2. 审核审批网上办理。\n（三）办理时限：2个工作日。\n（四）责任单位：市房管中心。\n"
	d, err := ParseText("x.txt", measure, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tasks) != 1 || d.Tasks[0].Title != "优化商品房预售资金监管" || !slices.Equal(d.Tasks[0].Lead, []string{"市房管中心"}) {
		for _, k := range d.Tasks {
			t.Logf("%s %q %v", k.ID, k.Title, k.Lead)
		}
		t.Fatalf("want one task 优化商品房预售资金监管 led by 市房管中心, got %d", len(d.Tasks))
	}
	// Measures in sentences of their own under one units line stay three tasks.
	group := "某市实施细则\n一、强化金融政策支持\n（一）保持房地产贷款平稳增长。督促金融机构加大支持力度。\n（二）促进房地产业健康发展。实施差别化住房信贷政策。\n（三）做好按揭贷款纾困工作。鼓励银行灵活延期还款。\n（四）责任单位：市地方金融监管局。\n"
	d, err = ParseText("x.txt", group, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tasks) != 3 {
		t.Errorf("a group of three measures gives %d tasks, want 3", len(d.Tasks))
	}
	for _, k := range d.Tasks {
		if !slices.Equal(k.Lead, []string{"市地方金融监管局"}) {
			t.Errorf("%s %q lead %v", k.ID, k.Title, k.Lead)
		}
	}
}

// TestFixp52_JointBodyName: a body formed for joint work keeps 联合 in its name when its name goes on
// to a body's noun ("由市容环境综合整治联合执法工作组负责整治"); 联合 before the ones joined is still the
// verb ("县公安局联合执法队员开展夜间巡查").
func TestFixp52_JointBodyName(t *testing.T) {
	tests := []struct {
		name, sentence, title string
		lead                  []string
	}{
		{"执法工作组", "整改措施:由市容环境综合整治联合执法工作组负责整治。", "新正街人行道多处水果摊贩流动经营", []string{"市容环境综合整治联合执法工作组"}},
		{"检查组", "整改措施:由城区环境卫生联合检查组负责督促整改。", "新正街人行道多处水果摊贩流动经营", []string{"城区环境卫生联合检查组"}},
		{"verb", "整改措施:县公安局联合执法队员开展夜间巡查。", "新正街人行道多处水果摊贩流动经营", []string{"县公安局"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "巡查情况的通报\n县双创办对市容环境进行了巡查,发现存在以下问题:\n1、广伟商城户外宣传广告破损。\n整改措施:由县住建局督促商户更换。\n2、" + tc.title + "。\n" + tc.sentence + "\n"
			d, err := ParseText("x.txt", text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			task := fixp52Task(d, tc.title)
			if task == nil {
				t.Fatalf("no task %q among %d", tc.title, len(d.Tasks))
			}
			if !slices.Equal(task.Lead, tc.lead) {
				t.Errorf("lead %v, want %v", task.Lead, tc.lead)
			}
		})
	}
}
