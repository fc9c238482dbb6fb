package plan

import (
	"testing"
)

// Fixes for review 81 (plan/rev81_test.go, the share of fixrev81b). Each case is text written for
// these tests, not taken from the corpus.

// TestFixrev81b_NumberPlacesCityWork: a notice naming no place, signed by no one, whose 文号 opens with
// the character of one city alone, is that city's when the text speaks of the whole city (全市), as it
// is when it names the city's government; 邕 is 南宁市's character (places.txt).
func TestFixrev81b_NumberPlacesCityWork(t *testing.T) {
	for _, tc := range []struct{ name, number, words, city string }{
		{"全市, first character", "绍府办〔2024〕5号", "关于做好全市城区停车设施建设的通知", "绍兴市"},
		{"邕, the city's character", "邕府发〔2024〕3号", "关于做好全市城区停车设施建设的通知", "南宁市"},
		{"no sign of a city", "绍府办〔2024〕5号", "关于做好城区停车设施建设的通知", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, tc.words+"\n"+tc.number+"\n\n一、工作任务\n"+
				"（一）新建公共停车位。10月底前新建公共停车位2000个。（市住建局牵头，各区政府负责）\n")
			if d.City != tc.city {
				t.Errorf("city %q; want %q", d.City, tc.city)
			}
		})
	}
}

// TestFixrev81b_QuotedSigner: a body whose name quotes its campaign signs as any other does; quotes that
// open the line or are left open make no body's name.
func TestFixrev81b_QuotedSigner(t *testing.T) {
	for _, tc := range []struct{ line, issuer string }{
		{"宁波市“三改一拆”行动领导小组办公室", "宁波市“三改一拆”行动领导小组办公室"},
		{"嘉兴市“五水共治”工作领导小组", "嘉兴市“五水共治”工作领导小组"},
		{"“三改一拆”行动领导小组办公室", ""},
		{"宁波市“三改一拆行动领导小组办公室", ""},
	} {
		t.Run(tc.line, func(t *testing.T) {
			d := rev66Parse(t, "关于印发2024年拆违工作要点的通知\n\n各区县（市）人民政府：\n现将工作要点印发给你们，请认真贯彻执行。\n\n一、重点任务\n"+
				"（一）拆除违法建筑。年底前拆除违法建筑100万平方米。（市综合执法局牵头，各区县（市）政府负责）\n\n"+
				tc.line+"\n2024年2月20日\n")
			if d.Issuer != tc.issuer {
				t.Errorf("issuer %q; want %q", d.Issuer, tc.issuer)
			}
		})
	}
}

// TestFixrev81b_CircledPointAfterNote: a note closing a point, then the next point's circled number on
// the same line ("…。（X牵头）② …"), closes the point's clause as a note before （2） does: each point is
// its own task with its own units.
func TestFixrev81b_CircledPointAfterNote(t *testing.T) {
	for _, second := range []string{"②", "⑵", "（2）"} {
		t.Run(second, func(t *testing.T) {
			d := rev66Parse(t, "浙江省2024年数字政府建设工作要点\n\n一、重点任务\n"+
				"（一）完善公共数据平台。①9月底前完成省级公共数据目录编制。（省数据局牵头）"+second+"每月通报一次数据共享情况。（省大数据中心牵头，省司法厅配合）\n")
			rev75Roles(t, d, rev66Task(t, d, "公共数据目录"), []string{"省数据局"}, nil)
			rev75Roles(t, d, rev66Task(t, d, "数据共享情况"), []string{"省大数据中心"}, []string{"省司法厅"})
		})
	}
}

// TestFixrev81b_JointPartnerOfLaterSubject: whom a later subject of a sentence acts with (会同, 联合) is
// that subject's partner, not a partner of the subject before the comma; a subject's own 会同 still
// names its partners.
func TestFixrev81b_JointPartnerOfLaterSubject(t *testing.T) {
	for _, tc := range []struct {
		name, words, first     string
		firstLead, firstPartic []string
	}{
		{"会同 in the later clause", "各乡镇负责辖区内河道保洁，县水利局联合县生态环境局开展水质抽检。", "河道保洁", []string{"各乡镇"}, nil},
		{"会同 of the subject itself", "县水利局会同县生态环境局开展水质抽检，各乡镇做好配合。", "水质抽检", []string{"县水利局"}, []string{"县生态环境局", "各乡镇"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某县2024年河道治理工作方案\n\n一、工作任务\n（一）加强河道管护。"+tc.words+"\n")
			rev75Roles(t, d, rev66Task(t, d, tc.first), tc.firstLead, tc.firstPartic)
		})
	}
}

