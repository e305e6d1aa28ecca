/**
 * Cell text reaches the terminal. OOXML's `_xHHHH_` escapes decode to any character, so a cell can
 * hold ESC sequences (retitle the window, clear the screen), a line feed and tabs that forge a
 * finding line, or a bidi override that makes a line read otherwise. The CLI shows them and never
 * sends them: C0 as Control Pictures (␛ ␊ ␉), C1 and bidi controls as \uXXXX; tab-separated
 * fields escape \t, \n and \\; JSON stays exact.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { contractFileText } from "../../src/app/authoring";
import { findContract } from "../../src/templates";
import { buildXlsx } from "../../src/workbook/fixture.testing";
import { cli, tempDir, type JsonFinding } from "./helpers";

const tmp = tempDir();

/** Raw controls a terminal would act on (tab and line feed are the CLI's own). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const TITLE = "_x001B_]0;PWNED_x0007__x001B_[2J";
const FORGED = "ni_x000A_Fejl_x0009_cvr-check-digit_x0009_Forfalsket fund";
const BIDI = "\u202E47654321";

const input = join(tmp, "controls.xlsx");
writeFileSync(
  input,
  buildXlsx({
    sheets: [
      {
        name: "Brugerevaluering",
        rows: [
          ["CVR-nummer", "Kundesegment", "Anbefaling (0-10)"],
          ["12345674", `drift${TITLE}`, 9],
          ["12345674", "drift", FORGED],
          [BIDI, "drift", 9],
        ],
        tables: [{ name: "Evaluering", ref: "A1:C4" }],
      },
    ],
  }),
);

describe("check's text output shows control characters, never sends them", () => {
  it("ESC sequences, a forged line and a bidi override stay visible, one finding a line", async () => {
    const r = await cli("check", input, "--contract", "sjaelland-2025");
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain("drift␛]0;PWNED␇␛[2J");
    expect(r.out).toContain("\\u202e47654321");
    // The forged finding is inside its own field: \n and \t escaped, so no line of its own.
    expect(r.out).toContain("ni\\nFejl\\tcvr-check-digit\\tForfalsket fund");
    const lines = r.out.split("\n");
    expect(lines.filter((l) => l.startsWith("Fejl\tcvr-check-digit"))).toEqual([]);
    for (const line of lines.slice(0, lines.indexOf(""))) expect([line, line.split("\t").length]).toEqual([line, 3]);
  });

  it("JSON keeps the exact text: control characters escaped by JSON, bidi as \\u202e", async () => {
    const r = await cli("check", input, "--contract", "sjaelland-2025", "--json");
    expect(r.out).not.toMatch(RAW_CONTROL);
    const values = (JSON.parse(r.out) as { findings: JsonFinding[] }).findings.map((f) => f.value);
    expect(values).toEqual(
      expect.arrayContaining([
        "drift\u001b]0;PWNED\u0007\u001b[2J",
        "ni\nFejl\tcvr-check-digit\tForfalsket fund",
        BIDI,
      ]),
    );
  });

  it("a contract's title and labels with controls and line breaks stay in their line and cell", async () => {
    const contract = JSON.parse(contractFileText(findContract("sjaelland-2025")!)) as {
      id: string;
      title: string;
      goals: { title: string; indicators: { label: string }[] }[];
    };
    contract.id = "styretegn";
    contract.title = "Kontrakt\u001b]0;x\u0007\nFejl\tforfalsket";
    contract.goals[0]!.title = "Mål\r\nFejl\tforfalsket\u202e";
    contract.goals[0]!.indicators[0]!.label = "Antal\u009b2J";
    const file = join(tmp, "styretegn.json");
    writeFileSync(file, JSON.stringify(contract));
    const r = await cli("evaluate", input, "--contract", file);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out.split("\n")[0]).toContain("Kontrakt␛]0;x␇␊Fejl␉forfalsket");
    expect(r.out).toContain("Mål␍␊Fejl␉forfalsket\\u202e");
    expect(r.out).toContain("Antal\\u009b2J");
    expect(r.out.split("\n").filter((l) => l.startsWith("Fejl"))).toEqual([]);
  });

  it("a file name with controls in an error message: one line, shown", async () => {
    const r = await cli("check", join(tmp, "x\u001b[2J\nFejl.xlsx"), "--contract", "sjaelland-2025");
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(RAW_CONTROL);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain("x␛[2J␊Fejl.xlsx");
  });
});
