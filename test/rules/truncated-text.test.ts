import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";
import { parseBytes } from "../../src/parse.js";

// invented dual-column target forms: the annual cell lost the unit its period twin keeps
const twinRows = (annual: string): [string, string, string, string, string][] => [
  ["产出指标", "数量指标", "培训乡村教师人数", "≥1200人", annual],
  ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"],
];
const unitLost = shanxiTarget({ rows: twinRows("≥1200") });

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t分值\t得分\n";
const r = (l1: string, l2: string, name: string, t: string, adj: string) => `\t${l1}\t${l2}\t${name}\t${t}\t${adj}\t达到\t10\t10\n`;

// checklist cases (invented, 湖北-style target form: 一级/二级/三级/指标值/指标解释)
const gen = (rows: string, year = 2025) =>
  `${year}年度项目支出绩效目标表\n项目名称\t\t青岚县乡村道路养护项目\n主管部门\t\t青岚县交通运输局\n项目资金\t\t年度资金总额\t\t\t50\n一级指标\t二级指标\t三级指标\t\t指标值\t指标解释\n` + rows;
const g = (l1: string, l2: string, name: string, v: string) => `${l1}\t${l2}\t${name}\t\t${v}\t\n`;


// every text field of a row and of a form (invented): 指标解释 beside the value, a self-assessment with 评分标准
// and 备注 columns and a 备注 row under its analysis, a department form's own header fields
const ge = (l1: string, l2: string, name: string, v: string, expl: string) => `${l1}\t${l2}\t${name}\t\t${v}\t${expl}\n`;
const selfHead =
  "项目支出绩效自评表\n项目名称\t乡村公路安保工程\n主管部门\t青岚县交通运输局\t实施单位\t青岚县公路管理站\n" +
  "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t评分标准\t备注\n";
const sr = (l1: string, l2: string, name: string, t: string, a: string, method: string, remark: string) => `\t${l1}\t${l2}\t${name}\t${t}\t${a}\t10\t10\t${method}\t${remark}\n`;
const dept = (task: string, measure: string) =>
  "部门整体支出绩效目标表\n部门名称\t青岚县民政局\t部门编码\t126009\n" +
  `部门主要任务\t${task}\n保障措施\t${measure}\n` +
  "年度预算（万元）\t资金总额\t860.00\t其中：财政拨款\t860.00\n年度总体目标\t全年保障城乡困难群众基本生活，做到应保尽保\n" +
  "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t低保对象年度核查户数\t≥3200户\n满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\n";

const fundsReason = (reason: string) =>
  "项目支出绩效自评表\n项目名称\t乡村体育设施维护\n主管部门\t青岚县文体局\t实施单位\t青岚县体育中心\n" +
  "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t原因\n" +
  `\t年度资金总额\t25.00\t25.00\t22.00\t10\t88.00%\t8.8\t${reason}\n` +
  "\t其中：当年财政拨款\t25.00\t25.00\t22.00\t—\t—\t—\n" +
  "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
  "\t产出指标\t数量指标\t维护健身器材数量\t≥300件\t310件\t90\t88\t无\n总分\t\t\t\t\t\t100\t96.8\n";

// an invented dual-column target form whose year column prints the 社会效益 row's level-2 label as given
const yearLabel = (l2: string) => shanxiTarget().replace("\t社会效益指标\t乡村学校教学评估优良率\t≥85%\t社会效益指标\t", `\t社会效益指标\t乡村学校教学评估优良率\t≥85%\t${l2}\t`);

// three invented target forms of one document, each with its 年度目标: the third goal as given
const goalForm = (name: string, goal: string) => gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("青岚县乡村道路养护项目", name).replace("主管部门", `年度目标\t\t${goal}\n主管部门`);
const threeGoals = (third: string, stop = "。") =>
  [goalForm("青岚县乡村道路养护项目", `养护乡村道路120公里，路面完好率保持在90%以上${stop}`), goalForm("青岚县公路安保工程", `完成县道安保工程45公里，消除临水临崖路段隐患${stop}`), goalForm("青岚县危桥改造工程", third)].join("\n");

// an invented form whose value cells printed over two lines left their second pieces on nameless rows of their
// own (a narrow layout after a page break): "资金到位后5个工" above "作日内", "≥2400" above "册" (the goal writes
// 2400册) are wrapped cells, not cut units
const wrappedValue = await (async () => {
  const text = gen(g("产出指标", "时效指标", "养护补助拨付时限", "资金到位后5个工") + g("", "数量指标", "发放交通安全手册数量", "≥2400") + g("", "成本指标", "每公里养护成本", "≤1600元")).replace("主管部门", "年度目标\t\t向沿线村民发放交通安全手册2400册，养护补助及时拨付\n主管部门");
  const doc = await parseBytes("case.txt", Buffer.from(text, "utf8"));
  const inds = doc.forms[0].indicators;
  for (const [at, piece] of [[1, "册"], [0, "作日内"]] as const) {
    const row = inds[at];
    inds.splice(at + 1, 0, { ...row, line: row.line + 1, loc: { ...row.loc, line: row.line + 1 }, name: "", target: { ...row.target!, raw: piece } });
  }
  return doc;
})();

