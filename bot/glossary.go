package bot

import (
	"regexp"
	"sort"
	"strings"
)

// glossary turns the English words of a question into the plans' own Chinese terms, so that an
// English figure or search question can be matched against Chinese text offline ("How much will
// Quzhou's service industry value added reach?" → 服务业 增加值). Words it does not know stay in the
// phrase and count against the match: an untranslated key word gives "the plans do not say"
// rather than a guess.
var glossary = map[string]string{
	"air quality": "空气质量", "forecast": "预报", "forecasts": "预报", "red coral": "红珊瑚", "sand and gravel": "砂石", "gravel": "砂石",
	"muck trucks": "渣土车", "muck truck": "渣土车", "fishing boats": "渔船", "fishing boat": "渔船", "fishing vessels": "渔船", "fishing vessel": "渔船", "fishing-vessel": "渔船",
	"old buildings": "老楼", "dilapidated buildings": "危楼", "dangerous buildings": "危楼", "port company": "港务公司",
	"intangible cultural heritage": "非物质文化遗产", "intangible heritage": "非遗", "licensed software": "正版软件", "genuine software": "正版软件",
	"traffic safety": "交通安全", "duty-free": "免税", "customs": "海关", "research institute": "研究院",
	"cross-strait": "两岸", "scenic spots": "景区", "scenic spot": "景区", "hazardous chemicals": "危险化学品", "drills": "演练", "drill": "演练",
	"service industry": "服务业", "service industries": "服务业", "services sector": "服务业", "service sector": "服务业", "service-sector": "服务业", "services-sector": "服务业", "services": "服务业",
	"value added": "增加值", "value-added": "增加值", "added value": "增加值", "added-value": "增加值",
	"enterprises": "企业", "enterprise": "企业", "companies": "企业", "company": "企业", "firms": "企业", "firm": "企业", "businesses": "企业",
	"leading": "领军", "backbone": "骨干", "listed companies": "上市公司", "listed company": "上市公司", "listed enterprises": "上市公司", "listed enterprise": "上市公司",
	"listed firms": "上市公司", "listed firm": "上市公司", "going public": "企业上市", "public listing": "企业上市", "public listings": "企业上市", "ipo": "企业上市", "ipos": "企业上市", "headquarters": "总部",
	"talents": "人才", "talent": "人才", "entrepreneurs": "企业家", "new generation": "新生代", "new-generation": "新生代", "skilled": "技能",
	"logistics": "物流", "multimodal": "多式联运", "containers": "集装箱", "container": "集装箱", "port": "港",
	"tourism": "旅游", "culture": "文化", "cultural": "文化", "investment": "投资", "projects": "项目", "project": "项目",
	"livelihood": "民生", "people's livelihood": "民生", "progress table": "进度表", "progress tables": "进度表",
	"platforms": "平台", "platform": "平台", "innovation": "创新", "development zones": "开发区", "development zone": "开发区",
	"elderly care": "养老", "childcare": "托育", "child care": "托育", "nursery places": "托位", "housekeeping": "家政", "domestic services": "家政",
	"e-commerce": "电商", "cross-border": "跨境", "finance": "金融", "financial": "金融", "bonded zone": "综合保税区",
	"brand": "品牌", "brands": "品牌", "time-honored": "老字号", "training": "培训", "employees": "从业人员", "employment": "从业人员",
	"workers": "从业人员", "revenue": "营业收入", "operating income": "营业收入", "tax": "税收", "taxes": "税收", "deed tax": "契税", "deed taxes": "契税",
	"software": "软件", "big data": "大数据", "artificial intelligence": "人工智能", "technology": "科技",
	"health": "健康", "digital": "数字", "consumption": "消费", "trade": "贸易", "standards": "标准", "standard": "标准",
	"overseas warehouses": "海外仓", "overseas warehouse": "海外仓", "radio": "无线电", "industrial internet": "工业互联网",
	"per thousand people": "每千人口", "per thousand": "每千人口",
	"human resources": "人力资源", "pilot": "试点", "digital rmb": "数字人民币", "digital yuan": "数字人民币",
	"night economy": "夜间经济", "night-time economy": "夜间经济", "nighttime economy": "夜间经济", "evening economy": "夜间经济",
	"low-altitude economy": "低空经济", "low altitude economy": "低空经济", "forest coverage rate": "森林覆盖率", "forest coverage": "森林覆盖率",
	"14th five-year plan": "十四五", "five-year plan": "五年规划", "energy consumption": "能耗", "energy": "能源",
	"11th five-year plan": "十一五", "12th five-year plan": "十二五", "13th five-year plan": "十三五", "15th five-year plan": "十五五",
	"energy use per 10,000 yuan of gdp": "万元地区生产总值能源消耗", "energy use per unit of gdp": "单位地区生产总值能耗", "energy use": "能耗",
	"retail sales of consumer goods": "社会消费品零售总额", "retail sales": "社会消费品零售总额", "foreign investment": "外资", "foreign capital": "外资",
	"imports and exports": "进出口", "import and export": "进出口", "exports": "出口", "fixed asset investment": "固定资产投资", "fixed-asset investment": "固定资产投资",
	"urban rail transit": "城市轨道交通", "rail transit": "轨道交通", "data exchange": "数据交易所", "residents' income": "居民收入", "resident income": "居民收入",
	"household income": "居民收入", "disposable income": "可支配收入", "air pollution": "大气污染", "sewage": "污水", "wastewater": "污水", "carbon": "碳",
	"emissions": "排放", "water quality": "水质", "water": "水", "entrepreneurship": "创业", "start-ups": "创业", "startups": "创业", "digital government": "数字政府",
	"computing power": "算力", "semiconductors": "半导体", "semiconductor": "半导体", "integrated circuits": "集成电路", "integrated circuit": "集成电路",
	"new urban jobs": "城镇新增就业", "urban jobs": "城镇新增就业", "new jobs": "新增就业", "urban employment": "城镇就业",
	"high standard farmland": "高标准农田", "cultivated land": "耕地", "arable land": "耕地",
	"saline-alkali land": "盐碱地", "saline-alkali": "盐碱地", "grain": "粮食", "grain output": "粮食产量", "agriculture": "农业", "agricultural": "农业",
	"rural revitalization": "乡村振兴", "livestock": "畜牧", "no-breeding zones": "禁养区", "no-breeding zone": "禁养区", "breeding-prohibited zones": "禁养区", "livestock and poultry": "畜禽", "irrigation": "灌溉", "seed industry": "种业", "seeds": "种业",
	"new energy vehicles": "新能源汽车", "electric vehicles": "新能源汽车", "elderly": "养老", "old-age care": "养老", "nursing": "护理", "cross-border e-commerce": "跨境电商",
	"gross domestic product": "地区生产总值", "gdp": "GDP", "general public budget revenue": "一般公共预算收入", "budget revenue": "一般公共预算收入",
	"budget": "预算", "budgets": "预算", "catering": "餐饮", "restaurants": "餐饮", "money": "经费", "funding": "经费", "funds": "经费", "cost": "费用", "costs": "费用",
	"provident fund": "公积金", "housing provident fund": "住房公积金", "loans": "贷款", "loan": "贷款", "mortgage": "贷款", "mortgages": "贷款",
	"down payment": "首付", "apartments": "公寓", "apartment": "公寓", "party school": "党校", "subsidies": "补贴", "subsidy": "补贴",
	"rental": "租赁", "adjusting": "调整", "adjust": "调整", "adjustment": "调整", "adjustments": "调整",
	"garbage": "垃圾", "waste": "垃圾", "road network": "路网", "food safety": "食品安全", "housing": "住房", "real estate": "房地产", "real-estate": "房地产", "property market": "房地产",
	"education": "教育", "medical": "医疗", "healthcare": "医疗", "hospitals": "医院", "culture and tourism": "文化旅游", "sports": "体育",
	"industrial parks": "园区", "industrial park": "园区", "parks": "公园", "park": "公园", "green hearts": "绿心", "green heart": "绿心", "new towns": "新城", "new town": "新城", "greening": "绿化", "green space": "绿地",
	"fire safety": "消防安全", "forest fire prevention": "森林防火", "forest fire": "森林防火", "echelon": "梯队", "echelons": "梯队", "fire": "消防", "flood control": "防汛", "shore power": "岸电", "marine litter": "海洋垃圾",
	"land transfer fees": "土地出让金", "land transfer fee": "土地出让金", "in installments": "分期", "installment": "分期", "instalment": "分期", "instalments": "分期", "installments": "分期",
	"soil-protection": "土壤", "soil protection": "土壤", "soil pollution": "土壤污染", "soil": "土壤",
	"drainage reform": "排水 改革", "drainage": "排水", "reform": "改革",
	"zero-carbon parks": "零碳园区", "zero-carbon park": "零碳园区", "zero carbon park": "零碳园区", "zero-carbon": "零碳", "zero carbon": "零碳",
	"carbon footprints": "碳足迹", "carbon footprint": "碳足迹", "green-power traceability": "绿电溯源", "green power": "绿电", "green electricity": "绿电", "traceability": "溯源",
	"photovoltaics": "光伏", "photovoltaic": "光伏", "solar power": "光伏", "solar": "光伏", "pv": "光伏",
	"ports": "港口", "airport": "机场", "railway": "铁路", "highways": "高速公路", "expressways": "高速公路",
	"city west": "城西", "corridor": "走廊", "science and technology": "科技", "sci-tech": "科技", "innovation corridor": "创新走廊",
	"ultra-hd": "超高清", "ultra hd": "超高清", "ultra-high-definition": "超高清", "ultra high definition": "超高清", "uhd": "超高清", "4k": "超高清",
	"set-top boxes": "机顶盒", "set-top box": "机顶盒", "set top boxes": "机顶盒", "set top box": "机顶盒",
	"cable tv": "有线电视", "cable television": "有线电视", "display": "显示", "displays": "显示",
	"talent apartments": "人才公寓", "talent apartment": "人才公寓", "postdoctoral": "博士后", "postdoc": "博士后",
	"hotline": "热线", "government services": "政务服务", "one-stop": "一站式", "one-network": "一网通办", "one network": "一网通办",
	"cold chain": "冷链", "bonded": "保税", "free trade zone": "自由贸易试验区", "free trade": "自由贸易",
	"report progress": "通报 进度", "progress reports": "通报", "progress report": "通报", "progress": "进度", "briefing": "通报",
	"report": "通报", "reports": "通报", "reporting": "通报", "reporting deadlines": "报送 deadlines", "reporting deadline": "报送 deadline",
	"government work report": "政府工作报告", "market access negative list": "市场准入负面清单", "negative list": "负面清单", "work report division": "政府工作报告 分工", "division of work": "分工", "division plan": "分工方案", "division plans": "分工方案",
	"city leader in charge": "分管市领导", "leader in charge": "分管领导", "city leader": "市领导", "in charge of": "负责",
	"supervision": "督导", "inspections": "督查", "inspection": "督查", "meetings": "会议", "meeting": "会议", "dispatch": "调度",
	"assessment": "考核", "evaluation": "评价", "data exchanges": "数据交易所", "working group": "工作专班", "task force": "工作专班",
	"port throughput": "港口吞吐量", "throughput": "吞吐量", "regular meetings": "例会", "regular meeting": "例会",
	"biweekly meetings": "双周例会", "biweekly meeting": "双周例会", "bi-weekly meeting": "双周例会", "fortnightly meeting": "双周例会",
	"monthly dispatch meeting": "月调度会议", "dispatch meeting": "调度会议", "chairs": "主持", "chair": "主持", "presides over": "主持", "preside over": "主持",
	"medical complex": "医疗综合体", "medical complexes": "医疗综合体", "new area": "新区", "new district": "新区",
	"school": "学校", "schools": "学校", "primary school": "小学", "primary schools": "小学", "middle school": "中学", "middle schools": "中学", "in front of": "门前",
	"rural roads": "农村公路", "rural road": "农村公路", "safety protection": "安全防护", "road safety": "道路安全",
	"road condition checks": "路况检测", "road condition inspections": "路况检测", "road condition": "路况", "road conditions": "路况",
	"farmland": "农田", "high-standard farmland": "高标准农田", "drinking water": "饮水", "public bicycles": "公共自行车", "public bicycle": "公共自行车",
	"ecological civilization": "生态文明", "ecological-civilization": "生态文明", "ecological environment": "生态环境", "ecological": "生态", "ecology": "生态",
	"new pollutants": "新污染物", "new-pollutant": "新污染物", "new pollutant": "新污染物", "pollutants": "污染物", "pollution": "污染",
	"monitoring": "监测", "survey": "调查", "rectification": "整改", "rectify": "整改", "remediation": "整治",
	"work safety": "安全生产", "production safety": "安全生产", "safety": "安全", "emergency": "应急", "emergencies": "应急",
	"situation analysis": "形势分析", "situation analyses": "形势分析", "safety situation analysis": "安全生产形势分析",
	"gas safety checks": "燃气安全隐患排查", "gas safety check": "燃气安全隐患排查", "gas checks": "燃气 排查", "gas check": "燃气 排查",
	"social credit": "社会信用", "credit repair": "信用修复", "credit restoration": "信用修复", "credit": "信用", "open government": "政务公开", "government affairs disclosure": "政务公开",
	"private economy": "民营经济", "urban renewal": "城市更新", "sanitation": "环境卫生", "civilized city": "文明城市",
	"rule of law": "法治", "food security": "粮食安全", "grain security": "粮食安全",
	"transport": "交通", "transportation": "交通", "traffic": "交通",
	// Bottled (or barrelled) water as plans write it, 瓶（桶）装饮用水: 装饮用水 is in every form; those who
	// make it are 生产企业, and to supervise them is 监管.
	"bottled water": "装饮用水", "bottled drinking water": "装饮用水", "barrelled water": "装饮用水", "barreled water": "装饮用水",
	"producers": "生产企业", "producer": "生产企业", "manufacturers": "生产企业", "manufacturer": "生产企业",
	"supervises": "监管", "supervise": "监管", "supervising": "监管", "regulates": "监管", "regulate": "监管",
	"sponge city": "海绵", "sponge-city": "海绵", "sponge cities": "海绵", "key projects": "重点项目", "key project": "重点项目",
	"fair market access": "公平准入", "fair access": "公平准入", "market access": "市场准入",
	"garbage sorting": "垃圾分类", "garbage classification": "垃圾分类", "waste sorting": "垃圾分类", "waste classification": "垃圾分类", "refuse sorting": "垃圾分类",
	"village planning": "村庄规划", "village plans": "村庄规划", "village plan": "村庄规划", "village committees": "村委会", "village committee": "村委会",
	"village cadres": "村干部", "villages": "村庄", "village": "村庄",
	"toilets": "厕所", "toilet": "厕所", "rural living environment": "农村人居环境", "living environment": "人居环境",
	"urban household registration": "城镇落户", "household registration": "落户", "hukou": "落户", "settlement restrictions": "落户限制", "relaxing": "放宽", "relax": "放宽", "relaxed": "放宽",
	"restrictions": "限制", "restriction": "限制",
	"quantum":             "量子",
	"high-rise buildings": "高层建筑", "high-rise building": "高层建筑", "high-rise": "高层建筑",
	"gas pipes": "燃气管道", "gas pipe": "燃气管道", "gas pipelines": "燃气管道", "gas pipeline": "燃气管道", "renovation": "改造", "renovations": "改造", "retrofit": "改造", "retrofits": "改造",
	"gas hookup": "燃气接入", "gas hookups": "燃气接入", "gas connection": "燃气接入", "gas connections": "燃气接入", "gas access": "燃气接入",
	"three zeros": "三零", "three-zero": "三零", "three zero": "三零", "triple zero": "三零",
	"aging pipes": "老化管道", "aging pipelines": "老化管道", "population aging": "老龄化", "aging population": "老龄化",
	"idle land": "闲置土地",
	// Approval steps and the words of campaigns and their paperwork, as plans write them.
	"applications": "申报", "application": "申报", "review": "评审", "reviews": "评审", "acceptance": "验收", "acceptance checks": "验收",
	"bulletins": "简报", "bulletin": "简报", "work bulletin": "工作简报", "work bulletins": "工作简报", "newsletter": "简报", "newsletters": "简报",
	"environmental protection campaign": "环保专项行动", "environmental campaign": "环保专项行动", "environmental campaigns": "环保专项行动",
	"special campaign": "专项行动", "special campaigns": "专项行动", "campaign": "专项行动", "campaigns": "专项行动",
	"public toilets": "公厕", "public toilet": "公厕", "public restrooms": "公厕", "public restroom": "公厕",
	"e bikes": "电动自行车", "e bike": "电动自行车", "electric bicycles": "电动自行车", "electric bicycle": "电动自行车", "electric bikes": "电动自行车", "electric bike": "电动自行车",
	"charging": "充电", "facilities": "设施", "facility": "设施",
	"holidays": "节假日", "holiday": "节假日", "night time": "夜间", "nighttime": "夜间", "expanding": "扩大", "expand": "扩大",
	"indicators": "指标", "indicator": "指标",
	"law enforcement inspections": "执法检查", "law enforcement inspection": "执法检查", "enforcement inspections": "执法检查", "enforcement inspection": "执法检查",
	"law enforcement": "执法", "enforcement": "执法", "food waste": "厨余垃圾", "kitchen waste": "厨余垃圾", "treatment": "处理",
	// "treatment" is handling (污水处理) unless a word for care before it makes it care for the sick:
	// medical, clinical or emergency treatment is 救治/治疗, never 处理.
	"medical treatments": "医疗救治", "medical treatment": "医疗救治", "clinical treatment": "临床治疗",
	"emergency treatment": "急救救治", "hospital treatment": "住院治疗",
	// Elderly care as plans write it: meals for the old are 老年助餐 (助餐点, 助餐服务), their centres
	// 养老服务中心, a street (sub-district) 街道. A bare "meal" or "street" keeps its English sense
	// (school meals, street lights, back streets): only the elderly-care phrases and a street's own
	// bodies (its office, its level, its care centres) are the plans' words.
	"elderly meals": "老年助餐", "meals for the elderly": "老年助餐", "meal assistance": "助餐", "meal services": "助餐", "meal service": "助餐",
	"elderly care centres": "养老服务中心", "elderly care centers": "养老服务中心", "elderly care centre": "养老服务中心", "elderly care center": "养老服务中心",
	"care centres": "服务中心", "care centers": "服务中心", "sub-districts": "街道", "sub-district": "街道",
	"street offices": "街道办事处", "street office": "街道办事处", "street level": "街道",
	"street elderly care centres": "街道 养老服务中心", "street elderly care centers": "街道 养老服务中心", "street elderly care centre": "街道 养老服务中心", "street elderly care center": "街道 养老服务中心",
	"street care centres": "街道 服务中心", "street care centers": "街道 服务中心",
	"bus routes": "公交线路", "bus lines": "公交线路", "vaccination": "疫苗接种", "vaccine": "疫苗", "river chief": "河长制", "river chiefs": "河长制",
}

