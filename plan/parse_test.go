package plan_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

func TestParseGBK(t *testing.T) {
	f := seeds.Files()[0]
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(f.Data)
	if err != nil {
		t.Fatalf("encode seed as GBK: %v", err)
	}
	if utf8.Valid(gbk) {
		t.Fatal("the GBK bytes should not be valid UTF-8")
	}
	want, err := plan.Parse(f.Name, f.Data, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := plan.Parse(f.Name, gbk, plan.Options{})
	if err != nil {
		t.Fatalf("parse GBK: %v", err)
	}
	if len(got.Tasks) != len(want.Tasks) || got.ID != want.ID || got.Hash != want.Hash {
		t.Fatalf("GBK parse differs: %d tasks id %s, want %d tasks id %s", len(got.Tasks), got.ID, len(want.Tasks), want.ID)
	}
	for i := range got.Tasks {
		if got.Tasks[i].Text != want.Tasks[i].Text {
			t.Fatalf("task %d text differs", i)
		}
	}
	// GB18030 (a superset of GBK) reads the same way.
	gb18030, _ := simplifiedchinese.GB18030.NewEncoder().Bytes(f.Data)
	if d, err := plan.Parse(f.Name, gb18030, plan.Options{}); err != nil || len(d.Tasks) != len(want.Tasks) {
		t.Fatalf("parse GB18030: %v", err)
	}
}

func TestParseBadInput(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, plan.ErrEmpty},
		{"blank", []byte(" \n\t\n"), plan.ErrEmpty},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 1, 2, 3}, plan.ErrBinary},
		{"zip", append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0}, 40)...), plan.ErrBinary},
		{"not a plan", []byte("今天天气很好。我们去公园散步。\n晚上吃饺子。"), plan.ErrNotPlan},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := plan.Parse(c.name, c.data, plan.Options{})
			if !errors.Is(err, c.want) {
				t.Errorf("%s: err %v, want %v", c.name, err, c.want)
			}
		})
	}
	// Bytes that are neither UTF-8 nor GBK get a message saying what to do.
	_, err := plan.Parse("x", []byte{0xff, 0xfe, 0xfd, 0x81, 0x30, 0xff, 'a', 'b', 0x81}, plan.Options{})
	if err == nil || !strings.Contains(err.Error(), "UTF") {
		t.Errorf("undecodable bytes: err %v", err)
	}
}

// FuzzParse feeds arbitrary text to the parser: it must neither panic nor hang, and what it returns
// must hold together (IDs unique, every task of the document).
func FuzzParse(f *testing.F) {
	for _, s := range seeds.Files() {
		f.Add(s.Data[:min(len(s.Data), 4000)])
	}
	f.Add([]byte("一、重点任务\n1.建设。(责任单位:市发改委、各县〔市、区〕)\n2.(牵头单位:市商务局,配合单位:((()\n"))
	f.Add([]byte("序号\n重点任务\n具体内容\n完成时限\n责任单位\n1\n任务\n内容\n2025年\n区发改局\n1\n"))
	f.Add([]byte("序号｜任务｜责任单位\n｜｜\n1｜a｜b\n"))
	f.Add([]byte("┌─┬─┐\n│序号│责任单位│\n├─┼─┤\n│1 │市发改委│\n│  ├─┤\n│2 │\n+--+--+\n| 1 | 区商务委 |\n+--\n"))
	// Inputs that were once slow: many duties or brackets on one line.
	f.Add([]byte("一、重点任务\n1.建设" + strings.Repeat("每月调度", 2000)))
	f.Add([]byte("一、重点任务\n1.建设" + strings.Repeat("周会商、", 2000)))
	f.Add([]byte("一、重点任务\n1.建设" + strings.Repeat("(责任单位:市", 2000)))
	// A table run together on one line with one row of 12,000 characters that almost reads as units.
	f.Add([]byte("序号重点任务牵头单位配合单位1推进" + strings.Repeat("市发改局、", 2400) + "2完成"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := plan.Parse("fuzz", data, plan.Options{})
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, task := range d.Tasks {
			if seen[task.ID] {
				t.Fatalf("duplicate task id %s", task.ID)
			}
			seen[task.ID] = true
			if task.Doc.ID != d.ID {
				t.Fatalf("task %s has doc %s, want %s", task.ID, task.Doc.ID, d.ID)
			}
		}
	})
}

func BenchmarkParseSeeds(b *testing.B) {
	files := seeds.Files()
	var size int64
	for _, f := range files {
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := plan.Parse(f.Name, f.Data, plan.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParse1000Plans parses 1,000 plans made by varying the seeds' cities and dates.
func BenchmarkParse1000Plans(b *testing.B) {
	files := seeds.Files()
	cities := []string{"衢州", "湖州", "嘉兴", "菏泽", "温州", "金华", "台州", "丽水", "绍兴", "宁波"}
	var plans [][]byte
	for i := 0; len(plans) < 1000; i++ {
		f := files[i%len(files)]
		c := cities[i%len(cities)]
		text := strings.ReplaceAll(string(f.Data), "2023", []string{"2025", "2026", "2027"}[i%3])
		for _, old := range []string{"衢州", "湖州", "嘉兴", "菏泽", "温州"} {
			text = strings.ReplaceAll(text, old, c)
		}
		plans = append(plans, []byte(text))
	}
	aliases := plan.DefaultAliases()
	b.ReportAllocs()
	for b.Loop() {
		for i, p := range plans {
			if _, err := plan.Parse("gen", p, plan.Options{Aliases: aliases}); err != nil {
				b.Fatalf("plan %d: %v", i, err)
			}
		}
	}
}

func TestDocumentNumbers(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"after the notice's title, in brackets", "韶关市人民政府关于印发韶关市降低制造业企业成本若干政策措施的通知(韶府〔2019〕31号)\n各县(市、区)人民政府:\n现将《措施》印发给你们。\n一、降低用地成本\n1.降低工业用地成本(责任单位:市自然资源局)。\n", "韶府〔2019〕31号"},
		{"a page label with spaces inside its word", "区人民政府办公室关于印发责任分解方案的通知\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n各街道:\n现将方案印发给你们。\n1.抓好项目建设(责任单位:区发改局)。\n", "蔡政办〔2023〕1号"},
		{"a cited notice's number is not the plan's", "根据市政府关于重点推进重大项目的通知(成府发〔2009〕23号)精神,现通知如下。\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := plan.ParseText("n.txt", c.text, plan.Options{})
			if err != nil && c.want != "" {
				t.Fatal(err)
			}
			if d != nil && d.Number != c.want {
				t.Errorf("number %q, want %q", d.Number, c.want)
			}
		})
	}
}
