package bot

import (
	"testing"
)

// TestFixq66aAttachmentTwins: two attachments that are each a plan of their own may share an item's
// title and leads ("加强地下水监督管理" in 附件2 and in 附件3, each about its own land): those are two
// tasks, counted and listed both; a table repeating an item of the text stays one (TestStop36OnceEachTwins).
func TestFixq66aAttachmentTwins(t *testing.T) {
	d := parsed(t, "att.txt", "关于印发耕地保护两个工作方案的通知\n"+
		"附件1\n丽水市安全利用类耕地工作方案\n一、主要任务\n"+
		"（一）建立安全利用清单。划定安全利用类耕地范围。（市农业农村局牵头，市生态环境局配合）\n"+
		"（二）加强地下水监督管理。在安全利用类耕地地块中制定防治污染方案。（市生态环境局、市农业农村局）\n"+
		"附件2\n丽水市严格管控类耕地工作方案\n一、主要任务\n"+
		"（一）建立严格管控类耕地清单。划定严格管控类耕地范围。（市农业农村局牵头，市规划资源局配合）\n"+
		"（二）加强地下水监督管理。在严格管控类耕地地块中制定防治污染方案。（市生态环境局、市农业农村局）\n")
	if len(d.Tasks) != 4 {
		t.Fatalf("parsed %d tasks, want 4", len(d.Tasks))
	}
	e := engineOver(t, d)
	checkAnswers(t, e, Question{}, []answerCase{
		{"市生态环境局牵头几项任务?", "共 2 项", ""},
		{"有哪些地下水监管的任务?", "严格管控类耕地地块", ""},
		{"有哪些地下水监管的任务?", "安全利用类耕地地块", ""},
	})
}
