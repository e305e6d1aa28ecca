import { BindingFileSchema, columnOf, resolveBinding, type BindingFile } from "./file";
import { readBindingJson } from "./file-read";
import { proposeBinding } from "./propose";
import type { BindingSource } from "./source";

const src = (sheet: string, headers: string[], extra: Partial<BindingSource> = {}): BindingSource => ({
  sheet,
  table: null,
  headerRow: 1,
  firstColumn: 0,
  headers,
  rowCount: 5,
  ...extra,
});

const crm = src("CRM-udtræk", ["Kunde-id", "Firma CVR", "Første møde", "Type", "Segment"], { firstColumn: 2 });
const courses = src("Forløb", ["CVR-nummer", "Startdato", "Kundesegment"], { table: "Forloeb" });
const survey = src("Evaluering", ["CVR-nummer", "Anbefaling (0-10)"]);
const sources = [courses, crm, survey];

const file = (roles: BindingFile["roles"]): BindingFile => BindingFileSchema.parse({ version: 1, roles });

describe("BindingFileSchema", () => {
  it("accepts a minimal file and rejects unknown versions, roles, keys and fields", () => {
    expect(BindingFileSchema.safeParse({ version: 1, roles: {} }).success).toBe(true);
    expect(BindingFileSchema.safeParse({ version: 2, roles: {} }).success).toBe(false);
    expect(BindingFileSchema.safeParse({ version: 1, roles: { Kurser: { sheet: "A" } } }).success).toBe(false);
    expect(BindingFileSchema.safeParse({ version: 1, roles: { Forloeb: { sheet: "A", tabel: "x" } } }).success).toBe(
      false,
    );
    const bad = BindingFileSchema.safeParse({
      version: 1,
      roles: { Forloeb: { sheet: "A", columns: { cvrnr: "B" } } },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/unknown field "cvrnr".*cvr, pnummer/);
    expect(BindingFileSchema.safeParse({ version: 1, roles: { Forloeb: { sheet: "A", headerRow: 0 } } }).success).toBe(
      false,
    );
  });
});

describe("columnOf", () => {
  it("finds a header by text (normalised) before trying a column letter", () => {
    expect(columnOf(crm, "Første møde")).toBe(2);
    expect(columnOf(crm, "forste mode")).toBe(-1);
    expect(columnOf(crm, "FIRMA  cvr")).toBe(1);
    expect(columnOf(crm, "E")).toBe(2); // sheet column E is the third column of a range starting at C
    expect(columnOf(crm, "$G")).toBe(4);
    expect(columnOf(crm, "B")).toBe(-1); // left of the range
    expect(columnOf(crm, "Z")).toBe(-1);
  });
});

describe("resolveBinding", () => {
  const proposal = proposeBinding(sources);

  it("returns the proposal when there is no file", () => {
    expect(resolveBinding(sources, proposal)).toBe(proposal);
    expect(proposal.roles.Forloeb?.source).toBe(courses);
  });

  it("moves a role to the file's sheet, binds its columns as written, and auto-detects the rest", () => {
    const b = resolveBinding(
      sources,
      proposal,
      file({ Forloeb: { sheet: "CRM-udtræk", columns: { cvr: "Firma CVR", startdato: "E", forloebstype: "Type" } } }),
    );
    const rb = b.roles.Forloeb;
    expect(rb?.source).toBe(crm);
    expect(rb?.fields["cvr"]).toMatchObject({ column: 1, via: "file", confidence: 1 });
    expect(rb?.fields["startdato"]).toMatchObject({ column: 2, header: "Første møde", via: "file" });
    expect(rb?.fields["segment"]).toMatchObject({ column: 4, via: "synonym" });
    expect(b.roles.Evaluering?.source).toBe(survey); // untouched roles keep the proposal
  });

  it("picks a table by name and a header row when the file names them", () => {
    const lower = src("Forløb", ["CVR", "Start"], { headerRow: 4 });
    const all = [...sources, lower];
    expect(
      resolveBinding(all, proposal, file({ Forloeb: { sheet: "forløb", table: "FORLOEB" } })).roles.Forloeb?.source,
    ).toBe(courses);
    expect(
      resolveBinding(all, proposal, file({ Forloeb: { sheet: "Forløb", headerRow: 4 } })).roles.Forloeb?.source,
    ).toBe(lower);
  });

  it("reports what the file names but the workbook lacks, and leaves that role unbound", () => {
    const b = resolveBinding(
      sources,
      proposal,
      file({
        Forloeb: { sheet: "Findes ikke" },
        Evaluering: { sheet: "Evaluering", columns: { anbefaling: "Score", cvr: "A", segment: "CVR-nummer" } },
      }),
    );
    expect(b.roles.Forloeb).toBeUndefined();
    const errors = b.issues.filter((i) => i.severity === "error");
    expect(errors.map((e) => e.rule)).toEqual([
      "binding-file-unknown-sheet",
      "binding-file-unknown-column",
      "binding-file-column-twice",
    ]);
    expect(errors[1]).toMatchObject({
      sheet: "Evaluering",
      value: "Score",
      params: { role: "Evaluering", field: "anbefaling" },
    });
    // the auto-detected field still binds, the file's own mapping wins
    expect(b.roles.Evaluering?.fields["cvr"]).toMatchObject({ column: 0, via: "file" });
    expect(b.roles.Evaluering?.fields["anbefaling"]).toMatchObject({ column: 1, via: "header" });
  });

  it("takes a source away from a proposed role when the file gives it to another", () => {
    const b = resolveBinding(sources, proposal, file({ Kommuner: { sheet: "Evaluering" } }));
    expect(b.roles.Kommuner?.source).toBe(survey);
    expect(b.roles.Evaluering).toBeUndefined();
  });
});

describe("a column's header and letter in the binding file (bind writes both)", () => {
  const crm2 = src("CRM", ["CVR", "Opstart", "Afsluttet", "Segment"]);
  const read = (v: unknown) => {
    const r = readBindingJson({ version: 1, roles: { Forløb: { sheet: "CRM", columns: { Slutdato: v } } } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return resolveBinding([crm2], proposeBinding([crm2]), r.file);
  };
  it("a letter alone is the choice", () => {
    const b = read({ column: null, letter: "B" });
    expect(b.roles.Forloeb?.fields.slutdato?.header).toBe("Opstart");
    expect(b.issues.filter((i) => i.rule.startsWith("binding-file"))).toEqual([]);
  });
  it("the letter edited, the header left as bind wrote it: the letter wins, with a warning naming both", () => {
    const b = read({ column: "Afsluttet", letter: "B" });
    expect(b.roles.Forloeb?.fields.slutdato?.header).toBe("Opstart");
    const w = b.issues.find((i) => i.rule === "binding-file-letter-conflict");
    expect(w?.severity).toBe("warning");
    expect(w?.params).toMatchObject({ header: "Slutdato", written: "Afsluttet", refLetter: "C", letter: "B" });
  });
  it("the header edited, the letter left as bind wrote it: the header wins, with a warning", () => {
    // Detection reads Afsluttet (C) as Slutdato; the user writes "Segment" and leaves "letter": "C".
    const b = read({ column: "Segment", letter: "C" });
    expect(b.roles.Forloeb?.fields.slutdato?.header).toBe("Segment");
    expect(b.issues.some((i) => i.rule === "binding-file-letter-conflict")).toBe(true);
  });
  it("a header and a letter that agree are no finding", () => {
    const b = read({ column: "Afsluttet", letter: "C" });
    expect(b.roles.Forloeb?.fields.slutdato?.header).toBe("Afsluttet");
    expect(b.issues.filter((i) => i.rule.startsWith("binding-file"))).toEqual([]);
  });
});
