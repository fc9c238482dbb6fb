package bot

import (
	"strings"
	"testing"
)

// TestStop34PersonInCharge: "X分管哪些工作" asks the tasks of a leader named in a 分管领导 column,
// a person rather than a unit: the name is the topic.
func TestStop34PersonInCharge(t *testing.T) {
	d := parsed(t, "box.txt", "序号｜工作任务｜分管领导｜牵头单位\n1｜完善企业信用信息归集共享机制｜张建国｜市发展改革委\n2｜开展诚信宣传周活动｜李明｜市委宣传部\n")
	answerHas(t, d, "张建国分管哪些工作任务?", []string{"信用信息归集"}, []string{"诚信宣传周"})
}

// TestStop34CountByCity: "按城市列一下数量" counts per place, and is no topic.
func TestStop34CountByCity(t *testing.T) {
	a := parsed(t, "a.txt", "丽水市服务业发展实施方案\n一、任务\n1.发展职业教育。（责任单位：市教育局）\n2.推进产教融合。（责任单位：市教育局）\n")
	b := parsed(t, "b.txt", "台州市服务业发展实施方案\n一、任务\n1.建设实训基地。（责任单位：市教育局）\n")
	got := ask(t, engineOver(t, a, b), "教育部门在所有方案里一共负责哪些任务？按城市列一下数量。")
	for _, w := range []string{"丽水市 市教育局：2 项", "台州市 市教育局：1 项"} {
		if !strings.Contains(got.Text, w) {
			t.Errorf("the count by city lacks %q:\n%s", w, got.Text)
		}
	}
}
