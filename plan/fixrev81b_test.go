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
