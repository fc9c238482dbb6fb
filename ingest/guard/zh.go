package guard

import (
	"regexp"
	"strings"
)

// A refusal is written in English where its cause is found (the reason and remedy of the error,
// and the logs); ZH says it in Chinese for the people who sent the file, in Slack and in the
// ingest command's own output. A new refusal is a line here too: TestRefusalsSaidInChinese checks
// every refusal the hostile files, the odd formats and the limits raise.

// reasonsZH are the reasons, in the order they are tried. $1, $2 … are the English's groups; a group
// marked in again is said in Chinese too (a sandbox stop wraps the reason it stopped for).
var reasonsZH = []struct {
	en    *regexp.Regexp
	zh    string
	again bool // $1 is a reason of its own, said in Chinese too
}{
	{re(`^(.+), so it could not be read safely$`), "$1，无法安全读取", true},
	{re(`^(.+) \(a compression bomb, or not a plan\)$`), "$1（像是压缩炸弹，或者根本不是方案）", true},
	{re(`^(.+): the file is damaged or built to harm the reader$`), "文件已损坏，或是专门做来攻击阅读程序的（$1）", false},
	{re(`^the file is empty$`), "文件是空的", false},
	{re(`^the file holds no text$`), "文件里没有文字", false},
	{re(`^the file is not text and not a format dutybot reads$`), "文件不是文本，也不是 dutybot 能读的格式", false},
	{re(`^the file is (.+), over the (.+) limit$`), "文件大小 $1，超过了 $2 的上限", false},
	{re(`^the file is over the (.+) limit$`), "文件超过了 $1 的上限", false},
	{re(`^this is a directory, not a file$`), "这是一个目录，不是文件", false},
	{re(`^this is a device, not a file$`), "这是一个设备，不是文件", false},
	{re(`^this is a socket, not a file$`), "这是一个套接字，不是文件", false},
	{re(`^this is a named pipe, not a file$`), "这是一个命名管道，不是文件", false},
	{re(`^this is not a regular file$`), "这不是普通文件", false},
	{re(`^this is an old Word \(\.doc\) file, whatever its name says, and \.doc files are not read$`), "这是旧版 Word（.doc）文件（不论文件名怎么写），dutybot 不读 .doc 文件", false},
	{re(`^old Word \(\.doc\) files are not read$`), "dutybot 不读旧版 Word（.doc）文件", false},
	{re(`^an old Excel or PowerPoint file \(\.xls, \.ppt\), not a Word document$`), "这是旧版 Excel 或 PowerPoint 文件（.xls、.ppt），不是 Word 文档", false},
	{re(`^WPS \(\.wps\) files are not read$`), "dutybot 不读 WPS（.wps）文件", false},
	{re(`^OFD files are not read$`), "dutybot 不读 OFD 文件", false},
	{re(`^the file is password-protected \(an encrypted Office document\)$`), "文件设了密码（加密的 Office 文档）", false},
	{re(`^a zip archive or Office file that is not a Word document$`), "这是压缩包或别的 Office 文件，不是 Word 文档", false},
	{re(`^unknown file type$`), "认不出文件类型", false},
	{re(`^the web page holds (\d+) tags, more than any plan does$`), "网页有 $1 个标签，比任何方案都多", false},
	{re(`^the web page nests its elements more than (\d+) deep, more than any page does$`), "网页元素嵌套超过 $1 层，比任何网页都深", false},
	{re(`^the web page could not be read$`), "网页读不出来", false},
	{re(`^the Word file is password-protected$`), "Word 文件设了密码", false},
	{re(`^the Word file has no body$`), "Word 文件没有正文", false},
	{re(`^the file is a zip but not a Word document \(no word/document\.xml\)$`), "文件是压缩包，但不是 Word 文档（没有 word/document.xml）", false},
	{re(`^the Word file is damaged \(not a valid \.docx zip\)$`), "Word 文件已损坏（不是有效的 .docx 压缩包）", false},
	{re(`^the Word file is damaged:? ?(.*)$`), "Word 文件已损坏：$1", false},
	{re(`^the Word file's (.+), more than any plan does$`), "Word 文件超出了任何方案都不会有的规模（$1）", false},
	{re(`^reading the PDF did not finish \(it is probably damaged\)$`), "PDF 没能读完（很可能已损坏）", false},
	{re(`^the PDF is password-protected$`), "PDF 设了密码", false},
	{re(`^the PDF is encrypted in a way dutybot cannot open$`), "PDF 的加密方式 dutybot 打不开", false},
	{re(`^the PDF has no pages$`), "PDF 没有页面", false},
	{re(`^the PDF is a scan: its pages are images with no text layer$`), "PDF 是扫描件：页面都是图片，没有文字层", false},
	{re(`^the PDF's fonts carry no Unicode map, so its text cannot be read$`), "PDF 的字体没有 Unicode 对照表，文字读不出来", false},
	{re(`^the PDF is damaged (.*)$`), "PDF 已损坏 $1", false},
	{re(`^the PDF's page tree loops (.+)$`), "PDF 的页面树首尾相连、循环引用 $1", false},
	{re(`^the PDF's page has more than (\d+) parents \(its page tree loops\)$`), "PDF 的页面有超过 $1 层上级（页面树循环引用）", false},
	{re(`^the PDF(?:'s)? (.+), more than any plan(?: does)?$`), "PDF 超出了任何方案都不会有的规模（$1）", false},
	{re(`^the PDF(?:'s)? (.+)$`), "PDF 结构异常（$1）", false},
	{re(`^reading the file used more than (.+) of memory and was stopped$`), "读取时占用内存超过 $1，已被中止", false},
	{re(`^reading the file gave more than (.+) of output$`), "读取结果超过 $1", false},
	{re(`^the plan is too long to read in the time allowed \((.+) of processor time\), so it was not read$`), "方案太长，在允许的时间（$1 处理器时间）内读不完，没有读取", false},
	{re(`^the server was too busy to read the file within (.+)$`), "服务器太忙，没能在限定时间内读完文件（$1）", false},
	{re(`^the file expands to more than (.+) when unpacked$`), "文件解压后超过 $1", false},
	{re(`^(.+) expands to more than (.+) when unpacked$`), "$1 解压后超过 $2", false},
	{re(`^(.+) is compressed more than (\d+) to 1, as compression bombs are$`), "$1 的压缩比超过 $2 比 1，和压缩炸弹一样", false},
}

