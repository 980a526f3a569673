import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createProgress } from "../../src/run/progress.js";

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  Object.assign(w, { isTTY, columns: 120, rows: 40, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, text: () => chunks.join("") });
  return w;
}

describe("progress bar", () => {
  it("writes nothing when stderr is not a terminal", () => {
    const s = fakeStream(false);
    const p = createProgress("检查", 10, s);
    p.update(5, 10);
    p.stop();
    expect(s.text()).toBe("");
  });

  it("draws on a terminal, in Chinese", () => {
    const s = fakeStream(true);
    const p = createProgress("检查", 10, s);
    p.update(10, 10);
    p.stop();
    expect(s.text()).toContain("检查");
    expect(s.text()).toContain("个文件");
  });
});
