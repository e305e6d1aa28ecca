/**
 * `contractFromSheetRows`: read a `Kontrakt` sheet (layout.ts) into a contract. Every mistake
 * is a finding on its cell (sheet, Excel row, column header, value) with a rule id from
 * `messages.ts`; the contract is returned only when there is no error. Schema limits and
 * cross-checks (`lintContract`) are reported on the cell they came from.
 */
import {
  ContractSchema,
  type Contract,
  type ContractInput,
  type Filter,
  type Measure,
  type TargetValue,
} from "../contract/schema";
import { compareFindings, type Finding, type Severity } from "../findings";
import { isCellError, ROLES, type CellValue, type Role } from "../model";
import { parseFilter } from "./filter/parse";
import {
  COMPARATORS,
  DEFAULT_UNIT,
  defaultRule,
  GROUPS,
  KIND_WORD,
  lookup,
  PACES,
  parseIndicatorKind,
  parseNotes,
  parseNumberCell,
  parseRule,
  parseTarget,
  parseWhen,
  REGISTRATIONS,
  UNITS,
  YES_NO,
  type IndicatorKind,
  type NoteText,
} from "./grammar";
import {
  columnFor,
  CONTRACT_LABELS,
  GOAL_COLUMNS,
  KEY_FIGURE_COLUMNS,
  OPTION_COLUMNS,
  PARAM_COLUMNS,
  SECTIONS,
  type ColumnSpec,
  type ContractLabel,
  type GoalColumn,
  type SectionKind,
} from "./layout";
import { lintContract, settingIds, type Path } from "./lint";
import { severityOf, type AuthoringReason, type AuthoringRule, type MessageParams } from "./messages";
import { fieldByName, fieldsOf, foldName, ROLE_DISPLAY, roleByName, sameName } from "./names";
import { schemaProblems } from "./schema-issues";

export const SHEET_MAX_ROWS = 5000;
const MAX_CELL = 32767;

export interface SheetReadOptions {
  /** Excel row number of `rows[0]` (1 when the rows start at A1). */
  readonly firstRow?: number;
  /** Zero-based sheet column of `rows[i][0]` (0 = A). */
  readonly firstColumn?: number;
}

export interface SheetReadResult {
  /** The contract, or null when any finding is an error. */
  readonly contract: Contract | null;
  readonly findings: readonly Finding[];
}

interface Cell {
  readonly raw: CellValue;
  readonly text: string | null;
  /** Zero-based index within the row. */
  readonly col: number;
}

interface Row<K extends string> {
  readonly index: number;
  readonly cells: Partial<Record<K, Cell>>;
}

interface Loc {
  readonly row: number;
  readonly column: string | null;
  readonly col: number | null;
}

type GoalRow = Row<GoalColumn>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type GoalInput = Mutable<ContractInput["goals"][number]>;
type IndicatorInput = Mutable<GoalInput["indicators"][number]>;
type VariantInput = NonNullable<IndicatorInput["variants"]>[number];
type NoteInput = NonNullable<GoalInput["notes"]>[number];

const DEFAULT_TABLE: Partial<Record<Measure["kind"], Role>> = {
  nps: "Evaluering",
  distinct: "Forloeb",
  distribution: "Forloeb",
};
/** Measure columns each kind reads (besides Indikator). */
const USES: Readonly<Record<Measure["kind"], readonly GoalColumn[]>> = {
  nps: ["table", "filter", "field"],
  share: ["table", "filter", "numerator", "denominator", "distinct"],
  count: ["table", "filter", "distinct"],
  distinct: ["table", "filter", "distinct"],
  sum: ["table", "filter", "field"],
  keyFigure: ["table", "field"],
  keyRatio: ["table", "numerator", "denominator"],
  distribution: ["table", "filter", "field", "distinct"],
  controlGroup: ["table", "field"],
  checklist: ["table"],
};
const MEASURE_COLUMNS: readonly GoalColumn[] = ["table", "filter", "numerator", "denominator", "field", "distinct"];

const pathKey = (path: Path): string => path.join("\u0001");

