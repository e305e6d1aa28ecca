#!/usr/bin/env node
"use strict";
// The CLI is bundled by `npm run build:cli` (run automatically by `npm ci` / `npm install`).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "kontrakttjek.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "Kontrakttjek er ikke bygget: kør `npm run build:cli` (eller `npm ci`). / Not built: run `npm run build:cli`.\n",
  );
  process.exit(2);
}
require(bundle);
