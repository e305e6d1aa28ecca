/**
 * The `Kontrakt` sheet: a few label/value rows for the contract, one table with a row per goal,
 * indicator, variant and checklist item, and optional sections for parameters, options and key
 * figures. Columns are found by their header (any order; optional ones may be left out).
 */
import { nameKeys } from "./names";

export const KONTRAKT_SHEET = "Kontrakt";

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** The Danish header Kontrakttjek writes. */
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
}

const col = <K extends string>(key: K, header: string, aliases: string[] = [], required = false): ColumnSpec<K> => ({
  key,
  header,
  aliases,
  required,
});

/** Contract-level label rows (column A label, value from column B on). */
export const CONTRACT_LABELS = [
  col("id", "Id", ["Kontrakt-id", "Kontrakt id", "Contract id"], true),
  col("title", "Titel", ["Kontrakt", "Title"], true),
  col("titleEn", "Titel (en)", ["Title (en)", "Engelsk titel"]),
  col("year", "År", ["Year"]),
  col("halfYear", "Halvårlig", ["Halvårlig status", "Halvårsstatus", "Half-yearly"]),
  col("registration", "Registreringsregler", ["Registrering", "Registration rules"]),
  col("source", "Kilde", ["Source"]),
  col("municipalities", "Kommuner", ["Municipalities"]),
  col("notes", "Bemærkninger", ["Noter", "Notes"]),
  col("notesEn", "Bemærkninger (en)", ["Notes (en)"]),
] as const;
export type ContractLabel = (typeof CONTRACT_LABELS)[number]["key"];

/** The goal table. */
export const GOAL_COLUMNS = [
  col("goal", "Mål", ["Mål nr", "Målnummer", "Goal"], true),
  col("indicator", "Delmål", ["Indikator-id", "Sub-goal", "Indicator id"], true),
  col("item", "Punkt", ["Aktivitet-id", "Item"]),
  col("title", "Titel", ["Title", "Tekst"], true),
  col("kind", "Indikator", ["Indicator", "Type"], true),
  col("table", "Tabel", ["Table"]),
  col("filter", "Filter", ["Hvor", "Where"]),
  col("numerator", "Tæller", ["Numerator"]),
  col("denominator", "Nævner", ["Denominator"]),
  col("field", "Felt", ["Field", "Kolonne", "Nøgle"]),
  col("distinct", "Tæl unikke", ["Unikke", "Distinct", "Count distinct"]),
  col("target", "Måltal", ["Mål tal", "Target"], true),
  col("op", "Sammenligning", ["Operator", "Comparison"]),
  col("rule", "Regel", ["Opfyldelsesregel", "Rule"]),
  col("weight", "Vægt", ["Weight"]),
  col("unit", "Enhed", ["Unit"]),
  col("pace", "Tempo", ["Pace"]),
  col("when", "Gælder når", ["Kun når", "When"]),
  col("variant", "Variant når", ["Variant", "Variant when"]),
  col("whatIfOf", "Hvad-hvis", ["Hvad hvis", "What-if"]),
  col("notes", "Bemærkninger", ["Noter", "Notes"]),
  col("group", "Gruppe", ["Group"]),
  col("targetText", "Målformulering", ["Mål tekst", "Target text"]),
  col("method", "Metode", ["Method"]),
  col("source", "Kilde", ["Dokument", "Source"]),
  col("section", "Afsnit", ["Section"]),
  col("file", "Kildefil", ["Fil", "File"]),
  col("titleEn", "Titel (en)", ["Title (en)"]),
  col("notesEn", "Bemærkninger (en)", ["Notes (en)"]),
  col("whatIfOfEn", "Hvad-hvis (en)", ["What-if (en)"]),
] as const;
export type GoalColumn = (typeof GOAL_COLUMNS)[number]["key"];

export const SECTIONS = {
  params: { title: "Parametre", aliases: ["Parameters"] },
  options: { title: "Indstillinger", aliases: ["Options"] },
  keyFigures: { title: "Nøgletal", aliases: ["Key figures"] },
} as const;
export type SectionKind = keyof typeof SECTIONS;

export const PARAM_COLUMNS = [
  col("id", "Id", [], true),
  col("label", "Navn", ["Label"], true),
  col("labelEn", "Navn (en)", ["Label (en)"]),
  col("default", "Standard", ["Default"]),
  col("choice", "Valg", ["Choice"]),
  col("choiceLabel", "Valgtekst", ["Choice label"]),
] as const;

export const OPTION_COLUMNS = [
  col("id", "Id", [], true),
  col("label", "Navn", ["Label"], true),
  col("labelEn", "Navn (en)", ["Label (en)"]),
  col("description", "Beskrivelse", ["Description"]),
  col("descriptionEn", "Beskrivelse (en)", ["Description (en)"]),
  col("default", "Standard", ["Default"]),
  col("choice", "Valg", ["Choice"]),
  col("choiceLabel", "Valgtekst", ["Choice label"]),
  col("choiceLabelEn", "Valgtekst (en)", ["Choice label (en)"]),
] as const;

export const KEY_FIGURE_COLUMNS = [
  col("id", "Id", [], true),
  col("label", "Nøgle", ["Navn", "Label"], true),
  col("synonyms", "Synonymer", ["Synonyms"]),
  col("unit", "Enhed", ["Unit"]),
] as const;

const keyCache = new WeakMap<readonly ColumnSpec[], Map<string, ColumnSpec>>();

/** The spec a header names, if any (any spelling `nameKeys` accepts, aliases included). */
export function columnFor<C extends ColumnSpec>(specs: readonly C[], header: string): C | undefined {
  let byKey = keyCache.get(specs);
  if (!byKey) {
    byKey = new Map();
    for (const s of specs)
      for (const n of [s.header, ...(s.aliases ?? [])]) for (const k of nameKeys(n)) if (!byKey.has(k)) byKey.set(k, s);
    keyCache.set(specs, byKey);
  }
  for (const k of nameKeys(header)) {
    const hit = byKey.get(k);
    if (hit) return hit as C;
  }
  return undefined;
}
