/**
 * Files that are not workbooks Kontrakttjek can read: each is refused by the CLI with exit code 2
 * and one plain line on stderr, in Danish and English — never a stack trace, never a half-written
 * output file. The same files through the reader give a typed `XlsxFileError`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxFileError, XlsxWorkbook } from "../../src/workbook/xlsx";
import { readPackage } from "../../src/workbook/xlsx/zip";
import { cli, fixture, STACK, tempDir } from "./helpers";

const tmp = tempDir();
// The module object itself (an `import * as` would be a copy), so spies reach the CLI's calls.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs: typeof import("node:fs") = require("node:fs");

/** file, reader reason (null: refused by name before reading), Danish and English message. */
const REFUSED: readonly [string, string | null, RegExp, RegExp][] = [
  ["empty.xlsx", null, /er tom \(0 byte\)/, /is empty \(0 bytes\)/],
  ["not-a-zip.xlsx", "not-zip", /ikke en zip-pakke/, /not a zip package/],
  ["crm-export-html.xlsx", "not-zip", /måske en CSV-, HTML- eller tekstfil/, /perhaps a CSV, HTML or text file/],
  ["truncated.xlsx", "truncated", /afkortet – måske en afbrudt download/, /truncated – perhaps an interrupted/],
  [
    "zip-bomb.xlsx",
    "limit-exceeded",
    /for stor eller pakket mistænkeligt \(xl\/worksheets\/sheet1\.xml er pakket mere end 500:1 – grænsen mod zip-bomber\)/,
    /packed more than 500:1 – the limit against zip bombs/,
  ],
  ["password-protected.xlsx", "encrypted", /beskyttet med adgangskode.*fjern adgangskoden/, /password-protected/],
  ["zip-encrypted-entries.xlsx", "encrypted", /beskyttet med adgangskode/, /password-protected/],
  ["legacy.xls", null, /gamle \.xls-format/, /old \.xls format/],
  ["legacy-renamed.xlsx", "legacy-xls", /gamle \.xls-format/, /old \.xls format/],
  ["semicolon.csv", null, /er en CSV-fil/, /is a CSV file/],
  ["word-document.xlsx", "not-xlsx", /zip-pakken er ikke en Excel-projektmappe/, /not an Excel workbook/],
  [
    "malformed-sheet.xlsx",
    "corrupt",
    /ikke en gyldig \.xlsx-projektmappe \(filen er beskadiget\)/,
    /the file is damaged/,
  ],
];

describe("files that are not readable workbooks", () => {
  it.each(REFUSED)("%s: exit 2, one plain line, da and en", async (name, _reason, da, en) => {
    for (const command of ["check", "evaluate"]) {
      for (const [lang, message] of [
        ["da", da],
        ["en", en],
      ] as const) {
        const r = await cli(command, fixture(name), "--contract", "sjaelland-2025", "--json", "--lang", lang);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expect(r.err.split("\n")).toHaveLength(1);
        expect(r.err).toMatch(message);
        expect(r.err).toContain(name);
        expect(r.err).not.toMatch(STACK);
        expect(r.err).not.toMatch(/Uventet fejl|Unexpected error/);
      }
    }
  });

  it.each(REFUSED.filter(([, reason]) => reason !== null))(
    "%s: the reader says why with a typed error",
    async (name, reason) => {
      const bytes = new Uint8Array(readFileSync(fixture(name)));
      let caught: unknown = null;
      try {
        const wb = XlsxWorkbook.open(bytes);
        // Damage inside a part shows when the part is read.
        for (const s of await wb.listSources()) await wb.readColumns(s, [0]);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(XlsxFileError);
      expect((caught as XlsxFileError).reason).toBe(reason);
    },
  );

  it("refuses the zip bomb from its directory, before inflating anything", () => {
    const bytes = new Uint8Array(readFileSync(fixture("zip-bomb.xlsx")));
    expect(bytes.length).toBeLessThan(100_000);
    const before = process.memoryUsage().arrayBuffers;
    expect(() => XlsxWorkbook.open(bytes)).toThrow(expect.objectContaining({ reason: "limit-exceeded" }));
    // 64 MiB would have been inflated otherwise.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it("a folder given as the workbook is refused plainly", async () => {
    const r = await cli("check", tmp, "--contract", "sjaelland-2025");
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/det er en mappe/)]);
  });
});

