/** `kpi-audit stats` — STUB, to be implemented. */
import type { Command } from "commander";

export function registerStats(program: Command, setExit: (code: number) => void): void {
  program
    .command("stats")
    .description("(not implemented yet)")
    .argument("[inputs...]")
    .allowUnknownOption(true)
    .action(() => {
      process.stderr.write("kpi-audit stats: 尚未实现 (not implemented yet)\n");
      setExit(2);
    });
}
