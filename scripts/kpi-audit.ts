// Development entry point: runs the CLI from the TypeScript sources (npx tsx scripts/kpi-audit.ts …).
import { main } from "../src/cli/main.js";

process.exitCode = await main(process.argv);
