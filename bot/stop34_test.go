package bot

import "testing"

// TestStop34PersonInCharge: "X分管哪些工作" asks the tasks of a leader named in a 分管领导 column,
// a person rather than a unit: the name is the topic.
func TestStop34PersonInCharge(t *testing.T) {
	d := parsed(t, "box.txt", "序号｜工作任务｜分管领导｜牵头单位\n1｜完善企业信用信息归集共享机制｜张建国｜市发展改革委\n2｜开展诚信宣传周活动｜李明｜市委宣传部\n")
	answerHas(t, d, "张建国分管哪些工作任务?", []string{"信用信息归集"}, []string{"诚信宣传周"})
}
