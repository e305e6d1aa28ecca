// Preloaded (`node -r`) into the CLI child process: at exit, write the process's peak resident
// memory (kilobytes, from the kernel via process.resourceUsage) to the file the benchmark names.
"use strict";
const fs = require("fs");
const out = process.env.KT_BENCH_MAXRSS_FILE;
if (out) {
  process.on("exit", () => {
    try {
      fs.writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      // The benchmark reports a missing figure as null; never change the CLI's exit.
    }
  });
}
