/**
 * The reader gaps checklist-dev-26 left (its README, "Reader gaps left"), each on invented forms of
 * test/fixtures/reader-gaps-17 (fourteenth round). What each case expects was written by hand from what the
 * invented form says; the field scores of the same documents are in test/eval/reader-gaps-17.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import { parseValue } from "../../src/normalize/value.js";
import type { Form, Indicator, KpiDocument } from "../../src/model/types.js";

const DIR = "test/fixtures/reader-gaps-17";
const load = (name: string): Promise<KpiDocument> => parseBytes(`${name}.txt`, readFileSync(`${DIR}/${name}.txt`));
const form = (d: KpiDocument, subject: string): Form => {
  const f = d.forms.find((x) => x.project?.name === subject);
  expect(f, subject).toBeDefined();
  return f!;
};
const byName = (f: Form, name: string): Indicator | undefined => f.indicators.find((i) => i.name === name || i.annualName === name);

describe("1. a 定性 row of a split-value table (指标性质 | 计算符号 | 目标值 | 计量单位 | 指标方向性)", () => {
  it("reads 满意 in the 目标值 column as the value, not the dash beside it", async () => {
    const d = await load("rg17-split-qualitative");
    for (const [subject, name] of [
      ["柏溪县社区公园日常管护", "游园群众满意度"],
      ["柏溪县行道树补植", "沿街商户满意度"],
    ]) {
      const i = byName(form(d, subject), name)!;
      expect(i.target?.raw, name).toBe("满意");
      expect(i.target?.kind, name).not.toBe("placeholder");
      expect(i.valueKind, name).toBe("qualitative");
      expect(i.target?.cells?.map((c) => c.text), name).toContain("满意");
    }
  });

  it("keeps the other 定性 rows of the same tables as they were read", async () => {
    const d = await load("rg17-split-qualitative");
    const f = form(d, "柏溪县社区公园日常管护");
    expect(byName(f, "管护合同签订时间")?.target?.raw).toBe("2025年3月底前");
    expect(byName(f, "园容整洁程度")?.target?.raw).toBe("整洁");
    expect(byName(form(d, "柏溪县行道树补植"), "沿街居民满意度")?.target?.raw).toBe("基本满意");
  });
});

describe("2. wrapped value cells in -layout forms", () => {
  it("two column groups: a period value and a year name wrapped onto one line join the cells above", async () => {
    const d = await load("rg17-two-group-layout");
    const f = form(d, "老旧小区公共照明维护经费");
    expect(f.indicators.map((i) => i.name)).not.toContain("时间");
    expect(f.indicators.map((i) => i.name)).not.toContain("");
    const period = byName(f, "维护服务期限")!;
    expect(period).toBeDefined();
    expect(period.target?.raw).toBe("2024年3月—2026年2月");
    const year = byName(f, "年度巡检完成时间")!;
    expect(year).toBeDefined();
    expect(year.annualTarget?.raw).toBe("2025年11月底前");
    expect(f.indicators).toHaveLength(6);
  });

  it("two column groups: a value wrapped in both groups (2025年5月 / 底前)", async () => {
    const d = await load("rg17-two-group-layout");
    const i = byName(form(d, "城市排水管网疏浚经费"), "疏浚完成时间")!;
    expect(i.target?.raw).toBe("2025年5月底前");
    expect(i.annualTarget?.raw).toBe("2025年5月底前");
  });

  it("a narrow self-assessment: 2024年11月 / 底前 and the name's second line 时间 join the row above", async () => {
    const d = await load("rg17-narrow-self-layout");
    const f = form(d, "档案数字化加工经费");
    expect(f.indicators.map((i) => i.name)).not.toContain("时间");
    const i = byName(f, "数字化加工完成时间")!;
    expect(i).toBeDefined();
    expect(i.target?.raw).toBe("2024年11月底前");
    expect(i.adjustedTarget?.raw).toBe("2024年11月底前");
    expect(i.actual?.raw).toBe("2024年11月20日");
    expect(f.indicators).toHaveLength(6);
  });
});

describe("3. funds in 元 over a 中央 / 省级 / 市县(区) / 单位自筹 / 其他 header with 实施期 and 年度 rows", () => {
  it("reads each row's total and sources", async () => {
    const d = await load("rg17-two-group-layout");
    const f = form(d, "老旧小区公共照明维护经费");
    expect(f.funds.unit).toBe("元");
    expect(f.funds.periodTotal).toBe(1500000);
    expect(f.funds.annualTotal).toBe(750000);
    const src = (prefix: string) => f.funds.sources.find((s) => s.name.startsWith(prefix));
    expect([src("中央")?.period, src("中央")?.annual]).toEqual([300000, 150000]);
    expect([src("省级")?.period, src("省级")?.annual]).toEqual([0, 0]);
    expect([src("市县")?.period, src("市县")?.annual]).toEqual([1200000, 600000]);
    const g = form(d, "城市排水管网疏浚经费");
    expect([g.funds.periodTotal, g.funds.annualTotal]).toEqual([420000, 420000]);
    const other = g.funds.sources.find((s) => s.name.startsWith("其他"));
    expect([other?.period, other?.annual]).toEqual([0, 20000]);
  });
});

describe("4. a one-row funds split in TAB text (预算数 | 32.50 | 其中：本级财政拨款 | 24.00 | 其他资金 | 6.50)", () => {
  it("carries each amount's cell position as the TAB cells give it", async () => {
    const d = await load("rg17-funds-split-tab");
    const f = form(d, "高标准农田管护经费");
    expect(f.funds.annualTotal).toBe(32.5);
    expect(f.funds.raw?.annualTotal?.loc).toEqual({ line: 9, col: 2 });
    expect(f.funds.raw?.["sources.本级财政拨款"]?.loc).toEqual({ line: 9, col: 4 });
    expect(f.funds.raw?.["sources.其他资金"]?.loc).toEqual({ line: 9, col: 6 });
  });
});

describe("5. a list-style table with a 合计 / 小计 row between projects", () => {
  it("a 合计 row after each project ends neither the list nor the next project", async () => {
    const d = await load("rg17-list-total-between");
    expect(d.forms.map((f) => f.project?.name)).toEqual(["免疫规划疫苗接种", "孕产妇健康管理"]);
    const f = form(d, "孕产妇健康管理");
    expect(f.indicators.map((i) => i.name)).toEqual(["孕产妇系统管理人数", "早孕建册率", "孕产妇死亡率", "孕产妇满意度"]);
    expect(f.funds.annualTotal).toBe(30);
    expect(form(d, "免疫规划疫苗接种").indicators).toHaveLength(3);
  });

  it("a 合计 row followed by the header printed again, then the next project: the list goes on", async () => {
    const text = [
      "白鹭县2025年度项目支出绩效目标表",
      "单位名称\t项目名称\t预算数（万元）\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
      "白鹭县疾病预防控制中心\t免疫规划疫苗接种\t65.00\t完成适龄儿童免疫规划疫苗接种。\t产出指标\t数量指标\t接种剂次\t≥3.2万剂次",
      "\t\t\t\t满意度指标\t服务对象满意度指标\t受种者家长满意度\t≥90%",
      "合计\t\t65.00",
      "单位名称\t项目名称\t预算数（万元）\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
      "白鹭县妇幼保健院\t孕产妇健康管理\t30.00\t为辖区孕产妇提供系统保健服务。\t产出指标\t数量指标\t孕产妇系统管理人数\t≥1800人",
      "\t\t\t\t满意度指标\t服务对象满意度指标\t孕产妇满意度\t≥90%",
      "合计\t\t30.00",
    ].join("\n");
    const d = await parseBytes("list-total-header.txt", Buffer.from(text, "utf8"));
    expect(d.forms.map((f) => [f.project?.name, f.indicators.map((i) => i.name)])).toEqual([
      ["免疫规划疫苗接种", ["接种剂次", "受种者家长满意度"]],
      ["孕产妇健康管理", ["孕产妇系统管理人数", "孕产妇满意度"]],
    ]);
  });

  it("a 小计 row under 单位名称 between two units' projects is no project", async () => {
    const d = await load("rg17-list-subtotal");
    expect(d.forms.map((f) => f.project?.name)).toEqual(["校园安保服务购买", "实验室耗材补充", "课后服务补助", "校舍维修"]);
  });
});

describe("6. a continued title over a repeated header that differs slightly from the first", () => {
  it("a header with one column less: the title is not glued onto the name above", async () => {
    const d = await load("rg17-continued-fewer");
    const names = d.forms[0].indicators.map((i) => i.name);
    expect(names).toContain("每所学校设备费用");
    expect(names.some((n) => n.includes("（续）"))).toBe(false);
    expect(names).toHaveLength(5);
  });

  it("a list whose repeated header drops its 序号 column: the project above goes on", async () => {
    const d = await load("rg17-continued-list");
    expect(d.forms.map((f) => f.project?.name)).toEqual(["特困人员救助供养", "公益性公墓维护"]);
    expect(form(d, "特困人员救助供养").indicators.map((i) => i.name)).toEqual(["救助供养人数", "供养金发放时间", "特困人员基本生活", "供养对象满意度"]);
    expect(form(d, "公益性公墓维护").indicators).toHaveLength(3);
  });

  it("a header with a wrapped cell (指标值确定 / 依据) after 续表", async () => {
    const d = await load("rg17-continued-wrapped");
    const names = d.forms[0].indicators.map((i) => i.name);
    expect(names).toEqual(["远程会诊例数", "平台正常运行率", "故障响应时间", "群众就医距离", "基层患者满意度"]);
  });
});

describe("7. 页 as a count unit", () => {
  it("reads 页 and 万页 as counts", () => {
    expect(parseValue("≥12万页").dimension).toBe("count");
    expect(parseValue("≥120000页").dimension).toBe("count");
    expect(parseValue("≥12万页").value! * 1).toBe(12);
  });
});
