package plan

import (
	"strings"
	"testing"
)

// Fixes of the question rounds 180–183 (plan side), tried on texts written for them.

// TestFixQ64a_AttachmentListYearEntries: a notice's closing list of attachments whose entries open
// on a year ("6.2024年…细则（试行）") is no task, as entries of other words are not.
func TestFixQ64a_AttachmentListYearEntries(t *testing.T) {
	for _, tc := range []struct {
		name, list string
	}{
		{"years, words, then a year", "1.2024年排水设施汇总表\n2.2024年排水项目进度表\n3.市级排水重点片区汇总表\n4.2024年排水设施年末检查细则（试行）\n"},
		{"words, then a year", "1.排水设施汇总表\n2.市级排水重点片区汇总表\n3.2024年排水设施年末检查细则（试行）\n"},
		{"full-width stops", "1．2024年排水设施汇总表\n2．市级排水重点片区汇总表\n3．2024年排水设施年末检查办法\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "青川市水务局关于发布2024年排水设施建设工作要求的通知\n一、工作要求\n"+
				"（一）推进管网改造。请各区于3月底前报送管网改造计划表。\n"+
				"（二）加强检查指导。请各区于10月底前完成年末自查（见附件3）。\n"+
				"附件：\n"+tc.list+"2024年1月27日\n")
			if len(d.Tasks) != 2 {
				t.Errorf("%d tasks, want the 2 items:%s", len(d.Tasks), rev59Dump(d))
			}
		})
	}
}

// TestFixQ64a_ListCommaDutyByFunction: a list of units, a comma, then the duty shared by function
// ("…及各区住房城乡建设部门，根据职责分工负责…") names those units, as "…，要…" does; the work it
// leads ("牵头市级抽查和区级复查") is no unit taking part.
func TestFixQ64a_ListCommaDutyByFunction(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, want string
	}{
		{"根据职责分工负责牵头", "市市场监管局、市应急管理局及各区住房城乡建设部门，根据职责分工负责牵头市级抽查和区级复查。市排水办将依托相关公众号适时发布管理情况。", "市市场监管局 市应急管理局 各区住房城乡建设部门"},
		{"按照职责分工", "市市场监管局、市应急管理局，按照职责分工做好复查工作，对拒不整改的单位依法查处。", "市市场监管局 市应急管理局"},
		{"按职责", "市市场监管局、市应急管理局，按职责开展复查，对拒不整改的单位依法查处。", "市市场监管局 市应急管理局"},
		{"no comma (as before)", "市市场监管局、市应急管理局根据职责分工负责复查，对拒不整改的单位依法查处。", "市市场监管局 市应急管理局"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "青川市水务局关于开展2024年排水设施检查工作的通知\n一、工作要求\n"+
				"（一）强化检查。"+tc.sentence+"\n"+
				"（二）加强宣传。市绿化局负责组织宣传工作。\n")
			x := rev66Task(t, d, "强化检查")
			if got := strings.Join(x.Lead, " "); got != tc.want || len(x.Participating) > 0 {
				t.Errorf("lead %q, participating %q; want lead %q alone:%s", got, x.Participating, tc.want, rev59Dump(d))
			}
		})
	}
}

// TestFixQ64a_SubjectShortNameAside: the short name a plan gives its subject, in brackets between the
// subject and its verb ("各区水务部门、特定地区管委会（以下简称“各区水务部门”）应…"), leaves the
// subject whole.
func TestFixQ64a_SubjectShortNameAside(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, want string
	}{
		{"以下简称 a list", "各区水务部门、特定地区管委会（以下简称“各区水务部门”）应委托专业单位开展巡查。", "各区水务部门 特定地区管委会"},
		{"简称 one unit", "市排水管理处（简称排水处）负责组织抽查。", "市排水管理处"},
		{"no aside (as before)", "各区水务部门、特定地区管委会应委托专业单位开展巡查。", "各区水务部门 特定地区管委会"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "青川市水务局关于开展2024年排水设施检查工作的通知\n一、工作要求\n"+
				"（一）属地巡查。"+tc.sentence+"\n"+
				"（二）加强宣传。市水务局负责组织宣传工作。\n")
			x := rev66Task(t, d, "属地巡查")
			if got := strings.Join(x.Lead, " "); got != tc.want {
				t.Errorf("lead %q, want %q:%s", got, tc.want, rev59Dump(d))
			}
		})
	}
}

// TestFixQ64a_PageHeaderDate: a page's header that dates it with a bare 日期 beside its source
// ("日期 : 2024-03-05  文章来源 : 政府办") gives the day it was published; a 日期 in the text does not.
func TestFixQ64a_PageHeaderDate(t *testing.T) {
	for _, tc := range []struct {
		name, header, want string
	}{
		{"spaced colons", " 日期 : 2024-03-05  文章来源 : 政府办  字号 : [  ]", "2024-03-05"},
		{"信息来源", "日期：2024-03-05 信息来源：县政府办", "2024-03-05"},
		{"no source beside it", "日期：2024-03-05", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "青川县人民政府办公室关于认真办理2024年青川县为民实事的通知\n"+tc.header+"\n青政办发〔2024〕5号\n"+
				"一、加强组织领导。各牵头单位要明确责任领导。\n"+
				"二、加强统筹推进。县财政局要积极筹措资金。\n")
			got := ""
			if !d.Published.IsZero() {
				got = d.Published.String()
			}
			if got != tc.want {
				t.Errorf("published %q, want %q", got, tc.want)
			}
		})
	}
}