// glossaryPatterns are the glossary's words that English says in many ways, as one pattern each (on
// the lowered question, hyphens read as spaces): land approved but not yet supplied is the plans'
// 批而未供 however it is put (approved-but-unsupplied, approved but not provided, …).
var glossaryPatterns = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`^approved[-\s]+but[-\s]+(?:not(?:[-\s]+yet)?[-\s]+|un)(?:supplied|provided|allocated)(?:[-\s]+land)?`), "批而未供"},
}

// deptGlossary reads English department names as the department types of departments.txt: "the
// development and reform commissions" are 发展改革部门 wherever they are. A name that is also an
// ordinary word (finance, education, commerce) counts only with a word for a department after it, or
// as "department of …".
var deptGlossary = func() []struct {
	re   *regexp.Regexp
	with string
} {
	const office = `(?:\s+(?:commissions?|bureaus?|departments?|offices?|authorit(?:y|ies)|administrations?|agenc(?:y|ies)|committees?|brigades?|detachments?|(?:sub-?)?branch(?:es)?))`
	// A name that is no ordinary word (the traffic police, the police) is the department without an
	// office word; keyed by the names, as one type may have such a name and an ordinary one.
	// An initialism names only its department (DRC, NDRC): no office word needed either.
	alone := map[string]bool{`traffic\s+police`: true, `police`: true, `n?drc`: true}
	types := []struct{ names, typ string }{
		{`development\s+and\s+reform`, "发展改革"},
		{`n?drc`, "发展改革"},
		{`economy\s+and\s+information(?:\s+technology|ization)?|industry\s+and\s+(?:information(?:\s+technology|ization)?|IT\b)|miit`, "经济和信息化"},
		{`commerce`, "商务"},
		{`education`, "教育"},
		{`science\s+and\s+technology`, "科技"},
		{`finance`, "财政"},
		{`human\s+resources\s+and\s+social\s+security|human\s+resources`, "人力社保"},
		{`civil\s+affairs`, "民政"},
		{`health(?:\s+and\s+family\s+planning)?`, "卫生健康"},
		{`housing\s+(?:administration|management|security)|real\s+estate`, "房屋管理"},
		{`housing\s+and\s+urban[-\s]rural\s+development|housing\s+and\s+(?:urban\s+)?construction|construction|housing`, "住建"},
		{`transport(?:ation)?`, "交通运输"},
		{`culture\s+and\s+tourism|culture,?\s+radio,?\s+television\s+and\s+tourism|tourism`, "文化旅游"},
		{`market\s+(?:regulation|supervision)`, "市场监管"},
		{`natural\s+resources(?:\s+and\s+planning)?|planning\s+and\s+(?:natural\s+)?resources|land\s+and\s+resources`, "自然资源"},
		{`meteorolog(?:y|ical)|weather`, "气象"},
		{`ecology\s+and\s+environment|environment(?:al)?\s+and\s+land\s+resources|environmental\s+protection|environment`, "生态环境"},
		{`petitions?|letters\s+and\s+(?:calls|visits)|complaints?\s+and\s+proposals`, "信访"},
		{`agriculture\s+and\s+rural\s+affairs|agriculture`, "农业农村"},
		{`statistics`, "统计"},
		{`financial\s+(?:affairs|regulation|work)`, "金融"},
		{`tax(?:ation)?`, "税务"},
		{`traffic\s+police`, "交警"},
		{`public\s+security`, "公安"},
		{`police`, "公安"}, // after the traffic police, who are 交警
		{`urban\s+(?:management|administration)(?:\s+and\s+(?:comprehensive\s+)?law\s+enforcement)?|city\s+management|chengguan`, "城市管理"},
		{`forestry(?:\s+and\s+grassland)?`, "林业"},
		{`justice`, "司法"},
		{`sports?`, "体育"},
		{`water\s+(?:resources|affairs)`, "水利"},
		{`emergency\s+management`, "应急管理"},
		{`(?:big\s+)?data`, "大数据"},
		{`cyberspace(?:\s+affairs)?|internet\s+information|cyber\s+security\s+and\s+informati(?:on|zation)`, "网信"},
		{`government\s+(?:affairs\s+)?services?|government\s+affairs|administrative\s+services?|(?:administrative\s+)?approvals?`, "政务服务"},
		{`fire(?:\s+and)?\s+rescue|fire(?:\s+(?:services?|protection|brigades?))?`, "消防"},
		{`audit(?:ing)?`, "审计"},
		{`medical\s+(?:insurance|security)|healthcare\s+security`, "医疗保障"},
		{`veterans?(?:'|\s+affairs)?`, "退役军人"},
		{`(?:state[-\s]owned\s+)?assets\s+(?:supervision|administration)|sasac`, "国资"},
		{`civil\s+(?:air\s+)?defen[cs]e`, "人防"},
		{`green(?:ing|ery)(?:\s+and\s+(?:city\s+appearance|landscaping))?|landscaping|city\s+appearance`, "绿化市容"},
		{`pboc|people'?s\s+bank(?:\s+of\s+china)?|central\s+bank`, "人民银行"},
	}
	var out []struct {
		re   *regexp.Regexp
		with string
	}
	for _, t := range types {
		opt := ""
		if alone[t.names] {
			opt = "?"
		}
		// The office's possessive is the office's ("the big data bureau's tasks"): no 's left to look for.
		re := regexp.MustCompile(`(?i)\b(?:(?:the\s+)?(?:` + t.names + `)` + office + opt + `(?:['’]s)?|(?:departments?|bureaus?|commissions?)\s+of\s+(?:` + t.names + `))\b`)
		out = append(out, struct {
			re   *regexp.Regexp
			with string
		}{re, " " + t.typ + "部门 "})
		if !alone[t.names] {
			// A place's department said short, last in the question or before "tasks" ("What is due
			// for Yibin commerce?", "Quzhou finance tasks"): the place's department, no topic.
			short := regexp.MustCompile(`\b([A-Z][a-z]+)\s+(?i:` + t.names + `)(\s+(?i:tasks?|duties)\b|\s*[?？.!]?\s*$)`)
			out = append(out, struct {
				re   *regexp.Regexp
				with string
			}{short, "${1} " + t.typ + "部门 ${2}"})
		}
	}
	return out
}()