const columnLetter = (col: number): string => {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

class SheetReader {
  readonly findings: Finding[] = [];
  private readonly locs = new Map<string, Loc>();
  /** A comparator given without a target (a checklist's target is filled in later). */
  private readonly pendingOps = new Map<object, ">=" | ">" | "<=">();
  /** The header text of each goal-table column as the user wrote it. */
  private headers: Partial<Record<GoalColumn, string>> = {};
  private readonly firstRow: number;
  private readonly firstColumn: number;

  constructor(
    private readonly rows: readonly (readonly CellValue[])[],
    private readonly sheet: string,
    options: SheetReadOptions,
  ) {
    this.firstRow = options.firstRow ?? 1;
    this.firstColumn = options.firstColumn ?? 0;
  }

  /* ---------- findings and locations ---------- */

  private report(
    rule: AuthoringRule,
    index: number | null,
    column: string | null,
    value: string | null,
    params: MessageParams = {},
    severity: Severity = severityOf(rule),
  ): void {
    this.findings.push({
      severity,
      rule,
      sheet: this.sheet,
      table: null,
      row: index === null ? null : this.firstRow + index,
      column,
      value,
      ...(Object.keys(params).length > 0 ? { params } : {}),
    });
  }

  private at(path: Path, index: number, column: string | null = null, col: number | null = null): void {
    this.locs.set(pathKey(path), { row: index, column, col });
  }

  private atCell<K extends GoalColumn>(path: Path, r: Row<K>, key: K): void {
    const cell = r.cells[key];
    this.at(path, r.index, this.headers[key] ?? header(GOAL_COLUMNS, key), cell?.col ?? null);
  }

  private locate(path: Path): Loc | null {
    for (let n = path.length; n >= 0; n--) {
      const loc = this.locs.get(pathKey(path.slice(0, n)));
      if (loc) return loc;
    }
    return null;
  }

  private address(path: Path): string {
    const loc = this.locate(path);
    if (!loc) return "";
    const row = this.firstRow + loc.row;
    return loc.col === null ? String(row) : `${columnLetter(this.firstColumn + loc.col)}${row}`;
  }

  private reportAt(rule: AuthoringRule, path: Path, params: MessageParams, severity?: Severity, value?: string): void {
    const loc = this.locate(path);
    const v = value ?? (loc && loc.col !== null ? this.textAt(loc.row, loc.col) : null);
    this.report(rule, loc?.row ?? null, loc?.column ?? null, v, params, severity);
  }

  private textAt(index: number, col: number): string | null {
    const raw = this.rows[index]?.[col];
    return raw === undefined || raw === null || isCellError(raw) ? null : textOf(raw);
  }

  /* ---------- cells ---------- */

  private cell(index: number, col: number, column: string): Cell | undefined {
    const raw = this.rows[index]?.[col];
    if (raw === undefined || raw === null) return undefined;
    if (isCellError(raw)) {
      this.report("kontrakt-cell-error", index, column, raw.error);
      return undefined;
    }
    const text = textOf(raw);
    if (text === null) return undefined;
    if (text.length > MAX_CELL) {
      this.report("kontrakt-schema", index, column, text.slice(0, 50), {
        reason: "schema-too-long",
        field: column,
        max: MAX_CELL,
      });
      return undefined;
    }
    return { raw, text, col };
  }

  private isBlankRow(index: number): boolean {
    return (this.rows[index] ?? []).every(
      (v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""),
    );
  }

  /** The header cells of a table: column index → spec; unknown, duplicate and missing reported. */
  private readHeader<C extends ColumnSpec>(index: number, specs: readonly C[], where: string): Map<number, C> {
    const map = new Map<number, C>();
    const seen = new Set<string>();
    const row = this.rows[index] ?? [];
    row.forEach((raw, col) => {
      if (raw === null || raw === undefined || isCellError(raw)) return;
      const text = textOf(raw);
      if (text === null) return;
      const spec = columnFor(specs, text);
      if (!spec) {
        this.report("kontrakt-column-unknown", index, text, text, {
          suggestion: specs
            .slice(0, 6)
            .map((s) => s.header)
            .join(", "),
        });
        return;
      }
      if (seen.has(spec.key)) {
        this.report("kontrakt-column-duplicate", index, text, text);
        return;
      }
      seen.add(spec.key);
      map.set(col, spec);
    });
    for (const s of specs)
      if (s.required && !seen.has(s.key))
        this.report("kontrakt-column-missing", index, s.header, null, { column: s.header, where });
    return map;
  }

  private readRow<K extends string>(
    index: number,
    columns: Map<number, ColumnSpec<K>>,
    headerTexts: Map<number, string>,
  ): Row<K> {
    const cells: Partial<Record<K, Cell>> = {};
    columns.forEach((spec, col) => {
      const c = this.cell(index, col, headerTexts.get(col) ?? spec.header);
      if (c) cells[spec.key] = c;
    });
    return { index, cells };
  }

  /* ---------- the whole sheet ---------- */

  read(): Contract | null {
    if (this.rows.length > SHEET_MAX_ROWS) {
      this.report("kontrakt-too-big", null, null, null, { count: this.rows.length, max: SHEET_MAX_ROWS });
      return null;
    }
    if (this.rows.every((_, i) => this.isBlankRow(i))) {
      this.report("kontrakt-sheet-empty", null, null, null, { sheet: this.sheet });
      return null;
    }
    const h = this.rows.findIndex((row) => {
      const keys = row.map((v) => (typeof v === "string" ? columnFor(GOAL_COLUMNS, v)?.key : undefined));
      return keys.includes("goal") && keys.includes("kind");
    });
    if (h < 0) {
      this.report("kontrakt-header-missing", null, null, null);
      return null;
    }

    const labels = this.readLabels(h);
    const goalCols = this.readHeader(h, GOAL_COLUMNS, "goal-header");
    const headerTexts = new Map<number, string>();
    goalCols.forEach((spec, col) => {
      const t = textOf(this.rows[h]?.[col] ?? null) ?? spec.header;
      headerTexts.set(col, t);
      this.headers[spec.key] = t;
    });

    const goalRows: GoalRow[] = [];
    const sections: { kind: SectionKind; title: number; rows: number[] }[] = [];
    for (let i = h + 1; i < this.rows.length; i++) {
      if (this.isBlankRow(i)) continue;
      const section = this.sectionTitle(i);
      if (section) {
        sections.push({ kind: section, title: i, rows: [] });
        continue;
      }
      const current = sections[sections.length - 1];
      if (current) current.rows.push(i);
      else goalRows.push(this.readRow(i, goalCols, headerTexts));
    }

    const input: Mutable<ContractInput> = {
      id: "",
      title: "",
      year: null,
      halfYearReporting: false,
      registration: "none",
      source: { document: "", section: "" },
      goals: [],
    };
    this.applyLabels(labels, input);
    for (const s of sections) this.readSection(s.kind, s.rows, input);
    input.goals = this.readGoals(goalRows, input);

    if (this.findings.some((f) => f.severity === "error")) return null;
    const parsed = ContractSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      for (const p of schemaProblems(parsed.error)) this.reportSchema(p.path, p.reason, p.params);
      return null;
    }
    for (const issue of lintContract(parsed.data)) {
      const params = issue.related ? { ...issue.params, first: this.address(issue.related) } : issue.params;
      this.reportAt(issue.rule, issue.path, params, issue.severity);
    }
    return this.findings.some((f) => f.severity === "error") ? null : parsed.data;
  }

  private reportSchema(path: Path, reason: AuthoringReason, params: MessageParams): void {
    const loc = this.locate(path);
    const field = loc?.column ?? String(path[path.length - 1] ?? this.sheet);
    this.reportAt("kontrakt-schema", path, { ...params, reason, field });
  }

  private sectionTitle(index: number): SectionKind | null {
    const cells = (this.rows[index] ?? []).filter((v) => v !== null && v !== undefined && v !== "");
    if (cells.length !== 1 || typeof cells[0] !== "string") return null;
    const text = cells[0];
    for (const [kind, s] of Object.entries(SECTIONS) as [SectionKind, (typeof SECTIONS)[SectionKind]][])
      if ([s.title, ...s.aliases].some((n) => sameName(text, n))) return kind;
    return null;
  }

  /* ---------- label rows ---------- */

  private readLabels(h: number): Map<ContractLabel, { index: number; label: string; values: Cell[] }> {
    const out = new Map<ContractLabel, { index: number; label: string; values: Cell[] }>();
    for (let i = 0; i < h; i++) {
      if (this.isBlankRow(i)) continue;
      const row = this.rows[i] ?? [];
      const first = row.findIndex((v) => v !== null && v !== undefined && v !== "");
      const labelText = textOf(row[first] ?? null) ?? "";
      const spec = columnFor(CONTRACT_LABELS, labelText);
      if (!spec) {
        this.report("kontrakt-label-unknown", i, labelText, labelText, {
          allowed: CONTRACT_LABELS.map((c) => c.header).join(", "),
        });
        continue;
      }
      if (out.has(spec.key)) {
        this.report("kontrakt-column-duplicate", i, labelText, labelText);
        continue;
      }
      const values: Cell[] = [];
      for (let c = first + 1; c < row.length; c++) {
        const cell = this.cell(i, c, labelText);
        if (cell) values.push(cell);
      }
      out.set(spec.key, { index: i, label: labelText, values });
    }
    return out;
  }

  private applyLabels(
    labels: Map<ContractLabel, { index: number; label: string; values: Cell[] }>,
    input: Mutable<ContractInput>,
  ): void {
    const get = (key: ContractLabel) => labels.get(key);
    const required = (key: ContractLabel, what: string): string | null => {
      const l = get(key);
      const text = l?.values[0]?.text ?? null;
      if (text === null)
        this.report("kontrakt-required", l?.index ?? null, l?.label ?? header(CONTRACT_LABELS, key), null, { what });
      return text;
    };
    const place = (key: ContractLabel, path: Path) => {
      const l = get(key);
      if (l) this.at(path, l.index, l.label, l.values[0]?.col ?? null);
    };

    const id = required("id", "contract-id");
    place("id", ["id"]);
    if (id !== null) {
      if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(id)) {
        const l = get("id");
        this.report("kontrakt-id-invalid", l?.index ?? null, l?.label ?? null, id);
      }
      input.id = id;
    }
    input.title = required("title", "contract-title") ?? "";
    place("title", ["title"]);
    const titleEn = get("titleEn")?.values[0]?.text;
    if (titleEn) input.titleEn = titleEn;
    place("titleEn", ["titleEn"]);

    const year = get("year");
    place("year", ["year"]);
    if (year?.values[0]) {
      const n = this.number(year.values[0], year.index, year.label);
      if (n !== null) {
        if (!Number.isInteger(n) || n < 2000 || n > 2100)
          this.report("kontrakt-number-range", year.index, year.label, year.values[0].text, { min: 2000, max: 2100 });
        else input.year = n;
      }
    }
    const half = get("halfYear");
    place("halfYear", ["halfYearReporting"]);
    if (half?.values[0]) {
      const b = this.choice(half.values[0], half.index, half.label, YES_NO, "ja, nej");
      if (b !== null) input.halfYearReporting = b;
    }
    const reg = get("registration");
    place("registration", ["registration"]);
    if (reg?.values[0]) {
      const r = this.choice(reg.values[0], reg.index, reg.label, REGISTRATIONS, "2024-2027, 2019-2020, ingen");
      if (r !== null) input.registration = r;
    }
    const src = get("source");
    place("source", ["source"]);
    const [doc, section, file] = src?.values.map((v) => v.text ?? "") ?? [];
    input.source = {
      document: doc || input.title || this.sheet,
      section: section || this.sheet,
      ...(file ? { file } : {}),
    };
    const mun = get("municipalities");
    place("municipalities", ["municipalities"]);
    if (mun) input.municipalities = splitList(mun.values.map((v) => v.text ?? "").join(";"));

    const notes = get("notes");
    place("notes", ["notes"]);
    const notesEn = get("notesEn");
    input.notes = this.notes(
      notes?.values[0]?.text ?? null,
      notesEn?.values[0]?.text ?? null,
      notesEn?.index ?? 0,
      notesEn?.label ?? null,
    );
  }

  /* ---------- sections ---------- */

  private readSection(kind: SectionKind, indices: number[], input: Mutable<ContractInput>): void {
    const [h, ...data] = indices;
    if (h === undefined) return;
    const specs: readonly ColumnSpec[] =
      kind === "params" ? PARAM_COLUMNS : kind === "options" ? OPTION_COLUMNS : KEY_FIGURE_COLUMNS;
    const cols = this.readHeader(h, specs, kind);
    const texts = new Map<number, string>();
    cols.forEach((s, c) => texts.set(c, textOf(this.rows[h]?.[c] ?? null) ?? s.header));
    const colName = (key: string) => {
      for (const [c, s] of cols) if (s.key === key) return texts.get(c) ?? s.header;
      return header(specs, key);
    };
    const rows = data.map((i) => this.readRow(i, cols, texts));
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
              : this.choice(
                  c.unit as Cell,
                  r.index,
                  colName("unit"),
                  UNITS,
                  UNITS.map((u) => u[0]).join(", ") + ", kr",
                );
        this.at([base, i], r.index);
        this.at([base, i, "id"], r.index, colName("id"), c.id?.col ?? null);
        this.at([base, i, "label"], r.index, colName("label"), c.label?.col ?? null);
        this.at([base, i, "synonyms"], r.index, colName("synonyms"), c.synonyms?.col ?? null);
        this.at([base, i, "unit"], r.index, colName("unit"), c.unit?.col ?? null);
        if (!c.id?.text) {
          this.report("kontrakt-required", r.index, colName("id"), null, { what: "key-figure" });
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
      label: string;
      labelEn?: string;
      description?: string;
      descriptionEn?: string;
      default: string | number | boolean | null;
      choices: { id: string; label: string; labelEn?: string }[];
      index: number;
    };
    const defs: Def[] = [];
    for (const r of rows) {
      const c = r.cells as Record<string, Cell | undefined>;
      const choice = c.choice?.text
        ? {
            id: c.choice.text,
            label: c.choiceLabel?.text ?? c.choice.text,
            ...(c.choiceLabelEn?.text ? { labelEn: c.choiceLabelEn.text } : {}),
          }
        : null;
      const i = defs.length;
      if (!c.id?.text) {
        const last = defs[defs.length - 1];
        if (!choice || !last) {
          this.report("kontrakt-required", r.index, colName("id"), null, {
            what: kind === "params" ? "param" : "option",
          });
          continue;
        }
        const ci = last.choices.length;
        this.at([base, defs.length - 1, "choices", ci], r.index, colName("choice"), c.choice?.col ?? null);
        last.choices.push(choice);
        continue;
      }
      const raw = c.default?.raw ?? null;
      defs.push({
        id: c.id.text,
        label: c.label?.text ?? "",
        ...(c.labelEn?.text ? { labelEn: c.labelEn.text } : {}),
        ...(c.description?.text ? { description: c.description.text } : {}),
        ...(c.descriptionEn?.text ? { descriptionEn: c.descriptionEn.text } : {}),
        default: typeof raw === "string" ? raw : typeof raw === "number" || typeof raw === "boolean" ? raw : null,
        choices: choice ? [choice] : [],
        index: r.index,
      });
      this.at([base, i], r.index);
      for (const key of ["id", "label", "labelEn", "description", "descriptionEn", "default"])
        this.at([base, i, key], r.index, colName(key), c[key]?.col ?? null);
      this.at([base, i, "choices"], r.index, colName("choice"), c.choice?.col ?? null);
      if (choice) this.at([base, i, "choices", 0], r.index, colName("choice"), c.choice?.col ?? null);
    }

    if (kind === "params") {
      input.params = defs.map((d) => ({
        id: d.id,
        label: d.label,
        ...(d.labelEn ? { labelEn: d.labelEn } : {}),
        choices: d.choices.map((c) => ({ id: c.id, label: c.label })),
        default: d.default === null ? (d.choices[0]?.id ?? "") : String(d.default),
      }));
    } else {
      input.options = defs.map((d) => ({
        id: d.id,
        label: d.label,
        ...(d.labelEn ? { labelEn: d.labelEn } : {}),
        description: d.description ?? "",
        ...(d.descriptionEn ? { descriptionEn: d.descriptionEn } : {}),
        ...(d.choices.length > 0 ? { choices: d.choices } : {}),
        // With choices the default is a choice id: Excel may have turned "0" into the number 0.
        default: d.choices.length > 0 && d.default !== null ? String(d.default) : d.default,
      }));
    }
  }

  /* ---------- goals ---------- */

  private readGoals(rows: GoalRow[], input: Mutable<ContractInput>): GoalInput[] {
    const goals: GoalInput[] = [];
    const goalIndex = new Map<string, number>();
    const indicatorIndex = new Map<string, { gi: number; ii: number; row: GoalRow; kind: IndicatorKind | null }>();
    const items = new Map<string, GoalRow[]>();
    const variants = new Map<string, GoalRow[]>();
    const settings = settingIds({ params: input.params ?? [], options: input.options ?? [] });
    const keyFigures = input.keyFigures ?? [];
    let currentGoal: string | null = null;

    const text = (r: GoalRow, key: GoalColumn) => r.cells[key]?.text ?? null;
    const col = (key: GoalColumn) => this.headers[key] ?? header(GOAL_COLUMNS, key);
    const indKey = (g: string, i: string) => `${g}\u0001${i}`;

    // Pass 1: goal rows, indicator rows; items and variants kept for their indicator.
    for (const r of rows) {
      let goalId = text(r, "goal");
      const indId = text(r, "indicator");
      if (goalId === null) {
        if (indId === null || currentGoal === null) {
          this.report("kontrakt-required", r.index, col("goal"), null, { what: "goal-id" });
          continue;
        }
        goalId = currentGoal;
      }
      currentGoal = goalId;
      if (indId === null) {
        const gi = goals.length;
        const seen = goalIndex.get(goalId);
        if (seen !== undefined) {
          this.duplicate(r, "goal", goalId, ["goals", seen, "id"]);
          continue;
        }
        goalIndex.set(goalId, gi);
        goals.push(this.goal(r, goalId, gi, input.title ?? ""));
        if (text(r, "kind") !== null) {
          // One row for a goal with a single indicator: the indicator takes the goal's id and title.
          const ii = 0;
          const kind = this.kindOf(r);
          indicatorIndex.set(indKey(goalId, goalId), { gi, ii, row: r, kind });
          (goals[gi] as GoalInput).indicators.push(this.indicator(r, goalId, ["goals", gi, "indicators", ii], true));
        }
        continue;
      }
      const item = text(r, "item");
      const variant = text(r, "variant");
      if (item !== null && variant !== null) {
        this.report("kontrakt-row-ambiguous", r.index, col("variant"), variant);
        continue;
      }
      const key = indKey(goalId, indId);
      if (item !== null || variant !== null) {
        const bucket = item !== null ? items : variants;
        bucket.set(key, [...(bucket.get(key) ?? []), r]);
        continue;
      }
      const gi = goalIndex.get(goalId);
      if (gi === undefined) {
        this.report("kontrakt-goal-missing", r.index, col("goal"), goalId, { goal: goalId });
        continue;
      }
      const goal = goals[gi] as GoalInput;
      const ii = goal.indicators.length;
      const seen = indicatorIndex.get(key);
      if (seen) {
        this.duplicate(r, "indicator", indId, ["goals", seen.gi, "indicators", seen.ii, "id"]);
        continue;
      }
      const kind = this.kindOf(r);
      indicatorIndex.set(key, { gi, ii, row: r, kind });
      goal.indicators.push(this.indicator(r, indId, ["goals", gi, "indicators", ii], false));
    }

    // Pass 2: measures (checklists need their items), variants.
    for (const [key, where] of indicatorIndex) {
      const [goalId, indId] = key.split("\u0001") as [string, string];
      const goal = goals[where.gi] as GoalInput;
      const ind = goal.indicators[where.ii] as IndicatorInput;
      const path: Path = ["goals", where.gi, "indicators", where.ii];
      const itemRows = items.get(key) ?? [];
      items.delete(key);
      const itemList = itemRows.map((r, k) => {
        this.atCell([...path, "measure", "items", k], r, "title");
        this.atCell([...path, "measure", "items", k, "id"], r, "item");
        this.atCell([...path, "measure", "items", k, "text"], r, "title");
        return { id: text(r, "item") ?? "", text: text(r, "title") ?? "" };
      });
      const usesItems =
        where.kind?.kind === "checklist" ||
        (variants.get(key) ?? []).some((v) => text(v, "kind") !== null && this.kindOf(v, false)?.kind === "checklist");
      if (itemList.length > 0 && !usesItems)
        for (const r of itemRows)
          this.report("kontrakt-not-used", r.index, col("item"), text(r, "item"), {
            column: col("item"),
            what: where.kind ? KIND_WORD[where.kind.kind] : "",
          });
      if (where.kind?.kind === "checklist" && itemList.length === 0)
        this.report("kontrakt-items-missing", where.row.index, col("kind"), text(where.row, "kind"), {
          goal: goalId,
          indicator: indId,
        });

      const measure = where.kind
        ? this.measure(where.row, where.kind, [...path, "measure"], itemList, keyFigures)
        : null;
      if (measure) ind.measure = measure;
      // A checklist's target defaults to its number of items.
      if (ind.target === undefined && measure?.kind === "checklist")
        ind.target = { op: this.pendingOps.get(ind) ?? ">=", value: itemList.length };
      if (ind.rule === undefined && where.kind) ind.rule = defaultRule(where.kind.kind);
      if (ind.unit === undefined && where.kind) ind.unit = DEFAULT_UNIT[where.kind.kind];
      if (ind.target === undefined && where.kind && !where.row.cells.target)
        this.report("kontrakt-target-missing", where.row.index, col("target"), null, {
          goal: goalId,
          indicator: indId,
        });
      if (ind.when && !settings.includes(ind.when.option))
        this.report("kontrakt-option-unknown", where.row.index, col("when"), text(where.row, "when"), {
          value: ind.when.option,
          allowed: settings.join(", "),
        });

      const vs: VariantInput[] = [];
      for (const r of variants.get(key) ?? []) {
        const vp: Path = [...path, "variants", vs.length];
        const v = this.variant(r, vp, itemList, keyFigures, settings);
        if (v) vs.push(v);
      }
      variants.delete(key);
      if (vs.length > 0) ind.variants = vs;
    }

    for (const [key, rs] of [...items, ...variants]) {
      const [goalId, indId] = key.split("\u0001") as [string, string];
      for (const r of rs)
        this.report("kontrakt-indicator-missing", r.index, col("indicator"), indId, { goal: goalId, indicator: indId });
    }
    for (const [gi, g] of goals.entries())
      if (g.indicators.length === 0) {
        const loc = this.locate(["goals", gi]);
        this.report("kontrakt-goal-empty", loc?.row ?? null, col("indicator"), null, { goal: g.id });
      }
    if (goals.length === 0 && rows.length === 0) this.report("kontrakt-no-goals", null, null, null);
    return goals;
  }

  private duplicate(r: GoalRow, what: "goal" | "indicator", value: string, first: Path): void {
    const key: GoalColumn = what === "goal" ? "goal" : "indicator";
    this.report("kontrakt-duplicate-id", r.index, this.col(key), value, { what, value, first: this.address(first) });
  }

  private goal(r: GoalRow, id: string, gi: number, contractTitle: string): GoalInput {
    const t = (k: GoalColumn) => r.cells[k]?.text ?? null;
    const p: Path = ["goals", gi];
    this.at(p, r.index);
    this.atCell([...p, "id"], r, "goal");
    this.atCell([...p, "title"], r, "title");
    this.atCell([...p, "titleEn"], r, "titleEn");
    this.atCell([...p, "group"], r, "group");
    this.atCell([...p, "targetText"], r, "targetText");
    this.atCell([...p, "method"], r, "method");
    this.atCell([...p, "source"], r, "source");
    this.atCell([...p, "source", "section"], r, "section");
    this.atCell([...p, "source", "file"], r, "file");
    this.atCell([...p, "notes"], r, "notes");
    const title = t("title");
    if (title === null) this.report("kontrakt-required", r.index, this.col("title"), null, { what: "title" });
    const groupCell = r.cells.group;
    const group = groupCell
      ? this.choice(groupCell, r.index, this.col("group"), GROUPS, "national, fælles, lokal, regional")
      : null;
    if (t("kind") === null)
      for (const k of [
        ...MEASURE_COLUMNS,
        "target",
        "op",
        "rule",
        "weight",
        "unit",
        "pace",
        "when",
        "whatIfOf",
        "whatIfOfEn",
      ] as const)
        if (r.cells[k])
          this.report("kontrakt-not-used", r.index, this.col(k), t(k), { column: this.col(k), what: "goal-row" });
    if (t("variant") !== null || t("item") !== null)
      this.report("kontrakt-indicator-missing", r.index, this.col("indicator"), null, { goal: id, indicator: "" });
    const file = t("file");
    return {
      id,
      title: title ?? "",
      ...(t("titleEn") ? { titleEn: t("titleEn") as string } : {}),
      group: group ?? "lokal",
      targetText: t("targetText") ?? "",
      method: t("method") ?? "",
      source: {
        document: t("source") ?? contractTitle ?? this.sheet,
        section: t("section") ?? `Mål ${id}`,
        ...(file ? { file } : {}),
      },
      indicators: [],
      notes: this.notes(t("notes"), t("notesEn"), r.index, this.col("notesEn")),
    };
  }

  private col(key: GoalColumn): string {
    return this.headers[key] ?? header(GOAL_COLUMNS, key);
  }

  private kindOf(r: GoalRow, report = true): IndicatorKind | null {
    const c = r.cells.kind;
    if (!c?.text) {
      if (report) this.report("kontrakt-required", r.index, this.col("kind"), null, { what: "kind" });
      return null;
    }
    const k = parseIndicatorKind(c.text);
    if (k.ok) return k.value;
    if (report)
      this.report("kontrakt-kind", r.index, this.col("kind"), c.text, {
        reason: k.reason,
        allowed: Object.values(KIND_WORD).join(", "),
      });
    return null;
  }

  /** The indicator's own cells; the measure comes in pass 2. `targetOp` is carried until then. */
  private indicator(r: GoalRow, id: string, p: Path, combined: boolean): IndicatorInput {
    const t = (k: GoalColumn) => r.cells[k]?.text ?? null;
    this.at(p, r.index);
    this.atCell([...p, "id"], r, combined ? "goal" : "indicator");
    this.atCell([...p, "label"], r, "title");
    this.atCell([...p, "labelEn"], r, "titleEn");
    this.atCell([...p, "measure"], r, "kind");
    this.atCell([...p, "target"], r, "target");
    this.atCell([...p, "target", "op"], r, "op");
    this.atCell([...p, "rule"], r, "rule");
    this.atCell([...p, "weight"], r, "weight");
    this.atCell([...p, "unit"], r, "unit");
    this.atCell([...p, "pace"], r, "pace");
    this.atCell([...p, "when"], r, "when");
    this.atCell([...p, "whatIfOf"], r, "whatIfOf");
    this.atCell([...p, "whatIfOfEn"], r, "whatIfOfEn");
    if (!combined) this.atCell([...p, "notes"], r, "notes");

    const label = t("title");
    if (label === null) this.report("kontrakt-required", r.index, this.col("title"), null, { what: "title" });
    const out: IndicatorInput = {
      id,
      label: label ?? "",
      measure: undefined as unknown as Measure,
      target: undefined as unknown as IndicatorInput["target"],
      rule: undefined as unknown as IndicatorInput["rule"],
      unit: undefined as unknown as IndicatorInput["unit"],
      notes: combined ? [] : this.notes(t("notes"), t("notesEn"), r.index, this.col("notesEn")),
    };
    if (t("titleEn") && !combined) out.labelEn = t("titleEn") as string;
    const op = r.cells.op ? this.choice(r.cells.op, r.index, this.col("op"), COMPARATORS, "≥, >, ≤") : null;
    const target = this.target(r);
    if (target !== null) out.target = { op: op ?? ">=", value: target };
    else if (op !== null) this.pendingOps.set(out, op);
    const rule = this.rule(r);
    if (rule) out.rule = rule;
    const w = r.cells.weight;
    if (w) {
      const n = this.number(w, r.index, this.col("weight"));
      if (n !== null) out.weight = n;
    }
    if (r.cells.unit) {
      const u = this.choice(r.cells.unit, r.index, this.col("unit"), UNITS, UNITS.map((x) => x[0]).join(", "));
      if (u !== null) out.unit = u;
    }
    if (r.cells.pace) {
      const pace = this.choice(r.cells.pace, r.index, this.col("pace"), PACES, "pro rata, niveau");
      if (pace !== null) out.pace = pace;
    }
    if (t("when")) {
      const w2 = parseWhen(t("when") as string);
      if (w2.ok) out.when = { ...w2.value };
      else this.report("kontrakt-when", r.index, this.col("when"), t("when"), { reason: w2.reason });
    }
    if (t("whatIfOf")) out.whatIfOf = t("whatIfOf") as string;
    if (t("whatIfOfEn")) out.whatIfOfEn = t("whatIfOfEn") as string;
    return out;
  }

  private target(r: GoalRow): TargetValue | null {
    const c = r.cells.target;
    if (!c) return null;
    if (typeof c.raw === "number") return c.raw;
    const parsed = parseTarget(c.text ?? "");
    if (parsed.ok) return parsed.value;
    this.report("kontrakt-target", r.index, this.col("target"), c.text, { reason: parsed.reason });
    return null;
  }

  private rule(r: GoalRow): IndicatorInput["rule"] | null {
    const c = r.cells.rule;
    if (!c?.text) return null;
    const parsed = parseRule(c.text);
    if (parsed.ok) return parsed.value;
    this.report("kontrakt-rule", r.index, this.col("rule"), c.text, { reason: parsed.reason });
    return null;
  }

  private variant(
    r: GoalRow,
    vp: Path,
    items: { id: string; text: string }[],
    keyFigures: readonly { id: string; label: string; synonyms?: readonly string[] }[],
    settings: readonly string[],
  ): VariantInput | null {
    const t = (k: GoalColumn) => r.cells[k]?.text ?? null;
    this.at(vp, r.index);
    this.atCell([...vp, "when"], r, "variant");
    this.atCell([...vp, "measure"], r, "kind");
    this.atCell([...vp, "target"], r, "target");
    this.atCell([...vp, "target", "op"], r, "op");
    this.atCell([...vp, "rule"], r, "rule");
    const when = parseWhen(t("variant") as string);
    if (!when.ok) {
      this.report("kontrakt-when", r.index, this.col("variant"), t("variant"), { reason: when.reason });
      return null;
    }
    if (!settings.includes(when.value.option)) {
      this.report("kontrakt-option-unknown", r.index, this.col("variant"), t("variant"), {
        value: when.value.option,
        allowed: settings.join(", "),
      });
      return null;
    }
    for (const k of [
      "title",
      "weight",
      "unit",
      "pace",
      "when",
      "whatIfOf",
      "notes",
      "titleEn",
      "notesEn",
      "whatIfOfEn",
      "group",
      "targetText",
      "method",
      "source",
      "section",
      "file",
    ] as const)
      if (r.cells[k])
        this.report("kontrakt-not-used", r.index, this.col(k), t(k), { column: this.col(k), what: "variant-row" });
    const out: VariantInput = { when: when.value };
    if (t("kind") !== null) {
      const kind = this.kindOf(r);
      const m = kind ? this.measure(r, kind, [...vp, "measure"], items, keyFigures) : null;
      if (m) out.measure = m;
    } else
      for (const k of MEASURE_COLUMNS)
        if (r.cells[k])
          this.report("kontrakt-not-used", r.index, this.col(k), t(k), { column: this.col(k), what: "variant-row" });
    const op = r.cells.op ? this.choice(r.cells.op, r.index, this.col("op"), COMPARATORS, "≥, >, ≤") : null;
    const target = this.target(r);
    if (target !== null) out.target = { op: op ?? ">=", value: target };
    const rule = this.rule(r);
    if (rule) out.rule = rule;
    return out;
  }

  /* ---------- measures ---------- */

  private measure(
    r: GoalRow,
    kind: IndicatorKind,
    mp: Path,
    items: { id: string; text: string }[],
    keyFigures: readonly { id: string; label: string; synonyms?: readonly string[] }[],
  ): Measure | null {
    const t = (k: GoalColumn) => r.cells[k]?.text ?? null;
    const k = kind.kind;
    const before = this.findings.length;
    const errorsSince = () => this.findings.slice(before).some((f) => f.severity === "error");
    for (const c of MEASURE_COLUMNS)
      if (r.cells[c] && !USES[k].includes(c))
        this.report("kontrakt-not-used", r.index, this.col(c), t(c), { column: this.col(c), what: KIND_WORD[k] });
    this.atCell([...mp, "table"], r, "table");
    this.atCell([...mp, "where"], r, "filter");
    this.atCell([...mp, "numerator"], r, "numerator");
    this.atCell([...mp, "denominator"], r, "denominator");
    this.atCell([...mp, "field"], r, k === "distinct" ? "distinct" : "field");
    this.atCell([...mp, "key"], r, "field");
    this.atCell([...mp, "distinct"], r, "distinct");
    this.atCell([...mp, "partialCredit"], r, "kind");
    this.atCell([...mp, "deviation"], r, "kind");

    // The table: required for table measures without a natural default, fixed for the others.
    const tableText = t("table");
    let role: Role | null = null;
    if (tableText !== null) {
      role = roleByName(tableText);
      if (role === null) {
        this.report("kontrakt-table-unknown", r.index, this.col("table"), tableText, {
          allowed: ROLES.map((x) => ROLE_DISPLAY[x]).join(", "),
        });
        return null;
      }
    }
    const fixed: Role | null =
      k === "keyFigure" || k === "keyRatio" || k === "controlGroup"
        ? "Noegletal"
        : k === "checklist"
          ? "Aktiviteter"
          : null;
    if (fixed && role !== null && role !== fixed) {
      this.report("kontrakt-table-mismatch", r.index, this.col("table"), tableText, {
        kind: KIND_WORD[k],
        expected: ROLE_DISPLAY[fixed],
      });
      return null;
    }

    const key = (col: GoalColumn, what: "field" | "numerator" | "denominator"): string | null => {
      const text = t(col);
      if (text === null) {
        this.report("kontrakt-required", r.index, this.col(col), null, { what });
        return null;
      }
      const def =
        keyFigures.find((kf) => kf.id === text.trim()) ??
        keyFigures.find((kf) => [kf.label, ...(kf.synonyms ?? [])].some((n) => sameName(text, n)));
      return def?.id ?? text.trim();
    };

    switch (k) {
      case "keyFigure":
      case "controlGroup": {
        const key1 = key("field", "field");
        return key1 === null ? null : { kind: k, key: key1 };
      }
      case "keyRatio": {
        const n = key("numerator", "numerator");
        const d = key("denominator", "denominator");
        return n === null || d === null ? null : { kind: k, numerator: n, denominator: d };
      }
      case "checklist":
        return { kind: k, items, partialCredit: kind.partialCredit ?? 0 };
      default:
        break;
    }

    const table = role ?? DEFAULT_TABLE[k] ?? null;
    if (table === null) {
      this.report("kontrakt-required", r.index, this.col("table"), null, { what: "table" });
      return null;
    }
    const filter = (col: GoalColumn, required: "numerator" | "denominator" | null): Filter | null | undefined => {
      const text = t(col);
      if (text === null) {
        if (required) this.report("kontrakt-required", r.index, this.col(col), null, { what: required });
        return undefined;
      }
      const parsed = parseFilter(text, { role: table });
      if (parsed.ok) return parsed.filter;
      this.report("kontrakt-filter", r.index, this.col(col), text, {
        ...parsed.error.params,
        reason: parsed.error.code,
        pos: parsed.error.pos + 1,
      });
      return null;
    };
    const field = (col: GoalColumn, fallback: string | null): string | null => {
      const text = t(col);
      if (text === null) {
        if (fallback === null) this.report("kontrakt-required", r.index, this.col(col), null, { what: "field" });
        return fallback;
      }
      const id = fieldByName(text, table);
      if (id === null)
        this.report("kontrakt-field-unknown", r.index, this.col(col), text, {
          table: ROLE_DISPLAY[table],
          allowed: fieldsOf(table)
            .map((f) => f.header)
            .join(", "),
        });
      return id;
    };
    const where = filter("filter", null);
    const base = { table, ...(where ? { where } : {}) };
    let m: Measure | null = null;
    switch (k) {
      case "nps": {
        const f = field("field", "anbefaling");
        if (f) m = { kind: k, ...base, field: f };
        break;
      }
      case "sum": {
        const f = field("field", null);
        if (f) m = { kind: k, ...base, field: f };
        break;
      }
      case "share": {
        const numerator = filter("numerator", "numerator");
        const denominator = filter("denominator", "denominator");
        const distinct = t("distinct") !== null ? field("distinct", null) : null;
        if (numerator && denominator)
          m = { kind: k, ...base, numerator, denominator, ...(distinct ? { distinct } : {}) };
        break;
      }
      case "count":
      case "distinct": {
        const distinct =
          k === "distinct" ? field("distinct", "cvr") : t("distinct") !== null ? field("distinct", null) : null;
        m = distinct ? { kind: "distinct", ...base, field: distinct } : { kind: "count", ...base };
        break;
      }
      case "distribution": {
        const f = field("field", "kommune");
        const distinct = t("distinct") !== null ? field("distinct", null) : null;
        if (f)
          m = {
            kind: k,
            ...base,
            field: f,
            deviation: kind.relative ? "relative" : "point",
            ...(distinct ? { distinct } : {}),
          };
        break;
      }
    }
    return errorsSince() ? null : m;
  }

  /* ---------- small cell readers ---------- */

  private number(c: Cell, index: number, column: string): number | null {
    if (typeof c.raw === "number") return c.raw;
    const n = parseNumberCell(c.text ?? "");
    if (n === null) this.report("kontrakt-number", index, column, c.text);
    return n;
  }

  private choice<T>(
    c: Cell,
    index: number,
    column: string,
    vocabulary: readonly (readonly [T, ...string[]])[],
    allowed: string,
  ): T | null {
    if (typeof c.raw === "boolean") {
      const b = vocabulary.find(([v]) => v === c.raw);
      if (b) return b[0];
    }
    const v = lookup(c.text ?? "", vocabulary);
    if (v === null) this.report("kontrakt-choice", index, column, c.text, { allowed });
    return v;
  }

  private notes(da: string | null, en: string | null, index: number, enColumn: string | null): NoteInput[] {
    const notes: NoteText[] = da ? parseNotes(da) : [];
    const english = en ? parseNotes(en) : [];
    if (english.length > notes.length)
      this.report("kontrakt-notes-en", index, enColumn, null, { count: notes.length, countEn: english.length });
    return notes.map((n, i) => {
      const textEn = english[i]?.text;
      return { kind: n.kind, text: n.text, ...(textEn ? { textEn } : {}) };
    });
  }
}

function textOf(raw: CellValue): string | null {
  if (raw === null || isCellError(raw)) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw === "boolean") return raw ? "ja" : "nej";
  const t = raw.trim();
  return t === "" ? null : t;
}

const splitList = (text: string): string[] =>
  text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");

function header<C extends ColumnSpec>(specs: readonly C[], key: string): string {
  return specs.find((s) => s.key === key)?.header ?? key;
}

/**
 * Read a `Kontrakt` sheet. `rows[i][j]` is the cell at Excel row `firstRow + i`, column
 * `firstColumn + j`. Never throws on bad cells: every problem is a finding.
 *
 * @example
 * const { contract, findings } = contractFromSheetRows(contractToSheetRows(c), "Kontrakt");
 */
export function contractFromSheetRows(
  rows: readonly (readonly CellValue[])[],
  sheetName: string,
  options: SheetReadOptions = {},
): SheetReadResult {
  const reader = new SheetReader(rows, sheetName, options);
  const contract = reader.read();
  return { contract, findings: [...reader.findings].sort(compareFindings) };
}
