/** Process entry point of the bundled CLI (dist/cli/kontrakttjek.cjs). */
import { crc32, deflateRawSync } from "node:zlib";
import { setNativeDeflate } from "../app/hosts/xlsx";
import { runCli } from "./main";

// Node's zlib compresses big sheets ~10× faster than the pure-JS deflate the browser uses.
setNativeDeflate({ deflateRaw: (d) => deflateRawSync(d, { level: 3 }), crc32: (d) => crc32(d) });

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
