package plan

import "testing"

// TestStop52BulletinTitle: a bulletin on a piece of work names itself in its first line without a
// year ("11月8日市容环境综合整治情况的通报"); that line is its title, so a question naming the
// bulletin finds it. A first line that is a task's words is no title.
func TestStop52BulletinTitle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"11月8日市容环境综合整治情况的通报\n\n1、新正街人行道多处摊贩流动经营\n整改措施:由城管执法大队负责整治\n", "11月8日市容环境综合整治情况的通报"},
		{"关于第三季度安全生产督查问题通报\n\n一、存在问题\n1.部分企业台账不全。（责任单位：区应急局）\n", "关于第三季度安全生产督查问题通报"},
		{"1.部分企业台账不全。（责任单位：区应急局）\n2.消防通道堵塞。（责任单位：区消防救援大队）\n", ""},
	} {
		d, err := ParseText("bulletin.txt", tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tc.want {
			t.Errorf("title %q, want %q", d.Title, tc.want)
		}
	}
}
