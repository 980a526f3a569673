/** `kpi-audit check` — STUB, to be implemented. */
import type { Command } from "commander";

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("(not implemented yet)")
    .argument("[inputs...]")
    .allowUnknownOption(true)
    .action(() => {
      process.stderr.write("kpi-audit check: 尚未实现 (not implemented yet)\n");
      setExit(2);
    });
}
