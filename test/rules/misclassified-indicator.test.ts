import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf, indicatorRow } from "../fixtures/copied-text/snippet.js";

const row = indicatorRow;

// 000 l.1299 (节约警力数量 under 成本), 004 l.110 (不发生吸毒肇事肇祸事件 under 成本), 000 l.994 (满意度 under 质量)
const cost = form({ name: "信息化建设项目尾款", goal: "完成智慧派出所建设", rows: [row("产出指标", "成本指标", "节约警力数量", "≥10%"), row("", "", "项目尾款支付", "≤50万元")] });
const drugs = form({ name: "禁毒工作经费", goal: "新增吸毒人数明显下降", rows: [row("产出指标", "成本指标", "不发生吸毒肇事肇祸事件", "有效改变")] });
const quality = form({ name: "民警执法维权费用", goal: "保障民警利益不受侵害", rows: [row("产出指标", "质量指标", "被侵权民警抚慰满意度", "≥90%")] });
// 000 l.731 (雇佣时限 under 数量), 002 l.2127 (年租赁费 under 经济效益)
const time = form({ name: "后勤人员服务费", goal: "雇佣后勤服务人员", rows: [row("产出指标", "数量指标", "雇佣时限", "长期"), row("效益指标", "经济效益指标", "年租赁费", "≤8万元")] });

