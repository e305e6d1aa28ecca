/**
 * The workbook a contract reads, as a spec for `createWorkbook`: the tables of docs/data-dictionary.md with
 * their Danish headers, Excel data validation on the coded columns, and the reference tables
 * pre-filled from the contract. The fill-in template is this with no data rows; the examples
 * are this with generated rows.
 */
import { ACTIVITY_STATUS, EFFECT_SCALE, KOMMUNETYPER, REFERRAL_SCALE, SEGMENTS } from "../domain/clean";
import type { Contract } from "../domain/contract/schema";
import { MEASURES } from "../domain/measures/registry";
import { ROLE_SPECS, ROLES, type FieldSpec, type Role } from "../domain/model";
import { columnLetters } from "../workbook/sheet/a1";
import type { NewCell, NewSheet, NewValidation, NewWorkbookSpec } from "../workbook/sheet/spec";

export type RowInput = Readonly<Record<string, NewCell>>;

export interface WorkbookContent {
  readonly rows?: Partial<Record<Role, readonly RowInput[]>>;
  /** Extra sheets placed first (e.g. an "Om eksemplet" sheet). */
  readonly leadingSheets?: readonly NewSheet[];
  /** Extra sheets placed last (e.g. a live Målopfyldelse). */
  readonly trailingSheets?: readonly NewSheet[];
  /** Rows of data validation and column format below the header (default 5000). */
  readonly validationRows?: number;
  readonly title?: string;
}

const YES_NO = ["ja", "nej"];

function validationFor(field: FieldSpec, range: string): NewValidation | null {
  const list = (values: readonly string[], what: string): NewValidation => ({
    type: "list",
    values,
    range,
    error: { title: field.header, text: `Vælg ${what} fra listen: ${values.join(", ")}.`, style: "stop" },
  });
  switch (field.type) {
    case "segment":
      return list(SEGMENTS, "kundesegment");
    case "effectScale":
      return list(EFFECT_SCALE, "et svar");
    case "referralScale":
      return list(REFERRAL_SCALE, "et svar");
    case "yesNo":
      return list(YES_NO, "ja eller nej");
    case "kommunetype":
      return list(KOMMUNETYPER, "by eller land");
    case "activityStatus":
      return list(ACTIVITY_STATUS, "en status");
    case "score":
      return {
        type: "whole",
        min: 0,
        max: 10,
        range,
        error: { title: field.header, text: "Skriv et helt tal fra 0 til 10.", style: "stop" },
      };
    case "date":
      return {
        type: "date",
        min: "2000-01-01",
        max: "2100-12-31",
        range,
        error: { title: field.header, text: "Skriv en dato, fx 15-03-2025.", style: "stop" },
      };
    case "hours":
      return {
        type: "decimal",
        min: 0,
        range,
        error: { title: field.header, text: "Skriv antal timer (0 eller mere).", style: "stop" },
      };
    case "number":
      return {
        type: "decimal",
        min: -1e15,
        max: 1e15,
        range,
        error: { title: field.header, text: "Skriv et tal.", style: "warning" },
      };
    case "cvr":
    case "pnummer":
    case "text":
    case "list":
      return null;
  }
}

const widthFor = (f: FieldSpec): number => Math.max(10, Math.min(36, f.header.length + 4));

function roleSheet(role: Role, rows: readonly RowInput[], validationRows: number): NewSheet {
  const spec = ROLE_SPECS[role];
  const header: NewCell[] = spec.fields.map((f) => f.header);
  const body: NewCell[][] = rows.map((r) => spec.fields.map((f) => r[f.id] ?? null));
  // A table needs one data row; an empty fill-in table gets one blank row to type into.
  if (body.length === 0) body.push(spec.fields.map(() => null));
  const last = columnLetters(spec.fields.length - 1);
  const vEnd = Math.max(validationRows, body.length) + 1;
  const validations = spec.fields.flatMap((f, i) => {
    const v = validationFor(f, `${columnLetters(i)}2:${columnLetters(i)}${vEnd}`);
    return v ? [v] : [];
  });
  return {
    name: spec.sheetName,
    headerRows: 1,
    rows: [header, ...body],
    columns: spec.fields.map((f) => ({
      width: widthFor(f),
      format: f.type === "date" ? "date" : f.type === "cvr" || f.type === "pnummer" ? "text" : undefined,
    })),
    tables: [{ name: spec.tableName, range: `A1:${last}${body.length + 1}` }],
    validations,
  };
}

/** Reference rows a contract brings: its key figures, municipalities and qualitative items. */
export function referenceRows(contract: Contract): Partial<Record<Role, RowInput[]>> {
  // The activities the measures list (checklists' items), under their goal.
  const listed = contract.goals.flatMap((g) =>
    g.indicators.flatMap((i) =>
      (MEASURES.kindOf(i.measure).items?.(i.measure) ?? []).map((item) => ({ maal: g.id, aktivitet: item.text })),
    ),
  );
  const seen = new Set<string>();
  const activities = listed.filter((a) => {
    const k = `${a.maal}\u0000${a.aktivitet}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    Noegletal: contract.keyFigures.map((k) => ({ noegle: k.label })),
    Kommuner: contract.municipalities.map((kommune) => ({ kommune })),
    Aktiviteter: activities,
  };
}

export function contractWorkbookSpec(contract: Contract, content: WorkbookContent = {}): NewWorkbookSpec {
  const refs = referenceRows(contract);
  const validationRows = content.validationRows ?? 5000;
  const sheets = ROLES.map((role) => roleSheet(role, content.rows?.[role] ?? refs[role] ?? [], validationRows));
  return {
    title: content.title ?? contract.title.da,
    sheets: [...(content.leadingSheets ?? []), ...sheets, ...(content.trailingSheets ?? [])],
  };
}
