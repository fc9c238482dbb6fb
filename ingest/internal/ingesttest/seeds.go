package ingesttest

import (
	"fmt"
	"html"
	"strings"
)

// SeedLines returns a seed's non-blank lines, trimmed at the right.
func SeedLines(text string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t\u00a0\u3000")
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// seedTable finds a flattened table in a seed: from a line "序号" to the line before "附件…" (or the
// end). The cells are laid into rows of the header's width in order, so a table extractor that
// writes cells one per line gives the seed's lines back.
func seedTable(lines []string) (start, end, cols int) {
	for i, l := range lines {
		if strings.TrimSpace(l) != "序号" {
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "责任单位" && j-i < 8 {
			j++
		}
		if j == len(lines) || strings.TrimSpace(lines[j]) != "责任单位" {
			continue
		}
		cols = j - i + 1
		end = len(lines)
		for k := j + 1; k < len(lines); k++ {
			if strings.HasPrefix(strings.TrimSpace(lines[k]), "附件") {
				end = k
				break
			}
		}
		return i, end, cols
	}
	return -1, -1, 0
}

// SeedDOCX writes a seed as a Word file; a flattened table becomes a Word table.
func SeedDOCX(text string) []byte {
	lines := SeedLines(text)
	start, end, cols := seedTable(lines)
	var blocks []DOCXBlock
	for i := 0; i < len(lines); i++ {
		if i == start {
			var rows [][]DOCXCell
			var row []DOCXCell
			for ; i < end; i++ {
				row = append(row, DOCXCell{Paras: []string{lines[i]}})
				if len(row) == cols {
					rows = append(rows, row)
					row = nil
				}
			}
			if row != nil {
				rows = append(rows, row)
			}
			blocks = append(blocks, DOCXBlock{Table: rows})
			i--
			continue
		}
		blocks = append(blocks, DOCXBlock{Text: lines[i]})
	}
	return DOCX(blocks, "")
}

// SeedHTML writes a seed as a government site's page: navigation, share bar, related links
// and footer around the article; a flattened table becomes an HTML table.
func SeedHTML(text string) []byte {
	lines := SeedLines(text)
	start, end, cols := seedTable(lines)
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title>
<style>.x{color:red}</style><script>var nav = "首页";</script></head><body>
<div class="header"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></div>
<div class="nav"><ul><li><a href="/1">机构概况</a></li><li><a href="/2">政策文件</a></li><li><a href="/3">规划计划</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
<div class="article"><div class="con">`)
	for i := 0; i < len(lines); i++ {
		if i == start {
			b.WriteString("<table border=\"1\">")
			for r := start; r < end; r += cols {
				b.WriteString("<tr>")
				for c := r; c < r+cols && c < end; c++ {
					fmt.Fprintf(&b, "<td><p>%s</p></td>", html.EscapeString(lines[c]))
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</table>\n")
			i = end - 1
			continue
		}
		fmt.Fprintf(&b, "<p style=\"text-indent:2em\">%s</p>\n", html.EscapeString(lines[i]))
	}
	b.WriteString(`</div></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a">关于做好2024年服务业工作的通知</a></li><li><a href="/b">市政府常务会议召开</a></li></ul></div>
<div class="footer">主办单位：市人民政府办公室 <a href="/about">网站地图</a> 浙ICP备00000000号</div>
</body></html>`)
	return []byte(b.String())
}
