/**
 * The resubmission check on a hand-made pair (test/fixtures/diff/old → new, one department):
 *  - 实验室器材: 合格率 "≥100%" corrected to "=100%" (fixed), 满意度 "满意" left as it was (still open);
 *  - 乡村教师培训: renamed with a year prefix (fuzzy match), "=个" corrected to "=300人" (fixed),
 *    满意度 "≥90%" changed to "≥120%" (a new error);
 *  - 床具更新: only in the new submission.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { buildReportModel } from "../../src/report/model.js";
import { diffReports, nameSimilarity } from "../../src/diff/compare.js";
import { formatDiffText, renderDiffHtml } from "../../src/diff/render.js";
import { main } from "../../src/cli/main.js";

const dir = "test/fixtures/diff";
const file = "示例县教育科技局-绩效目标表.txt";

async function model(side: string) {
  const doc = await parseFile(join(dir, side, file));
  const result = await checkDocuments([doc]);
  return buildReportModel([doc], result);
}

describe("diff", async () => {
  const d = diffReports(await model("old"), await model("new"));
  const byProject = (p: string) => d.forms.find((f) => (f.new ?? f.old)!.project === p)!;
  const rules = (xs: { ruleId: string }[]) => xs.map((x) => x.ruleId);

  it("pairs forms by department and fuzzy project name, and lists the form only in the new submission", () => {
    expect(d.summary.formsOld).toBe(2);
    expect(d.summary.formsNew).toBe(3);
    expect(d.summary.matched).toBe(2);
    expect(byProject("中小学实验室器材配备项目").match).toBe("exact");
    const renamed = byProject("2024年乡村教师信息技术培训经费");
    expect(renamed.match).toBe("fuzzy");
    expect(renamed.old!.project).toBe("乡村教师信息技术培训经费");
    expect(byProject("寄宿制学校学生床具更新项目").match).toBe("only-new");
  });

  it("a corrected value is fixed, an unchanged one still open, a worsened one new", () => {
    const lab = byProject("中小学实验室器材配备项目");
    expect(rules(lab.fixed)).toContain("rate-over-100");
    expect(rules(lab.open)).toContain("vague-value");
    expect(rules(lab.open)).not.toContain("rate-over-100");
    const train = byProject("2024年乡村教师信息技术培训经费");
    expect(rules(train.fixed)).toContain("placeholder-value");
    expect(rules(train.added)).toContain("rate-over-100");
    expect(rules(train.open)).not.toContain("placeholder-value");
    expect(d.summary.errorsOpen).toBeGreaterThanOrEqual(1);
  });

  it("lists the values that changed, by indicator and column", () => {
    const train = byProject("2024年乡村教师信息技术培训经费");
    expect(train.changes).toContainEqual({ indicator: "培训乡村教师人数", field: "target", old: "=个", new: "=300人" });
    expect(train.changes).toContainEqual({ indicator: "参训教师满意度", field: "target", old: "≥90%", new: "≥120%" });
    const lab = byProject("中小学实验室器材配备项目");
    expect(lab.changes.filter((c) => c.field === "target")).toEqual([{ indicator: "器材验收合格率", field: "target", old: "≥100%", new: "=100%" }]);
  });

  it("text and HTML views say it in Chinese and escape document text", () => {
    const t = formatDiffText(d);
    expect(t).toMatch(/已改正/);
    expect(t).toMatch(/仍未改/);
    expect(t).toMatch(/新出现/);
    expect(t).toMatch(/培训乡村教师人数  指标值  =个 → =300人/);
    const h = renderDiffHtml(d);
    expect(h).toMatch(/^<!doctype html>/);
    expect(h).toContain("新增的表");
    expect(h).not.toMatch(/<script/);
  });

  it("name similarity ignores numbering, punctuation and digits", () => {
    expect(nameSimilarity("1. 禁毒经费", "禁毒经费")).toBe(1);
    expect(nameSimilarity("2024年禁毒经费", "2023年禁毒经费")).toBe(1);
    expect(nameSimilarity("禁毒经费", "辅警业务经费")).toBeLessThan(0.6);
  });

  it("the command exits 1 while an error is open, 0 when old and new are the same clean form, 2 on a missing input", async () => {
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    (process.stdout as { write: unknown }).write = (s: string) => (out.push(s), true);
    try {
      expect(await main(["node", "kpi-audit", "diff", join(dir, "old"), join(dir, "new"), "--format", "json"])).toBe(1);
      const json = JSON.parse(out.join(""));
      expect(json.summary.formsNew).toBe(3);
      out.length = 0;
      expect(await main(["node", "kpi-audit", "diff", "test/fixtures/cli/clean-form.txt", "test/fixtures/cli/clean-form.txt"])).toBe(0);
      expect(out.join("")).toMatch(/已改正 0 条、仍未改 0 条、新出现 0 条/);
    } finally {
      (process.stdout as { write: unknown }).write = write;
    }
    const errs: string[] = [];
    const err = process.stderr.write.bind(process.stderr);
    (process.stderr as { write: unknown }).write = (s: string) => (errs.push(s), true);
    (process.stdout as { write: unknown }).write = () => true;
    try {
      expect(await main(["node", "kpi-audit", "diff", "test/fixtures/diff/missing", join(dir, "new")])).toBe(2);
    } finally {
      (process.stderr as { write: unknown }).write = err;
      (process.stdout as { write: unknown }).write = write;
    }
    expect(errs.join("")).toMatch(/test\/fixtures\/diff\/missing：文件或文件夹不存在/);
  });
});
