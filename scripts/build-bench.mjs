// Bundle the benchmark into one CommonJS file (dist/bench/bench.cjs). HyperFormula,
// playwright-core and Prettier stay external: dev dependencies loaded from node_modules at run time.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("dist/bench", { recursive: true });
await build({
  entryPoints: ["bench/bench.ts"],
  outfile: "dist/bench/bench.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  external: ["hyperformula", "playwright-core", "prettier"],
});
// Preloaded into the CLI child process to report its peak memory.
copyFileSync("bench/maxrss.cjs", "dist/bench/maxrss.cjs");