// remediesZH are the remedies, said whole.
var remediesZH = map[string]string{
	"send the plan's file again":                                                                               "请重新发送方案文件",
	"save the plan as .docx, .pdf (with a text layer), .html or .txt":                                          "请把方案存为 .docx、带文字层的 .pdf、.html 或 .txt 再发",
	"delete or retype what is there and send it again, or send the .docx or PDF":                               "请删掉或重新输入有问题的部分再发，或者发 .docx 或 PDF",
	"open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档), then send that":                         "请用 Word 或 WPS 打开，另存为 .docx（文件 → 另存为 → Word 文档）后再发",
	"open it in Word or WPS and save it as .docx, then send that":                                              "请用 Word 或 WPS 打开，另存为 .docx 后再发",
	"send the plan itself as .docx, .pdf, .html or .txt":                                                       "请把方案本身存为 .docx、.pdf、.html 或 .txt 再发",
	"open it in WPS and save it as .docx (文件 → 另存为 → Word 文件), then send that":                                 "请用 WPS 打开，另存为 .docx（文件 → 另存为 → Word 文件）后再发",
	"open it in an OFD reader and export it as PDF with text, or ask the issuer for the .docx or the web page": "请用 OFD 阅读器导出为带文字的 PDF，或向发文单位要 .docx 或网页",
	"remove the password (文件 → 信息 → 保护文档 → 用密码进行加密, clear it) and save it as .docx again":                      "请去掉密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空）后另存为 .docx 再发",
	"check that it is the plan itself; a scanned plan needs OCR first":                                         "请确认这是方案本身；扫描件需要先做文字识别（OCR）",
	"name the plan file itself":                                                                                                           "请指定方案文件本身",
	"save the plan to a file and name that":                                                                                               "请把方案存成文件，再指定那个文件",
	"save the page as .txt (copy its text) or send the .docx or PDF":                                                                      "请把网页存为 .txt（复制其文字），或者发 .docx 或 PDF",
	"open it in Word or WPS and save it again as .docx, or send a PDF or the web page":                                                    "请用 Word 或 WPS 打开后重新另存为 .docx，或者发 PDF 或网页",
	"remove the password and save it as .docx again":                                                                                      "请去掉密码后重新另存为 .docx",
	"send the .docx, or the web page, or save the PDF as .docx (WPS: PDF转Word) and send that":                                             "请发 .docx 或网页，或者把 PDF 转成 .docx（WPS：PDF转Word）再发",
	"ask for an unprotected copy or the .docx, or remove the password and save a new PDF":                                                 "请要一份没有密码的文件或 .docx，或者去掉密码另存一份 PDF",
	"ask for an unprotected copy or the .docx":                                                                                            "请要一份没有密码的文件或 .docx",
	"check that it is the plan itself; send the .docx or the web page, or save the PDF as .docx (WPS: PDF转Word) and send that":            "请确认这是方案本身；发 .docx 或网页，或者把 PDF 转成 .docx（WPS：PDF转Word）再发",
	"check that it is the plan itself; open it in Word or WPS, save it again as .docx and send that, or send a PDF or .txt":               "请确认这是方案本身；用 Word 或 WPS 打开后重新另存为 .docx 再发，或者发 PDF 或 .txt",
	"check the file; send the plan itself as .docx, .pdf or .txt":                                                                         "请检查文件；把方案本身存为 .docx、.pdf 或 .txt 再发",
	"check that the file opens and is the plan itself, then send it as .docx or .txt (or the web page)":                                   "请确认文件能打开、是方案本身，再存为 .docx 或 .txt（或网页）发送",
	"send the plan in parts (each annex or task list as a file of its own), or ask whoever runs dutybot to raise DUTYBOT_EXTRACT_TIMEOUT": "请把方案分成几部分发送（每个附件或任务清单一个文件），或请 dutybot 的管理员调高 DUTYBOT_EXTRACT_TIMEOUT",
	"split the plan, remove its images (save as .docx or .txt), or ask an administrator to raise DUTYBOT_MAX_FILE_SIZE":                   "请把方案拆开、去掉图片（存为 .docx 或 .txt），或请管理员调高 DUTYBOT_MAX_FILE_SIZE",
	"run OCR on it (WPS or Acrobat: 识别文字/OCR) and send the result, or ask the issuer for the .docx or the web page":                       "请先做文字识别（WPS 或 Acrobat：识别文字/OCR）再发结果，或向发文单位要 .docx 或网页",
	"save it as .docx (WPS: PDF转Word) or send the web page instead":                                                                       "请另存为 .docx（WPS：PDF转Word），或者改发网页",
	"the server is busy: send the file again in a few minutes":                                                                            "服务器正忙：请过几分钟再发",
}

