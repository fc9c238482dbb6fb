package guard

import "testing"

func TestReasonZH(t *testing.T) {
	for _, c := range []struct{ name, en, zh string }{
		{"a plain reason", "the file is empty", "文件是空的"},
		{"sizes", "the file is 6 KB, over the 1000 bytes limit", "文件大小 6 KB，超过了 1000 字节 的上限"},
		{"a stop wraps the reason it stopped for", "reading the file used more than 512 MB of memory and was stopped, so it could not be read safely", "读取时占用内存超过 512 MB，已被中止，无法安全读取"},
		{"a bomb names the part", "a stream in the PDF is compressed more than 100 to 1, as compression bombs are (a compression bomb, or not a plan)", "PDF 中的一个数据流 的压缩比超过 100 比 1，和压缩炸弹一样（像是压缩炸弹，或者根本不是方案）"},
		{"a page tree that loops is no size", "the PDF's page tree loops (object 5 lists its own ancestor as a kid)", "PDF 的页面树首尾相连、循环引用 (object 5 lists its own ancestor as a kid)"},
		{"a cap passed", "the PDF places more than 2000000 characters, more than any plan", "PDF 超出了任何方案都不会有的规模（places more than 2000000 characters）"},
		{"any other PDF trouble", "the PDF declares /Columns 1000000000000, beyond any real file", "PDF 结构异常（declares /Columns 1000000000000, beyond any real file）"},
		{"an unknown reason stays as it is", "something new", "something new"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ReasonZH(c.en); got != c.zh {
				t.Errorf("ReasonZH(%q) = %q, want %q", c.en, got, c.zh)
			}
		})
	}
}
