import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

ruleTester.run("vague-value", {
  valid: [
    {
      name: "invented (dev-23 round): 待定 / 另定 after a dash in the 计算符号 column is placeholder-value's stock wording, not reported twice",
      text: "项目名称\t示例项目\n一级指标\t二级指标\t三级指标\t指标性质\t计算符号\t目标值\t计量单位\n产出指标\t数量指标\t培训人数\t定量\t≥\t150\t人\n\t时效指标\t培训完成时间\t定性\t—\t待定\t\n\t成本指标\t人均培训费用\t定性\t—\t另定\t\n",
    },
    {
      name: "000 l.800 kind: 按标准 / 根据需求 as a cost or a count is stock wording, reported by placeholder-value (gold: placeholder), not twice",
      text: head + "\t产出指标\t成本指标\t人员支出\t按标准\t48万元\t10\t10\n" + "\t产出指标\t数量指标\t宣传折页印制\t根据需求\t3000份\t10\t10\n",
    },
    { name: "invented: a rate written as a ratio in words is a number (出版物编校差错率 ≤万分之一, 数据录入差错率 ≤千分之三)", text: head + "\t产出指标\t质量指标\t出版物编校差错率\t≤万分之一\t万分之0.8\t10\t10\n\t产出指标\t质量指标\t数据录入差错率\t≤千分之三\t千分之二\t10\t10\n" },
    {
      name: "invented (corpus 002 l.1816 kind): a standard (达标, 符合行业标准) on a 数量 row whose name counts nothing (路灯照度, 路面平整度) is a misplaced quality indicator, not a count left unstated",
      text: head + "\t产出指标\t数量指标\t路灯照度\t达标\t达标\t10\t10\n\t\t\t路面平整度\t符合行业标准\t符合\t10\t10\n",
    },
    {
      name: "invented: a same-month, next-month or on-the-spot limit stated in words is a deadline (当月兑付, 次月发放, 即时办结)",
      text: head + "\t产出指标\t时效指标\t补贴兑付时限\t当月兑付\t当月兑付\t10\t10\n\t\t\t生活补助发放时间\t次月发放\t次月发放\t10\t10\n\t\t\t窗口业务办理时限\t即时办结\t即时办结\t10\t10\n",
    },
    {
      name: "invented (corpus 002 l.1855 kind): a time named by a season or an event of the year states when (油菜开花之际, 秋收时节)",
      text: head + "\t产出指标\t时效指标\t病虫害监测时间\t油菜开花之际\t已完成\t10\t10\n\t\t\t秸秆回收时间\t秋收时节\t已完成\t10\t10\n",
    },
    {
      name: "corpus 000 l.510 kind (invented text): a word pasted twice (提升提升, 良好良好) is doubled-text's paste error, not reported again",
      text: head + "\t产出指标\t质量指标\t维修质量\t良好良好\t良好\t10\t10\n\t效益指标\t社会效益指标\t群众出行条件\t提升提升\t提升\t30\t30\n",
    },
    { name: "numbers where numbers are expected", text: head + "\t产出指标\t成本指标\t人员支出\t≤50万元\t48万元\t10\t10\n\t满意度指标\t服务对象满意度指标\t民警满意度\t≥90%\t95%\t10\t10\n" },
    {
      name: "a stated standard under 质量, a deadline or a schedule under 时效, a longer effect statement, a figure under 社会效益",
      text:
        head +
        "\t产出指标\t质量指标\t设备验收\t符合国家标准\t符合\t10\t10\n\t\t时效指标\t完成时间\t2024年6月底前\t6月\t10\t10\n\t\t\t补助发放时间\t按月发放\t按月\t10\t10\n\t\t\t维修响应\t年底前完成\t完成\t10\t10\n" +
        "\t效益指标\t社会效益指标\t辖区群众安全感\t≥95%\t96%\t20\t20\n\t\t可持续影响指标\t长效机制\t建立健全设备日常维护管理制度\t已建立\t10\t10\n",
    },
    {
      name: "invented (issue 9, precision): a same-day, next-day or continuous limit stated in words is a deadline (当日清运, 次日办结, 随到随办)",
      text: head + "\t产出指标\t时效指标\t生活垃圾清运时限\t当日清运\t当日清运\t10\t10\n\t\t\t群众诉求办结时限\t次日办结\t次日办结\t10\t10\n\t\t\t证件办理时限\t随到随办\t随到随办\t10\t10\n",
    },
    {
      name: "invented (issue 9, precision): a 可持续影响 “长期” whose 指标解释 states the term (设计使用年限10年以上) is measurable",
      text:
        "项目名称\t示例实训设备购置项目\n一级指标\t二级指标\t三级指标\t指标值\t指标解释\n" +
        "产出指标\t数量指标\t购置实训设备数量\t≥32台套\t\n效益指标\t可持续影响指标\t设备使用年限\t长期\t设备设计使用年限10年以上\n",
    },
    { name: "an actual in words is not a target", text: head + "\t满意度指标\t服务对象满意度指标\t民警满意度\t≥90%\t满意\t10\t10\n" },
  ],
  invalid: [
    {
      name: "invented: under 数量 a row that counts (路灯安装数量) valued 达标, and a row that counts nothing valued a vague word (路灯维护 有效保障), still owe a count",
      text: head + "\t产出指标\t数量指标\t路灯安装数量\t达标\t达标\t10\t10\n\t\t\t路灯维护\t有效保障\t有效保障\t10\t10\n",
      errors: [
        { messageId: "quantity", line: 3, severity: "warning", evidence: "达标" },
        { messageId: "quantity", line: 4, severity: "warning", evidence: "有效保障" },
      ],
    },
    {
      name: "checklist item 2 (invented): 时效 “及时” and “全年” with no deadline, 质量 “良好”, a …比例 in words (warnings); 效益 “提升” (info)",
      text:
        head +
        "\t产出指标\t质量指标\t培训质量\t良好\t良好\t10\t10\n\t\t时效指标\t补助发放及时性\t及时\t及时\t10\t10\n\t\t\t项目实施时间\t全年\t全年\t10\t10\n\t\t\t资金支出比例\t逐步提高\t提高\t10\t10\n" +
        "\t效益指标\t社会效益指标\t乡村教师教学水平\t提升\t提升\t30\t30\n\t\t可持续影响指标\t知识普及率\t显著改变\t提高\t10\t10\n",
      errors: [
        { messageId: "standard", line: 3, severity: "warning", evidence: "良好" },
        { messageId: "deadline", line: 4, severity: "warning", evidence: "及时" },
        { messageId: "deadline", line: 5, severity: "warning", evidence: "全年" },
        { messageId: "rate", line: 6, severity: "warning", indicator: "资金支出比例" },
        { messageId: "effect", line: 7, severity: "info", evidence: "提升" },
        { messageId: "rate", line: 8, severity: "warning", indicator: "知识普及率" },
      ],
    },
    {
      name: "invented (issue 9): 可持续影响 “长期” with an explanation that states no term stays a weak effect (info); 时效 “当年度” names no limit",
      text:
        "项目名称\t示例实训设备购置项目\n一级指标\t二级指标\t三级指标\t指标值\t指标解释\n" +
        "产出指标\t时效指标\t设备采购时间\t当年度\t当年完成采购\n效益指标\t可持续影响指标\t设备使用年限\t长期\t设备长期发挥作用\n",
      errors: [
        { messageId: "deadline", line: 3, severity: "warning", evidence: "当年度" },
        { messageId: "effect", line: 4, severity: "info", evidence: "长期" },
      ],
    },
    {
      name: "000 l.731: 长期 as a quantity",
      text: head + "\t产出指标\t数量指标\t雇佣时限\t长期\t长期\t20\t20\n",
      errors: [{ messageId: "quantity", line: 3, evidence: "长期" }],
    },
    {
      name: "001 l.3236 kind: a coverage rate described in words",
      text: head + "\t产出指标\t质量指标\t维修维护覆盖率\t对县域内各单位核心机房进行维修维护\t已维护\t10\t10\n",
      errors: [{ messageId: "rate", line: 3, indicator: "维修维护覆盖率" }],
    },
    {
      name: "000 l.541 and 546 (second form of 000): 根据需求 as cost, 满意 as satisfaction, both columns, reported once naming both",
      file: "test/fixtures/vague-value/000-l546-satisfaction-word.txt",
      errors: [
        // checklist item 2 widened the definition: 质量 “提升”, 时效 “当年度” (no deadline), 社会效益 “提升” (info);
        // each stands in both columns and is reported once, naming both
        { messageId: "standard", line: 24, field: "target", also: ["annualTarget"], evidence: "提升" },
        { messageId: "deadline", line: 25, field: "target", also: ["annualTarget"], evidence: "当年度" },
        // l.26 根据需求 as a cost: stock wording standing in for a value, placeholder-value's (the corpus gold
        // labels it placeholder only); one defect, one finding
        { messageId: "effect", line: 28, field: "target", also: ["annualTarget"], evidence: "提升", severity: "info" },
        { messageId: "satisfaction", line: 31, field: "target", also: ["annualTarget"], evidence: "满意", indicator: "民警满意度" },
      ],
    },
  ],
});