func re(s string) *regexp.Regexp { return regexp.MustCompile(s) }

// partsZH are the parts of a file a compression guard names (guard.Reader's What).
var partsZH = []struct {
	en *regexp.Regexp
	zh string
}{
	{re(`^a stream in the PDF `), "PDF 中的一个数据流 "},
	{re(`^an object stream in the PDF `), "PDF 中的一个对象流 "},
	{re(`^the Word file's part (\S+) `), "Word 文件的部件 $1 "},
}

// sizesZH says the byte counts of guard.HumanSize in Chinese.
var sizesZH = re(`(\d) bytes\b`)

// ReasonZH says a refusal's reason in Chinese; one it does not know is returned as it is.
func ReasonZH(reason string) string {
	for _, p := range partsZH {
		reason = p.en.ReplaceAllString(reason, p.zh)
	}
	for _, t := range reasonsZH {
		m := t.en.FindStringSubmatchIndex(reason)
		if m == nil {
			continue
		}
		zh := string(t.en.ExpandString(nil, t.zh, reason, m))
		if t.again && m[2] >= 0 {
			inner := reason[m[2]:m[3]]
			zh = strings.Replace(zh, inner, ReasonZH(inner), 1)
		}
		return sizesZH.ReplaceAllString(zh, "$1 字节")
	}
	return reason
}

// RemedyZH says a refusal's remedy in Chinese; one it does not know is returned as it is.
func RemedyZH(remedy string) string {
	if zh, ok := remediesZH[remedy]; ok {
		return zh
	}
	return remedy
}

// ZH is the refusal in Chinese, as the people who sent the file read it: "原因；办法".
func (e *Refusal) ZH() string {
	return ReasonZH(e.Reason) + "。" + RemedyZH(e.Remedy) + "。"
}
