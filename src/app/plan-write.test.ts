import { bound, course } from "../domain/checks/_lib/tables.testing";
import type { Finding } from "../domain/findings";
import { planRowWarnings } from "./plan-write";

const table = bound("Forloeb", [course(), course()]);
const source = { headerRow: 1, firstColumn: 0, headers: Object.values(table.columns).map((c) => c.header) };
const finding = (over: Partial<Finding>): Finding => ({
  severity: "warning",
  rule: "cvr-check-digit",
  sheet: table.sheet,
  table: table.table,
  row: 2,
  column: "CVR-nummer",
  value: "12345675",
  ...over,
});

describe("the Kontrol column's texts", () => {
  const kontrol = (findings: Finding[]): readonly (string | null)[] =>
    planRowWarnings(findings, { Forloeb: table }, { Forloeb: source }, "da").kontrolColumns[0]?.values ?? [];

  it("say the column but not the sheet and row the cell already stands in", () => {
    const [text] = kontrol([finding({})]);
    expect(text).toMatch(/^Kolonne "CVR-nummer": /);
    expect(text).not.toMatch(/Ark "|række 2/);
  });

  it("put errors before warnings before notes, whatever order the checks found them in", () => {
    const [text] = kontrol([
      finding({ severity: "info", column: "A" }),
      finding({ severity: "warning", column: "B" }),
      finding({ severity: "error", column: "C" }),
    ]);
    expect(text?.split(" | ").map((t) => /"(\w)"/.exec(t)?.[1])).toEqual(["C", "B", "A"]);
  });
});