// bodyGlossary reads the English names of coordinating bodies, and of their meetings, as the plans
// write them.
var bodyGlossary = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(?i)\b(?:special\s+)?(?:working|work)\s+groups?\b|\btask\s+forces?\b|\bspecial\s+teams?\b`), " 工作专班 "},
	{regexp.MustCompile(`(?i)\bleading\s+(?:small\s+)?groups?\b|\bleadership\s+groups?\b`), " 领导小组 "},
	{regexp.MustCompile(`(?i)\bjoint\s+(?:conference|meeting)s?\b`), " 联席会议 "},
	{regexp.MustCompile(`(?i)\bcommand\s+(?:centre|center|headquarters)\b|\bheadquarters\b`), " 指挥部 "},
	// A body's meetings, read before "regular" is taken for a frequency.
	{regexp.MustCompile(`(?i)\bregular\s+(?:meetings?|conferences?)\b`), " 例会 "},
}

// governmentGlossary reads the English names of the governments below a city as the plans write
// them: "the district governments" are 各区政府, "district and county governments" 各区县政府, "the
// county government" 县政府 (the plans' own, or their group of those governments: levelGovernment).
var governmentGlossary = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:district\s+and\s+county|county\s+and\s+district|district\s*/\s*county|county\s*/\s*district)(?:[-\s]level)?\s+(?:people['’]?s\s+)?governments?\b`), " 各区县政府 "},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?district(?:[-\s]level)?\s+(?:people['’]?s\s+)?governments\b`), " 各区政府 "},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?county(?:[-\s]level)?\s+(?:people['’]?s\s+)?governments\b`), " 各县政府 "},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?district\s+(?:people['’]?s\s+)?government\b`), " 区政府 "},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?county\s+(?:people['’]?s\s+)?government\b`), " 县政府 "},
	// The towns and the streets (各镇（街道）, 各镇街): "the town and street offices", "towns and
	// subdistricts", "township governments and subdistrict offices".
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:towns?|townships?)(?:\s+(?:governments?|offices?))?\s*(?:and|&|/)\s*(?:the\s+)?(?:sub-?districts?|streets?)(?:\s+(?:offices?|governments?))?\b`), " 各镇街道 "},
}

// translateDepts reads the English names of departments (as department types), of the governments
// below a city and of coordinating bodies in a question.
// rePossessive is an English possessive after a name: "Chuzhou's finance bureau" is the bureau of
// 滁州 (the 's is no word to look for).
// Before a year it stays: "Hubei's 2018 plan" names a plan, not a window in 2018 of 湖北.
// Only after a name (a capital's word or Han): "what's", "it's", "the group's" are left as typed.
var rePossessive = regexp.MustCompile(`\b([A-Z][a-z]+|\p{Han}+)['’]s(\s+[^\d\s]|[?？,.!]|$)`)

// contractions are capitalised words whose 's is "is", not a possessive.
var contractions = map[string]bool{"What": true, "It": true, "That": true, "There": true, "Here": true, "Who": true, "Where": true, "How": true, "Let": true, "He": true, "She": true}

func translateDepts(s string) string {
	s = rePossessive.ReplaceAllStringFunc(s, func(m string) string {
		sub := rePossessive.FindStringSubmatch(m)
		if contractions[sub[1]] {
			return m
		}
		return sub[1] + sub[2]
	})
	// "the municipal transport bureau (市交通运输局)", "市交通运输局 (the transport bureau)": the English
	// glosses the unit named; it is no department type of its own.
	glossed := strings.ContainsAny(s, "(（")
	if glossed {
		s = dropNameGloss(s)
	}
	for _, d := range deptGlossary {
		if glossed {
			s = dropGlosses(s, d.re)
		}
		s = d.re.ReplaceAllString(s, d.with)
	}
	for _, g := range governmentGlossary {
		s = g.re.ReplaceAllString(s, g.with)
	}
	for _, b := range bodyGlossary {
		s = withBodyPurpose(s, b.re, b.with)
	}
	return s
}

// deptNamesIn reads the English department names a Chinese question types among its words ("湖州
// Finance Bureau 负责哪些任务?", "衢州 commerce bureau 牵头哪些") as translateDepts reads an English
// question's: as department types.
func deptNamesIn(s string) string {
	if !reLatin.MatchString(s) {
		return s
	}
	for _, d := range deptGlossary {
		s = d.re.ReplaceAllString(s, d.with)
	}
	return s
}

// reWordsBefore are the English words right before a body's name, nearest last.
var (
	reWordsBefore = regexp.MustCompile(`(?:[A-Za-z][A-Za-z'-]*\s+){1,4}$`)
	reLatinWord   = regexp.MustCompile(`[A-Za-z][A-Za-z'-]*`)
)

// withBodyPurpose replaces the English names of a body re finds with the Chinese with, and keeps
// with it what English puts before a body's name to say what the body is for when the glossary reads
// all of those words: "the environmental campaign leading group" is one name, 环保专项行动领导小组,
// the unit plans name, not a 领导小组 and a topic.
func withBodyPurpose(s string, re *regexp.Regexp, with string) string {
	locs := re.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a, b := locs[i][0], locs[i][1]
		name, from := with, a
		if m := reWordsBefore.FindStringIndex(s[:a]); m != nil {
			words := reLatinWord.FindAllStringIndex(s[m[0]:a], -1)
			for _, w := range words { // the longest run of words the glossary reads whole
				run := s[m[0]+w[0] : a]
				if strings.EqualFold(strings.TrimSpace(run[:w[1]-w[0]]), "the") {
					continue
				}
				if t := strings.Join(strings.Fields(translate(run)), ""); hanOnly(t) {
					name, from = " "+t+strings.TrimSpace(with)+" ", m[0]+w[0]
					break
				}
			}
		}
		s = s[:from] + name + s[b:]
	}
	return s
}

// dropGlosses removes the English names re finds right before or inside brackets around a Chinese
// name ("the transport bureau (市交通运输局)", "市交通运输局 (transport bureau)"): they gloss that unit.
func dropGlosses(s string, re *regexp.Regexp) string {
	locs := re.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a, b := locs[i][0], locs[i][1]
		if glossNext.MatchString(s[b:]) || glossPrev.MatchString(s[:a]) {
			s = s[:a] + s[b:]
		}
	}
	return s
}

