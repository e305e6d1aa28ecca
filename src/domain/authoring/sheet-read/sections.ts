/** The sections below the goal table: `Parametre`, `Indstillinger` and `Nøgletal`, each a table of its own. */
import { foldName } from "../names";
import { UNITS } from "../grammar";
import { KEY_FIGURE_COLUMNS, OPTION_COLUMNS, PARAM_COLUMNS, type ColumnSpec, type SectionKind } from "../layout";
import { header, splitList, textOf, inLanguages, type Cell, type SheetCells } from "./cells";
import type { LangText } from "../../contract/texts";
import type { ContractDraft } from "./draft";

export function readSection(sc: SheetCells, kind: SectionKind, indices: number[], input: ContractDraft): void {
  const [h, ...data] = indices;
  if (h === undefined) return;
  const specs: readonly ColumnSpec[] =
    kind === "params" ? PARAM_COLUMNS : kind === "options" ? OPTION_COLUMNS : KEY_FIGURE_COLUMNS;
  const cols = sc.readHeader(h, specs, kind);
  const texts = new Map<number, string>();
  cols.forEach((s, c) => texts.set(c, textOf(sc.rows[h]?.[c] ?? null) ?? s.header));
  const colName = (key: string) => {
    for (const [c, s] of cols) if (s.key === key) return texts.get(c) ?? s.header;
    return header(specs, key);
  };
  const rows = data.map((i) => sc.readRow(i, cols, texts));
  const base = kind;

  if (kind === "keyFigures") {
    input.keyFigures = [];
    for (const r of rows) {
      const c = r.cells as Record<string, Cell | undefined>;
      const i = input.keyFigures.length;
      const unitText = c.unit?.text ?? null;
      const unit =
        unitText === null
          ? "antal"
          : foldName(unitText) === "kr"
            ? "kr"
            : sc.choice(c.unit as Cell, r.index, colName("unit"), UNITS, UNITS.map((u) => u[0]).join(", ") + ", kr");
      sc.at([base, i], r.index);
      sc.at([base, i, "id"], r.index, colName("id"), c.id?.col ?? null);
      sc.at([base, i, "label"], r.index, colName("label"), c.label?.col ?? null);
      sc.at([base, i, "synonyms"], r.index, colName("synonyms"), c.synonyms?.col ?? null);
      sc.at([base, i, "unit"], r.index, colName("unit"), c.unit?.col ?? null);
      if (!c.id?.text) {
        sc.report("kontrakt-required", r.index, colName("id"), null, { what: "key-figure" });
        continue;
      }
      input.keyFigures.push({
        id: c.id.text,
        label: c.label?.text ?? "",
        synonyms: splitList(c.synonyms?.text ?? ""),
        unit: unit ?? "antal",
      });
    }
    return;
  }

  type Def = {
    id: string;
    label: string | LangText;
    description?: string | LangText;
    default: string | number | boolean | null;
    choices: { id: string; label: string | LangText }[];
    index: number;
  };
  const defs: Def[] = [];
  for (const r of rows) {
    const c = r.cells as Record<string, Cell | undefined>;
    const choice = c.choice?.text
      ? { id: c.choice.text, label: inLanguages(c.choiceLabel?.text ?? c.choice.text, c.choiceLabelEn?.text ?? null) }
      : null;
    const i = defs.length;
    if (!c.id?.text) {
      const last = defs[defs.length - 1];
      if (!choice || !last) {
        sc.report("kontrakt-required", r.index, colName("id"), null, {
          what: kind === "params" ? "param" : "option",
        });
        continue;
      }
      const ci = last.choices.length;
      sc.at([base, defs.length - 1, "choices", ci], r.index, colName("choice"), c.choice?.col ?? null);
      last.choices.push(choice);
      continue;
    }
    const raw = c.default?.raw ?? null;
    defs.push({
      id: c.id.text,
      label: inLanguages(c.label?.text ?? "", c.labelEn?.text ?? null),
      ...(c.description?.text ? { description: inLanguages(c.description.text, c.descriptionEn?.text ?? null) } : {}),
      default: typeof raw === "string" ? raw : typeof raw === "number" || typeof raw === "boolean" ? raw : null,
      choices: choice ? [choice] : [],
      index: r.index,
    });
    sc.at([base, i], r.index);
    // A text's "(en)" twin is that text's `en`.
    for (const [key, path] of [
      ["id", ["id"]],
      ["label", ["label"]],
      ["labelEn", ["label", "en"]],
      ["description", ["description"]],
      ["descriptionEn", ["description", "en"]],
      ["default", ["default"]],
    ] as const)
      sc.at([base, i, ...path], r.index, colName(key), c[key]?.col ?? null);
    sc.at([base, i, "choices"], r.index, colName("choice"), c.choice?.col ?? null);
    if (choice) sc.at([base, i, "choices", 0], r.index, colName("choice"), c.choice?.col ?? null);
  }

  if (kind === "params") {
    input.params = defs.map((d) => ({
      id: d.id,
      label: d.label,
      // A parameter's choices are names: Danish only.
      choices: d.choices.map((c) => ({ id: c.id, label: typeof c.label === "string" ? c.label : c.label.da })),
      default: d.default === null ? (d.choices[0]?.id ?? "") : String(d.default),
    }));
  } else {
    input.options = defs.map((d) => ({
      id: d.id,
      label: d.label,
      description: d.description ?? "",
      ...(d.choices.length > 0 ? { choices: d.choices } : {}),
      // With choices the default is a choice id: Excel may have turned "0" into the number 0.
      default: d.choices.length > 0 && d.default !== null ? String(d.default) : d.default,
    }));
  }
}
