#!/usr/bin/env node
// `npm run validate`: checks manifest.xml (the development manifest) and, when a build made one,
// dist/manifest.xml with the rules for production (no localhost, one https origin). Offline: see
// scripts/manifest.cjs for why. Exit 1 and one line a problem when something is wrong.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const path = require("node:path");
const { checkManifest } = require("./manifest.cjs");

const root = path.resolve(__dirname, "..");
const targets = [{ file: "manifest.xml", production: false }];
if (fs.existsSync(path.join(root, "dist", "manifest.xml")))
  targets.push({ file: "dist/manifest.xml", production: true });

let failed = false;
for (const { file, production } of targets) {
  const problems = checkManifest(fs.readFileSync(path.join(root, file), "utf8"), { production });
  for (const p of problems) console.error(`${file}: ${p}`);
  if (problems.length === 0) console.log(`${file}: valid${production ? " (production rules)" : ""}`);
  failed ||= problems.length > 0;
}
process.exitCode = failed ? 1 : 0;
