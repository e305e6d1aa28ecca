/**
 * Zip bombs against the limits, through the real CLI as a user runs it: a child process of the
 * bundled CLI under `node --max-old-space-size=1024`, its peak memory (max RSS) measured by a
 * small wrapper. Each bomb is generated here (see bombs.ts): entries sharing one deflate stream,
 * parts of exactly 1 MiB at deflate's highest ratio, 2,000 parts each just under the ratio floor,
 * a shared string of 100 MB. Every command must end in one plain line and exit 2, or in a normal
 * result, within 1 GB — never a native crash.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { floorRatioBomb, hugeSharedString, overlappingBomb, underFloorBomb } from "./bombs";
import { STACK, tempDir } from "./helpers";

const tmp = tempDir();
const CLI = join(tmp, "kontrakttjek.cjs");
const WRAPPER = join(tmp, "measure.cjs");
const GB_IN_KB = 1024 * 1024;

/** The bomb, its refusal (exit 2) in Danish for the commands that must refuse, and which do. */
interface Bomb {
  readonly file: string;
  readonly make: () => Uint8Array;
  readonly refusal: RegExp;
  /** `clean` never reads the shared strings: a huge one is copied as it is, not refused. */
  readonly cleanWorks?: boolean;
}

const BOMBS: readonly Bomb[] = [
  { file: "overlapping-entries.xlsx", make: () => overlappingBomb(1900), refusal: /filen er beskadiget/ },
  { file: "floor-ratio-parts.xlsx", make: () => floorRatioBomb(60), refusal: /er pakket mere end 500:1/ },
  {
    file: "under-floor-parts.xlsx",
    make: () => underFloorBomb(2000),
    refusal: /pakken fylder udpakket mere end grænsen/,
  },
  {
    file: "huge-shared-string.xlsx",
    make: () => hugeSharedString(100 * 1024 * 1024),
    refusal: /xl\/sharedStrings\.xml .* 16\.777\.216/,
    cleanWorks: true,
  },
];

interface Measured {
  readonly code: number | null;
  readonly signal: string | null;
  readonly err: string;
  readonly maxRssKb: number;
}

/** Runs the bundled CLI under a 1 GB heap and reports its peak resident memory. */
function measure(...argv: string[]): Measured {
  const rssFile = join(tmp, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", WRAPPER, CLI, ...argv], {
    encoding: "utf8",
    env: { ...process.env, KT_RSS_FILE: rssFile },
    timeout: 240_000,
  });
  return {
    code: r.status,
    signal: r.signal,
    err: r.stderr.trim(),
    maxRssKb: existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN,
  };
}

const figures: string[] = [];

beforeAll(() => {
  // The CLI as shipped (same bundle as `npm run build:cli`), built from the current sources.
  buildSync({
    entryPoints: [join(__dirname, "../../src/cli/bin.ts")],
    outfile: CLI,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
  writeFileSync(
    WRAPPER,
    [
      '"use strict";',
      "// Records the process's peak resident memory (kB) when it exits, then runs the CLI as `node cli.cjs …`.",
      'const fs = require("node:fs");',
      'process.on("exit", () => fs.writeFileSync(process.env.KT_RSS_FILE, String(process.resourceUsage().maxRSS)));',
      "const cli = process.argv.splice(2, 1)[0];",
      "require(cli);",
    ].join("\n"),
  );
  for (const b of BOMBS) writeFileSync(join(tmp, b.file), b.make());
}, 120_000);

afterAll(() => {
  // The measured figures, for the record (README's catalogue states the limit, not the figures).
  console.log(`peak memory per command (node --max-old-space-size=1024):\n${figures.join("\n")}`);
});

describe.each(BOMBS)("$file", (bomb) => {
  const input = (): string => join(tmp, bomb.file);

  it("is at most 50 MB", () => {
    expect(readFileSync(input()).length).toBeLessThan(50 * 1024 * 1024);
  });

  it.each([
    ["check", () => ["check", input(), "--contract", "sjaelland-2025"]],
    [
      "evaluate --write",
      () => ["evaluate", input(), "--contract", "sjaelland-2025", "--write", join(tmp, `w-${bomb.file}`)],
    ],
    ["clean", () => ["clean", input(), "--write", join(tmp, `c-${bomb.file}`)]],
  ] as const)(
    "%s: one plain line (exit 2) or a normal result, under 1 GB, no crash",
    (command, argv) => {
      const r = measure(...argv());
      figures.push(`${bomb.file} ${command}: exit ${r.code}, ${Math.round(r.maxRssKb / 1024)} MB`);
      expect(r.signal).toBeNull();
      expect(r.err).not.toMatch(/Uventet fejl|Unexpected error|FATAL|heap out of memory/);
      expect(r.err).not.toMatch(STACK);
      if (command === "clean" && bomb.cleanWorks) {
        expect([r.code, r.err]).toEqual([0, ""]);
      } else {
        expect(r.code).toBe(2);
        expect(r.err.split("\n")).toHaveLength(1);
        expect(r.err).toMatch(bomb.refusal);
      }
      expect(r.maxRssKb).toBeLessThan(GB_IN_KB);
    },
    240_000,
  );
});
