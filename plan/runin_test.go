package plan

import (
	"strings"
	"testing"
)

// A crawler's text of a whole page: every paragraph run into one line, with no space between
// them, a share widget's words before the document number and a zone's committee as the issuer.
const runInPage = "当前位置：首页政务公开区管委会文件 时间：2016-04-16 16:46 微信 微博 QQ空间 岚综管综〔2016〕88号 平潭综合实验区管委会印发积极推进“互联网+”行动实施方案的通知 区直各单位:现将《积极推进“互联网+”行动实施方案》印发给你们，请认真贯彻执行。" +
	"积极推进“互联网+”行动实施方案为抓住新一轮科技革命和产业变革机遇，制定本实施方案。一、总体要求充分发挥政策叠加优势，大力拓展互联网与经济社会各领域融合的广度和深度，促进线上线下融合发展，推动生产方式和发展模式变革。" +
	"二、发展目标通过3-5年努力，互联网与各领域进一步融合发展,产业体系基本形成，应用领域更加广泛。到2020年，“互联网+”成为引领创新发展的重要驱动力量。" +
	"三、重点领域“互联网+”行动（一）“互联网+”高技术产业1．行动目标。大力发展高技术研发中心、孵化基地，推动上游产业集聚。到2018年，建设一批智能车间、智能工程。2．主要任务推进两区高技术产业一体化发展。以合作共建产业园区模式，共享两区优惠政策，加快构筑工业云与智能服务平台。牵头单位：区经发局经信处，配合单位：区经发局发改处、区社会事业局" +
	"（二）“互联网+”现代农业1．行动目标。全面推进互联网与农业生产、经营、管理、服务融合发展。到2018年，农业信息服务体系基本健全。2．主要任务推进物联网技术在生产中的应用，促进更多的企业在设施农业生产上应用物联网技术，不断健全农业物联网测控体系。牵头单位：区农村发展局，配合单位：区市场监督管理局"

func TestRunInPage(t *testing.T) {
	d := checkTasks(t, runInPage, []taskWant{
		{number: "2", lead: []string{"区经发局经信处"}, partic: []string{"区经发局发改处", "区社会事业局"}, dates: []string{"2018-12-31 target"}},
		{number: "2", lead: []string{"区农村发展局"}, partic: []string{"区市场监督管理局"}, dates: []string{"2018-12-31 target"}},
	})
	if d.Number != "岚综管综〔2016〕88号" {
		t.Errorf("number %q, want 岚综管综〔2016〕88号 (the share widgets ran into it)", d.Number)
	}
	if !strings.HasSuffix(d.City, "平潭县") {
		t.Errorf("placed at %q, want the county the zone is named after (平潭县)", d.City)
	}
}

func TestBreakRunIn(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"part heading after a sentence", "制定本方案。一、总体要求坚持", "制定本方案。\n一、总体要求坚持"},
		{"no part heading inside a word", "统一、规范地推进", "统一、规范地推进"},
		{"item after a heading's words", "高技术产业1．行动目标。", "高技术产业\n1．行动目标。"},
		{"a date is no item", "于2016.4月完成", "于2016.4月完成"},
		{"a section marker after a unit", "区内各相关企业（二）现代农业", "区内各相关企业\n（二）现代农业"},
		{"a label after a sentence", "提升服务水平。牵头单位：区农村发展局，配合单位：区商务局", "提升服务水平。\n牵头单位：区农村发展局，配合单位：区商务局"},
		{"a note in brackets stays whole", "提升服务水平（牵头单位：区农村发展局）", "提升服务水平（牵头单位：区农村发展局）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := breakRunIn(tc.in); got != tc.want {
				t.Errorf("breakRunIn(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestGoalsOfABlockOnly(t *testing.T) {
	// The plan's own goal (一、总体要求 … 到2025年) is its period, inherited; a block's own 工作目标
	// dates the block's tasks.
	checkTasks(t, "某县行动方案\n一、总体要求\n到2025年，全面建成体系。\n二、重点任务\n（一）数字农业\n1.工作目标。到2024年，建成示范基地3个。\n2.主要任务。建设农业物联网平台。（牵头单位：县农业农村局）\n（二）数字文旅\n建设智慧景区。（牵头单位：县文旅局）\n", []taskWant{
		{number: "2", lead: []string{"县农业农村局"}, dates: []string{"2024-12-31 target"}},
		{number: "(二)", lead: []string{"县文旅局"}, dates: []string{"2025-12-31 target"}},
	})
}
