/** `kpi-audit eval` — STUB, to be implemented. */
import type { Command } from "commander";

export function registerEval(program: Command, setExit: (code: number) => void): void {
  program
    .command("eval")
    .description("(not implemented yet)")
    .argument("[inputs...]")
    .allowUnknownOption(true)
    .action(() => {
      process.stderr.write("kpi-audit eval: 尚未实现 (not implemented yet)\n");
      setExit(2);
    });
}
