package plan

import "testing"

// TestIssuerLabelStop42: a page's label that names the signer with its place ("【制定机关】某某市人民
// 政府办公厅") is the issuer, where the signature writes it without (市人民政府办公厅).
func TestIssuerLabelStop42(t *testing.T) {
	d, err := ParseText("w.txt", "文章属性\n∙【制定机关】武汉市人民政府办公厅\n∙【公布日期】2020.01.17\n\n市人民政府办公厅关于印发2020年重点工作责任分解方案的通知\n武政办〔2020〕1号\n\n一、主要任务\n\n1.推进项目建设。（责任单位：市发改委）\n\n市人民政府办公厅\n2020年1月15日\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "武汉市人民政府办公厅" {
		t.Errorf("issuer %q, want 武汉市人民政府办公厅", d.Issuer)
	}
}

// TestFormsStop42: what deadline forms 16 and role forms 17 (written by helpers who read no code)
// taught.
func TestFormsStop42(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"全年 and its figure is the year's target", "全年新增城镇就业5000人以上，城镇登记失业率控制在4%以内。", []string{"2025-12-31 target"}},
		{"全年 said beside the year's end once", "全年完成改造学校30所，年底前交付使用。", []string{"2025-12-31 by"}},
		{"a report on the year is no target", "全年工作任务完成情况于12月10日前报送。", []string{"2025-12-10 by"}},
		{"things built and run by a day", "对2019年12月31日前建成投运的燃煤锅炉，按照每蒸吨1.5万元的标准给予补助。", nil},
		{"a figure a past year had reached", "全市建成区面积由2015年的86平方公里扩大到2020年的112平方公里。", nil},
		{"a decree's year is its number's", "严格执行《上海市促进生活垃圾分类减量办法》（2014年市政府令第14号），实现强制分类全覆盖。", nil},
		{"things in use by a day", "对2006年12月31日前投入使用的住宅电梯逐台建档。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, 2025, tc.want) })
	}
	t.Run("a clipped title gives no dates of its own", func(t *testing.T) {
		// The title cut inside "（2020年修订）" no longer shows it is a law's edition.
		d, err := ParseText("f.txt", formHead+"1.按照《中华人民共和国固体废物污染环境防治法》（2020年修订）有关规定，加强监督管理。\n", Options{})
		if err != nil || len(d.Tasks) != 1 || len(d.Tasks[0].Deadlines) != 0 {
			t.Errorf("tasks %+v (%v), want one without dates", d.Tasks, err)
		}
	})
	for _, tc := range []struct {
		name, text   string
		lead, partic []string
	}{
		{"a list's order note is no unit", "整治道路交通秩序。（责任单位：市公安局、市交通运输局，排名不分先后）", []string{"市公安局", "市交通运输局"}, nil},
		{"whom a report goes to leads nothing", "每季度末向省发展改革委、省统计局报送一次项目建设进度。", nil, nil},
		{"a bare 责任 label beside 牵头 takes part", "推进县域商业体系建设。（牵头：市商务局；责任：各县（市、区）人民政府）", []string{"市商务局"}, []string{"各县（市、区）人民政府"}},
		{"属地责任 beside a lead takes part", "开展燃气整治。（主责单位：区住建局；协同单位：区应急管理局；属地责任：各镇（街道））", []string{"区住建局"}, []string{"区应急管理局", "各镇（街道）"}},
		{"a unit after a double dash at the sentence's end", "修订完善《市级政府投资项目管理办法》，规范项目审批流程。——投资科", []string{"投资科"}, nil},
		{"a group of cities and prefectures is one party", "巩固禁渔成果。（牵头单位：省农业农村厅；配合单位：省公安厅，沿江各市、州人民政府）", []string{"省农业农村厅"}, []string{"省公安厅", "沿江各市、州人民政府"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+"1."+tc.text+"\n", []taskWant{{number: "1", lead: tc.lead, partic: tc.partic}})
		})
	}
}

// TestDutiesStop42: the recurring duties deadline forms 17 taught.
func TestDutiesStop42(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"区绿化市容局每月对各街道生活垃圾分类实效开展综合考评。", "FREQ=MONTHLY"},
		{"考评结果每季度在区级媒体公布。", "FREQ=MONTHLY;INTERVAL=3"},
		{"各乡镇每周五前将排查进度录入系统。", "FREQ=WEEKLY;BYDAY=FR"},
		{"区建设管理委每半月通报一次排查进展。", "FREQ=WEEKLY;INTERVAL=2"},
	} {
		d, err := ParseText("f.txt", formHead+"1."+tc.text+"\n", Options{})
		if err != nil || len(d.Tasks) != 1 || len(d.Tasks[0].Recurring) != 1 || d.Tasks[0].Recurring[0].Rule.String() != tc.want {
			t.Errorf("%s: tasks %+v (%v), want one duty %s", tc.text, d.Tasks, err, tc.want)
		}
	}
}

// TestTableOnOneLineStop42: a spaced table's header and its row flattened onto one line.
func TestTableOnOneLineStop42(t *testing.T) {
	checkTasks(t, formHead+"序号 类别 主要任务 牵头单位 参与单位 责任单位 4 水污染防治 加强工业集聚区污水集中处理设施建设 市生态环境局 市发展改革委、工业和信息化局 各县（市、区）人民政府\n", []taskWant{
		{number: "4", lead: []string{"市生态环境局"}, partic: []string{"市发展改革委", "工业和信息化局", "各县（市、区）人民政府"}},
	})
}
