// Bundle the CLI into one CommonJS file so `npx kontrakttjek` starts fast with only Node.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/cli/kontrakttjek.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
