import { LIBRARY, findContract } from "../../templates";
import { createWorkbook } from "../../workbook/xlsx/create";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { ROLE_SPECS } from "../../domain/model";
import { generateExample } from "./generate";

describe("example workbooks", () => {
  it("are deterministic: the same seed gives the same bytes", () => {
    const c = findContract("sjaelland-2025")!;
    const a = createWorkbook(generateExample(c).spec);
    const b = createWorkbook(generateExample(c).spec);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("hold the five DESIGN §3 tables with their Danish headers, readable by the xlsx reader", async () => {
    const c = findContract("sjaelland-2025")!;
    const ex = generateExample(c);
    const wb = XlsxWorkbook.open(createWorkbook(ex.spec));
    const sources = await wb.listSources();
    for (const spec of Object.values(ROLE_SPECS)) {
      const s = sources.find((x) => x.table === spec.tableName);
      expect(s).toBeDefined();
      expect(s!.sheet).toBe(spec.sheetName);
      expect(s!.headers).toEqual(spec.fields.map((f) => f.header));
    }
    const courses = sources.find((x) => x.table === "Forloeb")!;
    expect(courses.rowCount).toBe(ex.rows.Forloeb!.length);
    expect(courses.rowCount).toBeGreaterThan(1800);
    const answers = sources.find((x) => x.table === "Evaluering")!;
    expect(answers.rowCount).toBe(800);
  });

  it("exist for every library contract, with key figures and activities filled in", () => {
    for (const c of LIBRARY) {
      const ex = generateExample(c);
      expect(ex.rows.Noegletal!.length).toBe(c.keyFigures.length);
      const items = c.goals.flatMap((g) =>
        g.indicators.flatMap((i) => (i.measure.kind === "checklist" ? i.measure.items : [])),
      );
      // One row per distinct qualitative item (2024–27 has none).
      expect(ex.rows.Aktiviteter!.length).toBe(new Set(items.map((i) => i.text)).size);
    }
  });
});
