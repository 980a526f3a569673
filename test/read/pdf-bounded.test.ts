/**
 * A damaged PDF on which pdfjs spins ends with its own message, not at the per-file time limit:
 * bytes changed inside the embedded Type 1 font program of a committed fixture (found by flipping
 * bytes of the fixtures; pdfjs then spends tens of seconds parsing the font of page 1).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPdf } from "../../src/read/pdf.js";
import { ReadError } from "../../src/read/errors.js";
import { limitsFrom } from "../../src/read/limits.js";
import { cpuMsOfStat, stepBudget, threadCpuMs } from "../../src/read/pdf-bounded.js";

const FIXTURE = join(__dirname, "../fixtures/formats/shanxi-target-000.pdf");

/**
 * The byte changes of one file the fuzzing produced from the fixture (30 random bytes; those inside
 * the FontFile stream of page 1's Type 1 font make pdfjs parse it for about 25 s).
 */
const FLIPS: [number, number][] = [
  [344, 79], [535, 121], [664, 127], [1059, 130], [2321, 153], [2824, 79], [7136, 100], [10588, 38], [12981, 78], [13804, 32],
  [17093, 177], [21020, 219], [28264, 118], [31232, 42], [45772, 102], [49182, 82], [54510, 78], [55393, 23], [55963, 146], [56503, 83],
  [59392, 212], [59866, 121], [61444, 33], [62037, 215], [64511, 162], [65170, 231], [68781, 70], [70396, 174], [74014, 243], [74138, 178],
];

function damagedFont(): Uint8Array {
  const b = new Uint8Array(readFileSync(FIXTURE));
  // the first flip inside the font: the FontFile stream (Length1/Length2/Length3 dictionary)
  const before = Buffer.from(b.subarray(0, 10588)).toString("latin1");
  expect(before.lastIndexOf("/Length1")).toBeGreaterThan(before.lastIndexOf("endobj"));
  for (const [i, v] of FLIPS) b[i] = v;
  return b;
}

describe("the step budget counts the pdfjs thread's own CPU time", () => {
  it("reads user + system time from a stat line, whatever the command name holds", () => {
    // fields 14 and 15 (utime 250, stime 30 ticks of 1/100 s); the name contains spaces and ")"
    const stat = "4242 (node (x) y) R 1 2 3 0 -1 4194304 125 0 0 0 250 30 0 0 20 0 1 0 4813337";
    expect(cpuMsOfStat(stat)).toBe(2800);
    expect(cpuMsOfStat("garbage")).toBeNull();
  });

  it.runIf(process.platform === "linux")("finds a thread of this process by its id and sees its CPU time grow", () => {
    const tid = Number(readFileSync("/proc/thread-self/stat", "utf8").split(" ")[0]);
    const before = threadCpuMs(tid);
    expect(before).not.toBeNull();
    let x = 0;
    const until = process.cpuUsage().user + 300_000; // 0.3 s of this thread's work
    while (process.cpuUsage().user < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(threadCpuMs(tid)!).toBeGreaterThan(before!);
    expect(threadCpuMs(null)).toBeNull();
    expect(threadCpuMs(2 ** 30)).toBeNull();
  });
});

describe("PDF reading under a step budget", () => {
  it("bounds the budget by the per-file limit", () => {
    expect(stepBudget(limitsFrom(undefined, 300))).toBe(10_000);
    expect(stepBudget(limitsFrom(undefined, 4))).toBe(2_000);
    expect(stepBudget(limitsFrom(undefined, 0))).toBe(10_000);
  });

  it("stops a file whose font program pdfjs cannot finish parsing, naming the page, and reads the next file", async () => {
    const limits = limitsFrom(undefined, 8);
    // pdfjs is the engine PDFium falls back to: it runs under the same watchdog
    const err = await readPdf("damaged.pdf", damagedFont(), limits, "pdfjs").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe("read/corrupt");
    expect((err as ReadError).message).toMatch(/第 1 页.*超过 4 秒/);
    expect((err as ReadError).messageEn).toMatch(/page 1/);
    // the stopped thread is replaced: the intact file reads
    const grid = await readPdf("intact.pdf", new Uint8Array(readFileSync(FIXTURE)), limits, "pdfjs");
    expect(grid.rows.some((r) => r.text.includes("项目名称"))).toBe(true);
  }, 30_000);

  it("PDFium (the default engine) reads past the damaged font program within the step budget: page 2's indicators", async () => {
    // the same watchdog and budget: a step over it would end in read/corrupt instead of a grid
    const grid = await readPdf("damaged.pdf", damagedFont(), limitsFrom(undefined, 8));
    const quality = grid.rows.find((r) => r.cells.some((c) => c.text === "办公设备验收合格率"));
    expect(quality?.loc.page).toBe(2);
    expect(quality?.cells.map((c) => c.text)).toContain("≥100%");
  }, 30_000);
});