// TestFixrev81b_SectorGroupSubject: a group of one sector's bodies (各县区卫生健康部门, 省、市两级市场监管部门)
// opening a sentence with its verb is the sentence's subject; a group named by its standing to the work
// (各有关部门) is read as before, and 有关 is no sector.
func TestFixrev81b_SectorGroupSubject(t *testing.T) {
	for _, tc := range []struct{ words, lead string }{
		{"各县区卫生健康部门组织开展医疗机构自查。", "各县区卫生健康部门"}, // 组织 read before: the neighbouring case
		{"省、市两级市场监管部门开展专项抽检。", "省、市两级市场监管部门"},
		{"各县区公安机关建立工作台账。", "各县区公安机关"},
	} {
		t.Run(tc.lead, func(t *testing.T) {
			d := rev66Parse(t, "某市2024年食品安全专项整治方案\n\n一、工作步骤\n（一）排查阶段（3月1日—3月31日）。"+tc.words+"\n"+
				"（二）整治阶段（4月1日—6月30日）。市市场监管局牵头，市公安局配合，集中整治突出问题。\n")
			rev75Roles(t, d, rev66Task(t, d, "排查阶段"), []string{tc.lead}, nil)
		})
	}
}

// TestFixrev81b_GuideThenImplementer: a unit whose share is to guide (加强业务指导, 做好技术指导, 要加强对
// 各县的指导), then units that carry the work out, in one sentence: those who carry it out lead, the
// guide takes part. A guide with no one carrying out after it is read as before.
func TestFixrev81b_GuideThenImplementer(t *testing.T) {
	for _, tc := range []struct {
		name, words  string
		lead, partic []string
	}{
		{"加强业务指导", "市农业农村局加强业务指导，各县政府具体实施，10月底前完成。", []string{"各县政府"}, []string{"市农业农村局"}},
		{"做好技术指导", "市农业农村局做好技术指导，各县政府抓好落实，10月底前完成。", []string{"各县政府"}, []string{"市农业农村局"}},
		{"要加强对各县的指导", "市农业农村局要加强对各县的指导，各县政府具体落实，10月底前完成。", []string{"各县政府"}, []string{"市农业农村局"}},
		{"a guide alone (as before)", "市农业农村局加强业务指导，确保10月底前完成。", []string{"市农业农村局"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某市2024年高标准农田建设工作方案\n\n一、重点任务\n（一）推进农田建设。"+tc.words+"\n"+
				"（二）加强资金保障。6月底前下达补助资金。（市财政局负责）\n")
			rev75Roles(t, d, rev66Task(t, d, "推进农田建设"), tc.lead, tc.partic)
		})
	}
}

// TestFixrev81b_QuotedPrincipleThenShare: a quoted principle or demand between the units after a 牵头 and
// their share ("按照“属地管理”原则抓好落实", "按照“三管三必须”的要求配合") says how they act: they take
// part in the lead's task, in a sentence or in a note.
func TestFixrev81b_QuotedPrincipleThenShare(t *testing.T) {
	for _, tc := range []struct{ name, words string }{
		{"sentence, 原则", "9月底前完成燃气管道隐患排查。县住建局牵头，县应急局、各乡镇按照“属地管理”原则抓好落实。"},
		{"sentence, 的要求", "9月底前完成燃气管道隐患排查。县住建局牵头，县应急局、各乡镇按照“三管三必须”的要求负责。"},
		{"note", "9月底前完成燃气管道隐患排查。（县住建局牵头，县应急局、各乡镇按照“三管三必须”的要求配合）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某县2024年城镇燃气安全整治方案\n\n一、重点任务\n（一）排查管道隐患。"+tc.words+"\n"+
				"（二）整治餐饮场所。年底前完成餐饮场所燃气报警器安装。（县市场监管局负责）\n")
			rev75Roles(t, d, rev66Task(t, d, "燃气管道隐患"), []string{"县住建局"}, []string{"县应急局", "各乡镇"})
		})
	}
}
