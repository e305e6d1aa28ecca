/**
 * The command line says what a write did instead of writing over the user's content, and what a
 * removal left because it is the user's now (issue 11).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { HEADER_ROW } from "../../src/app/status-report";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cli, fixture } from "../hostile/helpers";
import { readCells } from "../../src/workbook/xlsx/write/helpers.testing";
import { unzipSync, zipSync } from "fflate";

const dir = mkdtempSync(join(tmpdir(), "kt-cli-owner-"));

/** The valid fixture with a sheet of the user's named "Målopfyldelse" added by a package edit. */
const withUserReportSheet = (): string => {
  const parts = unzipSync(new Uint8Array(readFileSync(fixture("valid.xlsx"))));
  const dec = (n: string): string => new TextDecoder().decode(parts[n]);
  const enc = (s: string) => new TextEncoder().encode(s);
  const wb = dec("xl/workbook.xml");
  const maxId = Math.max(...[...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1])));
  parts["xl/worksheets/sheetUser.xml"] = enc(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Vores egen opgørelse</t></is></c></row></sheetData></worksheet>',
  );
  parts["xl/workbook.xml"] = enc(
    wb.replace("</sheets>", `<sheet name="Målopfyldelse" sheetId="${maxId + 1}" r:id="rIdUser"/></sheets>`),
  );
  parts["xl/_rels/workbook.xml.rels"] = enc(
    dec("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdUser" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetUser.xml"/></Relationships>',
    ),
  );
  parts["[Content_Types].xml"] = enc(
    dec("[Content_Types].xml").replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheetUser.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  const path = join(dir, "egen-rapport.xlsx");
  writeFileSync(path, zipSync(parts));
  return path;
};

describe("evaluate --write beside the user's own report sheet", () => {
  it("refuses without --force, saying force writes beside it; with --force writes 'Målopfyldelse 2' and says so", async () => {
    const input = withUserReportSheet();
    const out = join(dir, "skrevet.xlsx");
    const refused = await cli("evaluate", input, "--contract", "sjaelland-2025", "--write", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Målopfyldelse!A1.*aldrig hen over.*--force: så skriver Kontrakttjek ved siden af/);
    const forced = await cli("evaluate", input, "--contract", "sjaelland-2025", "--write", out, "--force");
    expect(forced.code).toBe(0);
    expect(forced.err).toMatch(
      /Arket «Målopfyldelse» er jeres, så Kontrakttjek skrev i et nyt ark, «Målopfyldelse 2»\./,
    );
    const parts = new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(out)))));
    expect(readCells(parts, "Målopfyldelse").get("A1")?.value).toBe("Vores egen opgørelse");
    expect(readCells(parts, "Målopfyldelse 2").get(`A${HEADER_ROW + 1}`)?.value).toBe("Mål");
    // clean takes ours and leaves theirs
    const cleanedPath = join(dir, "renset.xlsx");
    const cleaned = await cli("clean", out, "--write", cleanedPath, "--lang", "en");
    expect(cleaned.code).toBe(0);
    const wb = await XlsxWorkbook.openFile(cleanedPath);
    expect(wb.sheetNames()).toContain("Målopfyldelse");
    expect(wb.sheetNames()).not.toContain("Målopfyldelse 2");
  });
});

describe("clean says what it left", () => {
  it("a cell of the report the user typed over stays, and the output names it", async () => {
    const out = join(dir, "rapport.xlsx");
    expect((await cli("evaluate", fixture("valid.xlsx"), "--contract", "sjaelland-2025", "--write", out)).code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const wb = new TextDecoder().decode(parts["xl/workbook.xml"]);
    const rid = /name="Målopfyldelse" sheetId="\d+" r:id="(\w+)"/.exec(wb)?.[1];
    const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const path = `xl/${target.replace(/^\/?xl\//, "")}`;
    const sheet = new TextDecoder().decode(parts[path]);
    parts[path] = new TextEncoder().encode(
      sheet.replace(/<c r="A2"[^>]*?(\/>|>.*?<\/c>)/, '<c r="A2" t="inlineStr"><is><t>vores titel</t></is></c>'),
    );
    const edited = join(dir, "rettet.xlsx");
    writeFileSync(edited, zipSync(parts));
    const r = await cli("clean", edited, "--write", join(dir, "renset2.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Ikke fjernet fra arket «Målopfyldelse»: 1 celle \(A2\) er ændret, efter Kontrakttjek skrev den, og er jeres nu\./,
    );
  });
});
