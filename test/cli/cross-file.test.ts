/**
 * A check over a department's files (issue 9): the 目标表 in one file, the 自评表 in another, as a
 * reviewer receives them. budget-filed-mismatch pairs them across the files, one run or sharded
 * (the two files in two shards: the pairing is made by the merge).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

const dir = mkdtempSync(join(tmpdir(), "kpi-cross-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// invented: the 2024 budget disclosure's target form (200,000 元), and the 2024 final accounts'
// self-assessment of the same project, filed with 18.00 万元 as its 目标申报数
const budget = shanxiTarget({ name: "示例取暖项目", department: "011-示例市公安局", year: 2024 });
const accounts = "示例市公安局2024年度部门决算\n\n项目支出绩效自评表\n(2024年度)\n\n" + sa({ funds: "\t资金总额:\t18.00\t18.00\t18.00\t18.00\t0\t100\t10" });
const inDir = join(dir, "in");
const files = { budget: join(inDir, "1_budget2024.txt"), accounts: join(inDir, "2_accounts2024.txt") };
beforeAll(() => {
  mkdirSync(inDir, { recursive: true });
  writeFileSync(files.budget, budget);
  writeFileSync(files.accounts, accounts);
});

describe("check over a department's two files", () => {
  it("reports the self-assessment's year-start budget against the target form of the other file, naming it", async () => {
    const r = await cli("check", inDir, "--format", "json", "--rule", "budget-filed-mismatch");
    expect(r.code, r.err).toBe(0);
    const found = JSON.parse(r.out).findings;
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.source).toBe(files.accounts);
    expect(f.line).toBe(lineWith(accounts, "资金总额:"));
    expect(f.messageId).toBe("otherFile");
    expect(f.message).toContain("1_budget2024.txt");
    expect(f.message).toContain("200,000元");
    expect(f.related).toHaveLength(1);
    expect(f.related[0].source).toBe(files.budget);
    expect(f.related[0].line).toBe(lineWith(budget, "年度资金总额"));
    // each file alone: nothing to compare
    for (const one of [files.budget, files.accounts]) {
      const alone = await cli("check", one, "--format", "json", "--rule", "budget-filed-mismatch");
      expect(JSON.parse(alone.out).findings).toEqual([]);
    }
  });

  it("two shards, one file each, and a merge give the bytes of one run", async () => {
    const shards = join(dir, "shards");
    const one = await cli("check", inDir, "--format", "json", "-j", "1");
    expect(JSON.parse(one.out).summary.byRule["budget-filed-mismatch"]).toBe(1);
    for (const i of [1, 2]) {
      const s = await cli("check", inDir, "--format", "json", "-j", "1", "--shard", `${i}/2`, "--shard-out", shards);
      expect(s.code, s.err).toBe(0);
    }
    expect(readdirSync(shards).sort()).toEqual(["shard-1-of-2.jsonl", "shard-2-of-2.jsonl"]);
    const merged = await cli("merge", shards, "--format", "json");
    expect(merged.out).toBe(one.out);
  }, 120_000);
});
