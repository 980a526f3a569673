import { describe, expect, it } from "vitest";
import { createCorpusStore, packLoc, unpackLoc } from "../../src/engine/corpus.js";
import type { Form, KpiDocument } from "../../src/model/types.js";

const doc = { source: "a/b.txt", department: "某县公安局" } as unknown as KpiDocument;
const form = (name: string, line: number) => ({ kind: "target", layout: "text", line, loc: { line }, project: { name, department: null } }) as unknown as Form;

describe("corpus store", () => {
  it("gives one ref per form and one string per distinct text", () => {
    const st = createCorpusStore();
    const f = form("羁押收教场所管理", 3);
    const r1 = st.ref(f, doc, 0);
    expect(st.ref(f, doc, 0)).toBe(r1);
    expect(r1).toEqual({ source: "a/b.txt", formIndex: 0, kind: "target", layout: "text", line: 3, loc: { line: 3 }, project: "羁押收教场所管理", department: "某县公安局" });
    const long = "保障羁押场所日常经费和犯人生活费、医疗费。";
    expect(st.text(long.slice(0))).toBe(st.text(`${long}`));
  });

  it("numbers texts and refs once per shard, in order, and reads them back per shard", () => {
    const w = createCorpusStore();
    const a = w.ref(form("项目甲", 1), doc, 0);
    const b = w.ref(form("项目乙", 9), doc, 1);
    // texts of a's ref: source, kind, layout, project, department → 0..4; the ref is number 0
    expect(w.pack.ref(a)).toBe(0);
    expect(w.pack.ref(a)).toBe(0);
    expect(w.pack.text("项目甲")).toBe(3);
    const first = w.drain();
    expect(first.filter((r) => typeof r === "string")).toEqual(["a/b.txt", "target", "text", "项目甲", "某县公安局"]);
    expect(first.filter((r) => Array.isArray(r))).toHaveLength(1);
    expect(w.pack.ref(b)).toBe(1);
    const second = w.drain(); // only what is new: b's name and its ref
    expect(second).toEqual(["项目乙", [0, 1, 1, 2, 9, [9], 5, 4]]);

    const m = createCorpusStore();
    for (const rec of [...first, ...second]) m.load(JSON.parse(JSON.stringify(rec)));
    expect(m.unpack.ref(1)).toEqual(b);
    expect(m.unpack.text(3)).toBe("项目甲");
    m.endShard();
    expect(() => m.unpack.ref(0)).toThrow(/missing form/);
  });

  it("packs a text file's loc as an array and leaves other locs as they are", () => {
    expect(packLoc({ line: 4 })).toEqual([4]);
    expect(packLoc({ line: 4, col: 2 })).toEqual([4, 2]);
    expect(unpackLoc([4, 2])).toEqual({ line: 4, col: 2 });
    expect(Object.keys(unpackLoc([4, 2]))).toEqual(["line", "col"]);
    // key order is kept: a loc written col-first is not rebuilt line-first
    expect(packLoc({ col: 2, line: 4 })).toEqual({ col: 2, line: 4 });
    expect(packLoc({ sheet: "表1", cell: "C3", row: 3, col: 3 })).toEqual({ sheet: "表1", cell: "C3", row: 3, col: 3 });
    expect(packLoc({ page: 2, line: 7, col: 1 })).toEqual({ page: 2, line: 7, col: 1 });
  });
});

describe("corpus store numbers", () => {
  it("numbers each distinct text once, in the order first kept, and gives the kept copy back", () => {
    const st = createCorpusStore();
    const long = "保障羁押场所日常经费和犯人生活费、医疗费。";
    const a = st.id(long.slice(0));
    expect(st.id(`${long}`)).toBe(a);
    expect(st.id("另一段文字")).toBe(a + 1);
    expect(st.at(a)).toBe(long);
    expect(st.text(long)).toBe(st.at(a));
  });
});
