/**
 * The input stage, part 1: expand the user's arguments (files and folders) into a sorted list of
 * files, and say why for everything that cannot be used — a folder that cannot be opened, a
 * symbolic link that loops or points nowhere, something that is not a regular file (a FIFO, a
 * device, a socket). Those entries stay in the list, at their place in the walk, with a ReadError
 * in `problems`: the batch turns each into a failed document, so it is counted and shown wherever
 * unreadable files are (never skipped without a word). Symbolic links are followed.
 * Part 2 (refusing non-regular files, size and time limits) is readAny in src/read/index.ts and
 * the worker pool in src/run/pool.ts.
 */
import * as fsp from "node:fs/promises";
import type { Dirent, Stats } from "node:fs";
import { join } from "node:path";
import { ReadError } from "./errors.js";

const SKIP_DIRS = new Set(["node_modules", ".git", "gold"]);
const SKIP_FILES = /^(README|readme)(\.md)?$|\.(md|json|jsonl|yml|yaml|ts|js|map|png|jpg|gif|sh)$/i;

export interface Expanded {
  /** every file to read, in walk order (including those in `problems`) */
  files: string[];
  /** arguments that do not exist */
  missing: string[];
  /** entries that cannot be read, with the reason; their paths are also in `files` */
  problems: Map<string, ReadError>;
}

/** the file-system calls the walk uses (tests replace them to simulate what root cannot) */
export interface WalkFs {
  lstat(p: string): Promise<Stats>;
  stat(p: string): Promise<Stats>;
  realpath(p: string): Promise<string>;
  readdir(p: string): Promise<Dirent[]>;
}

const realFs: WalkFs = {
  lstat: (p) => fsp.lstat(p),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
};

/** a system error code as a reason a reviewer understands */
export function errnoError(e: unknown, what: "file" | "folder" = "file"): ReadError {
  const code = (e as NodeJS.ErrnoException)?.code ?? "";
  const thing = what === "folder" ? "文件夹" : "文件";
  const thingEn = what === "folder" ? "folder" : "file";
  switch (code) {
    case "ENOENT":
      return new ReadError(what === "folder" ? "read/folder-unreadable" : "read/unreadable", `${thing}不存在（ENOENT）`, `no such ${thingEn} (ENOENT)`);
    case "EACCES":
    case "EPERM":
      return new ReadError(what === "folder" ? "read/folder-unreadable" : "read/unreadable", `没有读取该${thing}的权限（${code}）`, `no permission to read the ${thingEn} (${code})`);
    case "ELOOP":
      return new ReadError("read/symlink-loop", "符号链接形成循环，无法打开（ELOOP）", "the symbolic link loops (ELOOP)");
    default:
      return new ReadError(
        what === "folder" ? "read/folder-unreadable" : "read/unreadable",
        `无法读取${thing}（${code || (e as Error)?.message || String(e)}）`,
        `cannot read the ${thingEn} (${code || (e as Error)?.message || String(e)})`,
      );
  }
}

/** the refusal for something that is not a regular file or folder */
export function notRegular(st: Stats): ReadError {
  const [zh, en] = st.isFIFO()
    ? ["命名管道（FIFO）", "a named pipe (FIFO)"]
    : st.isCharacterDevice()
      ? ["字符设备", "a character device"]
      : st.isBlockDevice()
        ? ["块设备", "a block device"]
        : st.isSocket()
          ? ["套接字", "a socket"]
          : ["特殊文件", "a special file"];
  return new ReadError("read/not-regular", `不是普通文件，而是${zh}，不读取`, `not a regular file but ${en}; not read`);
}

const danglingLink = () => new ReadError("read/dangling-symlink", "符号链接指向的文件不存在", "the symbolic link points to nothing");
const loopLink = () => new ReadError("read/symlink-loop", "符号链接形成循环（指向自己所在的文件夹或互相指向），不进入", "the symbolic link loops back into a folder being walked; not entered");

/** Folders are walked (sorted, deterministic); README/JSON/YAML/code files and hidden entries inside folders are skipped. */
export async function expandInputs(inputs: string[], fs: WalkFs = realFs): Promise<Expanded> {
  const out: Expanded = { files: [], missing: [], problems: new Map() };
  const problem = (p: string, e: ReadError) => {
    if (out.problems.has(p)) return;
    out.files.push(p);
    out.problems.set(p, e);
  };
  for (const input of inputs) {
    let lst: Stats;
    try {
      lst = await fs.lstat(input);
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code === "ENOENT") out.missing.push(input);
      else problem(input, errnoError(e));
      continue;
    }
    let st = lst;
    if (lst.isSymbolicLink()) {
      try {
        st = await fs.stat(input);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException)?.code;
        problem(input, code === "ENOENT" ? danglingLink() : errnoError(e));
        continue;
      }
    }
    if (st.isDirectory()) await walk(input, out, problem, fs, new Set());
    else out.files.push(input); // a file named by the user is read whatever its name; readAny refuses non-regular ones
  }
  return out;
}

async function walk(dir: string, out: Expanded, problem: (p: string, e: ReadError) => void, fs: WalkFs, ancestors: Set<string>): Promise<void> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await fs.realpath(dir);
    entries = await fs.readdir(dir);
  } catch (e) {
    problem(dir, errnoError(e, "folder"));
    return;
  }
  if (ancestors.has(real)) {
    problem(dir, loopLink());
    return;
  }
  const inner = new Set(ancestors).add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let st: Stats | null = null;
    if (e.isSymbolicLink()) {
      try {
        st = await fs.stat(p);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException)?.code;
        if (!SKIP_FILES.test(e.name)) problem(p, code === "ENOENT" ? danglingLink() : code === "ELOOP" ? loopLink() : errnoError(err));
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out, problem, fs, inner);
    } else if (SKIP_FILES.test(e.name)) {
      continue;
    } else if (isFile) {
      out.files.push(p);
    } else {
      try {
        problem(p, notRegular(st ?? (await fs.lstat(p))));
      } catch (err) {
        problem(p, errnoError(err));
      }
    }
  }
}
