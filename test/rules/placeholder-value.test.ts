import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";
/** the same with a 偏差原因 column */
const headWhy = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";

// a target form with an 指标解释 column (湖北-style, invented)
const explained = (e: string[]) =>
  "2025年度项目支出绩效目标表\n项目名称\t\t某县学生宿舍改造项目\n主管部门\t\t某县教育局\n一级指标\t二级指标\t三级指标\t\t指标值\t指标解释\n" +
  [["产出指标", "数量指标", "改造宿舍面积", "3200平方米"], ["", "质量指标", "工程验收合格率", "100%"], ["", "时效指标", "工程完工时间", "2025年8月20日前"], ["效益指标", "社会效益指标", "改善住宿条件的学生人数", "≥1280人"]]
    .map(([l1, l2, n, v], k) => `${l1}\t${l2}\t${n}\t\t${v}\t${e[k] ?? ""}\n`)
    .join("");

/** a self-assessment with 调整后指标值 and 偏差原因 columns (invented); rows: [l2, name, target, adjusted, actual, weight, score, why] */
const adjusted = (rows: string[][]) =>
  "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
  rows.map(([l2, n, t, a, x, w, s, why], k) => `\t${k ? "" : "产出指标"}\t${l2}\t${n}\t${t}\t${a}\t${x}\t${w}\t${s}\t${why ?? ""}\n`).join("");
const fourRows = (why: string[], actual = ["1260人次", "92%", "2024年11月20日", "603元"]) =>
  adjusted([
    ["数量指标", "教师培训人次", "≥1200人次", "—", actual[0], "15", "15", why[0]],
    ["质量指标", "培训考核合格率", "≥95%", "—", actual[1], "15", "14.53", why[1]],
    ["时效指标", "培训完成时间", "2024年12月底前", "—", actual[2], "10", "10", why[2]],
    ["成本指标", "人均培训成本", "≤650元", "—", actual[3], "10", "10", why[3]],
  ]);
const sameWhy = adjusted([
  ["数量指标", "维护路灯数量", "≥6500盏", "/", "6240盏", "15", "14.4", "加强管理，提高资金使用效益。"],
  ["质量指标", "故障修复及时率", "≥95%", "/", "76%", "10", "8", "加强管理，提高资金使用效益。"],
  ["时效指标", "巡查完成时间", "2024年12月底前", "/", "2024年12月", "10", "10", ""],
  ["成本指标", "夜间照明覆盖率", "≥97%", "/", "87.3%", "15", "13.5", "加强管理，提高资金使用效益。"],
]);

