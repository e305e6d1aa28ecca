/** The label rows above the goal table: `Id`, `Titel`, `År`, `Kilde`, … (label in the first cell). */
import { CONTRACT_LABELS, columnFor, type ContractLabel } from "../layout";
import type { Path } from "../lint";
import { REGISTRATIONS, YES_NO } from "../grammar";
import { header, splitList, textOf, inLanguages, type Cell, type SheetCells } from "./cells";
import type { ContractDraft } from "./draft";

export type Labels = Map<ContractLabel, { index: number; label: string; values: Cell[] }>;

/** The label rows above the header row `h`; unknown and duplicate labels reported. */
export function readLabels(sc: SheetCells, h: number): Labels {
  const out: Labels = new Map();
  for (let i = 0; i < h; i++) {
    if (sc.isBlankRow(i)) continue;
    const row = sc.rows[i] ?? [];
    const first = row.findIndex((v) => v !== null && v !== undefined && v !== "");
    const labelText = textOf(row[first] ?? null) ?? "";
    const spec = columnFor(CONTRACT_LABELS, labelText);
    if (!spec) {
      sc.report("kontrakt-label-unknown", i, labelText, labelText, {
        allowed: CONTRACT_LABELS.map((c) => c.header).join(", "),
      });
      continue;
    }
    if (out.has(spec.key)) {
      sc.report("kontrakt-column-duplicate", i, labelText, labelText);
      continue;
    }
    const values: Cell[] = [];
    for (let c = first + 1; c < row.length; c++) {
      const cell = sc.cell(i, c, labelText);
      if (cell) values.push(cell);
    }
    out.set(spec.key, { index: i, label: labelText, values });
  }
  return out;
}

/** The contract's own fields from its label rows. */
export function applyLabels(sc: SheetCells, labels: Labels, input: ContractDraft): void {
  const get = (key: ContractLabel) => labels.get(key);
  const required = (key: ContractLabel, what: string): string | null => {
    const l = get(key);
    const text = l?.values[0]?.text ?? null;
    if (text === null)
      sc.report("kontrakt-required", l?.index ?? null, l?.label ?? header(CONTRACT_LABELS, key), null, { what });
    return text;
  };
  const place = (key: ContractLabel, path: Path) => {
    const l = get(key);
    if (l) sc.at(path, l.index, l.label, l.values[0]?.col ?? null);
  };

  const id = required("id", "contract-id");
  place("id", ["id"]);
  if (id !== null) {
    if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(id)) {
      const l = get("id");
      sc.report("kontrakt-id-invalid", l?.index ?? null, l?.label ?? null, id);
    }
    input.id = id;
  }
  const title = required("title", "contract-title") ?? "";
  input.title = inLanguages(title, get("titleEn")?.values[0]?.text ?? null);
  place("title", ["title"]);
  place("titleEn", ["title", "en"]);

  const year = get("year");
  place("year", ["year"]);
  if (year?.values[0]) {
    const n = sc.number(year.values[0], year.index, year.label);
    if (n !== null) {
      if (!Number.isInteger(n) || n < 2000 || n > 2100)
        sc.report("kontrakt-number-range", year.index, year.label, year.values[0].text, { min: 2000, max: 2100 });
      else input.year = n;
    }
  }
  const half = get("halfYear");
  place("halfYear", ["halfYearReporting"]);
  if (half?.values[0]) {
    const b = sc.choice(half.values[0], half.index, half.label, YES_NO, "ja, nej");
    if (b !== null) input.halfYearReporting = b;
  }
  const reg = get("registration");
  place("registration", ["registration"]);
  if (reg?.values[0]) {
    const r = sc.choice(reg.values[0], reg.index, reg.label, REGISTRATIONS, "2024-2027, 2019-2020, ingen");
    if (r !== null) input.registration = r;
  }
  const src = get("source");
  place("source", ["source"]);
  const [doc, section, file] = src?.values.map((v) => v.text ?? "") ?? [];
  input.source = {
    document: doc || title || sc.sheet,
    section: section || sc.sheet,
    ...(file ? { file } : {}),
  };
  const mun = get("municipalities");
  place("municipalities", ["municipalities"]);
  if (mun) input.municipalities = splitList(mun.values.map((v) => v.text ?? "").join(";"));

  const notes = get("notes");
  place("notes", ["notes"]);
  const notesEn = get("notesEn");
  input.notes = sc.notes(
    notes?.values[0]?.text ?? null,
    notesEn?.values[0]?.text ?? null,
    notesEn?.index ?? 0,
    notesEn?.label ?? null,
  );
}