ruleTester.run("truncated-text", {
  valid: [
    {
      name: "invented (dev-28): a unit of its own after a figure (800千瓦, power)",
      text: gen(g("产出指标", "数量指标", "光伏电站装机容量", "≥800千瓦")),
    },
    {
      name: "invented (dev-28): a value whose second piece stands on a nameless row right below (5个工 / 作日内, ≥2400 / 册) is wrapped, not cut",
      docs: [wrappedValue],
    },
    {
      name: "invented (dev-28): a label shortened at a word's end (社会 for 社会效益指标), a bare figure the goal writes alike (≥90 beside 90%), a whole unit after a figure (15日内), a distinguishing word after a verb of being (级别为省级), a verb with its complement and a one-character object (喝上水)",
      text: gen(
        ge("产出指标", "质量指标", "水质检测合格率", "≥90", "水样检测合格率达到90%以上") +
          ge("", "时效指标", "检测报告报送时限", "每季度结束后15日内", "检测报告经专家审核，报告级别为省级") +
          ge("效益指标", "社会", "农村饮水保障", "农户喝上放心水", "改造供水管网后，偏远农户全部喝上水"),
      ).replace("主管部门", "年度目标\t\t完成全县水样检测，合格率达到90%以上\n主管部门"),
    },
    {
      name: "invented (dev-28): whole endings near the new cut signs — a four-character 有X可Y (有章可循, 有规可依), a place's 情 (村情, 警情), 动态 as a noun after a verb of reporting (发布工作动态)",
      text: gen(
        ge("效益指标", "社会效益指标", "养护管理规范", "养护工作实现有章可循", "道路养护审批有规可依") +
          ge("", "可持续影响指标", "沿线情况掌握", "及时掌握沿线村情", "每月发布养护工作动态，及时处置警情") +
          ge("", "社会效益指标", "交通安全进校园", "学生交通安全意识提高", "安全课前由班主任分析学情"),
      ),
    },
    {
      name: "invented (dev-25): bare figures that need no unit from the goal — a unit in the name's brackets, a score, a sum the form's unit line gives",
      text: gen(
        g("产出指标", "数量指标", "发放交通安全手册数量（册）", "≥2400") +
          g("", "数量指标", "养护考核得分", "≥90") +
          g("", "成本指标", "安保工程费用", "≤36"),
      ).replace("主管部门", "年度目标\t\t向沿线村民发放交通安全手册2400册以上，养护考核90分以上，安保工程费用36万元\n主管部门"),
    },
    {
      name: "invented (dev-25): whole endings near the new cut signs — a word with 得 (获得), 计 counted by (按人次计), a crop season (第一季稻) and a thing provided by someone (由县财政提供)",
      text: gen(
        ge("产出指标", "数量指标", "农技培训人次", "≥600人次", "补助按实际培训人次计") +
          ge("", "质量指标", "示范田验收合格率", "≥95%", "早稻以第一季稻为主") +
          ge("效益指标", "社会效益指标", "农户技术获得感", "参训农户普遍获得", "培训资料由县财政提供"),
      ),
    },
    {
      name: "invented (dev-24): a count name ending on a whole word (…覆盖村, the goal writes 12个村 and stops) or a figure the goal writes before another word is whole",
      text: gen(g("产出指标", "数量指标", "送戏下乡覆盖村", "=12个") + g("", "", "送戏下乡演出覆盖乡", "=6个")).replace("主管部门", "年度目标\t\t送戏下乡覆盖12个村，6个演出队参与\n主管部门"),
    },
    {
      name: "invented (dev-24): whole words ending on 举, 晋 and 赠 are not cut (一举, 东晋, 捐赠)",
      text:
        "项目名称\t示例文物保护项目\n年度目标\t修缮东晋时期古墓遗址，接受社会捐赠\t实际完成情况\t修缮工程已完成，社会各界踊跃捐赠\n" +
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
        "\t产出指标\t数量指标\t修缮遗址数量\t≥2处\t2处\t10\t10\t无\n",
    },
    {
      name: "invented (dev-23 round): a household or a place named in full (帮扶脱贫户, 全部巡查点) although the form writes 脱贫户户均 and 巡查点数量 elsewhere",
      text:
        head +
        r("产出指标", "数量指标", "巡查点数量", "≥40个", "≥40个") +
        r("效益指标", "社会效益指标", "脱贫户户均增收", "≥1200元", "≥1200元") +
        r("", "可持续影响指标", "巡查覆盖范围", "覆盖全部巡查点", "覆盖全部巡查点") +
        r("满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥90%", "≥90%").replace("达到", "抽样调查帮扶脱贫户"),
    },
    {
      name: "invented (whole-endings, 户): a goal without its document's full stop that ends on a count of households (…困难群众120户) is whole",
      text: threeGoals("完成3座危桥改造，帮扶沿线困难群众120户"),
    },
    {
      name: "invented (whole-endings, 点): a goal without its document's full stop that ends on a place's 点 no list names (…临时候车点) is whole",
      text: threeGoals("完成3座危桥改造，施工期间在沿线增设群众临时候车点"),
    },
    {
      name: "invented (dev-22, precision): a value ending on 点 (…全部积水点) is whole, though another row writes 积水点位",
      text: gen(g("产出指标", "质量指标", "巡查范围", "覆盖全部积水点") + g("", "数量指标", "积水点位巡查次数", "≥40次")),
    },
    {
      name: "invented (dev-22, precision): a ratio of two counts named …数比 (优良天数比) is a whole rate name, not 比例 cut short",
      text: gen(g("效益指标", "生态效益指标", "县城环境空气质量优良天数比", "≥85%")),
    },
    {
      name: "invented (dev-22, precision): a name ending as a clause of the goal ends (…便民利企 / 落实便民利企，…) is whole, though another row goes on past the same characters (…便民利企业务)",
      text: gen(g("产出指标", "数量指标", "推动便民利企", "≥120家") + g("", "", "代办便民利企业务件数", "≥300件")).replace("主管部门", "年度目标\t\t落实便民利企，为新开办企业提供代办服务，全年服务企业120家\n主管部门"),
    },
    {
      name: "invented (dev-22, precision): a text ending on 户 (…结对农牧户) is whole though the document also writes 结对农牧户数",
      text: gen(ge("产出指标", "数量指标", "结对农牧户数", "≥60户", "按结对帮扶台账统计") + ge("", "质量指标", "技术指导到位率", "≥95%", "抽样回访结对农牧户")),
    },
    {
      name: "invented (dev-22): a percentage name that names no rate is left alone when the form writes no rate for it (…使用量减少 valued ≥8%, the goal says 减少8%), and a name ending on its rate",
      text: gen(g("效益指标", "生态效益指标", "示范区化肥使用量减少", "≥8%") + g("产出指标", "质量指标", "侧深施肥技术覆盖率", "≥90%")).replace(
        "主管部门",
        "年度目标\t\t推广水稻侧深施肥技术2万亩，侧深施肥技术覆盖率达到90%，示范区化肥使用量减少8%以上\n主管部门",
      ),
    },
    {
      name: "invented (dev-22): a last clause that says something is whole (an adverb and a verb, a subject and a verb), and 并网 is one word though segmentation splits it",
      text: threeGoals("新建村级光伏电站3座，总装机容量达到600千瓦，年内全部并网", "。")
        .replace("养护乡村道路120公里，路面完好率保持在90%以上。", "养护乡村道路120公里，路面病害及时修复，通行能力提升")
        .replace("完成县道安保工程45公里，消除临水临崖路段隐患。", "完成县道安保工程45公里，年内全面完工"),
    },
    {
      name: "invented (dev-22): bid words that end on 标 are whole (…废标, …流标)",
      text: gen(
        g("产出指标", "质量指标", "未发生因评审专家缺席导致的废标", "=0次") +
          g("", "", "公开招标项目流标", "=0个"),
      ),
    },
    {
      name: "invented: durations named whole by their measure (…响应时间, …办结时限, 及时 as one word, 工时) and a count of hours whose name ends on 时数",
      text: gen(
        g("产出指标", "时效指标", "故障报修平均响应时间", "≤2小时") +
          g("", "", "投诉件办结时限", "≤5个工作日") +
          g("", "", "值班人员及时到岗", "≤30分钟") +
          g("", "数量指标", "志愿服务累计工时", "≥800小时") +
          g("", "", "设备年均运行时数", "≥2000小时"),
      ),
    },
    {
      // a reviewer reads "≥98" beside "≥90%" as 98%: the sign left out is a habit of writing, not a cut
      // cell (the check that called it cut made its only finding on unseen data a false alarm; decision 118)
      name: "invented: a rate's target written without % (路灯设施完好率 ≥98) beside a rate that has it (≥90%) is not called cut",
      text: gen(g("产出指标", "质量指标", "路灯设施完好率", "≥98") + g("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%")),
    },
    {
      name: "invented (truncation): two whole words joined by a conjunction (…巡检和维护), a rate word after one (…合格率和达标率), a whole word ending on 沟 (…清理排水沟) end whole texts",
      text: gen(ge("产出指标", "数量指标", "泵站设备巡检次数", "≥24次", "对全县12座泵站开展定期巡检和维护") + ge("", "质量指标", "泵站设备完好率", "≥95%", "按设备合格率和达标率综合计算") + ge("", "数量指标", "清淤沟渠长度", "≥30公里", "汛前组织清理排水沟")),
    },
    {
      name: "invented (truncation): the beginning of another row's name valued in another dimension is another indicator (档案数字化加工 ≥1000卷 beside 档案数字化加工率 ≥95%)",
      text: gen(g("产出指标", "质量指标", "馆藏档案数字化加工率", "≥95%")) + "\n" + gen(g("产出指标", "数量指标", "馆藏档案数字化加工", "≥1000卷")).replace("青岚县乡村道路养护项目", "青岚县档案数字化项目"),
    },
    {
      name: "invented (truncation): an announced action whose verb comes after its adverbial (…在学校周边加强巡逻), or whose preposition is a verb's complement (…将重点放在学校周边), is whole",
      text: gen(ge("产出指标", "数量指标", "校园周边巡逻次数", "≥200次", "上学期巡逻警力不足，下一步将联合交警在学校周边加强巡逻") + ge("", "数量指标", "校园安全宣传次数", "≥20次", "上学期宣传覆盖不足，下一步将重点放在学校周边")),
    },
    {
      name: "invented (truncation): a form that writes every rate without % is consistent, not cut (≥98, ≥90); a count's bare number is no rate",
      text: gen(g("产出指标", "质量指标", "路灯设施完好率", "≥98") + g("", "数量指标", "更换路灯数量", "≥120") + g("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90")),
    },
    {
      name: "invented (truncation): 依法 followed by its verb ends a whole goal (…对违规门店依法查处)",
      text: gen(g("产出指标", "数量指标", "检查农资门店数量", "≥80家")).replace("主管部门", "年度目标\t\t开展农资市场专项检查，检查门店不少于80家，对违规门店依法查处\n主管部门"),
    },
    {
      name: "invented (issue 9): whole words ending in 计 (合计, 累计, 统计) are no cut 计划",
      text:
        "项目名称\t示例河道巡查项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
        "\t产出指标\t数量指标\t河道巡查次数\t≥48次\t44次\t10\t9.17\t汛期停巡4次，已按月统计\n" +
        "\t\t\t巡查里程\t≥600公里\t560公里\t10\t9.33\t汛期停巡，里程按全年累计\n",
    },
    {
      name: "invented: explanations, 评分标准, 备注 and a 备注 row written whole (…的比例, 以…为准, 购置服务器3台, 完善工作台账, 形成…工作格局, 参照省级文件执行, 扣减, 无)",
      text:
        gen(
          ge("产出指标", "数量指标", "村级便民服务站点数", "≥18个", "年内建成并投入使用的村级便民服务站点个数") +
            ge("", "质量指标", "站点设施验收合格率", "100%", "验收合格的站点占建成站点总数的比例") +
            ge("", "", "站点信息化设备配置", "≥54台", "每个站点购置服务器3台") +
            ge("", "时效指标", "站点建成时间", "2025年10月底前", "以县民政局验收认定时间为准") +
            ge("效益指标", "社会效益指标", "群众办事便利度", "明显提高", "参照省级文件执行，形成县乡村三级联动的工作格局") +
            ge("", "可持续影响指标", "站点运行管理机制", "健全", "完善工作台账"),
        ) +
        "\n" +
        selfHead +
        sr("产出指标", "数量指标", "安保工程实施里程", "≥45公里", "46公里", "完成值÷目标值×分值", "无") +
        sr("", "时效指标", "工程完工时间", "2024年10月底前", "2024年10月20日", "按期完成得满分，每推迟半个月扣1.5分", "—") +
        sr("", "成本指标", "每公里安保工程成本", "≤12万元", "11.6万元", "超出目标值的按比例扣减", "按《公路安全生命防护工程实施指南》计价") +
        "总分\t\t\t\t\t\t100\t100\n" +
        "项目绩效分析\t全年完成安保工程46公里，路侧护栏、警示标志全部按设计安装到位\n" +
        "备注\t本表金额单位为万元\n",
    },
    {
      name: "invented: texts that name what is ensured or used (确保安全, 用于设备购置), points with their 分 (扣0.5分, 最高扣5分), 办公 and a whole extra column",
      text:
        gen(ge("产出指标", "成本指标", "设备购置成本", "≤30万元", "主要用于办公设备购置，确保安全")).replace("指标解释\n", "指标解释\t数据来源\n").replace("确保安全\n", "确保安全\t县财政局批复文件\n") +
        "\n" +
        selfHead +
        sr("产出指标", "质量指标", "安保设施验收合格率", "100%", "100%", "每发现一处不合格扣0.5分", "无") +
        sr("", "时效指标", "工程完工时间", "2024年10月底前", "2024年10月20日", "每推迟一个月最高扣5分", "无"),
    },
    {
      name: "invented: the funds block's 原因 wrapped onto the next line, which goes on with a figure (…，结 / 余3.00万元), is read whole",
      text: fundsReason("部分器材供货延迟，监测人数减少，结\n余3.00万元"),
    },
    {
      name: "invented: list markers that close a bracket they never open (1）… 2）…, a）) are no lost beginning",
      text: gen(ge("产出指标", "数量指标", "审批事项压缩数", "≥20项", "1）梳理全部审批事项；2）压缩审批时限；a）按月通报")),
    },
    {
      name: "invented: 保证 whose object stands before it (工程质量有保证, 群众权益得到保证) is no verb cut from its object",
      text: head + r("产出指标", "质量指标", "工程质量", "有保证", "有保证") + r("效益指标", "社会效益指标", "群众合法权益", "得到保证", "得到保证"),
    },
    {
      name: "invented: a department form's own header fields written whole (部门主要任务, 保障措施)",
      text: dept("1.做好城乡低保和特困供养工作；2.加强困境儿童关爱保护", "落实资金专户管理，按月公示发放名单，接受群众监督"),
    },
    { name: "whole words that begin like cut ones (符合, 综合, 监管, 新建)", text: gen(g("产出指标", "质量指标", "工程质量符合", "符合") + g("", "质量指标", "应急物资监管", "≥95%") + g("效益指标", "社会效益指标", "乡村治理能力综合", "提升") + g("", "数量指标", "污水处理站新建", "2座")) },
    { name: "complete units, and 万 in a row that is not about money", text: gen(g("产出指标", "数量指标", "养护路面面积", "≥3200平方米") + g("效益指标", "社会效益指标", "受益人口", "≥1.5万")) },
    { name: "abbreviated labels are not cut", text: head + r("效益指标", "社会效益", "工作效率", "提高", "提高") + r("满意度指标", "服务对象满意度", "民警满意度", "≥90%", "≥90%") },
    { name: "complete date range", text: head + r("产出指标", "时效指标", "费用有效期间", "2024年1月至2024年12月", "2024年1月至2024年12月") },
    {
      name: "a last character that goes on elsewhere but not as one word is not a cut (…名辅警 / 名辅警公用经费)",
      text: "项目名称\t辅警经费\n年度总体目标\t补充 326 名辅警公用经费\n" + head.split("\n")[1] + "\n" + r("产出指标", "成本指标", "实有人数253名辅警", "316万元", "316万元"),
    },
    {
      name: "invented (dev-18 kind): a name ending on a noun whose classifier counts its value is whole (购置高压冲洗车 =3辆, though 车辆 stands in the project name)",
      text: "项目名称\t市政高压冲洗车辆购置\n" + head.split("\n")[1] + "\n" + r("产出指标", "数量指标", "购置高压冲洗车", "=3辆", "=3辆") + r("", "质量指标", "车辆验收合格率", "=100%", "=100%"),
    },
    {
      name: "invented: a capacity ending on 力 (传播力, 公信力) and a project name ending on a split whole word (…平台运维) are whole",
      text: gen(g("效益指标", "社会效益指标", "县域新闻传播力", "持续增强") + g("", "社会效益指标", "政务信息公信力", "稳步提升")).replace("青岚县乡村道路养护项目", "青岚县政务服务网办平台运维"),
    },
    { name: "invented: a rate-like name valued in words is not judged by its stem (工程质量符合 / 达标)", text: gen(g("产出指标", "质量指标", "工程验收合格", "合格")) },
    {
      name: "invented: a name whose value names its own rate before the figure (…消防设施达标 / 达标率100%, …通邮全覆盖 / 通邮率100%) is a statement the rate checks, not a cut rate name",
      text: head + "\t产出指标\t质量指标\t村小校舍消防设施达标\t达标率100%\t—\t100%\t10\t10\n" + "\t效益指标\t社会效益指标\t行政村通邮全覆盖\t通邮率≥98%\t—\t99.2%\t10\t10\n",
    },
    {
      name: "invented: a goal closed by its full stop ends on an idiom whose last character looks cut (应检尽检、应保尽保。)",
      text: gen(g("产出指标", "数量指标", "适龄儿童视力筛查人数", "≥3000人")).replace("主管部门", "年度目标\t\t完成全镇适龄儿童视力筛查，做到应检尽检、应保尽保。\n主管部门"),
    },
    { name: "invented: a goal ending on a lone character that begins no longer word with the word before it (…新建集中供水站) is whole", text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门", "年度目标\t\t解决偏远村组群众饮水困难，在偏远村新建集中供水站\n主管部门") },
    { name: "invented: a parallel phrase that begins its own word ends a whole goal (…，实现群防群治)", text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门", "年度目标\t\t组建村级护路队伍，实现群防群治\n主管部门") },
    { name: "invented: a goal ending on a number followed by its unit", text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门", "年度目标\t\t全年养护乡村道路120公里，日均巡查里程达到500公里\n主管部门") },
    { name: "invented: both columns with the unit", text: shanxiTarget({ rows: twinRows("≥1200人") }) },
    { name: "invented: a goal ending on a whole word with 结 (…做好年度工作总结)", text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门", "年度目标\t\t全年养护乡村道路120公里，年底做好养护工作总结\n主管部门") },
    { name: "invented: a bare annual number that differs from the period's (a share of it, not a cut)", text: shanxiTarget({ rows: twinRows("≥400") }) },
    {
      name: "invented: a name ending on 占比 while the goal goes on (…床位占比达到55%) is whole",
      text: gen(g("效益指标", "社会效益指标", "护理型床位占比", "≥55%")).replace("主管部门", "年度目标\t\t护理型床位占比达到55%以上\n主管部门"),
    },
    { name: "invented: whole words that share a cut collocation's last character (喝上放心水) and a project name ending on a numeral's 项", text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("青岚县乡村道路养护项目", "青岚县乡村道路养护三项").replace("主管部门", "年度目标\t\t改善出行条件，让群众喝上放心水\n主管部门") },
    { name: "invented: a whole 项目期 range and a 实施单位 with its bracket closed", text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门\t\t青岚县交通运输局", "主管部门\t\t青岚县交通运输局\t\t实施单位\t青岚县公路管理站（青岚县农村公路养护中心）\n项目属性\t\t一次性项目\t\t项目期\t2025年1月-2025年12月") },
    {
      name: "invented: whole endings whose last character segmentation leaves alone (运维, 一网通办, 村村通电) and parallel phrases (应保尽保, 群防群治)",
      text: gen(
        g("产出指标", "数量指标", "电子政务外网运维", "≥12个月") +
          g("", "", "政务服务事项一网通办", "≥300项") +
          g("", "", "自然村实现村村通电", "100%") +
          g("效益指标", "社会效益指标", "困难群众做到应保尽保", "100%") +
          g("", "", "村级治安推进群防群治", "≥20个"),
      ),
    },
    {
      name: "invented: texts ending on a checking verb that segmentation splits (…数据比对, …逐户核对) are whole",
      text: gen(g("产出指标", "质量指标", "参保数据跨部门比对", "100%") + g("", "", "低保对象家庭收入逐户核对", "100%")),
    },
    {
      name: "invented: a goal closed by the quote it opened (…实现“一网通办”), whole 处 endings (办事处, 好处) and a closed range",
      text: gen(g("产出指标", "数量指标", "新设便民服务办事处", "≥3个") + g("", "质量指标", "冷藏药品储存温度", "2℃～8℃") + g("效益指标", "社会效益指标", "群众办事得到实实在在的好处", "明显改善"))
        .replace("主管部门", "年度目标\t\t改造审批接口，与民政、社保数据实时核验，实现高频事项“一网通办”\n主管部门"),
    },
    {
      name: "invented: a goal ending on a colon before its list, on an idiom in parallel (无漏发或错发), and on 达到 after 均",
      text: gen(g("产出指标", "数量指标", "发放补贴人数", "≥75人"))
        .replace("主管部门", "年度目标\t\t按月发放补贴75人次，无漏发或错发\n实施期目标\t\t通过项目实施，确保达到：\n主管部门")
        .replace("年度资金总额\t\t\t50", "年度资金总额\t\t\t50\n项目概况\t\t全年各项考核指标均达到"),
    },
    { name: "invented: whole dates and ranges (2025年3月至2025年12月, 2024年12月20日)", text: gen(g("产出指标", "时效指标", "补贴发放期间", "2025年3月至2025年12月") + g("", "", "设备到位时间", "2025年12月20日")) },
    { name: "whole words at the end (节能, 优良)", text: head + r("效益指标", "生态效益指标", "办公楼节能", "提高", "提高") + r("产出指标", "质量指标", "工程质量", "优良", "优良") },
    {
      name: "invented: whole words ending on 影, 频, 临 (拍摄合影, 播放宣传视频, 迎接上级领导莅临) stay quiet",
      text: gen(ge("产出指标", "数量指标", "宣传活动场次", "≥6场", "活动结束后组织拍摄合影") + ge("", "质量指标", "宣传资料合格率", "≥95%", "在村委会播放宣传视频") + g("", "时效指标", "迎接检查准备时限", "≤3天")).replace("主管部门", "年度目标\t\t做好迎接上级领导莅临\n主管部门"),
    },
    {
      name: "invented: the year column writing the level-2 label short (社会效益) is an abbreviation, not a cut",
      text: yearLabel("社会效益"),
    },
    {
      name: "invented: names ending on a whole word that begins the unit (服务老年人, 培训农民工, 非遗传承人 valued in 人次, 数字慕课 in 课时) are not cut",
      text: gen(g("产出指标", "数量指标", "上门助浴服务老年人", "≥500人次") + g("", "", "技能培训农民工", "≥300人次") + g("", "", "培训非遗传承人", "≥120人次") + g("", "", "上线数字慕课", "≥40课时")),
    },
    {
      name: "invented: 万 alone beside amounts in 万元 only (money is no count unit to copy)",
      text: gen(g("产出指标", "数量指标", "受益人口", "≥1.5万") + g("", "成本指标", "项目总成本", "≤50万元")),
    },
    { name: "invented: a goal without the full stop its document's other goals have, ending on a verb (…全部通车)", text: threeGoals("完成3座危桥改造，工程验收合格后全部通车") },
    { name: "invented: a goal without its document's full stop whose last clause says something of what it measures (…，提高桥面检查频次)", text: threeGoals("完成3座危桥改造，汛期提高桥面检查频次") },
    { name: "invented: a goal without its document's full stop whose last clause is a bare noun phrase with no cause or intention announced (…，路面病害)", text: threeGoals("完成3座危桥改造，同步修复桥面铺装和路面病害") },
    { name: "invented: the same lone character in a document that closes none of its goals with a stop is not enough", text: threeGoals("完成3座危桥改造并在施工期间维护沿线群众出行的秩", "") },
    { name: "invented: a goal without its document's full stop ending on a whole word (…绕行的时间)", text: threeGoals("完成3座危桥改造并缩短沿线群众绕行的时间") },
    { name: "invented: a goal ending on a noun phrase in a document that closes none of its goals with a stop", text: threeGoals("完成3座危桥改造，工程验收合格后通车，资金结余将按规定", "") },
  ],
  invalid: [
    {
      name: "invented (dev-28): the goal's unit named in full where it is longer than two characters (3.5平方公里, not 3.5平方)",
      text: gen(g("产出指标", "数量指标", "水土流失治理面积", "≥3.5")).replace("主管部门", "年度目标\t\t完成小流域综合治理，水土流失治理面积3.5平方公里\n主管部门"),
      errors: [{ messageId: "unitLostGoal", line: 7, field: "target", evidence: "≥3.5", data: { written: "3.5平方公里" } }],
    },
    {
      name: "invented (dev-28): a quantity's name stopping on the first character of its measure word (…小麦产 ≥450公斤: 产量; …道路硬化面 ≥1.5万平方米: 面积)",
      text: gen(g("产出指标", "质量指标", "示范田亩均小麦产", "≥450公斤") + g("", "数量指标", "村内道路硬化面", "≥15000平方米") + g("", "数量指标", "化肥减量使用面积", "≥2000亩")),
      errors: [
        { messageId: "unitNameCut", line: 6, field: "name", data: { expected: "示范田亩均小麦产量" } },
        { messageId: "unitNameCut", line: 7, field: "name", data: { expected: "村内道路硬化面积" } },
      ],
    },
    {
      name: "invented (dev-28): a unit cut to its first characters (个工, 平方公), a bare figure that begins the goal's percentage (≥9 beside 95%)",
      text: gen(
        g("产出指标", "数量指标", "治理水土流失面积", "≥3.2平方公") +
          g("", "时效指标", "补助资金拨付时限", "资金到位后5个工") +
          g("", "质量指标", "水土保持工程验收合格率", "≥9") +
          g("效益指标", "生态效益指标", "林草植被覆盖率", "≥65%"),
      ).replace("主管部门", "年度目标\t\t治理水土流失面积3.2平方公里，水土保持工程验收合格率达到95%以上\n主管部门"),
      errors: [
        { messageId: "unitCut", line: 7, field: "target", data: { expected: "平方公里" } },
        { messageId: "unitCut", line: 8, field: "target", data: { expected: "个工作日" } },
        { messageId: "figureCut", line: 9, field: "target", evidence: "≥9", data: { written: "95%" } },
      ],
    },
    {
      name: "invented (dev-28): a sentence stopping on a verb and what cannot be its whole object — a distinguishing word (符合国家级) or one character after a two-character verb (开展线)",
      text: gen(
        ge("产出指标", "质量指标", "设计成果评审通过率", "=100%", "设计成果经专家评审，成果深度符合国家级") +
          ge("效益指标", "社会效益指标", "群众政策知晓度", "≥85%", "老年群体知晓度偏低，下一步将会同社区开展线"),
      ),
      errors: [
        { messageId: "dangling", line: 6, field: "explanation", data: { tail: "国家级" } },
        { messageId: "dangling", line: 7, field: "explanation", data: { tail: "线" } },
      ],
    },
    {
      name: "invented (dev-28): a percent-valued name stopping on the first character of 答复率, a sentence on a lone 情 (情况), a measure on 加强动态 (动态管理)",
      text: gen(
        ge("产出指标", "时效指标", "道路养护信访事项按期答", "=100%", "信访事项在法定期限内答复") +
          ge("", "质量指标", "养护路段验收合格率", "≥95%", "路面病害处置后定期复查，掌握病害修复情") +
          ge("效益指标", "可持续影响指标", "养护长效机制", "形成长效养护机制", "部分路段路况较差，下一步将加强动态"),
      ),
      errors: [
        { messageId: "rateNameCut", line: 6, field: "name", data: { expected: "道路养护信访事项按期答复率" } },
        { messageId: "dangling", line: 7, field: "explanation", data: { tail: "情" } },
        { messageId: "dangling", line: 8, field: "explanation", data: { tail: "动态" } },
      ],
    },
    {
      name: "invented (dev-25 round, after dev-22's list-style row): a rate unit stopping on its slash (≤0.35万元/) lost what it is per",
      text: gen(g("产出指标", "成本指标", "单次管网巡检服务成本", "≤0.35万元/") + g("", "成本指标", "单位管网养护成本", "≤1.2万元/公里")),
      errors: [{ messageId: "unitCut", line: 6, field: "target", evidence: "≤0.35万元/", data: { expected: "万元/…" } }],
    },
    {
      name: "invented (dev-25): a count target that is a bare figure (≥2400) while the goal writes the figure with its unit (2400册以上): the unit was cut",
      text: gen(g("产出指标", "数量指标", "发放交通安全手册数量", "≥2400") + g("", "质量指标", "沿线村民知晓率", "≥90%")).replace("主管部门", "年度目标\t\t向沿线村民发放交通安全手册2400册以上，知晓率不低于90%\n主管部门"),
      errors: [{ messageId: "unitLostGoal", line: 7, field: "target", evidence: "≥2400", data: { written: "2400册" } }],
    },
    {
      name: "invented (dev-25): a value stopping on the particle 得 (得到 cut), a reason on 纳入…计 (计划 cut), a results text on a year's quarter without 度, and an explanation on 为…提供 without its object",
      text:
        "项目名称\t示例农家书屋提升项目\n年度目标\t全年更新20个农家书屋图书\t实际完成情况\t完成更新18个，其余2个顺延至2025年第二季\n" +
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
        "\t产出指标\t数量指标\t更新农家书屋数量\t≥20个\t18个\t10\t9\t2个书屋所在村委会搬迁，已纳入明年工作计\n" +
        "\t效益指标\t社会效益指标\t村民阅读条件\t村民阅读条件得\t已改善\t10\t10\t无\n",
      errors: [
        { messageId: "dangling", line: 2, field: "goals.actual", data: { tail: "第二季" } },
        { messageId: "dangling", line: 4, field: "deviation", data: { tail: "计" } },
        { messageId: "dangling", line: 5, data: { tail: "得" } },
      ],
    },
    {
      name: "invented (dev-25): an explanation stopping on 为…提供 — the preposition names for whom, the verb still owes what",
      text: gen(ge("效益指标", "社会效益指标", "病虫害预警能力", "预警信息及时发布", "通过系统监测掌握虫情动态，为科学施策提供")),
      errors: [{ messageId: "dangling", line: 6, field: "explanation", data: { tail: "提供" } }],
    },
    {
      name: "invented (whole-endings, 点): an abstract 点 is no place — an announced action stopping on …难点 or …时间节点 still lacks its verb",
      text:
        gen(ge("产出指标", "数量指标", "老旧小区改造户数", "≥300户", "上年改造进度滞后，下一步将会同住建部门在老旧小区难点")) +
        gen(ge("产出指标", "数量指标", "老旧小区改造户数", "≥300户", "上年改造进度滞后，下一步将严格按照时间节点")),
      errors: [
        { messageId: "dangling", line: 6, field: "explanation", data: { tail: "难点" } },
        { messageId: "dangling", line: 12, field: "explanation", data: { tail: "节点" } },
      ],
    },
    {
      name: "invented (dev-22): a goal stopping on a lone 就 (…随迁子女全部就 for 就学)",
      text: gen(g("产出指标", "数量指标", "接收随迁子女人数", "≥420人")).replace("主管部门", "年度目标\t\t新增公办学位420个，保障进城务工人员随迁子女全部就\n主管部门"),
      errors: [{ messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "就" } }],
    },
    {
      name: "invented (dev-22): a name valued in percent that stops before its rate, which the goal writes out (…侧深施肥 / …侧深施肥技术覆盖率达到90%)",
      text: gen(g("产出指标", "质量指标", "水稻侧深施肥", "≥90%")).replace("主管部门", "年度目标\t\t推广水稻侧深施肥技术2万亩，侧深施肥技术覆盖率达到90%\n主管部门"),
      errors: [{ messageId: "rateElsewhere", line: 7, field: "name", evidence: "水稻侧深施肥", data: { expected: "水稻侧深施肥技术覆盖率" } }],
    },
    {
      name: "invented (dev-22): a goal whose last clause is a bare verb (…建成烘干中心2座，推动) was cut after it",
      text: gen(g("产出指标", "数量指标", "建成粮食烘干中心", "=2座")).replace("主管部门", "年度目标\t\t在4个产粮乡镇建成粮食烘干中心2座，日烘干能力达到300吨，推动\n主管部门"),
      errors: [{ messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "推动" } }],
    },
    {
      name: "invented (dev-22): a name stopping on a lone 标 (…国家二级标 for 标准) and a reason on a lone 协 (…衔接协 for 协调)",
      text:
        "项目名称\t示例供水保障项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
        "\t产出指标\t质量指标\t农村供水水质达到国家二级标\t二级\t二级\t10\t10\t无\n" +
        "\t\t数量指标\t新建供水管网长度\t≥12公里\t10公里\t10\t8.33\t部分路段征地滞后，下一步将加强与自然资源部门的衔接协\n",
      errors: [
        { messageId: "dangling", line: 3, field: "name", data: { tail: "标" } },
        { messageId: "dangling", line: 4, field: "deviation", data: { tail: "协" } },
      ],
    },
    {
      name: "invented (dev-24): a count name stopping on a lone 社 whose goal writes the same figure before the whole word (18个社区)",
      text: gen(g("产出指标", "数量指标", "健康讲座覆盖社", "=18个") + g("", "", "举办健康讲座场次", "≥36场")).replace("主管部门", "年度目标\t\t举办健康讲座36场，覆盖全区18个社区，提高居民健康素养\n主管部门"),
      errors: [{ messageId: "countElsewhere", line: 7, field: "name", evidence: "健康讲座覆盖社", data: { tail: "社", written: "18个社区", expected: "健康讲座覆盖社区" } }],
    },
    {
      name: "invented (dev-24): a name stopping on a lone 举 (举办), a name on a lone 晋 (晋升) and a results text on a lone 赠 (赠送)",
      text:
        "项目名称\t示例科普宣传项目\n年度目标\t全年举办科普讲座20场，编印科普读本3000册\t实际完成情况\t举办科普讲座22场，科普读本3000册已向各社区图书室赠\n" +
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
        "\t产出指标\t数量指标\t社区科普讲座举\t≥20场\t22场\t10\t10\t无\n" +
        "\t\t质量指标\t参训讲解员岗位等级晋\t≥80%\t85%\t10\t10\t无\n",
      errors: [
        { messageId: "dangling", line: 2, field: "goals.actual", data: { tail: "赠" } },
        { messageId: "dangling", line: 4, field: "name", data: { tail: "举" } },
        { messageId: "dangling", line: 5, field: "name", data: { tail: "晋" } },
      ],
    },
    {
      name: "invented (truncation): a lone character after a conjunction (…定期巡检和维, 维护 cut) and a lone 沟 (沟通 cut) end cut texts",
      text: gen(ge("产出指标", "数量指标", "泵站设备巡检次数", "≥24次", "对全县12座泵站开展定期巡检和维") + ge("", "时效指标", "故障处置时限", "≤48小时", "上半年处置偏慢，下一步将加强与供电部门沟")),
      errors: [
        { messageId: "dangling", line: 6, field: "explanation", data: { tail: "维" } },
        { messageId: "dangling", line: 7, field: "explanation", data: { tail: "沟" } },
      ],
    },
    {
      name: "invented (truncation): a name that is the beginning of another row's in the document, lacking only what its value measures (道路巡查 beside 道路巡查次数, both counted in 次)",
      text: gen(g("产出指标", "数量指标", "乡道日常道路巡查次数", "≥120次")) + "\n" + gen(g("产出指标", "数量指标", "乡道日常道路巡查", "≥100次")).replace("青岚县乡村道路养护项目", "青岚县县道养护项目"),
      errors: [{ messageId: "prefixElsewhere", line: 13, field: "name", evidence: "乡道日常道路巡查", data: { expected: "乡道日常道路巡查次数", line: "6" } }],
    },
    {
      name: "invented (truncation): an announced action (将 …) that stops inside its adverbial — a preposition and its place, no verb after them (…将联合交警在学校周边)",
      text: gen(ge("产出指标", "数量指标", "校园周边巡逻次数", "≥200次", "上学期巡逻警力不足，下一步将联合交警在学校周边")),
      errors: [{ messageId: "dangling", line: 6, field: "explanation", data: { tail: "周边" } }],
    },
    {
      name: "invented (truncation): a goal stopping on 依法, an adverbial that must be followed by its verb (…对违规门店依法)",
      text: gen(g("产出指标", "数量指标", "检查农资门店数量", "≥80家")).replace("主管部门", "年度目标\t\t开展农资市场专项检查，检查门店不少于80家，对违规门店依法\n主管部门"),
      errors: [{ messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "依法" } }],
    },
    {
      name: "invented (truncation): names cut at one width — a name as long as a cut one (7 characters, three names of that length), valued with a count, that never says what it counts (…技能培训 valued ≥300人次) is cut; one of that length ending on what it measures (…总面积) is whole",
      text: gen(
        g("产出指标", "数量指标", "农机手技能培训", "≥300人次") +
          g("", "数量指标", "农机作业总面积", "≥2万亩") +
          g("", "质量指标", "农机具检验合格", "≥98%") +
          g("", "时效指标", "补贴兑付时限", "≤30日") +
          g("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
      ),
      errors: [
        { messageId: "widthCut", line: 6, field: "name", evidence: "农机手技能培训", data: { otherText: "农机具检验合格", n: "7", value: "≥300人次" } },
        { messageId: "rateNameCut", line: 8, field: "name", evidence: "农机具检验合格" },
      ],
    },
    {
      name: "invented (truncation): no width cut where a name printed on one line is longer than the cut one (the column is wider), or where fewer than three names share its length",
      text:
        gen(
          g("产出指标", "数量指标", "农机手技能培训", "≥300人次") +
            g("", "数量指标", "农机作业总面积", "≥2万亩") +
            g("", "质量指标", "农机具检验合格", "≥98%") +
            g("", "数量指标", "购机补贴受益农户数", "≥500户") +
            g("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ) +
        "\n" +
        gen(g("产出指标", "数量指标", "农机手技能培训", "≥300人次") + g("", "质量指标", "农机具检验合格", "≥98%") + g("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%")).replace("青岚县乡村道路养护项目", "青岚县农机推广项目"),
      errors: [
        { messageId: "rateNameCut", line: 8, field: "name", evidence: "农机具检验合格" },
        { messageId: "rateNameCut", line: 18, field: "name", evidence: "农机具检验合格" },
      ],
    },
    {
      name: "invented (truncation): explanations cut at the cell's edge — mid-word (…拨付补), on a preposition (…发放到), on a bare number (…不少于800)",
      text: gen(
        ge("产出指标", "数量指标", "村级便民服务站点数", "≥18个", "年内建成并投入使用的村级便民服务站点个数") +
          ge("", "成本指标", "站点建设补助标准", "≤5万元/个", "由乡镇统一组织验收后拨付补") +
          ge("", "时效指标", "补助资金发放时间", "每季度首月", "每季度首月10日前通过“一卡通”发放到") +
          ge("效益指标", "社会效益指标", "困难家庭年度补助", "≥800元/户", "每户每年补助不少于800"),
      ),
      errors: [
        { messageId: "dangling", line: 7, field: "explanation", data: { tail: "补" } },
        { messageId: "dangling", line: 8, field: "explanation", data: { tail: "到" } },
        { messageId: "numberCut", line: 9, field: "explanation", data: { tail: "800" } },
      ],
    },
    {
      name: "invented (truncation): 评分标准 stopping on 扣 or with its bracket open, a 备注 cell and a 备注 row whose bracket never closes",
      text:
        selfHead +
        sr("产出指标", "质量指标", "安保工程交工验收合格率", "100%", "100%", "全部合格得满分，每有一段不合格扣", "无") +
        sr("", "成本指标", "每公里安保工程成本", "≤12万元", "11.6万元", "按完成比例计分（完成值÷目标", "单价参照省交通厅定额（2023年") +
        "总分\t\t\t\t\t\t100\t100\n" +
        "项目绩效分析\t全年完成安保工程46公里，路侧护栏、警示标志全部按设计安装到位\n" +
        "备注\t1.金额单位为万元；2.里程数据来源于县公路普查成果（2022年\n",
      errors: [
        { messageId: "dangling", line: 5, field: "scoringMethod", data: { tail: "扣" } },
        { messageId: "unbalanced", line: 6, field: "remark", evidence: "单价参照省交通厅定额（2023年" },
        { messageId: "unbalanced", line: 6, field: "scoringMethod", evidence: "按完成比例计分（完成值÷目标" },
        { messageId: "unbalanced", line: 9, field: "notes", evidence: "1.金额单位为万元；2.里程数据来源于县公路普查成果（2022年" },
      ],
    },
    {
      name: "invented (truncation): a goal and an explanation stopping on a verb without its object (切实保证, 主要用于), an extra column cut on 公 (公报), points without their 分 (扣0.5)",
      text:
        gen(ge("产出指标", "成本指标", "生均补助标准", "≤4元/人·天", "按国家规定的补助标准执行，主要用于") + ge("", "数量指标", "实施学校数量", "=12所", "实施学校个数"))
          .replace("指标解释\n", "指标解释\t数据来源\n")
          .replace("实施学校个数\n", "实施学校个数\t县教育事业统计公\n")
          .replace("主管部门", "年度目标\t\t为农村学生提供营养膳食补助，覆盖学生1530人，切实保证\n主管部门") +
        "\n" +
        selfHead +
        sr("产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", "每发现一例认定错误扣0.5", "无"),
      errors: [
        { messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "保证" } },
        { messageId: "dangling", line: 7, field: "explanation", data: { tail: "用于" } },
        { messageId: "dangling", line: 8, field: "extra", data: { field: "数据来源", tail: "公" } },
        { messageId: "numberCut", line: 14, field: "scoringMethod", data: { tail: "0.5" } },
      ],
    },
    {
      name: "invented (truncation): the funds block's 原因 cut at the cell's edge (…采购合同未能按期履)",
      text: fundsReason("部分器材供货延迟，采购合同未能按期履"),
      errors: [{ messageId: "dangling", line: 5, field: "funds", data: { tail: "履" } }],
    },
    {
      name: "invented (truncation): an explanation that closes a quote it never opened (…一次”改革要求): its beginning was cut",
      text: gen(ge("产出指标", "数量指标", "审批事项压缩数", "≥20项", "一次”改革要求，压缩审批时限")),
      errors: [{ messageId: "openerLost", line: 6, field: "explanation", evidence: "一次”改革要求，压缩审批时限" }],
    },
    {
      name: "invented (truncation): a department form's 部门主要任务 cut mid-word (…关爱保), its 保障措施 cut on 依 (依据)",
      text: dept("1.做好城乡低保和特困供养工作；2.加强困境儿童关爱保", "每季度开展一次生活状况评估，评估结果作为调整救助等级的依"),
      errors: [
        { messageId: "dangling", line: 3, field: "project.details", data: { tail: "保" } },
        { messageId: "dangling", line: 4, field: "project.details", data: { tail: "依" } },
      ],
    },
    {
      name: "invented (truncation): a figure whose bracketed note never closes, a goal on 氛 (氛围), a name on 兑 (兑付)",
      text: gen(g("产出指标", "质量指标", "路面病害修复合格率", "≥95%（抽") + g("", "时效指标", "养护资金按月兑", "≤30日")).replace("主管部门", "年度目标\t\t养护乡村道路120公里，营造安全有序的通行氛\n主管部门"),
      errors: [
        { messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "氛" } },
        { messageId: "unbalanced", line: 7, field: "target", evidence: "≥95%（抽" },
        { messageId: "dangling", line: 8, field: "name", evidence: "养护资金按月兑", data: { tail: "兑" } },
      ],
    },
    {
      name: "invented (truncation): the year column's level-2 label cut at its edge (社会效益指) while the period column's is whole",
      text: yearLabel("社会效益指"),
      errors: [{ messageId: "labelCut", line: lineWith(yearLabel("社会效益指"), "乡村学校教学评估优良率"), field: "level2", evidence: "社会效益指" }],
    },
    {
      name: "invented (truncation): a name stopping on the first character of its value's unit (…游客人 valued ≥5000人次)",
      text: gen(g("产出指标", "数量指标", "驿站接待过往游客人", "≥5000人次")),
      errors: [{ messageId: "unitNameCut", line: 6, field: "name", data: { tail: "人", unit: "人次", expected: "驿站接待过往游客人次" } }],
    },
    {
      name: "invented (truncation): a goal stopping on 达 whose last four characters only look parallel across two words (…装备配备达: 备 配 备 达 spans 装备 and 配备)",
      text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门", "年度目标\t\t更新乡镇卫生院检验装备，确保检验装备配备达\n主管部门"),
      errors: [{ messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "达" } }],
    },
    {
      name: "invented (truncation): a goal without the full stop its document's other goals have, stopping on a lone character that ends no word (…出行的秩, for 秩序), no comma in it",
      text: threeGoals("完成3座危桥改造并在施工期间维护沿线群众出行的秩"),
      errors: [{ messageId: "stopMissingWord", line: lineWith(threeGoals("完成3座危桥改造并在施工期间维护沿线群众出行的秩"), "出行的秩"), field: "goals.annual", data: { tail: "秩" } }],
    },
    {
      name: "invented (truncation): a goal whose last word and lone last character begin a longer word of the dictionary (…壮大村级集体经: 集体经济)",
      text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门", "年度目标\t\t扶持村级合作社发展，壮大村级集体经\n主管部门"),
      errors: [{ messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "经" } }],
    },
    {
      name: "invented (truncation): a duration's name stopping on the first character of its measure word (…平均响应时 valued ≤2小时, for 响应时间)",
      text: gen(g("产出指标", "时效指标", "故障报修平均响应时", "≤2小时")),
      errors: [{ messageId: "unitNameCut", line: 6, field: "name", data: { tail: "时", unit: "小时", expected: "故障报修平均响应时间" } }],
    },
    {
      name: "invented (truncation): a count stopping on 万 in a form that writes its other counts in 万 with their unit (≥3.5万 beside ≥12万株)",
      text: gen(g("产出指标", "数量指标", "新植苗木数量", "≥12万株") + g("", "", "抚育林木数量", "≥3.5万")),
      errors: [{ messageId: "wanUnitLost", line: 7, field: "target", evidence: "≥3.5万", data: { otherText: "≥12万株" } }],
    },
    {
      name: "invented (truncation): a goal that stops without the full stop its document's other goals have, on an intention never stated (…，资金结余将按规定)",
      text: threeGoals("完成3座危桥改造，工程验收合格后通车，资金结余将按规定"),
      errors: [{ messageId: "stopMissing", line: lineWith(threeGoals("完成3座危桥改造，工程验收合格后通车，资金结余将按规定"), "资金结余将按规定"), field: "goals.annual", data: { tail: "资金结余将按规定" } }],
    },
    {
      name: "invented (truncation): a goal that stops on a cause never stated (…，因汛期), where the document's other goals end with a full stop",
      text: threeGoals("完成2座危桥改造，第3座延至次年，因汛期"),
      errors: [{ messageId: "stopMissing", line: lineWith(threeGoals("完成2座危桥改造，第3座延至次年，因汛期"), "因汛期"), field: "goals.annual", data: { tail: "因汛期" } }],
    },
    {
      name: "invented (truncation): a goal that stops on what is measured with nothing said of it (…，桥面检查频次), where the document's other goals end with a full stop",
      text: threeGoals("完成3座危桥改造，汛期加强巡查，桥面检查频次"),
      errors: [{ messageId: "stopMissing", line: lineWith(threeGoals("完成3座危桥改造，汛期加强巡查，桥面检查频次"), "桥面检查频次"), field: "goals.annual", data: { tail: "桥面检查频次" } }],
    },
    {
      name: "invented (truncation): a reason cut on 影 (影响), a goal on 频 (频次), a name on 临 (临时)",
      text: gen(ge("产出指标", "数量指标", "送教上门学生人数", "≥40人", "部分学生家庭搬迁，送教计划受到影") + g("", "质量指标", "残疾儿童临", "≥95%")).replace("主管部门", "年度目标\t\t为适龄残疾儿童送教上门，保证每月送教频\n主管部门"),
      errors: [
        { messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "频" } },
        { messageId: "dangling", line: 7, field: "explanation", data: { tail: "影" } },
        { messageId: "dangling", line: 8, field: "name", data: { tail: "临" } },
      ],
    },
    {
      name: "invented (truncation): a project name ending on the first character of 项目, a goal on the first half of 服务水平",
      text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("青岚县乡村道路养护项目", "青岚县乡村道路养护项").replace("主管部门", "年度目标\t\t养护乡村道路120公里，提升农村公路管理服务水\n主管部门"),
      errors: [
        { messageId: "dangling", line: 2, field: "project.name", evidence: "青岚县乡村道路养护项", data: { tail: "项" } },
        { messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "水" } },
      ],
    },
    {
      name: "invented (truncation): a 实施单位 whose bracket never closes, a 项目期 cut at its end",
      text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门\t\t青岚县交通运输局", "主管部门\t\t青岚县交通运输局\t\t实施单位\t青岚县公路管理站（青岚县农村公路养护中\n项目属性\t\t一次性项目\t\t项目期\t2025年1月-2025年1"),
      errors: [
        { messageId: "unbalanced", line: 3, field: "project.implementer", evidence: "青岚县公路管理站（青岚县农村公路养护中" },
        { messageId: "dateCut", line: 4, field: "project.period", evidence: "2025年1月-2025年1" },
      ],
    },
    {
      name: "invented (truncation): the same goal cut at the cell's edge, without its full stop (…应检尽检、应保尽保 → …应保)",
      text: gen(g("产出指标", "数量指标", "适龄儿童视力筛查人数", "≥3000人")).replace("主管部门", "年度目标\t\t完成全镇适龄儿童视力筛查，做到应检尽检、应保\n主管部门"),
      errors: [{ messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "保" } }],
    },
    {
      name: "invented (truncation): the 主管部门 cut mid-word, the word whole in the goal",
      text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门\t\t青岚县交通运输局", "年度目标\t\t配合县交通运输部门养护乡村道路120公里\n主管部门\t\t青岚县交通运"),
      errors: [{ messageId: "dangling", line: 4, field: "project.department", evidence: "青岚县交通运", data: { tail: "运" } }],
    },
    {
      name: "invented (truncation): the annual value lost the unit its period twin keeps (≥1200 beside ≥1200人)",
      text: unitLost,
      errors: [{ messageId: "unitLost", line: lineWith(unitLost, "培训乡村教师人数"), field: "annualTarget", evidence: "≥1200", data: { otherText: "≥1200人" } }],
    },
    {
      name: "invented (truncation): a name valued in percent that stops at its rate's stem (满意 for 满意度, 合格 for 合格率)",
      text: gen(g("产出指标", "质量指标", "养护工程验收合格", "100%") + g("满意度指标", "服务对象满意度指标", "沿线群众满意", "≥90%")),
      errors: [
        { messageId: "rateNameCut", line: 6, field: "name", evidence: "养护工程验收合格", data: { expected: "养护工程验收合格率" } },
        { messageId: "rateNameCut", line: 7, field: "name", evidence: "沿线群众满意", data: { expected: "沿线群众满意度" } },
      ],
    },
    {
      name: "invented (truncation): a name valued in percent whose last word is a lone first character of a rate word (…药品集中采购执行比 for 比例); a whole share word (…占比) stays quiet",
      text: gen(g("产出指标", "质量指标", "基本药物集中采购执行比", "≥90%") + g("效益指标", "社会效益指标", "家庭医生签约居民占比", "≥45%")),
      errors: [{ messageId: "rateNameCut", line: 6, field: "name", evidence: "基本药物集中采购执行比", data: { expected: "基本药物集中采购执行比例" } }],
    },
    {
      name: "invented (truncation): a lone first character of a rate word that segmentation glues to the word before it (…档案信息核对准, read …核/对准, for 准确率); a name ending on the whole word 标准 stays quiet",
      text: gen(g("产出指标", "质量指标", "养老机构入住档案信息核对准", "≥98%") + g("", "质量指标", "集中供水水质符合国家标准", "≥98%")),
      errors: [{ messageId: "rateNameCut", line: 6, field: "name", evidence: "养老机构入住档案信息核对准", data: { expected: "养老机构入住档案信息核对准确率" } }],
    },
    {
      name: "invented (truncation): a quality indicator valued in points whose name ends on a lone first character of a rate word (…消防设施年度检测通 for 通过率); a quantity indicator in the same words and a quality stem (…验收合格 / 合格) stay quiet",
      text: gen(g("产出指标", "质量指标", "社区消防设施年度检测通", "≥80分") + g("", "数量指标", "社区消防设施年度检测通", "≥12次") + g("", "质量指标", "社区消防设施验收合格", "合格")),
      errors: [{ messageId: "rateNameCutQuality", line: 6, field: "name", evidence: "社区消防设施年度检测通", data: { expected: "社区消防设施年度检测通过率", word: "通过率" } }],
    },
    {
      name: "invented (truncation): a goal stopping on 结 of 结算/结余 (…及时办理资金结); a goal ending on the whole word 总结 stays quiet in the valid cases",
      text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里")).replace("主管部门", "年度绩效目标\t\t完成乡村道路养护120公里，年底前及时办理资金结\n主管部门"),
      errors: [{ messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "结" } }],
    },
    {
      name: "invented (truncation): a goal ending on a bare number, and a project name cut mid-word that goes on in the goal",
      text: gen(g("产出指标", "数量指标", "养护道路里程", "120公里"))
        .replace("青岚县乡村道路养护项目", "青岚县乡村道路日常养护维")
        .replace("主管部门", "年度目标\t\t全年开展乡村道路日常养护维护，养护里程达到120\n主管部门"),
      errors: [
        { messageId: "dangling", line: 2, field: "project.name", evidence: "青岚县乡村道路日常养护维", data: { tail: "维" } },
        { messageId: "numberCut", line: 3, field: "goals.annual", data: { tail: "120" } },
      ],
    },
    {
      name: "checklist 8 (truncation): a date that lost its 月, and a 项目概况 cut mid-word",
      text: gen(g("产出指标", "时效指标", "养护完成时间", "2025年1")).replace("主管部门", "项目概况\t\t对全县乡村道路开展日常养护，提升道路通行质\n主管部门"),
      errors: [
        { messageId: "dangling", line: 3, field: "project.details", evidence: "对全县乡村道路开展日常养护，提升道路通行质", data: { tail: "质" } },
        { messageId: "dateCut", line: 7, field: "target", evidence: "2025年1" },
      ],
    },
    {
      name: "checklist 8 (truncation): a name and a goal cut after the first character of a word (验收合…, 考核合…)",
      text: gen(g("产出指标", "质量指标", "工程项目验收合", "≥95%")).replace("主管部门", "年度绩效目标\t\t完成120名教师培训，培训考核合\n主管部门"),
      errors: [
        { messageId: "dangling", line: 3, field: "goals.annual", evidence: "完成120名教师培训，培训考核合", data: { tail: "合" } },
        { messageId: "dangling", line: 7, field: "name", evidence: "工程项目验收合", data: { tail: "合" } },
      ],
    },
    {
      name: "checklist 8 (truncation): a unit cut short, 平方 for 平方米 and 万 for 万元 in a cost row",
      text: gen(g("产出指标", "数量指标", "养护路面面积", "≥3200平方") + g("", "成本指标", "养护总成本", "≤48.5万")),
      errors: [
        { messageId: "unitCut", line: 6, field: "target", evidence: "≥3200平方", data: { expected: "平方米" }, severity: "warning" },
        { messageId: "unitCut", line: 7, field: "target", evidence: "≤48.5万", data: { expected: "万元" }, severity: "info" },
      ],
    },
    {
      name: "002 l.1086: 年6月至2023",
      text: head + r("产出指标", "时效指标", "费用有效期间", "", "年6月至2023"),
      errors: [{ messageId: "dateCut", line: 3, field: "adjustedTarget", evidence: "年6月至2023" }],
    },
    {
      name: "002 l.600: 20、2021、2022",
      text: head + r("产出指标", "时效指标", "供暖时效", "", "20、2021、2022"),
      errors: [{ messageId: "yearListCut", line: 3, field: "adjustedTarget", evidence: "20、2021、2022" }],
    },
    {
      name: "002 l.701: value ends on a preposition (市局审批为)",
      text: head + r("产出指标", "质量指标", "土地性质", "", "市局审批为"),
      errors: [{ messageId: "dangling", line: 3, field: "adjustedTarget", data: { tail: "为" } }],
    },
    {
      name: "002 l.959: name ending on 、",
      text: head + r("效益指标", "社会效益", "有效打击犯罪、", "", "提高"),
      errors: [{ messageId: "dangling", line: 3, field: "name", evidence: "有效打击犯罪、" }],
    },
    {
      name: "planted: a word cut at its first character that goes on elsewhere in the document (人居环 / 人居环境)",
      text: "项目名称\t农村人居环境整治项目\n" + head.split("\n")[1] + "\n" + r("效益指标", "社会效益指标", "持续改善农村人居环", "", "明显改善"),
      errors: [{ messageId: "dangling", line: 3, field: "name", data: { tail: "环" } }],
    },
    {
      // a document's first questions are answered by searching its text, later ones by an index of it
      // (built from the 17th distinct question): the same answer either way
      name: "invented: the cut name asked after eighteen other names that end on a lone character (清淤疏 / 清淤疏浚, answered by the document's index)",
      text:
        "项目名称\t山区河道清淤疏浚工程\n" +
        head.split("\n")[1] +
        "\n" +
        [..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未"].map((c) => r("效益指标", "社会效益指标", `乡村道路养护工程${c}`, "", "明显改善")).join("") +
        r("效益指标", "社会效益指标", "山区河道清淤疏", "", "明显改善"),
      errors: [{ messageId: "dangling", line: 21, field: "name", data: { tail: "疏" } }],
    },
    {
      // whether the last characters go on elsewhere is the document's question, whatever a per-text memo keeps (decision 100): the same
      // cut name in a document that never writes 清淤疏浚 is not reported, in either order
      name: "invented: the same name, two documents — cut only where its own document goes on with it (清淤疏 / 清淤疏浚)",
      texts: [
        "项目名称\t山区河道清淤疏浚工程\n" + head.split("\n")[1] + "\n" + r("效益指标", "社会效益指标", "山区河道清淤疏", "", "明显改善"),
        "项目名称\t乡村道路养护项目\n" + head.split("\n")[1] + "\n" + r("效益指标", "社会效益指标", "山区河道清淤疏", "", "明显改善"),
      ],
      errors: [{ messageId: "dangling", line: 3, field: "name", data: { tail: "疏" } }],
    },
    {
      name: "invented: the same name, two documents, the other order (清淤疏 / 清淤疏浚)",
      texts: [
        "项目名称\t乡村道路养护项目\n" + head.split("\n")[1] + "\n" + r("效益指标", "社会效益指标", "山区河道清淤疏", "", "明显改善"),
        "项目名称\t山区河道清淤疏浚工程\n" + head.split("\n")[1] + "\n" + r("效益指标", "社会效益指标", "山区河道清淤疏", "", "明显改善"),
      ],
      errors: [{ messageId: "dangling", line: 3, field: "name", data: { tail: "疏" } }],
    },
    {
      // a text's verdict is kept per kind (decision 100): the same words as a sentence (部门主要任务) lost the
      // unit after their final figure, as an indicator name in the same document they are no cut
      name: "invented: one text as a sentence and as a name in one document — a bare final figure cuts only the sentence",
      text: dept("全年新建农村污水管网达到5000", "落实资金专户管理，按月公示发放名单，接受群众监督") + "产出指标\t数量指标\t全年新建农村污水管网达到5000\t≥3200户\n",
      errors: [{ messageId: "numberCut", line: 3, field: "project.details", data: { tail: "5000" } }],
    },
    {
      name: "planted: unbalanced bracket",
      text: head + r("产出指标", "数量指标", "硬件（软件运维次数", "≥4次", "≥4次"),
      errors: [{ messageId: "unbalanced", line: 3, field: "name" }],
    },
    {
      name: "invented (truncation): a unit cut to 公, a range and a date cut at their end",
      text: gen(g("产出指标", "数量指标", "提档升级里程", "≥45公") + g("", "时效指标", "资金发放时间", "2025年3月至") + g("", "", "设备到位时间", "2025年6月3")),
      errors: [
        { messageId: "unitCut", line: 6, field: "target", evidence: "≥45公" },
        { messageId: "dateCut", line: 7, field: "target", evidence: "2025年3月至" },
        { messageId: "dateCut", line: 8, field: "target", evidence: "2025年6月3" },
      ],
    },
    {
      name: "invented (truncation): a 项目期 with its start only, a goal stopping on 达到, a name on the first character of 更新",
      text: gen(g("产出指标", "数量指标", "乡镇卫生院医疗设备更", "≥36台"))
        .replace("主管部门\t\t青岚县交通运输局", "年度目标\t\t新增实训工位180个，技能证书获取率达到\n主管部门\t\t青岚县交通运输局\n项目属性\t\t一次性项目\t\t项目期\t2025年3月-"),
      errors: [
        { messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "达到" } },
        { messageId: "dateCut", line: 5, field: "project.period", evidence: "2025年3月-" },
        { messageId: "dangling", line: 8, field: "name", evidence: "乡镇卫生院医疗设备更", data: { tail: "更" } },
      ],
    },
    {
      name: "invented (truncation): a goal cut on the first half of 妥善处理, and a range cut after its range sign (2℃～)",
      text: gen(g("产出指标", "质量指标", "疫苗冷链储存温度", "2℃～") + g("", "数量指标", "调处矛盾纠纷件数", "≥120件"))
        .replace("主管部门", "年度目标\t\t开展矛盾纠纷排查，确保群众合理诉求得到及时回应和妥善处\n主管部门"),
      errors: [
        { messageId: "dangling", line: 3, field: "goals.annual", data: { tail: "处" } },
        { messageId: "rangeCut", line: 7, field: "target", evidence: "2℃～" },
      ],
    },
    {
      name: "invented (truncation): a 偏差原因 cut mid-word (…培训进度滞)",
      text:
        "项目名称\t示例培训项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
        "\t产出指标\t数量指标\t救护员培训人数\t≥600人\t560人\t10\t9.33\t部分乡镇培训场地协调困难，培训进度滞\n" +
        "\t满意度指标\t服务对象满意度指标\t参训群众满意度\t≥90%\t96%\t10\t10\t无\n",
      errors: [{ messageId: "dangling", line: 3, field: "deviation", data: { tail: "滞" } }],
    },
    {
      name: "invented (issue 9): a 偏差原因 cut inside 计划 after a comparison (…巡查次数较计)",
      text:
        "项目名称\t示例河道巡查项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
        "\t产出指标\t数量指标\t河道巡查次数\t≥48次\t44次\t10\t9.17\t汛期道路中断，巡查次数较计\n" +
        "\t满意度指标\t服务对象满意度指标\t沿河群众满意度\t≥90%\t95%\t10\t10\t无\n",
      errors: [{ messageId: "dangling", line: 3, field: "deviation", data: { tail: "计" } }],
    },
    {
      name: "000 l.506, 511, 514 (first form of 000): year-column prefixes, a cut name and a cut label",
      file: "test/fixtures/truncated-text/000-l506-cut-names-and-labels.txt",
      errors: [
        { messageId: "annualPrefix", line: 23, field: "annualName", evidence: "办公设备验收合格" },
        { messageId: "annualPrefix", line: 28, field: "annualName", evidence: "工作正常运转或专" },
        { messageId: "dangling", line: 28, field: "name", evidence: "工作正常运转或专项业务保", data: { tail: "保" } },
        { messageId: "labelCut", line: 31, field: "level2", evidence: "服务对象满意度指", data: { expected: "服务对象满意度指标" } },
      ],
    },
  ],
});
