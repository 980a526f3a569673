/** `kpi-audit report` — STUB, to be implemented. */
import type { Command } from "commander";

export function registerReport(program: Command, setExit: (code: number) => void): void {
  program
    .command("report")
    .description("(not implemented yet)")
    .argument("[inputs...]")
    .allowUnknownOption(true)
    .action(() => {
      process.stderr.write("kpi-audit report: 尚未实现 (not implemented yet)\n");
      setExit(2);
    });
}
