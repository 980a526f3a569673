#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
import { main } from "../dist/src/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`kpi-audit: 内部错误 / internal error: ${err && err.stack ? err.stack : err}`);
    process.exitCode = 2;
  },
);