// dropNameGloss removes the English words right before a unit's Chinese name in brackets that name
// it ("the radio and TV section (广电事业股)"): back from the bracket to the first word that belongs to
// the question (which, does, tasks, the …).
func dropNameGloss(s string) string {
	locs := nameInBrackets.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a := locs[i][0]
		start := a
		for {
			m := lastEnglishWord.FindStringSubmatchIndex(s[:start])
			if m == nil || questionWord.MatchString(s[m[2]:m[3]]) || placeWord(s[m[2]:m[3]]) {
				break
			}
			start = m[2]
		}
		if start < a {
			s = s[:start] + s[a:]
		}
	}
	return s
}

// placeWord is a word that names a place, kept: capitalised ("Heze's", "Tongchuan", "Huai'an"), not
// an acronym (TV).
func placeWord(w string) bool {
	return w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w
}

var (
	nameInBrackets  = regexp.MustCompile(`[(（]\s*\p{Han}{1,20}?` + unitEnd + `\s*[)）]`)
	lastEnglishWord = regexp.MustCompile(`([A-Za-z][A-Za-z&'-]*)\s*$`)
	questionWord    = regexp.MustCompile(`(?i)^(?:which|what|who|whom|whose|how|does|do|did|is|are|was|were|the|a|an|task|tasks|work|lead|leads|led|handle|handles|own|owns|of|for|in|on|by|to|with|from|about|list|show|give|tell|me|many|much|involve|involves|involved|responsible|participate|participates|take|takes|part|does|can|should|must|will|s)$`)
)