ruleTester.run("placeholder-value", {
  valid: [
    {
      name: "invented: explanations that name a province's plan, an XL size and a request in running text are filled in",
      text: explained(["依据《某省学生宿舍建设标准》核定", "含XL型储物柜的宿舍按实际面积计", "学校已请第三方对工程质量进行检测", "按入住学生花名册统计"]),
    },
    { name: "invented: 调整后指标值 “—” or “/” where nothing was adjusted, 偏差原因 “无” with full marks", text: fourRows(["无", "部分教师工学矛盾突出，已安排补训", "无", "无"]) },
    { name: "invented: a different reason on each row that lost points", text: fourRows(["参训教师调出2人", "部分教师工学矛盾突出，已安排补训", "培训基地检修推迟一周", "集中采购压低了食宿费用"]) },
    { name: "invented: no row states an actual (the column was not read): nothing to compare with", text: fourRows(["", "", "", ""], ["", "", "", ""]) },
    { name: "invented: 调整后指标值 “未调整”", text: adjusted([["数量指标", "教师培训人次", "≥1200人次", "未调整", "1260人次", "15", "15", ""]]) },
    { name: "invented: actual 无 with its 偏差原因 given (nothing happened, explained) is an answer", text: headWhy + "\t效益指标\t经济效益指标\t滞纳金补贴到位率\t100%\t无\t10\t0\t本年未发生逾期缴费，无需补贴\n" },
    { name: "无 as the target of an adverse-event count is a real target", text: head + "\t效益指标\t社会效益指标\t安全事故发生次数\t无\t无\t20\t20\n" },
    { name: "each indicator explained in its own words", text: explained(["含6栋宿舍楼内部改造", "以竣工验收报告为准", "秋季开学前投入使用", "按住宿学生名册统计"]) },
    { name: "the same short note on two rows only", text: explained(["按规定执行", "按规定执行", "", ""]) },
    { name: "a value that speaks of 填报 without being an instruction", text: head + "\t产出指标\t时效指标\t统计报表报送\t填报及时\t填报及时\t10\t10\n" },
    { name: "numbers with units", text: head + "\t产出指标\t数量指标\t涉及取暖部门\t=10个\t=10个\t20\t20\n" },
    { name: "qualitative target, concrete actual", text: head + "\t效益指标\t社会效益指标\t基层单位工作效率\t提高\t明显提高\t30\t30\n" },
    { name: "invented (issue 9): a value that says what is qualitative (定性描述了居民节水习惯的变化) is no type word", text: head + "\t效益指标\t社会效益指标\t居民节水意识\t居民节水习惯逐步养成\t居民节水习惯基本养成\t30\t30\n" },
  ],
  invalid: [
    {
      name: "invented (dev-23 round): 待定 / 另定 after a dash in the 计算符号 column (the comparator cell left empty) is stock wording all the same",
      text: "项目名称\t示例项目\n一级指标\t二级指标\t三级指标\t指标性质\t计算符号\t目标值\t计量单位\n产出指标\t数量指标\t培训人数\t定量\t≥\t150\t人\n\t时效指标\t培训完成时间\t定性\t—\t待定\t\n\t成本指标\t人均培训费用\t定性\t—\t另定\t\n",
      errors: [
        { messageId: "stockWording", line: 4, field: "target", severity: "warning" },
        { messageId: "stockWording", line: 5, field: "target", severity: "warning" },
      ],
    },
    {
      name: "checklist 8 (invented): the same stock sentence in every 偏差原因 cell that has one",
      text: sameWhy,
      errors: [{ messageId: "sameExplanation", line: 3, field: "deviation", evidence: "加强管理，提高资金使用效益。", severity: "warning", data: { column: "偏差原因", count: "3" } }],
    },
    {
      name: "checklist 10 (invented): an actual left empty while the other rows state theirs",
      text: fourRows(["", "部分教师工学矛盾突出，已安排补训", "", ""], ["1260人次", "92%", "", "603元"]),
      errors: [{ messageId: "actualMissing", line: 5, field: "actual", indicator: "培训完成时间", severity: "warning", data: { target: "2024年12月底前", weight: "10", score: "10" } }],
    },
    {
      name: "checklist 8 (invented): a spreadsheet's drop-down prompt and a pointer to another table as values",
      text: head + "\t产出指标\t数量指标\t培训人数\t--请选择--\t见附表\t20\t20\n",
      errors: [
        { messageId: "nonAnswer", line: 3, field: "actual", evidence: "见附表", severity: "warning" },
        { messageId: "nonAnswer", line: 3, field: "target", evidence: "--请选择--", severity: "warning" },
      ],
    },
    {
      name: "invented: a dummy in 调整后指标值 is still residue",
      text: adjusted([["数量指标", "教师培训人次", "≥1200人次", "**", "1260人次", "15", "15", ""]]),
      errors: [{ messageId: "placeholder", line: 3, field: "adjustedTarget", evidence: "**" }],
    },
    {
      name: "invented: actual 无 of a rate with the 偏差原因 cell empty or only \"/\"",
      text: headWhy + "\t效益指标\t经济效益指标\t滞纳金补贴到位率\t100%\t无\t10\t10\t/\n",
      errors: [{ messageId: "nonAnswer", line: 3, field: "actual", evidence: "无", severity: "warning" }],
    },
    {
      name: "checklist 8: 无, 略, 同上 and an example where a value is asked for",
      text: head + "\t产出指标\t数量指标\t培训人数\t无\t略\t20\t20\n\t\t质量指标\t培训合格率\t例：≥95%\t同上\t10\t10\n",
      errors: [
        { messageId: "nonAnswer", line: 3, field: "actual", evidence: "略", severity: "warning" },
        { messageId: "nonAnswer", line: 3, field: "target", evidence: "无", severity: "warning" },
        { messageId: "nonAnswer", line: 4, field: "actual", evidence: "同上" },
        { messageId: "nonAnswer", line: 4, field: "target", evidence: "例：≥95%" },
      ],
    },
    {
      name: "checklist 8: the same stock sentence in every explanation cell",
      text: explained(["按照相关规定执行", "按照相关规定执行", "按照相关规定执行", "按照相关规定执行"]),
      errors: [{ messageId: "sameExplanation", line: 5, field: "explanation", evidence: "按照相关规定执行", severity: "warning", data: { count: "4" } }],
    },
    {
      name: "checklist 8 (invented): the form's instruction left in an explanation cell, and XX left in a basis it names",
      text: explained(["请对三级指标的含义及计算方法进行说明", "依据《XX省学生宿舍建设标准》", "工程竣工验收备案的日期", "按入住学生花名册统计"]),
      errors: [
        { messageId: "explanationNonAnswer", line: 5, field: "explanation", evidence: "请对三级指标的含义及计算方法进行说明", severity: "warning" },
        { messageId: "explanationDummy", line: 6, field: "explanation", evidence: "XX", severity: "error", data: { match: "XX" } },
      ],
    },
    {
      name: "checklist 8: the form's instruction left in the value cell",
      text: head + "\t产出指标\t数量指标\t培训人数\t填写数量，如≥10人\t请据实填写\t20\t20\n",
      errors: [
        { messageId: "nonAnswer", line: 3, field: "actual", evidence: "请据实填写", severity: "warning" },
        { messageId: "nonAnswer", line: 3, field: "target", evidence: "填写数量，如≥10人", severity: "warning" },
      ],
    },
    {
      name: "002 l.598: =个 as 年初指标值",
      text: head + "\t产出指标\t数量指标\t涉及取暖部门\t=个\t=10个\t20\t20\n",
      errors: [{ messageId: "placeholder", line: 3, field: "target", evidence: "=个", indicator: "涉及取暖部门" }],
    },
    {
      name: "002 l.603: ≥% as 年初指标值",
      text: head + "\t满意度指标\t服务对象满意度\t涉及部门职工满意度\t≥%\t≥96%\t10\t10\n",
      errors: [{ messageId: "placeholder", line: 3, field: "target", evidence: "≥%" }],
    },
    {
      name: "002 l.599: 达成预期指标 as actual of a qualitative target: the template's tier answer, info",
      text: head + "\t产出指标\t质量指标\t供暖质量\t符合国家标准\t达成预期指标\t10\t10\n",
      errors: [{ messageId: "tierAnswer", line: 3, field: "actual", evidence: "达成预期指标", severity: "info" }],
    },
    {
      name: "invented: 达成预期指标 as actual of a 效益 target worded 效果明显, info",
      text: head + "\t效益指标\t社会效益指标\t对村容村貌的改善程度\t效果明显\t达成预期指标\t10\t10\n",
      errors: [{ messageId: "tierAnswer", line: 3, field: "actual", evidence: "达成预期指标", severity: "info" }],
    },
    {
      name: "invented: 达成预期指标 as actual of a worded target holding figures (第1、3季度各一次): warning",
      text: head + "\t产出指标\t时效指标\t设备巡检安排\t第1、3季度各一次\t达成预期指标\t10\t10\n",
      errors: [{ messageId: "placeholder", line: 3, field: "actual", evidence: "达成预期指标", severity: "warning" }],
    },
    {
      name: "invented: a target holding a figure (形成2项品牌活动) that the form's 指标性质 column calls 定性: the tier answer 达成年度指标 is info",
      text:
        "项目名称\t示例项目\n一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\n" +
        "效益指标\t可持续影响指标\t品牌活动培育情况\t定性\t形成2项县级品牌活动\t\t达成年度指标\t15\t15\n",
      errors: [{ messageId: "tierAnswer", line: 3, field: "actual", evidence: "达成年度指标", severity: "info" }],
    },
    {
      name: "invented (dev-29 round): 达到预期 / 已达到预期效果 (the tier answer without 指标) as the actual of a qualitative target is the same tier answer, info",
      text: head + "\t效益指标\t社会效益指标\t师生安全保障\t校舍安全隐患全部消除\t达到预期\t10\t10\n\t\t可持续影响指标\t校舍巡检制度\t建立定期巡检制度\t已达到预期效果\t10\t10\n",
      errors: [
        { messageId: "tierAnswer", line: 3, field: "actual", evidence: "达到预期", severity: "info" },
        { messageId: "tierAnswer", line: 4, field: "actual", evidence: "已达到预期效果", severity: "info" },
      ],
    },
    {
      name: "invented: 达成预期 (without 指标) as the actual of a count target ≥2400小时: warning",
      text: head + "\t产出指标\t数量指标\t场地年开放时长\t≥2400小时\t达成预期\t10\t10\n",
      errors: [{ messageId: "stockWording", line: 3, field: "actual", evidence: "达成预期", severity: "warning" }],
    },
    {
      name: "invented: 达成预期指标 as actual of a rate target ≥95%: no figure where one is due, warning",
      text: head + "\t产出指标\t质量指标\t道路养护验收合格率\t≥95%\t达成预期指标\t10\t10\n",
      errors: [{ messageId: "placeholder", line: 3, field: "actual", evidence: "达成预期指标", severity: "warning" }],
    },
    {
      name: "invented (issue 9): the template's kind of value (定性) written where the value belongs says nothing of the effect",
      text: head + "\t效益指标\t社会效益指标\t居民节水意识\t定性\t居民节水习惯基本养成\t30\t30\n",
      errors: [{ messageId: "stockWording", line: 3, field: "target", evidence: "定性", severity: "warning" }],
    },
    {
      name: "000 l.541: 根据需求 as a target",
      text: head + "\t产出指标\t数量指标\t医疗费用支付\t根据需求\t已支付\t20\t20\n",
      errors: [{ messageId: "stockWording", line: 3, field: "target", evidence: "根据需求" }],
    },
    {
      name: "001 l.3132: 按照协议书约定 as a cost target",
      text: head + "\t产出指标\t成本指标\t人均还款标准\t按照协议书约定\t已还款\t10\t10\n",
      errors: [{ messageId: "stockWording", line: 3, field: "target", evidence: "按照协议书约定" }],
    },
    {
      name: "002 l.1848: 实际完成情况 is 圆满完成预期目标 (layout-2 form 飞机航测专项经费)",
      file: "test/fixtures/placeholder-value/002-l1848-stock-achievement.txt",
      errors: [{ messageId: "stockWording", line: 13, field: "goals.actual", evidence: "圆满完成预期目标" }],
    },
    {
      name: "001: ** cells",
      text: head + "\t产出指标\t数量指标\t**\t**\t**\t20\t20\n",
      errors: [
        // findings are sorted by line, then field name
        { messageId: "placeholder", line: 3, field: "actual", evidence: "**" },
        { messageId: "placeholder", line: 3, field: "target", evidence: "**" },
      ],
    },
  ],
});
