/**
 * A tiny test-only .xlsx builder: minimal OOXML strings zipped with fflate. It writes exactly
 * what a test asks for (shared or inline strings, error cells, date styles, hidden rows, merges,
 * tables, a lying dimension), which a real writer would not let us do.
 */
import { strToU8, zipSync } from "fflate";
import type { CellValue } from "../domain/model";
import type { CellFormat } from "./port";
import { tableColumnNames } from "./memory";
import type { MemorySheetSpec, MemoryWorkbookSpec } from "./memory/types";
import { cellRef as cellAddress, parseRange as parseRect } from "./sheet/a1";
import { withSettings } from "./xlsx/read/settings";
import { readPackage, writePackage } from "./xlsx/zip";

export interface FixtureSheet extends MemorySheetSpec {
  /** Raw `<sheetData>` content replacing the generated cells (for odd XML). */
  readonly rawSheetData?: string;
  /** Raw style index per A1 address (see STYLE below). */
  readonly styles?: Readonly<Record<string, number>>;
}

export interface FixtureSpec extends MemoryWorkbookSpec {
  readonly sheets: readonly FixtureSheet[];
  readonly date1904?: boolean;
  /** Strings as `inlineStr` cells instead of shared strings. */
  readonly inlineStrings?: boolean;
  /** Raw `<si>` items appended to the shared strings (indices continue after generated ones). */
  readonly extraSharedStrings?: readonly string[];
  /** Store entries uncompressed. */
  readonly store?: boolean;
}

/** Style indices of the fixture's styles part. */
export const STYLE = { general: 0, date: 1, customDate: 2, percent: 3, text: 4, decimal: 5, time: 6 } as const;

const FORMAT_STYLE: Readonly<Record<CellFormat, number>> = {
  date: STYLE.date,
  percent: STYLE.percent,
  text: STYLE.text,
  decimal: STYLE.decimal,
  number: STYLE.general,
  header: STYLE.general,
};

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const STYLES_XML =
  `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>` +
  `<numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>` +
  `<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>` +
  `<xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/>` +
  `<xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export const buildXlsx = (spec: FixtureSpec): Uint8Array => {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string): void => {
    files[name] = strToU8(
      xml.startsWith("<?xml") ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`,
    );
  };
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const str = (s: string): number => {
    let i = sharedIndex.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      sharedIndex.set(s, i);
    }
    return i;
  };
  const overrides: string[] = [];
  let tableNo = 0;

  const cellXml = (ref: string, v: CellValue, style: number, formula: string | undefined): string => {
    const s = style ? ` s="${style}"` : "";
    const f = formula === undefined ? "" : `<f>${esc(formula.replace(/^=/, ""))}</f>`;
    if (v === null) return f || s ? `<c r="${ref}"${s}>${f}</c>` : "";
    if (typeof v === "number") return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === "object") return `<c r="${ref}"${s} t="e">${f}<v>${esc(v.error)}</v></c>`;
    if (formula !== undefined) return `<c r="${ref}"${s} t="str">${f}<v>${esc(v)}</v></c>`;
    if (spec.inlineStrings) return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
    return `<c r="${ref}"${s} t="s"><v>${str(v)}</v></c>`;
  };

  const sheetEntries: string[] = [];
  const workbookRels: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const hiddenRows = new Set(sheet.hiddenRows ?? []);
    const styleAt = (ref: string): number => {
      const raw = sheet.styles?.[ref];
      if (raw !== undefined) return raw;
      const f = sheet.formats?.[ref];
      return f ? FORMAT_STYLE[f] : 0;
    };
    const rows = sheet.rows ?? [];
    const extraRefs = [...Object.keys(sheet.formulas ?? {}), ...Object.keys(sheet.formats ?? {})];
    const maxRow = Math.max(rows.length, ...[...hiddenRows], ...extraRefs.map((r) => parseRect(r)?.top ?? 0));
    let data = "";
    for (let r = 1; r <= maxRow; r++) {
      const row = rows[r - 1] ?? [];
      const width = Math.max(
        row.length,
        ...extraRefs.map((a) => ((parseRect(a)?.top ?? 0) === r ? (parseRect(a)?.left ?? 0) + 1 : 0)),
      );
      let cells = "";
      for (let c = 0; c < width; c++) {
        const ref = cellAddress(r, c);
        cells += cellXml(ref, row[c] ?? null, styleAt(ref), sheet.formulas?.[ref]);
      }
      const hidden = hiddenRows.has(r) ? ' hidden="1"' : "";
      if (cells || hidden) data += `<row r="${r}"${hidden}>${cells}</row>`;
    }
    const rels: string[] = [];
    const tableParts: string[] = [];
    for (const t of sheet.tables ?? []) {
      const rect = parseRect(t.ref);
      if (!rect) throw new Error(`bad table ref ${t.ref}`);
      const headerCells: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) headerCells.push(rows[rect.top - 1]?.[c] ?? null);
      const names = tableColumnNames(headerCells);
      tableNo++;
      const part = `xl/tables/table${tableNo}.xml`;
      put(
        part,
        `<table ${NS} id="${tableNo}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}" totalsRowShown="0">` +
          `<autoFilter ref="${t.ref}"/><tableColumns count="${names.length}">` +
          names.map((nm, k) => `<tableColumn id="${k + 1}" name="${esc(nm)}"/>`).join("") +
          `</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
      );
      overrides.push(`<Override PartName="/${part}" ContentType="${CT}.table+xml"/>`);
      const rid = `rId${rels.length + 1}`;
      rels.push(`<Relationship Id="${rid}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`);
      tableParts.push(`<tablePart r:id="${rid}"/>`);
    }
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "";
    const tp = tableParts.length ? `<tableParts count="${tableParts.length}">${tableParts.join("")}</tableParts>` : "";
    put(
      `xl/worksheets/sheet${n}.xml`,
      `<worksheet ${NS} ${NS_R}><dimension ref="A1"/><sheetData>${sheet.rawSheetData ?? data}</sheetData>${merges}${tp}</worksheet>`,
    );
    if (rels.length) {
      put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
      );
    }
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`);
    const state =
      sheet.hidden === true ? ' state="hidden"' : sheet.hidden === "veryHidden" ? ' state="veryHidden"' : "";
    sheetEntries.push(`<sheet name="${esc(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    workbookRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  });

  const k = spec.sheets.length;
  workbookRels.push(`<Relationship Id="rId${k + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  workbookRels.push(`<Relationship Id="rId${k + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  put("xl/styles.xml", STYLES_XML);
  const si = [
    ...shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`),
    ...(spec.extraSharedStrings ?? []),
  ];
  put("xl/sharedStrings.xml", `<sst ${NS} count="${si.length}" uniqueCount="${si.length}">${si.join("")}</sst>`);
  put(
    "xl/workbook.xml",
    `<workbook ${NS} ${NS_R}><workbookPr${spec.date1904 ? ' date1904="1"' : ""}/><sheets>${sheetEntries.join("")}</sheets></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${workbookRels.join("")}</Relationships>`,
  );
  put(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      overrides.join("") +
      `</Types>`,
  );
  const ordered = [
    "[Content_Types].xml",
    "_rels/.rels",
    ...Object.keys(files).filter((f) => f !== "[Content_Types].xml" && f !== "_rels/.rels"),
  ];
  const bytes = zipSync(Object.fromEntries(ordered.map((f) => [f, files[f] as Uint8Array])), {
    level: spec.store ? 0 : 6,
  });
  return spec.settings === undefined ? bytes : writePackage(withSettings(readPackage(bytes), spec.settings));
};
