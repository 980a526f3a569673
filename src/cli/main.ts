/**
 * kpi-audit command line. Exit codes: 0 ok / no error-severity finding, 1 an error-severity
 * finding, 2 usage or input errors.
 */
import { Command, CommanderError } from "commander";
import { registerParse } from "./commands/parse.js";
import { registerCheck } from "./commands/check.js";
import { registerMerge } from "./commands/merge.js";
import { registerReport } from "./commands/report.js";
import { registerStats } from "./commands/stats.js";
import { registerEval } from "./commands/eval.js";
import { registerDiff } from "./commands/diff.js";
import { registerServe } from "./commands/serve.js";
import { toolVersion } from "./version.js";


/** output piped into `head` and closed early: stop quietly, as Unix tools do, not with a stack trace */
let pipeGuard = false;
function quietOnClosedPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
      throw e;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  let exit = 0;
  const setExit = (code: number) => {
    exit = Math.max(exit, code);
  };
  const program = new Command();
  program
    .name("kpi-audit")
    .description("读取预算绩效目标表与绩效自评表，统一为指标模型，并标出审核人员会标出的问题。\nReads Chinese budget performance forms into one indicator model and flags their defects.")
    .version(toolVersion())
    .exitOverride()
    .showHelpAfterError();
  registerParse(program, setExit);
  registerCheck(program, setExit);
  registerMerge(program, setExit);
  registerReport(program, setExit);
  registerStats(program, setExit);
  registerEval(program, setExit);
  registerDiff(program, setExit);
  registerServe(program, setExit);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    throw e;
  }
  return exit;
}
