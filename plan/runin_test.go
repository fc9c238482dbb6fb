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
		{"a part heading after a label's last unit", "责任处室：资源生态处、党政办公室五、目标任务缺项计分方法", "责任处室：资源生态处、党政办公室\n五、目标任务缺项计分方法"},
		{"no part heading after a unit in a sentence", "由区政府办公室五、六月份检查", "由区政府办公室五、六月份检查"},
		{"a note in brackets stays whole", "提升服务水平（牵头单位：区农村发展局）", "提升服务水平（牵头单位：区农村发展局）"},
		{"items that end with a semicolon", "二、主要任务1.加强组织领导（牵头单位：区委办）；2.强化资金保障（牵头单位：区财政局）；", "二、主要任务\n1.加强组织领导（牵头单位：区委办）；\n2.强化资金保障（牵头单位：区财政局）；"},
		{"an enumeration inside a sentence", "一是出入境业务：1.办理签注申请；2.签注缴费。二是户籍业务", "一是出入境业务：1.办理签注申请；2.签注缴费。二是户籍业务"},
		{"a part heading after a responsibility note", "严格落实安全制度。（各片区管理局、区公安局按职责分工负责）三、实施步骤本方案自印发之日起", "严格落实安全制度。（各片区管理局、区公安局按职责分工负责）\n三、实施步骤本方案自印发之日起"},
		{"no part heading after a bracket that is no note", "建设三个中心（含两个分中心）三、四类项目", "建设三个中心（含两个分中心）三、四类项目"},
		{"a part heading after a time label's value", "牵头单位：区口岸办完成时限：2019年11月底三、支持平潭申请政策", "牵头单位：区口岸办完成时限：2019年11月底\n三、支持平潭申请政策"},
		{"a part heading after a time label's words", "完成时限：清单扩容于2019年底前完成，台湾小额贸易商品常态化实施十、支持平潭创新台车入闽管理模式", "完成时限：清单扩容于2019年底前完成，台湾小额贸易商品常态化实施\n十、支持平潭创新台车入闽管理模式"},
		{"a part heading after 如下：", "对有关任务分工如下：一、支持平潭口岸建设", "对有关任务分工如下：\n一、支持平潭口岸建设"},
		{"no part heading after a year in a sentence", "力争到2025年三、四季度完成", "力争到2025年三、四季度完成"},
		{"the parts a colon announces", "分四个阶段进行：（一）前期准备阶段（2022年3月1日—3月28日）。1.制定工作方案。", "分四个阶段进行：\n（一）前期准备阶段（2022年3月1日—3月28日）。\n1.制定工作方案。"},
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

// A task table run into one line by a crawler: a group's number and name, then its measures, each
// numbered on from the group before and ending in its time and unit cells, with the group's sources
// (numbered from 1) after its first measure, and a note under the table saying who leads.
const gluedMeasuresTable = "某区2016年生态环境保护工作要点 附件 序号主要工作任务具体工作措施完成时限主要责任单位任务来源" +
	"1推进生态文明建设1、建立生态文明建设领导机制，成立领导小组3月区经发局区环土局1、某区2016年工作要点（某委〔2016〕5号）2、全省环境保护工作会议 " +
	"2、制定生态环境保护工作实施方案6月区环土局 3、组织开展生态文明建设创建工作12月区环土局相关乡镇人民政府" +
	"2 分解推动目标责任的落实4、分解细化目标责任到各乡镇3月区环土局 1、目标责任书5、对各乡镇开展环保综合督查全年区环土局区财金局" +
	"注：主要责任单位第一个为牵头单位，其余为主要配合单位。"

func TestGluedMeasures(t *testing.T) {
	d := checkTasks(t, gluedMeasuresTable, []taskWant{
		{number: "1", lead: []string{"区经发局"}, partic: []string{"区环土局"}, dates: []string{"2016-03-31 by"}},
		{number: "2", lead: []string{"区环土局"}, dates: []string{"2016-06-30 by"}},
		{number: "3", lead: []string{"区环土局"}, partic: []string{"相关乡镇人民政府"}, dates: []string{"2016-12-31 by"}},
		{number: "4", lead: []string{"区环土局"}, dates: []string{"2016-03-31 by"}},
		{number: "5", lead: []string{"区环土局"}, partic: []string{"区财金局"}, dates: []string{"2016-12-31 by"}},
	})
	if got := d.Tasks[3].Title; !strings.Contains(got, "分解推动目标责任的落实") {
		t.Errorf("measure 4's title %q, want its group's words", got)
	}
	for _, task := range d.Tasks {
		if strings.Contains(task.Text, "工作会议") || strings.Contains(task.Text, "目标责任书") {
			t.Errorf("task %s holds its group's sources: %q", task.Number, task.Text)
		}
	}
}

func TestCellDeadlines(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"3月", "2016-03-31"},
		{"12月份", "2016-12-31"},
		{"全年", "2016-12-31"},
		{"2017年6月底前", "2017-06-30"},
		{"2018年", "2018-12-31 by"},
		{"13月", ""},
		{"持续推进", ""},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			got := ""
			if ds := CellDeadlines(tc.cell, 2016); len(ds) > 0 {
				got = ds[0].Date.String()
				if strings.HasSuffix(tc.want, " by") {
					got += " " + ds[0].Kind // a time column's year alone is a deadline, not a goal
				}
			}
			if got != tc.want {
				t.Errorf("CellDeadlines(%q, 2016) = %q, want %q", tc.cell, got, tc.want)
			}
		})
	}
}
