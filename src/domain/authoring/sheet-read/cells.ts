/**
 * The cells of a `Kontrakt` sheet and the findings on them: cell texts (cell errors and
 * over-long texts reported), table headers, small typed cells, and where each part of the
 * contract was read from, so a problem found later (schema, lint) is reported on its cell.
 */
import { columnLetters } from "../../columns";
import type { Note } from "../../contract/parts";
import type { LangText } from "../../contract/texts";
import type { Finding, Severity } from "../../findings";
import { isCellError, type CellValue } from "../../model";
import { parseNotes, parseNumberCell, type NoteText } from "../grammar";
import { columnFor, type ColumnSpec } from "../layout";
import type { Path } from "../lint";
import { lookup } from "../lookup";
import { severityOf, type AuthoringReason, type AuthoringRule, type MessageParams } from "../messages";

const MAX_CELL = 32767;

export interface Cell {
  readonly raw: CellValue;
  readonly text: string | null;
  /** Zero-based index within the row. */
  readonly col: number;
}

export interface Row<K extends string> {
  readonly index: number;
  readonly cells: Partial<Record<K, Cell>>;
}

interface Loc {
  readonly row: number;
  readonly column: string | null;
  readonly col: number | null;
}

const pathKey = (path: Path): string => path.join("\u0001");

export class SheetCells {
  readonly findings: Finding[] = [];
  private readonly locs = new Map<string, Loc>();

  constructor(
    readonly rows: readonly (readonly CellValue[])[],
    readonly sheet: string,
    /** Excel row number of `rows[0]`. */
    private readonly firstRow: number,
    /** Zero-based sheet column of `rows[i][0]`. */
    private readonly firstColumn: number,
  ) {}

  /* ---------- findings and locations ---------- */

  report(
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

  /** Any error reported since `mark` (a length of `findings`)? */
  errorsSince(mark: number): boolean {
    return this.findings.slice(mark).some((f) => f.severity === "error");
  }

  /** The part of the contract at `path` was read from this row (and column). */
  at(path: Path, index: number, column: string | null = null, col: number | null = null): void {
    this.locs.set(pathKey(path), { row: index, column, col });
  }

  /** Where `path` (or the nearest part above it) was read from. */
  locate(path: Path): Loc | null {
    for (let n = path.length; n >= 0; n--) {
      const loc = this.locs.get(pathKey(path.slice(0, n)));
      if (loc) return loc;
    }
    return null;
  }

  /** The cell (`C12`) or row (`12`) `path` was read from. */
  address(path: Path): string {
    const loc = this.locate(path);
    if (!loc) return "";
    const row = this.firstRow + loc.row;
    return loc.col === null ? String(row) : `${columnLetters(this.firstColumn + loc.col)}${row}`;
  }

  reportAt(rule: AuthoringRule, path: Path, params: MessageParams, severity?: Severity, value?: string): void {
    const loc = this.locate(path);
    const v = value ?? (loc && loc.col !== null ? this.textAt(loc.row, loc.col) : null);
    this.report(rule, loc?.row ?? null, loc?.column ?? null, v, params, severity);
  }

  reportSchema(path: Path, reason: AuthoringReason, params: MessageParams): void {
    const loc = this.locate(path);
    const field = loc?.column ?? String(path[path.length - 1] ?? this.sheet);
    this.reportAt("kontrakt-schema", path, { ...params, reason, field });
  }

  private textAt(index: number, col: number): string | null {
    const raw = this.rows[index]?.[col];
    return raw === undefined || raw === null || isCellError(raw) ? null : textOf(raw);
  }

  /* ---------- cells ---------- */

  cell(index: number, col: number, column: string): Cell | undefined {
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

  isBlankRow(index: number): boolean {
    return (this.rows[index] ?? []).every(
      (v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""),
    );
  }

  /** The header cells of a table: column index → spec; unknown, duplicate and missing reported. */
  readHeader<C extends ColumnSpec>(index: number, specs: readonly C[], where: string): Map<number, C> {
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

  readRow<K extends string>(
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

  /* ---------- small cell readers ---------- */

  number(c: Cell, index: number, column: string): number | null {
    if (typeof c.raw === "number") return c.raw;
    const n = parseNumberCell(c.text ?? "");
    if (n === null) this.report("kontrakt-number", index, column, c.text);
    return n;
  }

  choice<T>(
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

  notes(
    da: string | null,
    en: string | null,
    index: number,
    enColumn: string | null,
  ): { kind: Note["kind"]; text: string | LangText }[] {
    const notes: NoteText[] = da ? parseNotes(da) : [];
    const english = en ? parseNotes(en) : [];
    if (english.length > notes.length)
      this.report("kontrakt-notes-en", index, enColumn, null, { count: notes.length, countEn: english.length });
    return notes.map((n, i) => ({ kind: n.kind, text: inLanguages(n.text, english[i]?.text ?? null) }));
  }
}

/** A text from its Danish cell and its "(en)" twin: a language map, or the Danish string alone. */
export const inLanguages = (da: string, en: string | null): string | LangText => (en ? { da, en } : da);
/** A draft's text in Danish (empty where it has none yet). */
export const danish = (text: string | LangText | undefined): string =>
  typeof text === "string" ? text : (text?.da ?? "");

export function textOf(raw: CellValue): string | null {
  if (raw === null || isCellError(raw)) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw === "boolean") return raw ? "ja" : "nej";
  const t = raw.trim();
  return t === "" ? null : t;
}

export const splitList = (text: string): string[] =>
  text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** The header Kontrakttjek writes for a column key. */
export function header<C extends ColumnSpec>(specs: readonly C[], key: string): string {
  return specs.find((s) => s.key === key)?.header ?? key;
}