describe("writing never leaves a half-written or unopenable file", () => {
  const input = fixture("valid.xlsx");

  it("an I/O failure midway leaves no output file and says nothing was written", async () => {
    const out = join(tmp, "disk-full.xlsx");
    const real = fs.writeFileSync;
    // The disk fills up after half the bytes.
    const spy = jest.spyOn(fs, "writeFileSync").mockImplementation((path, data, ...rest) => {
      const bytes = data as Uint8Array;
      real(path, bytes.subarray(0, Math.floor(bytes.length / 2)), ...rest);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    try {
      const r = await cli("evaluate", input, "--contract", "sjaelland-2025", "--write", out);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Kunne ikke skrive .*disk-full\.xlsx \(ENOSPC\)\. Intet er skrevet/);
      expect(r.err).not.toMatch(STACK);
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes("disk-full"))).toEqual([]);
  });

  it("an earlier output of the same name is kept whole when the new write fails", async () => {
    const out = join(tmp, "earlier.xlsx");
    writeFileSync(out, "an earlier report");
    const spy = jest.spyOn(fs, "renameSync").mockImplementation(() => {
      throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    });
    try {
      const r = await cli("evaluate", input, "--contract", "sjaelland-2025", "--write", out, "--force", "--lang", "en");
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(/Could not write .*\(EACCES\)\. Nothing was written/)]);
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(out, "utf8")).toBe("an earlier report");
    expect(readdirSync(tmp).filter((f) => f.endsWith("kontrakttjek-tmp"))).toEqual([]);
  });

  it("a folder that does not exist is a plain failure", async () => {
    const r = await cli("evaluate", input, "--contract", "sjaelland-2025", "--write", join(tmp, "nej", "ud.xlsx"));
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/Kunne ikke skrive .*\(ENOENT\)/)]);
  });

  it("a macro workbook is written as .xlsm with its macros byte for byte, never as .xlsx", async () => {
    const xlsm = fixture("macro.xlsm");
    const wrong = join(tmp, "makro.xlsx");
    const r = await cli("evaluate", xlsm, "--contract", "sjaelland-2025", "--write", wrong);
    expect([r.code, r.err]).toEqual([
      2,
      expect.stringMatching(/er en \.xlsm-fil, og Excel åbner den kun med endelsen \.xlsm/),
    ]);
    expect(existsSync(wrong)).toBe(false);

    const right = join(tmp, "makro.xlsm");
    expect((await cli("evaluate", xlsm, "--contract", "sjaelland-2025", "--write", right)).code).toBe(0);
    const before = readPackage(new Uint8Array(readFileSync(xlsm)));
    const after = readPackage(new Uint8Array(readFileSync(right)));
    expect(Buffer.from(after.entries.get("xl/vbaProject.bin")!)).toEqual(
      Buffer.from(before.entries.get("xl/vbaProject.bin")!),
    );
    expect(new TextDecoder().decode(after.entries.get("[Content_Types].xml"))).toContain("macroEnabled.main");

    // … and the reverse: a plain workbook is not dressed up as .xlsm.
    const plain = join(tmp, "plain.xlsm");
    const back = await cli("evaluate", input, "--contract", "sjaelland-2025", "--write", plain, "--lang", "en");
    expect([back.code, back.err]).toEqual([2, expect.stringMatching(/is an \.xlsx file/)]);
    expect(existsSync(plain)).toBe(false);
    const cleaned = await cli("clean", right, "--write", join(tmp, "renset.xlsx"));
    expect(cleaned.code).toBe(2);
  });

  it("clean of a damaged file fails plainly and writes nothing", async () => {
    const out = join(tmp, "renset-skadet.xlsx");
    const r = await cli("clean", fixture("truncated.xlsx"), "--write", out);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/afkortet/)]);
    expect(existsSync(out)).toBe(false);
  });
});
