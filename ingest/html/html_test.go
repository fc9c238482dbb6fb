package html

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

func TestText(t *testing.T) {
	page := `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>关于印发方案的通知</title>
<script>document.write("<p>脚本</p>")</script><style>p{margin:0}</style></head>
<body>
<div id="top"><a href="/">网站首页</a> | <a href="/en">English</a></div>
<nav><ul><li><a href="/a">政务公开</a></li><li><a href="/b">办事服务</a></li></ul></nav>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj">政策文件</a></div>
<div class="main-content"><div id="zoom">
<h1>某市服务业发展实施方案</h1>
<p>　　一、重点任务</p>
<p>　　1.建设创新发展区。<br>(责任单位:市发改委)</p>
<p>　　2.建设 综合保税区。&nbsp;(责任单位:市商务局)</p>
<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>
<tr><td>1</td><td><p>建设平台</p><p>2023年底前完成</p></td><td>区发改局</td></tr></table>
<p style="display:none">隐藏文字</p>
<p style="DISPLAY : None !important">隐藏文字二</p>
<div hidden="until-found"><p>隐藏文字三</p></div>
<p style="color:red;visibility:
hidden">隐藏文字四</p>
<table><tr style="visibility: collapse"><td>隐藏文字五</td></tr></table>
</div></div>
<div class="share">分享：<a href="#">微信</a><a href="#">微博</a></div>
<ul class="list"><li><a href="/1">相关文件一</a></li><li><a href="/2">相关文件二</a></li></ul>
<footer>版权所有 某市人民政府 <a href="/map">网站地图</a></footer>
</body></html>`
	got, err := Text(ingesttest.GBK(t, page))
	if err != nil {
		t.Fatal(err)
	}
	ingesttest.SameLines(t, got, []string{
		"某市服务业发展实施方案",
		"一、重点任务",
		"1.建设创新发展区。",
		"(责任单位:市发改委)",
		"2.建设 综合保税区。 (责任单位:市商务局)",
		"序号", "重点任务", "责任单位",
		"1", "建设平台", "2023年底前完成", "区发改局",
	})
}

func TestTextCharsets(t *testing.T) {
	body := "<p>一、重点任务</p><p>1.建设平台。（责任单位：市发改委）</p>"
	ascii := "<html><head><title>x</title>" + strings.Repeat("<!-- padding so the first KB is ASCII -->", 40) + "</head><body>"
	want := []string{"一、重点任务", "1.建设平台。（责任单位：市发改委）"}
	tests := []struct {
		name string
		data []byte
	}{
		{"utf-8 declared", []byte(`<html><head><meta charset="utf-8"></head><body>` + body)},
		{"gb2312 declared, GBK bytes", ingesttest.GBK(t, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>`+body)},
		{"undeclared GBK", ingesttest.GBK(t, ascii+body)},
		{"undeclared UTF-8", []byte(ascii + body)},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, ascii+body...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			g := ingesttest.Lines(got)
			if len(g) < 2 || strings.Join(g[len(g)-2:], "\n") != strings.Join(want, "\n") {
				t.Errorf("got %q", g)
			}
		})
	}
}

func TestTextMetadata(t *testing.T) {
	sidebar := strings.Repeat("本站近期发布的政策解读摘要，供参考阅读。", 6)
	page := `<html><head><meta charset="utf-8"></head><body>
<div class="wrap">
<div class="detail-wrap">
<table class="xxgk"><tr><td>索引号：</td><td>11330800/2023-138402</td><td>文号：</td><td>衢政办发〔2023〕21号</td></tr></table>
<h1 class="title">衢州市服务业高质量发展实施方案</h1>
<div class="TRS_Editor">
<p>一、重点任务</p><p>1.建设省级现代服务业创新发展区，引导资金、土地、项目、人才等要素资源进一步向创新发展区集聚。（责任单位：市发改委）</p>
<p>2.建设综合保税区，明晰功能定位、突出优势业态、实现错位发展，力争2023年获批建设。（责任单位：市商务局）</p>
<p>3.推进多式联运枢纽港建设，形成多式联运物流体系，打造区域物流集散中心。（责任单位：市交通运输局）</p>
</div></div>
<div class="right-col"><p>` + sidebar + `</p></div>
</div></body></html>`
	got, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"衢政办发〔2023〕21号", "衢州市服务业高质量发展实施方案", "3.推进多式联运枢纽港建设"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "政策解读摘要") {
		t.Errorf("kept the sidebar:\n%s", got)
	}
}

// TestSeedsConverted writes each seed as a government site's page around the plan, and checks
// that the text comes back line for line and parses to the same tasks as the text original.
func TestSeedsConverted(t *testing.T) {
	ingesttest.CheckSeedsConverted(t, ingesttest.Conversion{Ext: ".html", Convert: ingesttest.SeedHTML, Read: Text})
}

// TestRealFiles reads pages LibreOffice wrote (testdata/README.md) and checks that they parse to
// the plans their texts do.
func TestRealFiles(t *testing.T) {
	ingesttest.CheckRealFiles(t, ".html", []ingesttest.RealFile{
		{Name: "quzhou.html", Source: "quzhou"},
		{Name: "heze.html", Source: "heze"},
		{Name: "cangnan-table.html", Source: "r-zj-cangnan-2022-livelihood-progress"},
		{Name: "shaoxing-table.html", Source: "e-zj-shaoxing-2020-q1-progress"},
	}, Text)
}

// FuzzText checks what every page must give: no panic, a refusal that says what to do, or valid
// UTF-8 text. Run it for a minute:
//
//	go test ./ingest/html -run '^$' -fuzz FuzzText -fuzztime 60s
//
// Inputs the fuzzer found are kept under testdata/fuzz/FuzzText/ and run in every test.
func FuzzText(f *testing.F) {
	f.Add(ingesttest.SeedHTML(ingesttest.SmallPlan(f)))
	f.Add([]byte(`<html><head><meta charset="gbk"></head><body><nav>n</nav><div id="zoom"><p>一、任务</p><table><tr><td>1</td><td><a href="#">链接</a></td></tr></table></div></body></html>`))
	f.Add([]byte(`<!DOCTYPE html><body><div class="content"><pre>一、任务
1.建设</pre><b><i><u>x</b></i></u></div></body>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ingesttest.CheckAnswer(t, func() (string, error) { return Text(data) })
	})
}
