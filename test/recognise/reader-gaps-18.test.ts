/**
 * The reader gaps checklist-dev-28 and checklist-dev-29 left (their READMEs, "Reader gaps left"), each on
 * invented forms of test/fixtures/reader-gaps-18 (fourteenth round). What each case expects was written by
 * hand from what the invented form says; the field scores of the same documents are in
 * test/eval/reader-gaps-18.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import type { Form, Indicator, KpiDocument } from "../../src/model/types.js";

const DIR = "test/fixtures/reader-gaps-18";
const load = (name: string): Promise<KpiDocument> => parseBytes(`${name}.txt`, readFileSync(`${DIR}/${name}.txt`));
const only = (d: KpiDocument): Form => {
  expect(d.forms).toHaveLength(1);
  return d.forms[0]!;
};
const byName = (f: Form, name: string): Indicator | undefined => f.indicators.find((i) => i.name === name);

describe("1. a value cell wrapped in a narrow -layout table", () => {
  it("reads ≥12.6 / 平方公 / 里 beside a wrapped description as one row, the value whole", async () => {
    const f = only(await load("rg18-narrow-value-wrap"));
    expect(f.indicators.map((i) => i.name)).toEqual([
      "补植水生植物面积",
      "维护湿地面积",
      "设施完好率",
      "维护工作完成时间",
      "设施维护费用",
      "湿地生态功能",
    ]);
    expect(byName(f, "维护湿地面积")?.target?.raw).toBe("≥12.6平方公里");
    expect(byName(f, "维护湿地面积")?.description).toBe("两个片区维护面积合计约12.6平方公里");
    expect(byName(f, "补植水生植物面积")?.target?.raw).toBe("≥1200亩");
    expect(byName(f, "设施完好率")?.target?.raw).toBe("≥98%");
  });
});

describe("2. a qualitative value wrapped under itself", () => {
  it("target form: each continuation joins the cell above it in its column", async () => {
    const f = only(await load("rg18-qualitative-under"));
    expect(f.indicators.map((i) => i.name)).toEqual([
      "开设助餐点数量",
      "助餐点食品安全检查合格情况",
      "助餐点开设时间",
      "独居老人就餐",
      "助餐服务长效运营",
      "就餐老人满意度",
    ]);
    expect(byName(f, "独居老人就餐")?.target?.raw).toBe("独居老人就近就餐需求基本得到满足");
    expect(byName(f, "助餐服务长效运营")?.target?.raw).toBe("形成政府补贴、社会参与的运营机制");
    expect(byName(f, "助餐点食品安全检查合格情况")?.target?.raw).toBe("全部助餐点检查合格，无食品安全事故");
  });

  it("self-assessment: name, target, adjusted and actual wrap at once, each to its own column", async () => {
    const f = only(await load("rg18-self-multiwrap"));
    expect(f.indicators).toHaveLength(6);
    const i = byName(f, "清淤后管道通畅情况")!;
    expect(i).toBeDefined();
    expect(i.target?.raw).toBe("清淤后管道通畅，无淤堵反弹");
    expect(i.actual?.raw).toBe("清淤后管道通畅，个别路段轻微淤积");
    expect(i.score).toBe(20);
    expect(byName(f, "清淤管网长度")?.deviation).toBe("两段管网因道路施工暂缓清淤");
    expect(byName(f, "管网养护机制")?.target?.raw).toBe("建立管网定期清淤养护机制");
  });
});

describe("3. a fund source labelled with a note in brackets", () => {
  it("reads 其他资金（社会捐赠） and 财政资金（省级） as sources adding up to the total", async () => {
    for (const name of ["rg18-funds-bracket-tab", "rg18-qualitative-under"]) {
      const f = only(await load(name));
      const sources = f.funds?.sources ?? [];
      expect(sources, name).toHaveLength(2);
      const sum = sources.reduce((s, x) => s + (x.period ?? x.annual ?? 0), 0);
      expect(sum, name).toBe(f.funds?.annualTotal ?? f.funds?.periodTotal);
    }
    const tab = only(await load("rg18-funds-bracket-tab"));
    expect(tab.funds?.annualTotal ?? tab.funds?.periodTotal).toBe(900000);
    expect(tab.funds?.sources?.map((s) => s.period)).toEqual([300000, 600000]);
  });
});

describe("4. a deadline whose number wraps inside itself", () => {
  it("joins 2025年1 / 0月底前 without a space", async () => {
    const f = only(await load("rg18-narrow-value-wrap"));
    expect(byName(f, "维护工作完成时间")?.target?.raw).toBe("2025年10月底前");
  });
});

describe("5. a -layout self-assessment aligned by display width (a Chinese character two columns wide)", () => {
  it("reads a value under 实际完成值 as the actual when the 调整后 cell is empty", async () => {
    const f = only(await load("rg18-display-width"));
    expect(f.indicators).toHaveLength(8);
    const i = byName(f, "巡查商户数量")!;
    expect(i.target?.raw).toBe("≥500户");
    expect(i.actual?.raw).toBe("450户");
    expect(i.adjustedTarget?.raw ?? null).toBeNull();
    expect(byName(f, "抽检食品批次")?.target?.raw).toBe("≥1200批次");
    expect(byName(f, "抽检食品批次")?.actual?.raw).toBe("1260批次");
    expect(byName(f, "长效巡查机制")?.actual?.raw).toBe("已建立");
  });
});

describe("2b. a text wrapped under itself in a one-row block whose rows hold no figure", () => {
  it("a 长期 block of one qualitative row: the wrapped value goes on in its cell", async () => {
    const f = only(await load("rg18-one-row-block"));
    expect(f.indicators.map((i) => i.name)).not.toContain("");
    expect(byName(f, "关爱服务机制")?.target?.raw).toBe("建立乡镇、村两级留守儿童关爱服务衔接机制");
  });
});
