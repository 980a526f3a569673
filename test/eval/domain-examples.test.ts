/**
 * Every defect example of the domain primer (shared DOMAIN.md, "The defects the tool exists to
 * find") is reported under the right category. The table is written from the primer and the
 * documents by hand: file, line, category, and what the primer says.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import type { Finding } from "../../src/engine/types.js";

const D = { "000": "000_a245d8b4fdd54633", "001": "001_365c8d074fbd9767", "002": "002_3d262858df1b1b5e", "004": "004_8ee0b106a6d1f1e1" } as const;

const EXAMPLES: [keyof typeof D, number, string, string][] = [
  // placeholder
  ["002", 598, "placeholder", "=个 as 年初指标值"],
  ["002", 599, "placeholder", "达成预期指标 as an actual value"],
  ["002", 818, "placeholder", "XX% in the narrative"],
  ["001", 2881, "placeholder", "project named 55 号, cells filled with **"],
  ["000", 541, "placeholder", "根据需求 as a value"],
  ["000", 507, "placeholder", "2022年前2022年前 doubled"],
  ["000", 510, "placeholder", "正常正常 doubled"],
  ["000", 511, "placeholder", "保障保障 doubled"],
  // truncation
  ["000", 514, "truncation", "服务对象满意度指"],
  ["000", 511, "truncation", "工作正常运转或专项业务保"],
  ["000", 506, "truncation", "year-column name 办公设备验收合格, a prefix of the period name"],
  ["004", 128, "truncation", "交通秩序良"],
  ["002", 600, "truncation", "20、2021、2022"],
  ["002", 702, "truncation", "自1日至2024年"],
  ["004", 284, "truncation", "1 1566.21平方米"],
  // impossible targets
  ["000", 506, "impossible-target", "≥100% for a rate"],
  ["000", 514, "impossible-target", "≥100% for satisfaction"],
  ["000", 1363, "impossible-target", "≤200000万元 on a 20万元 project"],
  ["000", 898, "impossible-target", "≤8000元/平方米·月 rent"],
  ["004", 20, "impossible-target", "项目总投资不超过679.63万元 valued 50万元"],
  ["004", 103, "impossible-target", "a percentage for a count indicator"],
  // time targets that contradict the text or lie before the budget year
  ["004", 19, "stale-date", "2023年内完成 valued 2024年底"],
  ["000", 604, "stale-date", "2018年9月"],
  ["000", 1362, "stale-date", "2019年"],
  ["000", 507, "stale-date", "2022年前"],
  // copied boilerplate
  ["004", 327, "boilerplate", "政府长聘人员经费(辅警) carries the 武警中队 goal"],
  ["002", 2021, "boilerplate", "视频会议会议室改造费 repeats the 围墙改造 goal"],
  ["002", 820, "boilerplate", "项目管理存在预算编制不精准… recurs"],
  ["002", 857, "boilerplate", "项目管理存在预算编制不精准… recurs"],
  ["004", 252, "boilerplate", "the same indicator twice with different values (智慧交通)"],
  ["000", 503, "boilerplate", "generic goal 保障单位正常运转"],
  // self-scores that don't add up
  ["002", 639, "score-arithmetic", "执行数 0, yet full marks"],
  ["002", 631, "score-arithmetic", "目标完成率100% with nothing spent"],
  ["002", 1650, "score-arithmetic", "budget cut to 0, narrative still says 预算执行率100%"],
  ["002", 926, "score-arithmetic", "narrative 预算执行率93% vs table 100"],
  ["002", 608, "score-arithmetic", "narrative 民警满意度达89% vs actual ≥96%"],
  ["002", 1646, "score-arithmetic", "cost actual equals the whole budget although nothing was spent"],
  ["002", 1703, "score-arithmetic", "469.64 cut to 119.797, then 100% executed"],
  ["002", 1869, "score-arithmetic", "layout 2: 总分 differs from the sum of 得分"],
  // other inconsistencies
  ["004", 37, "inconsistency", "326 辅警 in the goal, 253 in the indicators"],
  ["001", 2491, "inconsistency", "资金支出计划 holding amounts (8.00 10.00 10.00 10.00)"],
  ["001", 2535, "inconsistency", "资金支出计划 never reaching 100%"],
  ["000", 1299, "misclassification", "成本指标 节约警力数量 ≥10%"],
  ["004", 110, "misclassification", "成本指标 不发生吸毒肇事肇祸事件"],
  ["004", 87, "vague-value", "满意度 valued 满意"],
  ["000", 800, "vague-value", "成本 valued 按标准"],
];

describe("every defect example of the domain primer is reported", async () => {
  const docs = await Promise.all(Object.values(D).map((n) => parseFile(`corpus/${n}.txt`)));
  const { findings } = await checkDocuments(docs);
  const near = (file: string, line: number, category: string): Finding | undefined =>
    findings.find((f) => f.source.endsWith(`${file}.txt`) && f.category === category && f.line !== null && Math.abs(f.line - line) <= 2);
  for (const [doc, line, category, what] of EXAMPLES) {
    it(`${doc} l.${line} ${category}: ${what}`, () => {
      expect(near(D[doc], line, category), `no ${category} finding near ${D[doc]}:${line}`).toBeDefined();
    });
  }
});
