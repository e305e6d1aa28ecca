/** Process entry point of the bundled CLI (dist/cli/kontrakttjek.cjs). */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { setNativeDeflate } from "../app/hosts/xlsx";
import { runCli } from "./main";

// Node's zlib compresses big sheets ~10× faster than the pure-JS deflate the browser uses.
// It inflates them ~5× faster too, with the checksum in C (fflate stays the browser's).
setNativeDeflate({
  deflateRaw: (d) => deflateRawSync(d, { level: 3 }),
  inflateRaw: (d, max) => inflateRawSync(d, { maxOutputLength: max }),
  crc32: (d) => crc32(d),
});

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
