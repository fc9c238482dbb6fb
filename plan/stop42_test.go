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