var (
	glossNext = regexp.MustCompile(`^s?\s*[(（]\s*\p{Han}{0,20}?` + unitEnd + `\s*[)）]`)
	glossPrev = regexp.MustCompile(unitEnd + `\s*[(（]\s*(?:(?i)the\s+)?(?:[A-Za-z-]+\s+){0,4}$`)
	// unitEnd is how a unit's name ends: 局, 委, 办, 中心 …
	unitEnd = `(?:局|委|办|厅|署|部|院|所|队|站|处|科|股|室|组|中心|政府|管委会|集团|公司|银行|分行|支行)`
)

// glossaryWords is the glossary with a hyphen read as a space ("fire-safety" is "fire safety").
var glossaryWords = func() map[string]string {
	out := make(map[string]string, len(glossary))
	for k, v := range glossary {
		out[strings.ReplaceAll(k, "-", " ")] = v
	}
	return out
}()

var glossaryKeys = func() []string {
	keys := make([]string, 0, len(glossaryWords))
	for k := range glossaryWords {
		keys = append(keys, k)
	}
	// Longest first, so "service industry" wins over "services" and "listed companies" over "companies".
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}()

// translate replaces the English terms of s that the glossary knows, whole words only.
func translate(s string) string {
	low := strings.ReplaceAll(asciiLower(s), "-", " ") // byte for byte: offsets into low are offsets into s
	var b strings.Builder
	for i := 0; i < len(low); {
		matched := false
		if i == 0 || !isLatin(low[i-1]) {
			for _, g := range glossaryPatterns {
				if m := g.re.FindStringIndex(low[i:]); m != nil && (i+m[1] == len(low) || !isLatin(low[i+m[1]])) {
					b.WriteString(" " + g.with + " ")
					i += m[1]
					matched = true
					break
				}
			}
		}
		if !matched && (i == 0 || !isLatin(low[i-1])) {
			for _, k := range glossaryKeys {
				if strings.HasPrefix(low[i:], k) && (i+len(k) == len(low) || !isLatin(low[i+len(k)])) {
					b.WriteString(" " + glossaryWords[k] + " ")
					i += len(k)
					matched = true
					break
				}
			}
		}
		if !matched {
			b.WriteString(s[i : i+1])
			i++
		}
	}
	return b.String()
}

// asciiLower lowercases ASCII letters only, so that the result has s's byte length (strings.ToLower
// does not keep it: "Ⱥ" lowers to a longer "ⱥ").
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isLatin(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
