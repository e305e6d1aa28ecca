import { ROLE_SPECS } from "../model";
import { matchHeader } from "./match";
import { proposeBinding } from "./propose";
import type { BindingSource } from "./source";

const field = (role: keyof typeof ROLE_SPECS, id: string) => {
  const f = ROLE_SPECS[role].fields.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

const src = (sheet: string, headers: string[], extra: Partial<BindingSource> = {}): BindingSource => ({
  sheet,
  table: null,
  headerRow: 1,
  firstColumn: 0,
  headers,
  rowCount: 10,
  ...extra,
});

describe("matchHeader", () => {
  it("scores the canonical header 1, a synonym 0.9, a word overlap lower", () => {
    expect(matchHeader("CVR-nummer", field("Forloeb", "cvr"))).toEqual({ confidence: 1, via: "header" });
    expect(matchHeader("cvr nr.", field("Forloeb", "cvr"))).toEqual({ confidence: 1, via: "header" });
    expect(matchHeader("Company registration number", field("Forloeb", "cvr"))).toEqual({
      confidence: 0.9,
      via: "synonym",
    });
    const fuzzy = matchHeader("Anbefaling 0-10 (NPS)", field("Evaluering", "anbefaling"));
    expect(fuzzy?.via).toBe("fuzzy");
    expect(fuzzy?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(fuzzy?.confidence).toBeLessThan(0.9);
  });

  it("knows the evaluation system's questions as headers (quoted in Hovedstaden 2020 mål 1 and 2)", () => {
    const q1 =
      "Hvor sandsynligt er det, at du vil anbefale Erhvervshuset til andre virksomhedsejere og personer i dit netværk?";
    const q2 = "Forventer du, at vejledningen vil få positiv effekt for din virksomhed?";
    expect(matchHeader(q1, field("Evaluering", "anbefaling"))?.confidence).toBe(0.9);
    expect(matchHeader(q2, field("Evaluering", "effekt"))?.confidence).toBe(0.9);
    const b = proposeBinding([src("Eksport", ["Besvarelsesdato", "CVR-nummer", "Kundesegment", q1, q2])]);
    expect(b.roles.Evaluering?.fields["anbefaling"]?.column).toBe(3);
    expect(b.roles.Evaluering?.fields["effekt"]?.column).toBe(4);
  });

  it("takes 'Antal', 'Resultat' or 'Realiseret' beside the key for the key figures' value", () => {
    for (const value of ["Antal", "Resultat", "Realiseret"]) {
      const b = proposeBinding([src("Status", ["Nøgletal", value, "Note"])]);
      expect(b.roles.Noegletal?.fields["vaerdi"]?.column).toBe(1);
    }
  });

  it("knows 'Indikator' for the key and 'Beskrivelse' for the activity", () => {
    expect(
      proposeBinding([src("Status", ["Indikator", "Resultat", "Kilde"])]).roles.Noegletal?.fields["noegle"],
    ).toMatchObject({ column: 0, confidence: 0.9 });
    const a = proposeBinding([src("Aktiviteter", ["Målnummer", "Beskrivelse", "Status"])]).roles.Aktiviteter;
    expect(a?.fields["aktivitet"]).toMatchObject({ column: 1, confidence: 0.9 });
  });

  it("reads answers kept beside the courses from the course rows, but not a plain course list", () => {
    const both = src("Forløb", ["CVR-nummer", "Forløbstype", "Startdato", "Henvist til", "Anbefaling (0-10)"]);
    const p = proposeBinding([both]);
    expect(p.roles.Forloeb?.source).toBe(both);
    expect(p.roles.Evaluering?.source).toBe(both);
    expect(p.roles.Evaluering?.fields["anbefaling"]?.column).toBe(4);
    const courses = src("Forløb", ["CVR-nummer", "Kundesegment", "Forløbstype", "Startdato"]);
    expect(proposeBinding([courses]).roles.Evaluering).toBeUndefined();
  });

  it("finds nothing for unrelated or blank headers", () => {
    expect(matchHeader("Bemærkninger til sagsbehandler", field("Forloeb", "cvr"))).toBeNull();
    expect(matchHeader("", field("Forloeb", "cvr"))).toBeNull();
  });

  it("accepts English spellings from the synonym lists", () => {
    expect(matchHeader("Start date", field("Forloeb", "startdato"))?.confidence).toBe(0.9);
    expect(matchHeader("Municipality", field("Kommuner", "kommune"))?.confidence).toBe(0.9);
  });
});

describe("proposeBinding", () => {
  const courses = src(
    "Forløb",
    [
      "CVR-nummer",
      "P-nummer",
      "Virksomhed",
      "Kundesegment",
      "Forløbstype",
      "Tema",
      "Startdato",
      "Timer",
      "Kommune",
      "Henvist til",
    ],
    { table: "Forloeb" },
  );
  const survey = src("Brugerevaluering", [
    "CVR",
    "Segment",
    "Anbefaling (0-10)",
    "Forventet effekt",
    "Brug af henvisning",
  ]);
  const figures = src("Ark3", ["Nøgle", "Værdi", "Kilde"]);
  const towns = src("Kommuner", ["Kommune", "Befolkning", "Kommunetype"]);

  it("gives each role its best source and each field its column", () => {
    const p = proposeBinding([figures, survey, courses, towns]);
    expect(p.roles.Forloeb?.source).toBe(courses);
    expect(p.roles.Evaluering?.source).toBe(survey);
    expect(p.roles.Noegletal?.source).toBe(figures);
    expect(p.roles.Kommuner?.source).toBe(towns);
    expect(p.roles.Aktiviteter).toBeUndefined();
    expect(p.roles.Forloeb?.fields["startdato"]).toMatchObject({ column: 6, header: "Startdato", confidence: 1 });
    expect(p.roles.Evaluering?.fields["cvr"]).toMatchObject({ column: 0, confidence: 0.9, via: "synonym" });
    expect(p.issues.filter((i) => i.rule === "binding-role-unbound").map((i) => i.params?.["role"])).toEqual([
      "Aktiviteter",
    ]);
  });

  it("does not take a course list with a Kommune column for the municipality table", () => {
    const p = proposeBinding([courses]);
    expect(p.roles.Forloeb?.source).toBe(courses);
    expect(p.roles.Kommuner).toBeUndefined();
  });

  it("prefers a source named like the role", () => {
    const a = src("Ark1", ["CVR-nummer", "Anbefaling (0-10)"]);
    const b = src("Brugerevaluering 2025", ["CVR-nummer", "Anbefaling (0-10)"]);
    expect(proposeBinding([a, b]).roles.Evaluering?.source).toBe(b);
  });

  it("never binds one column twice, and binds the leftmost of duplicate headers with a warning", () => {
    const s = src("Forløb", ["CVR-nummer", "Startdato", "CVR-nummer", "Kundesegment", "Tema"], { firstColumn: 1 });
    const p = proposeBinding([s]);
    const fields = Object.values(p.roles.Forloeb?.fields ?? {});
    expect(new Set(fields.map((f) => f.column)).size).toBe(fields.length);
    expect(p.roles.Forloeb?.fields["cvr"]?.column).toBe(0);
    const dup = p.issues.find((i) => i.rule === "binding-duplicate-header");
    expect(dup).toMatchObject({
      sheet: "Forløb",
      row: 1,
      column: "CVR-nummer",
      params: { role: "Forloeb", columns: "B, D" },
    });
  });

  it("reports required fields left unbound", () => {
    const p = proposeBinding([src("Forløb", ["CVR-nummer", "Startdato", "Timer"])]);
    const missing = p.issues.filter((i) => i.rule === "binding-missing-required").map((i) => i.params?.["field"]);
    expect(missing).toEqual(["pnummer", "segment", "tema", "henvistTil"]);
  });

  it("notes guessed columns, merged cells and hidden sheets", () => {
    const s = src("Evaluering", ["CVR-nummer", "Anbefaling 0-10 (NPS)"], {
      sheetHidden: true,
      mergedRanges: ["A1:B1"],
    });
    const p = proposeBinding([s]);
    const rules = p.issues.map((i) => i.rule);
    expect(rules).toEqual(
      expect.arrayContaining(["binding-guessed-column", "binding-merged-cells", "binding-hidden-sheet"]),
    );
  });

  it("binds nothing from sources that fit no role", () => {
    const p = proposeBinding([src("Ark1", ["Dato", "Beløb i alt", "Note"]), src("Tom", [])]);
    expect(Object.keys(p.roles)).toEqual([]);
  });

  it("keeps the source type it was given", () => {
    const typed = { ...courses, extra: 42 };
    const p = proposeBinding([typed]);
    expect(p.roles.Forloeb?.source.extra).toBe(42);
  });

  it("takes a key figure list's single year column as its value ('Nøgletal | 2025'), but guesses no year among several", () => {
    const one = proposeBinding([src("Nøgletal", ["Nøgletal", "2025"])]);
    expect(one.roles.Noegletal?.fields.vaerdi).toMatchObject({ column: 1, header: "2025", via: "fuzzy" });
    expect(one.roles.Noegletal?.fields.noegle).toMatchObject({ column: 0 });
    const labelled = proposeBinding([src("Status", ["Indikator", "År 2025 (realiseret)", "Note"])]);
    expect(labelled.roles.Noegletal?.fields.vaerdi).toMatchObject({ column: 1 });
    const several = proposeBinding([src("Nøgletal", ["Nøgletal", "2024", "2025", "2026"])]);
    expect(several.roles.Noegletal?.fields.vaerdi).toBeUndefined();
    // Knowing the contract's year, its column is the one.
    const ofYear = proposeBinding([src("Nøgletal", ["Nøgletal", "2024", "2025", "2026"])], { year: 2025 });
    expect(ofYear.roles.Noegletal?.fields.vaerdi).toMatchObject({ column: 2, header: "2025" });
    expect(
      proposeBinding([src("Nøgletal", ["Nøgletal", "2024", "2025"])], { year: 2030 }).roles.Noegletal?.fields.vaerdi,
    ).toBeUndefined();
    // A named value column wins over a year beside it.
    const named = proposeBinding([src("Nøgletal", ["Nøgle", "Værdi", "2024"])]);
    expect(named.roles.Noegletal?.fields.vaerdi).toMatchObject({ column: 1, via: "header" });
  });
});