ruleTester.run("misclassified-indicator", {
  valid: [
    {
      name: "an on-time reporting rate under 质量 stays where it is (reviewers disagree: the dev-27 round's cue was withdrawn, decision 141's addendum)",
      text: form({ name: "农业统计调查经费", goal: "完成年度农业统计调查", rows: [row("产出指标", "质量指标", "统计报表按期上报率", "≥98%")] }),
    },
    {
      name: "invented (dev-29 round): 产值 after 单位/万元 is the denominator of an intensity (单位产值能耗, 万元产值用水量) — energy or water per output value under 社会/可持续影响 is no money gained",
      text: form({ name: "工业企业节能诊断服务", goal: "为重点工业企业开展节能诊断", rows: [row("产出指标", "数量指标", "开展节能诊断企业", "≥25家"), row("效益指标", "社会效益指标", "诊断企业单位产值能耗下降率", "≥2%"), row("", "可持续影响指标", "万元产值用水量下降", "≥5%")] }),
    },
    {
      name: "invented (dev-25 round): under 社会效益 the people an activity reaches (受众人次, 受益群众人数) are its effect, and under 经济效益 a cut in spending (节约费用支出) is money saved",
      text: form({ name: "乡村文化惠民演出经费", goal: "送戏下乡", rows: [row("效益指标", "社会效益指标", "惠民演出受众人次", "≥1.2万人次"), row("", "", "受益农村群众人数", "≥8000人"), row("", "经济效益指标", "节约场地租赁费用支出", "≥2万元")] }),
    },
    {
      name: "invented (dev-25 round): sessions of an activity the project only hosts (红色教育活动场次 at a memorial hall it maintains) may be its effect under 社会效益",
      text: form({ name: "红色教育基地展馆维护经费", goal: "完成展馆展陈维护，保障展馆全年正常开放", rows: [row("产出指标", "数量指标", "维护展陈面积", "≥800平方米"), row("效益指标", "社会效益指标", "红色教育活动场次", "≥30场")] }),
    },
    {
      name: "invented (dev-25 round): a share of the need funded in full (困难群众救助资金足额保障率) under 数量 says how much of the planned quantity was provided",
      text: form({ name: "临时救助资金", goal: "保障困难群众基本生活", rows: [row("产出指标", "数量指标", "临时救助人次", "≥300人次"), row("", "", "困难群众救助资金足额保障率", "=100%")] }),
    },
    {
      name: "invented (dev-23 round): a group of people named under their own level 2s — their satisfaction, their pass rate, and those an effect reaches",
      text: form({ name: "乡村医生能力提升经费", goal: "培训乡村医生", rows: [row("产出指标", "数量指标", "参训村医人员", "≥45人"), row("", "质量指标", "结业学员考核合格率", "≥95%"), row("效益指标", "社会效益指标", "受益农村服务对象", "≥1.2万人"), row("满意度指标", "服务对象满意度指标", "参训村医人员满意度", "≥90%")] }),
    },
    {
      name: "invented (issue 9): investment brought in, counted in projects (招商引资签约项目数 ≥3个), is an economic effect",
      text: form({ name: "县招商引资推介活动经费", goal: "举办招商推介会", rows: [row("产出指标", "数量指标", "举办招商推介会场次", "≥2场"), row("效益指标", "经济效益指标", "招商引资签约项目数", "≥3个")] }),
    },
    {
      name: "invented (issue 9): a rate of being complete on time (档案按时归档完整率) under 时效 says when, not only how well",
      text: form({ name: "社区矫正档案管理经费", goal: "规范社区矫正档案管理", rows: [row("产出指标", "数量指标", "建立矫正档案数", "≥120份"), row("", "时效指标", "矫正档案按时归档完整率", "≥95%")] }),
    },
    {
      name: "invented (issue 9): a completeness rate under 质量 stays (档案资料完整率)",
      text: form({ name: "社区矫正档案管理经费", goal: "规范社区矫正档案管理", rows: [row("产出指标", "质量指标", "矫正档案资料完整率", "≥95%")] }),
    },
    {
      name: "invented (issue 9, precision): a price held down is an economic effect (稳定城区蔬菜批发价格, 均价涨幅 ≤3% under 经济效益)",
      text: form({ name: "农产品平价商店补贴", goal: "稳定城区蔬菜价格", rows: [row("效益指标", "经济效益指标", "稳定城区蔬菜批发价格", "节日期间蔬菜批发均价涨幅≤3%")] }),
    },
    {
      name: "invented (issue 9, precision): paper saved is a resource the environment is spared (推行无纸化审批节约办公用纸 ≥2万张 under 生态效益)",
      text: form({ name: "政务服务网上办理平台运维", goal: "推行网上审批", rows: [row("效益指标", "生态效益指标", "推行无纸化审批节约办公用纸", "≥2万张")] }),
    },
    {
      name: "invented: animal carcasses dumped, treated harmlessly, and waste reused are environmental effects under 生态效益",
      text: form({ name: "病死畜禽无害化处理补助", goal: "病死畜禽全部无害化处理", rows: [row("效益指标", "生态效益指标", "病死畜禽随意抛弃现象下降率", "≥80%"), row("", "", "废弃农膜回收率", "≥85%")] }),
    },
    {
      name: "invented: an effect that mentions timeliness without being a 及时率 stays (群众诉求及时回应满意度 is a satisfaction; 环境违法案件结案率 an effect)",
      text: form({ name: "环境执法专项经费", goal: "查处环境违法案件", rows: [row("效益指标", "生态效益指标", "环境违法案件结案率", "≥90%"), row("满意度指标", "服务对象满意度指标", "群众诉求及时回应满意度", "≥90%")] }),
    },
    {
      name: "each level 2 holding what it measures (invented): a headcount under 数量, a deadline and a timeliness rate under 时效",
      text: form({ name: "教师培训经费", goal: "培训乡村教师120名", rows: [row("产出指标", "数量指标", "培训教师人数", "120人"), row("", "时效指标", "培训完成时间", "2024年6月底前"), row("", "", "资料报送及时率", "≥95%")] }),
    },
    { name: "a cost row with a money value, a 满意度 row under 满意度", text: form({ name: "辅警业务经费", goal: "保障辅警出警", rows: [row("产出指标", "成本指标", "平罗县公安局实有人数253名辅警", "316万元"), row("满意度指标", "服务对象满意度指标", "辅警满意度", "≥95%")] }) },
    {
      name: "lowering a cost is an economic effect, not a cost indicator (planted: 降低生产成本 under 经济效益)",
      text: form({ name: "农机购置补贴", goal: "推广农机作业", rows: [row("效益指标", "经济效益指标", "农机作业降低生产成本", "有效降低")] }),
    },
    {
      name: "a pass rate of people (考核合格率) under 社会效益 is not an equipment quality rate",
      text: form({ name: "辅警培训经费", goal: "提升辅警素质", rows: [row("效益指标", "社会效益指标", "考核合格率", "≥98%")] }),
    },
    {
      name: "a saving rate under 经济效益, a device count in 台 under 数量, a unit cost under 成本 (invented)",
      text: form({ name: "路灯节能改造", goal: "更换节能路灯", rows: [row("产出指标", "数量指标", "更换路灯数量", "=300台"), row("", "成本指标", "单盏路灯改造成本", "≤2000元"), row("效益指标", "经济效益指标", "电费支出节约", "≥10%")] }),
    },
    {
      name: "invented: forestry and farmland effects under 生态效益 (森林覆盖率, 林业有害生物成灾率, 化学农药使用量减少, 耕地质量等级提高)",
      text: form({
        name: "林业有害生物防治",
        goal: "控制林业有害生物危害",
        rows: [row("效益指标", "生态效益指标", "森林覆盖率", "≥68%"), row("", "", "林业有害生物成灾率", "≤3‰"), row("", "", "化学农药使用量减少", "≥3%"), row("", "", "耕地质量等级提高", "≥0.2个等级")],
      }),
    },
    {
      name: "invented: a yield increase and a sales income are economic effects of a farm project (粮食亩均增产 in 公斤, 农产品销售额)",
      text: form({ name: "高标准农田建设", goal: "建设高标准农田2万亩", rows: [row("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤"), row("", "", "农产品销售额增长", "≥5%")] }),
    },
    {
      name: "invented: an interest subsidy and a grant under 经济效益 are money to the beneficiary (贷款贴息保障率, 贷款利息补贴保障率)",
      text: form({ name: "创业担保贷款贴息", goal: "为返乡创业人员贷款贴息", rows: [row("效益指标", "经济效益指标", "创业担保贷款贴息保障率", "100%"), row("", "", "贷款利息补贴保障率", "100%")] }),
    },
    {
      name: "invented: air quality under 生态效益 (PM2.5年均浓度 in 微克/立方米, 重污染天数下降率)",
      text: form({ name: "大气污染防治专项", goal: "改善空气质量", rows: [row("效益指标", "生态效益指标", "PM2.5年均浓度", "≤35微克/立方米"), row("", "", "重污染天数较2024年下降率", "≥10%")] }),
    },
    {
      name: "invented (dev-24 round): under 时效 a rate named with its time limit (法定时限内办结率, 限时办结率) or the pace of spending (补助资金拨付率) stays",
      text: form({ name: "不动产登记服务经费", goal: "提高登记办理效率", rows: [row("产出指标", "时效指标", "登记申请法定时限内办结率", "≥98%"), row("", "", "一般登记限时办结率", "=100%"), row("", "", "补助资金拨付率", "=100%")] }),
    },
    {
      name: "invented (dev-24 round): people hired from those the project helps (聘用脱贫户护林员人数 under 社会效益) are an effect, and staff counted under 数量 stay",
      text: form({ name: "生态护林员补助", goal: "聘用脱贫户担任生态护林员", rows: [row("产出指标", "数量指标", "聘用生态护林员人数", "=120人"), row("效益指标", "社会效益指标", "聘用脱贫户就业人数", "≥60人")] }),
    },
    {
      name: "invented (dev-24 round): shares that restate how much of the planned quantity was done stay under 数量 (任务完成率, 网格覆盖率, 疫苗接种率, 用户增长率)",
      text: form({ name: "基层网格化管理经费", goal: "推进网格化服务管理", rows: [row("产出指标", "数量指标", "网格巡查任务完成率", "≥95%"), row("", "", "城乡网格覆盖率", "=100%"), row("", "", "适龄儿童疫苗接种率", "≥95%"), row("", "", "平台注册用户增长率", "≥10%")] }),
    },
    {
      name: "invented (decision 128 addendum, real-form audit): shares of a population served stay under 数量 — a signing rate (签约率), a health-management rate (健康管理率)",
      text: form({ name: "居家养老上门医疗服务经费", goal: "为居家老人提供上门医疗服务", rows: [row("产出指标", "数量指标", "居家老人上门服务签约率", "≥80%"), row("", "", "在册残疾人健康管理率", "≥85%")] }),
    },
    {
      name: "invented (decision 128 addendum, real-form audit): animal-epidemic coverage shares stay under 数量 — an immunisation rate (免疫率), a quarantine-inspection rate (检疫率)",
      text: form({ name: "畜禽防疫专项经费", goal: "做好犬只和生猪防疫检疫", rows: [row("产出指标", "数量指标", "家养犬只狂犬病免疫率", "≥90%"), row("", "", "出栏生猪产地检疫率", "=100%")] }),
    },
    {
      name: "invented (decision 128 addendum): a signing rate whose value is a headcount (上门服务签约率 =1200人) stays under 数量",
      text: form({ name: "居家养老上门医疗服务经费", goal: "为居家老人提供上门医疗服务", rows: [row("产出指标", "数量指标", "居家老人上门服务签约率", "=1200人")] }),
    },
    {
      name: "invented (dev-27 round): the on-time rate of handling cases (信访事项按期办结率) under 质量 is a service standard; the on-time start of projects a service agency handles (代办项目按期开工率) under 社会效益 is its effect",
      text: form({ name: "群众来访接待经费", goal: "规范信访接待", rows: [row("产出指标", "质量指标", "信访事项按期办结率", "≥95%"), row("效益指标", "社会效益指标", "代办企业项目按期开工率", "≥85%")] }),
    },
    {
      name: "invented (dev-27 round): investment contracts a service brings in (推介会促成签约项目数 ≥5个) are an economic effect, and a fee charged (停车收费标准) is no cost",
      text: form({ name: "产业园区推介服务经费", goal: "举办产业园区推介会", rows: [row("效益指标", "经济效益指标", "推介会促成签约项目数", "≥5个"), row("", "", "园区停车收费标准", "≤5元/小时")] }),
    },
    {
      name: "invented (dev-27 round): things a project builds that its name and goal do not speak of (新建乡村书屋数量 in a film project), and the households a repair reaches (维修农户危房户数 ≥30户), stay under 社会效益",
      text: form({ name: "农村公益电影放映经费", goal: "全年放映公益电影", rows: [row("效益指标", "社会效益指标", "新建乡村书屋数量", "≥10个"), row("", "", "维修放映设备受益户数", "≥30户")] }),
    },
    {
      name: "invented (dev-27 round): under 满意度 a percentage beside a described service is read as the satisfaction with it (便民窗口服务改进 ≥95%); under 可持续影响 a date may be a horizon (设施持续使用至 2035年)",
      text: form({ name: "政务大厅便民服务经费", goal: "改进政务大厅便民服务", rows: [row("效益指标", "可持续影响指标", "便民设施持续使用", "2035年"), row("满意度指标", "服务对象满意度指标", "便民窗口服务改进，方便群众办事", "≥95%")] }),
    },
    { name: "a label or placeholder as the name is left to other rules", text: form({ name: "示例项目", goal: "示例目标", rows: [row("产出指标", "成本指标", "成本指标", "**")] }) },
  ],
  invalid: [
    {
      name: "invented (dev-25 round): a cost named as money spent (设备维保费用支出 ≤12万元) under 社会效益 is a cost",
      text: form({ name: "城区路灯运行维护经费", goal: "保障城区路灯正常运行", rows: [row("效益指标", "社会效益指标", "夜间道路照明保障", "主干道亮灯率持续保持高位"), row("", "", "路灯设备维保费用支出", "≤12万元")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "路灯设备维保费用支出", data: { expectedLevel2: "成本指标" } }],
    },
    {
      name: "invented (dev-25 round): the number of sessions of the work the project pays for (a 宣传 project's 防溺水宣传活动场次 ≥15场) under 社会效益 is the work done, an output: 数量",
      text: form({ name: "中小学生防溺水宣传经费", goal: "开展防溺水宣传", rows: [row("效益指标", "社会效益指标", "开展防溺水进校园宣传活动场次", "≥15场"), row("", "", "学生防溺水知识知晓率", "≥90%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "开展防溺水进校园宣传活动场次", data: { expectedLevel2: "数量指标" } }],
    },
    // (the dev-27 round's case "统计报表按期上报率 under 质量 is 时效" was removed with its cue, withdrawn at the
    // merge: a held-out set's blind labellers accept such a row under 质量; decision 141's addendum)
    {
      name: "invented (dev-27 round): the standard of a fee per person and day (会议住宿费人均标准 ≤400元) under 经济效益 is a cost's cap",
      text: form({ name: "乡村旅游推介会经费", goal: "举办乡村旅游推介会", rows: [row("效益指标", "经济效益指标", "带动旅游消费", "≥200万元"), row("", "", "会议住宿费人均标准", "≤400元")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "会议住宿费人均标准", data: { expectedLevel2: "成本指标" } }],
    },
    {
      name: "invented (dev-27 round): activities the project holds in batches (组织研学活动批次 ≥6批次) and the performances it stages (戏曲汇演场次) under 社会效益 are its output: 数量",
      text: form({ name: "青少年研学及戏曲汇演经费", goal: "组织青少年研学活动6批次，举办戏曲汇演", rows: [row("效益指标", "社会效益指标", "组织研学活动批次", "≥6批次"), row("", "", "举办戏曲汇演场次", "≥4场")] }),
      errors: [
        { messageId: "belongsTo", severity: "warning", indicator: "组织研学活动批次", data: { expectedLevel2: "数量指标" } },
        { messageId: "belongsTo", severity: "warning", indicator: "举办戏曲汇演场次", data: { expectedLevel2: "数量指标" } },
      ],
    },
    {
      name: "invented (dev-27 round): the things the project's own work mends or issues (维修村道桥梁数量 ≥8座 where the goal mends bridges; 出具投资评审报告份数, worded with money, in a 评审 project) under 社会效益 or 经济效益 are its output: 数量",
      text: form({ name: "村道桥梁养护及投资评审经费", goal: "养护村道桥梁，开展政府投资项目评审", rows: [row("效益指标", "社会效益指标", "维修村道桥梁数量", "≥8座"), row("", "经济效益指标", "出具投资评审报告份数", "≥20份")] }),
      errors: [
        { messageId: "belongsTo", severity: "warning", indicator: "维修村道桥梁数量", data: { expectedLevel2: "数量指标" } },
        { messageId: "belongsTo", severity: "warning", indicator: "出具投资评审报告份数", data: { expectedLevel2: "数量指标" } },
      ],
    },
    {
      name: "invented (dev-27 round): a date can measure no social or environmental effect — a completion time under 社会效益 or 生态效益 is a deadline: the unit proves it",
      text: form({ name: "村级文化广场建设经费", goal: "建设村级文化广场", rows: [row("效益指标", "社会效益指标", "文化广场建成时间", "2025年9月底前"), row("", "生态效益指标", "广场绿化工程完工时间", "2025年4月底前")] }),
      errors: [
        { messageId: "unitProves", severity: "error", indicator: "文化广场建成时间", data: { expectedLevel2: "时效指标" } },
        { messageId: "unitProves", severity: "error", indicator: "广场绿化工程完工时间", data: { expectedLevel2: "时效指标" } },
      ],
    },
    {
      name: "invented (dev-27 round): a length or an area is no deadline — 维修渠道长度 ≥3公里 under 时效 is a quantity; a pass rate under 满意度 (培训考核合格率 ≥95%) measures the output",
      text: form({ name: "灌区渠道维修及培训经费", goal: "维修灌区渠道，培训管水员", rows: [row("产出指标", "时效指标", "维修渠道长度", "≥3公里"), row("满意度指标", "服务对象满意度指标", "管水员培训考核合格率", "≥95%")] }),
      errors: [
        { messageId: "notThisLevel", severity: "error", indicator: "维修渠道长度" },
        { messageId: "notThisLevel", severity: "warning", indicator: "管水员培训考核合格率" },
      ],
    },
    {
      name: "invented (dev-27 round): the work may follow its object — 多媒体教学设备采购数量 ≥50台 under 社会效益 in a project buying teaching equipment is its output: 数量",
      text: form({ name: "社区学校教学设备采购经费", goal: "采购多媒体教学设备，改善教学条件", rows: [row("效益指标", "社会效益指标", "多媒体教学设备采购数量", "≥50台"), row("", "", "居民参加社区教育人次", "≥3000人次")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "多媒体教学设备采购数量", data: { expectedLevel2: "数量指标" } }],
    },
    {
      name: "invented (dev-27 round): a sum of money is no quality standard — 困难职工人均补助标准 ≤500元/人 under 质量 is a cost, the unit proves it; 资料报送及时性 under 质量 is timeliness",
      text: form({ name: "困难职工节日慰问经费", goal: "走访慰问困难职工", rows: [row("产出指标", "质量指标", "困难职工人均补助标准", "≤500元/人"), row("", "", "慰问资料报送及时性", "及时")] }),
      errors: [
        { messageId: "unitProves", severity: "error", indicator: "困难职工人均补助标准", data: { expectedLevel2: "成本指标" } },
        { messageId: "belongsTo", severity: "warning", indicator: "慰问资料报送及时性", data: { expectedLevel2: "时效指标" } },
      ],
    },
    {
      name: "invented (dev-27 round): the leaflets a campaign hands out (发放防诈宣传折页份数 ≥8000份) under 社会效益 are its output: 数量",
      text: form({ name: "反诈宣传经费", goal: "开展反诈宣传，发放宣传折页", rows: [row("效益指标", "社会效益指标", "发放防诈宣传折页份数", "≥8000份")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "发放防诈宣传折页份数", data: { expectedLevel2: "数量指标" } }],
    },
    {
      name: "invented (dev-25 round): the share of a fund paid out (专项资金支出率) under 数量 is the pace of spending, 时效 — not a quality standard",
      text: form({ name: "农村公路养护专项资金", goal: "养护农村公路", rows: [row("产出指标", "数量指标", "养护农村公路里程", "≥120公里"), row("", "", "养护专项资金支出率", "≥95%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "养护专项资金支出率", data: { expectedLevel2: "时效指标" } }],
    },
    {
      name: "invented (issue 9): a count of outputs in its own unit under 经济效益 with no word of money or investment (举办推介会场次 ≥2场) is still misplaced",
      text: form({ name: "县招商引资推介活动经费", goal: "举办招商推介会", rows: [row("效益指标", "经济效益指标", "举办推介会场次", "≥2场")] }),
      errors: [{ messageId: "notThisLevel", severity: "warning" }],
    },
    {
      name: "invented (issue 9, checklist item 1): a completeness rate (档案资料完整率) under 时效 — how complete the records are is a quality standard",
      text: form({ name: "社区矫正档案管理经费", goal: "规范社区矫正档案管理", rows: [row("产出指标", "数量指标", "建立矫正档案数", "≥120份"), row("", "时效指标", "矫正档案资料完整率", "≥95%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", data: { expectedLevel2: "质量指标", cue: "完整率" } }],
    },
    {
      name: "invented (dev-24 round): a share under 数量 that is not how much of the planned quantity was done (病案归档率, 申报材料审核通过率) is a rate: 质量",
      text: form({ name: "医院病案管理经费", goal: "规范病案管理", rows: [row("产出指标", "数量指标", "出院病案归档数量", "≥8000份"), row("", "", "出院病案电子归档率", "≥98%"), row("", "", "申报材料审核通过率", "≥90%")] }),
      errors: [
        { messageId: "belongsTo", severity: "warning", indicator: "出院病案电子归档率", data: { expectedLevel2: "质量指标" } },
        { messageId: "belongsTo", severity: "warning", indicator: "申报材料审核通过率", data: { expectedLevel2: "质量指标" } },
      ],
    },
    {
      name: "invented (decision 128 addendum): an added word excuses only the share it names — a test of the antibodies that immunisation raised (免疫抗体检测率) is still a rate under 数量",
      text: form({ name: "畜禽防疫专项经费", goal: "做好犬只和生猪防疫检疫", rows: [row("产出指标", "数量指标", "出栏生猪产地检疫率", "=100%"), row("", "", "规模猪场免疫抗体检测率", "≥95%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "规模猪场免疫抗体检测率", data: { expectedLevel2: "质量指标", cue: "率" } }],
    },
    {
      name: "invented (dev-24 round): a unit price in money (病历扫描单价 ≤0.8元/页) under 数量 — the unit proves it: error",
      text: form({ name: "医院病案数字化经费", goal: "完成历史病案数字化", rows: [row("产出指标", "数量指标", "历史病案扫描页数", "≥20万页"), row("", "", "病历扫描单价", "≤0.8元/页")] }),
      errors: [{ messageId: "unitProves", severity: "error", indicator: "病历扫描单价", data: { expectedLevel2: "成本指标" } }],
    },
    {
      name: "invented (dev-24 round): the staff a project posts (派驻医生人数 ≥12人) under 社会效益 is an output, counted under 数量",
      text: form({ name: "乡镇卫生院对口支援经费", goal: "县医院向乡镇卫生院派驻医生", rows: [row("产出指标", "数量指标", "对口支援乡镇卫生院数量", "=6个"), row("效益指标", "社会效益指标", "向乡镇卫生院派驻医生人数", "≥12人")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", indicator: "向乡镇卫生院派驻医生人数", data: { expectedLevel2: "数量指标" } }],
    },
    {
      name: "invented (dev-24 round): a share of work done whose name says nothing of time (隐患问题整改率 ≥90%) under 时效 is a rate, what 质量 measures",
      text: form({ name: "危房安全排查经费", goal: "排查整治农村危房", rows: [row("产出指标", "数量指标", "排查农房数量", "≥3000户"), row("", "时效指标", "排查隐患问题整改率", "≥90%"), row("", "", "排查完成时间", "2025年6月底前")] }),
      errors: [{ messageId: "notThisLevel", severity: "warning", indicator: "排查隐患问题整改率", data: { level2: "时效指标" } }],
    },
    {
      name: "invented (issue 9): an accuracy rate (信息录入准确率) under 时效 is a quality standard too",
      text: form({ name: "社会救助信息管理经费", goal: "做好救助对象信息管理", rows: [row("产出指标", "时效指标", "救助对象信息录入准确率", "≥98%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", data: { expectedLevel2: "质量指标" } }],
    },
    {
      name: "invented (checklist item 1): a timeliness rate under an effect level 2 (办理及时率 under 生态效益指标), an output measure, not an effect",
      text: form({ name: "环境执法专项经费", goal: "查处环境违法案件", rows: [row("产出指标", "数量指标", "执法检查家次", "≥200家次"), row("效益指标", "生态效益指标", "环境违法案件办理及时率", "≥95%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", data: { expectedLevel2: "时效指标", cue: "及时率" } }],
    },
    {
      name: "checklist item 1 (invented): a timeliness rate under 质量 (004 l.39 has the same: 保障出警及时率)",
      text: form({ name: "辅警业务经费", goal: "保障辅警出警", rows: [row("产出指标", "质量指标", "资料报送及时率", "≥98%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", data: { expectedLevel2: "时效指标", cue: "及时率" } }],
    },
    {
      name: "checklist item 1 (invented): a headcount under 质量 — the unit proves it, so an error",
      text: form({ name: "教师培训经费", goal: "培训乡村教师", rows: [row("产出指标", "质量指标", "培训教师人数", "120人")] }),
      errors: [{ messageId: "unitProves", severity: "error", field: "level2", data: { expectedLevel2: "数量指标", cue: "人数", value: "120人" } }],
    },
    {
      name: "invented (dev-23 round): a group of people as the name (村医人员, 结业学员) valued in persons under 质量 is a headcount — the unit proves it",
      text: form({ name: "乡村医生能力提升经费", goal: "培训乡村医生", rows: [row("产出指标", "质量指标", "完成全科轮训的村医人员", "≥45人"), row("", "", "结业学员", "≥40名")] }),
      errors: [
        { messageId: "unitProves", severity: "error", field: "level2", data: { expectedLevel2: "数量指标", cue: "人员", value: "≥45人" } },
        { messageId: "unitProves", severity: "error", field: "level2", data: { expectedLevel2: "数量指标", cue: "学员", value: "≥40名" } },
      ],
    },
    {
      name: "checklist item 1 (invented): 队伍凝聚力 under 时效, 资金拨付率 under 经济效益, 案件办结率 under 生态效益, a cost row under 社会效益",
      text: form({
        name: "基层治理经费",
        goal: "提升基层治理水平",
        rows: [
          row("产出指标", "时效指标", "队伍凝聚力", "提升"),
          row("效益指标", "经济效益指标", "资金拨付率", "≥95%"),
          row("", "生态效益指标", "案件办结率", "≥90%"),
          row("", "社会效益指标", "设备采购成本", "≤50万元"),
        ],
      }),
      errors: [
        { messageId: "belongsTo", data: { expectedLevel2: "社会效益指标", cue: "凝聚力" } },
        { messageId: "belongsTo", data: { expectedLevel2: "质量指标", cue: "资金拨付率" } },
        { messageId: "notThisLevel", data: { level2: "生态效益指标" } },
        { messageId: "belongsTo", data: { expectedLevel2: "成本指标" } },
      ],
    },
    {
      name: "planted: an equipment online rate under 社会效益 is a quality indicator",
      text: form({ name: "校园视频监控建设", goal: "学校监控全覆盖", rows: [row("效益指标", "社会效益指标", "监控设备在线率", "≥95%")] }),
      errors: [{ messageId: "belongsTo", data: { expectedLevel2: "质量指标" } }],
    },
    {
      name: "checklist item 1 (invented): a sum of money as the value of a 数量 row — the unit proves it belongs to 成本",
      text: form({ name: "学校食堂设备更新", goal: "更新食堂设备", rows: [row("产出指标", "数量指标", "食堂设备更新规模", ">80万元")] }),
      errors: [{ messageId: "valueProves", severity: "error", field: "level2", evidence: ">80万元", data: { level2: "数量指标", expectedLevel2: "成本指标", value: ">80万元" } }],
    },
    {
      name: "checklist item 1 (invented): satisfaction under 社会效益, a deadline under 质量, compliance under 成本, a spending saving under 社会效益",
      text: form({
        name: "社区养老服务补助",
        goal: "为老人提供助餐服务",
        rows: [
          row("产出指标", "质量指标", "助餐服务期限", "=1年"),
          row("", "成本指标", "补助资金使用合规性", "符合资金管理办法"),
          row("效益指标", "社会效益指标", "老年人对助餐服务满意度", "≥90%"),
          row("", "", "助餐支出节约", "≥5%"),
        ],
      }),
      errors: [
        { messageId: "belongsTo", data: { level2: "质量指标", expectedLevel2: "时效指标", cue: "期限" } },
        { messageId: "belongsTo", data: { level2: "成本指标", expectedLevel2: "质量指标", cue: "合规性" } },
        { messageId: "belongsTo", data: { level2: "社会效益指标", expectedLevel2: "服务对象满意度指标", cue: "满意度" } },
        { messageId: "belongsTo", data: { level2: "社会效益指标", expectedLevel2: "经济效益指标", cue: "支出节约" } },
      ],
    },
    {
      name: "checklist item 1 (invented, dev-18 kind): a repair bill capped under 经济效益 is a cost (冷库压缩机维修费 ≤3万元: 压缩 there names the machine, not a cut), while a saving of it set as a floor stays",
      text: form({
        name: "农产品冷链仓储运行经费",
        goal: "保障3座冷库正常运行",
        rows: [row("产出指标", "数量指标", "运行冷库数量", "=3座"), row("效益指标", "经济效益指标", "冷库压缩机维修费", "≤3万元"), row("", "", "节约设备维修费用", "≥2万元")],
      }),
      errors: [{ messageId: "belongsTo", indicator: "冷库压缩机维修费", data: { level2: "经济效益指标", expectedLevel2: "成本指标" } }],
    },
    { name: "000 l.1299: an effect under 成本", text: cost, errors: [{ messageId: "notThisLevel", line: lineOf(cost, "节约警力数量"), field: "level2", indicator: "节约警力数量", data: { level2: "成本指标" } }] },
    {
      name: "checklist item 1 (invented): a social effect in a farm project's 经济效益 (农民参训覆盖面) stays misplaced",
      text: form({ name: "高标准农田建设", goal: "建设高标准农田2万亩", rows: [row("效益指标", "经济效益指标", "农民参训覆盖面", "全面覆盖")] }),
      errors: [{ messageId: "notThisLevel", data: { level2: "经济效益指标" } }],
    },
    { name: "004 l.110: a social effect under 成本", text: drugs, errors: [{ messageId: "notThisLevel", line: lineOf(drugs, "不发生吸毒肇事肇祸事件") }] },
    { name: "000 l.994: satisfaction under 质量", text: quality, errors: [{ messageId: "belongsTo", line: lineOf(quality, "满意度"), data: { expectedLevel2: "服务对象满意度指标", cue: "满意度" } }] },
    {
      name: "000 l.731 and 002 l.2127: a time limit under 数量, a rent under 经济效益",
      text: time,
      errors: [
        { messageId: "belongsTo", line: lineOf(time, "雇佣时限"), data: { expectedLevel2: "时效指标" } },
        { messageId: "belongsTo", line: lineOf(time, "年租赁费"), data: { expectedLevel2: "成本指标" } },
      ],
    },
  ],
});

// Rows phrased without the corpus's wording (a satisfaction rating under 数量, an amount under
// 社会效益). A naive-Bayes model used to catch them; it was dropped (no measured recall on held-out
// documents, docs/decisions.md) and the reviewer-editable cues now name them.
const invented = "test/fixtures/misclassified-indicator/invented-classifier-only.txt";
const inventedText = readFileSync(invented, "utf8");

ruleTester.run("misclassified-indicator", {
  valid: [
    {
      name: "invented rows under their right level 2 stay quiet",
      text: form({
        name: "执法装备购置",
        goal: "配齐执法记录仪",
        rows: [
          row("产出指标", "数量指标", "新增执法记录仪数量", "=20台"),
          row("", "成本指标", "执法记录仪购置资金", "≤30万元"),
          row("", "时效指标", "设备采购完成时间", "2024年12月底前"),
          row("效益指标", "社会效益指标", "辖区刑事案件发案率", "有效下降"),
          row("满意度指标", "服务对象满意度指标", "受益群众对服务的满意评价", "≥95%"),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "a satisfaction rating under 数量 and an amount under 社会效益; 满意程度 under 社会效益 (a near neighbour) stays quiet",
      file: invented,
      errors: [
        { messageId: "belongsTo", line: lineOf(inventedText, "受益群众对服务的满意评价"), field: "level2", indicator: "受益群众对服务的满意评价", data: { level2: "数量指标", expectedLevel2: "服务对象满意度指标", cue: "满意评价" } },
        { messageId: "belongsTo", line: lineOf(inventedText, "项目资金支出金额"), field: "level2", indicator: "项目资金支出金额", data: { level2: "社会效益指标", expectedLevel2: "成本指标", cue: "支出金额" } },
      ],
    },
  ],
});
