/**
 * LibreOffice headless for tests: convert files, and recalculate an .xlsx on load so tests can read
 * back the values LibreOffice computes for the formulas we write. A fresh user profile sets
 * `OOXMLRecalcMode` = 0 ("always recalculate"); the default profile trusts cached values.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

let found: string | null | undefined;

/** Path of the soffice binary, or null when LibreOffice is not installed. */
export const sofficePath = (): string | null => {
  if (found !== undefined) return found;
  found = null;
  for (const name of ["soffice", "libreoffice"]) {
    try {
      const p = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (p) {
        found = p;
        break;
      }
    } catch {
      // not on PATH
    }
  }
  return found;
};

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const run = (bin: string, args: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: 180_000 }, (err, _stdout, stderr) =>
      err ? reject(new Error(`soffice failed: ${err.message}\n${stderr}`)) : resolve(),
    );
  });

/**
 * Converts `bytes` (a file with extension `fromExt`) to `toFilter` (e.g. "xlsx", "csv") with
 * LibreOffice headless and returns the result. With `recalc`, formulas are recalculated on load.
 */
export const convertWithLibreOffice = async (
  bytes: Uint8Array,
  fromExt: string,
  toFilter: string,
  options: { recalc?: boolean } = {},
): Promise<Uint8Array> => {
  const bin = sofficePath();
  if (!bin) throw new Error("LibreOffice (soffice) is not installed");
  const dir = mkdtempSync(join(tmpdir(), "kt-lo-"));
  try {
    const profile = join(dir, "profile");
    if (options.recalc) {
      execFileSync("mkdir", ["-p", join(profile, "user")]);
      writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
    }
    const input = join(dir, `in.${fromExt}`);
    const out = join(dir, "out");
    writeFileSync(input, bytes);
    await run(bin, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      toFilter,
      "--outdir",
      out,
      input,
    ]);
    const ext = toFilter.split(":")[0] as string;
    return new Uint8Array(readFileSync(join(out, `in.${ext}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Re-saves an .xlsx through LibreOffice after recalculating every formula on load. */
export const recalcWithLibreOffice = (xlsxBytes: Uint8Array): Promise<Uint8Array> =>
  convertWithLibreOffice(xlsxBytes, "xlsx", "xlsx", { recalc: true });

/** Logs why a LibreOffice test is skipped; returns true when it must be skipped. */
export const skipWithoutLibreOffice = (what: string): boolean => {
  if (sofficePath()) return false;
  console.warn(`SKIPPED ${what}: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc`);
  return true;
};
