/**
 * The real-world corpus harness (issue 11, "Never lose a cell"): minimal package edits that add a
 * `Forløb` sheet (or table) to a workbook nobody on this project wrote, tab moves and renames as a
 * user makes them, a batch LibreOffice re-save, and comparisons that return a list of differences
 * (which cell, which part, which feature) instead of throwing, so a failure prints exactly what was
 * lost.
 *
 * Everything here reads the packages on its own (regular expressions over the XML, fflate for the
 * zip) and never through Kontrakttjek's reader or writer, so a bug there cannot hide itself.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { sofficePath } from "./libreoffice";
import { assertSectionsPrefix, canonDoc } from "./survival";

export const CORPUS_DIR = join(__dirname, "..", "..", "..", "shared", "corpus", "real-world");

/* ------------------------------------------------------------------ the package */

/** Part name → bytes, in archive order (the same shape as the product's `XlsxPackage`). */
export interface Pkg {
  readonly entries: ReadonlyMap<string, Uint8Array>;
  readonly order: readonly string[];
}

export const readZip = (bytes: Uint8Array): Pkg => {
  const files = unzipSync(bytes);
  return { entries: new Map(Object.entries(files)), order: Object.keys(files) };
};

/** Zips the parts in their order; each part's bytes are exactly the ones given. */
export const writeZip = (pkg: Pkg): Uint8Array => {
  const z: Zippable = {};
  for (const name of pkg.order) {
    const b = pkg.entries.get(name);
    if (b) z[name] = [b, { level: name.endsWith("/") ? 0 : 6 }];
  }
  return zipSync(z);
};

const dec = new TextDecoder("utf-8", { ignoreBOM: true });
const enc = new TextEncoder();

/** A part's text; a byte-order mark is kept, so an edited part differs only where it was edited. */
export const partText = (pkg: Pkg, name: string): string => {
  const b = pkg.entries.get(name);
  if (!b) throw new Error(`missing part ${name}`);
  return dec.decode(b);
};

/** Part name as stored (zip names are matched case-insensitively, as Office does). */
export const findPart = (pkg: Pkg, name: string): string | undefined =>
  pkg.entries.has(name) ? name : pkg.order.find((n) => n.toLowerCase() === name.toLowerCase());

/** A copy with parts set (text or bytes) or removed (null); new parts go to the end. */
export const withParts = (pkg: Pkg, changes: Readonly<Record<string, string | Uint8Array | null>>): Pkg => {
  const entries = new Map(pkg.entries);
  const order = [...pkg.order];
  for (const [name, v] of Object.entries(changes)) {
    if (v === null) {
      entries.delete(name);
      const i = order.indexOf(name);
      if (i >= 0) order.splice(i, 1);
      continue;
    }
    entries.set(name, typeof v === "string" ? enc.encode(v) : v);
    if (!order.includes(name)) order.push(name);
  }
  return { entries, order };
};

export const sha1 = (b: Uint8Array): string => createHash("sha1").update(b).digest("hex").slice(0, 12);

/* ------------------------------------------------------------------ XML by regular expression */

const ENTITY: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Character data: entities decoded, CDATA sections taken literally. */
export const decodeText = (s: string): string =>
  s
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((seg) =>
      seg.startsWith("<![CDATA[")
        ? seg.slice(9, -3)
        : seg.replace(/&(#[xX][0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
            e.startsWith("#")
              ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
              : (ENTITY[e] ?? m),
          ),
    )
    .join("");

export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Excel's `_xHHHH_` escapes in cell text (`_x005F_` escapes the underscore itself). */
const unescapeOoxml = (s: string): string =>
  s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

export interface XmlEl {
  /** Namespace prefix with its colon ("x:"), or "". */
  readonly prefix: string;
  /** Attributes by qualified name, values decoded. */
  readonly attrs: ReadonlyMap<string, string>;
  /** Content between the tags; null for an empty-element tag. */
  readonly inner: string | null;
  readonly start: number;
  readonly end: number;
}

const attrsOf = (s: string): Map<string, string> => {
  const m = new Map<string, string>();
  for (const a of s.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    m.set(a[1] ?? "", decodeText(a[2] ?? a[3] ?? ""));
  return m;
};

/** Elements of one local name, any prefix (not nested in themselves: true of every element read here). */
export const elementsOf = (xml: string, local: string): XmlEl[] => {
  const re = new RegExp(
    `<((?:[A-Za-z_][\\w.-]*:)?)${local}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(\\/>|>([\\s\\S]*?)<\\/\\1${local}\\s*>)`,
    "g",
  );
  const out: XmlEl[] = [];
  for (const m of xml.matchAll(re)) {
    out.push({
      prefix: m[1] ?? "",
      attrs: attrsOf(m[2] ?? ""),
      inner: m[3] === "/>" ? null : (m[4] ?? ""),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
};

/** An attribute by local name with a prefix (`r:id`, `x:id`), whatever the prefix is. */
const prefixedAttr = (el: XmlEl, local: string): string | undefined => {
  for (const [k, v] of el.attrs) if (k.endsWith(`:${local}`) && !k.startsWith("xmlns:")) return v;
  return undefined;
};

/** Namespace URI of a document's root element. */
export const rootNamespace = (xml: string): string => {
  const m = /<(?!\?|!)([\w.-]+:)?([\w.-]+)([^>]*)>/.exec(xml);
  if (!m) return "";
  const prefix = (m[1] ?? "").replace(/:$/, "");
  const decl = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*"([^"]*)"`).exec(m[3] ?? "");
  return decl?.[1] ?? "";
};

/* ------------------------------------------------------------------ relationships */

export interface Rel {
  readonly id: string;
  readonly type: string;
  /** Part name for internal targets; the target as written for external ones. */
  readonly target: string;
  readonly external: boolean;
}

export const relsPathOf = (part: string): string => {
  if (part === "") return "_rels/.rels";
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

const dirOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf("/")));

export const resolveTarget = (dir: string, target: string): string => {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // keep it as written
  }
  if (t.startsWith("/")) return t.slice(1);
  const out = dir.split("/").filter(Boolean);
  for (const seg of t.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
};

/** The relationships of a part ("" = the package). */
export const relsOf = (pkg: Pkg, part: string): Rel[] => {
  const name = findPart(pkg, relsPathOf(part));
  if (!name) return [];
  return elementsOf(partText(pkg, name), "Relationship").map((r) => {
    const external = r.attrs.get("TargetMode") === "External";
    const target = r.attrs.get("Target") ?? "";
    const resolved = external ? target : resolveTarget(dirOf(part), target);
    return {
      id: r.attrs.get("Id") ?? "",
      type: r.attrs.get("Type") ?? "",
      target: external ? target : (findPart(pkg, resolved) ?? resolved),
      external,
    };
  });
};

/** Relationship type by its last segment (the same for Transitional, Strict and Microsoft's own). */
export const typeIs = (type: string, last: string): boolean => type.endsWith(`/${last}`);

/* ------------------------------------------------------------------ the workbook */

export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

/** The workbook part, from the package's officeDocument relationship (never assumed). */
export const workbookPath = (pkg: Pkg): string => {
  const rel = relsOf(pkg, "").find((r) => typeIs(r.type, "officeDocument") && !r.external);
  if (!rel) throw new Error("no officeDocument relationship in _rels/.rels");
  return rel.target;
};

export type SheetKind = "worksheet" | "chartsheet" | "macrosheet" | "dialogsheet" | "other";

export interface SheetInfo {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly path: string | null;
  readonly state: string;
  readonly kind: SheetKind;
}

const kindOf = (type: string): SheetKind =>
  typeIs(type, "worksheet")
    ? "worksheet"
    : typeIs(type, "chartsheet")
      ? "chartsheet"
      : typeIs(type, "xlMacrosheet") || typeIs(type, "xlIntlMacrosheet")
        ? "macrosheet"
        : typeIs(type, "dialogsheet")
          ? "dialogsheet"
          : "other";

/** Sheets in tab order. */
export const sheetsOf = (pkg: Pkg): SheetInfo[] => {
  const wb = workbookPath(pkg);
  const rels = new Map(relsOf(pkg, wb).map((r) => [r.id, r]));
  return elementsOf(partText(pkg, wb), "sheet").map((s) => {
    const relId = prefixedAttr(s, "id") ?? "";
    const rel = rels.get(relId);
    return {
      name: s.attrs.get("name") ?? "",
      sheetId: Number(s.attrs.get("sheetId")),
      relId,
      path: rel && !rel.external ? rel.target : null,
      state: s.attrs.get("state") ?? "visible",
      kind: rel ? kindOf(rel.type) : "other",
    };
  });
};

/* ------------------------------------------------------------------ cells */

export const columnName = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const columnIndex = (letters: string): number => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

export const parseRef = (ref: string): { row: number; column: number } | null => {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), column: columnIndex(m[1] ?? "") } : null;
};

export interface UserCell {
  readonly value: string | number | boolean | null;
  /** The cell's `t` ("n" when absent). */
  readonly type: string;
  /** Formula text; a shared formula's dependent cell reads `{shared N}`; null without a formula. */
  readonly formula: string | null;
  readonly style: number;
}

/** Sheet name → A1 reference → cell (cells without content are kept too, for their style). */
export type WorkbookCells = ReadonlyMap<string, ReadonlyMap<string, UserCell>>;

const hasContent = (c: UserCell): boolean => c.formula !== null || (c.value !== null && c.value !== "");

/** Text of an `<si>` or `<is>`: its runs' `<t>`, phonetic runs left out. */
const richText = (inner: string): string =>
  unescapeOoxml(
    elementsOf(inner.replace(/<((?:[\w.-]+:)?)rPh\b[\s\S]*?<\/\1rPh\s*>/g, ""), "t")
      .map((t) => decodeText(t.inner ?? ""))
      .join(""),
  );

export const sharedStrings = (pkg: Pkg): string[] => {
  const rel = relsOf(pkg, workbookPath(pkg)).find((r) => typeIs(r.type, "sharedStrings") && !r.external);
  if (!rel || !pkg.entries.has(rel.target)) return [];
  return elementsOf(partText(pkg, rel.target), "si").map((si) => richText(si.inner ?? ""));
};

/** The cells of one worksheet part; rows and cells without `r` follow their predecessors. */
export const readSheetXml = (xml: string, sst: readonly string[]): Map<string, UserCell> => {
  const out = new Map<string, UserCell>();
  let rowNo = 0;
  for (const row of elementsOf(xml, "row")) {
    const r = Number(row.attrs.get("r"));
    rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
    let col = -1;
    for (const c of elementsOf(row.inner ?? "", "c")) {
      const pos = parseRef(c.attrs.get("r") ?? "");
      col = pos ? pos.column : col + 1;
      const ref = `${columnName(col)}${pos ? pos.row : rowNo}`;
      const inner = c.inner ?? "";
      const type = c.attrs.get("t") ?? "n";
      const f = elementsOf(inner, "f")[0];
      const v = elementsOf(inner, "v")[0];
      const vText = v ? decodeText(v.inner ?? "") : null;
      let formula: string | null = null;
      if (f) {
        const text = decodeText(f.inner ?? "");
        formula = text === "" && f.attrs.get("t") === "shared" ? `{shared ${f.attrs.get("si") ?? "?"}}` : text;
      }
      let value: UserCell["value"] = null;
      if (type === "inlineStr") {
        const is = elementsOf(inner, "is")[0];
        value = is ? richText(is.inner ?? "") : vText;
      } else if (vText !== null) {
        if (type === "s") value = sst[Number(vText.trim())] ?? `{missing shared string ${vText.trim()}}`;
        else if (type === "b") value = vText.trim() === "1" || vText.trim() === "true";
        else if (type === "str" || type === "e" || type === "d") value = unescapeOoxml(vText);
        else value = vText.trim() === "" || !Number.isFinite(Number(vText)) ? vText : Number(vText);
      }
      out.set(ref, { value, type, formula, style: Number(c.attrs.get("s") ?? 0) });
    }
  }
  return out;
};

/** Cells of every worksheet and macro sheet, by sheet name. */
export const readWorkbookCells = (pkg: Pkg): Map<string, Map<string, UserCell>> => {
  const sst = sharedStrings(pkg);
  const out = new Map<string, Map<string, UserCell>>();
  for (const s of sheetsOf(pkg)) {
    if (s.kind !== "worksheet" && s.kind !== "macrosheet") continue;
    out.set(s.name, s.path && pkg.entries.has(s.path) ? readSheetXml(partText(pkg, s.path), sst) : new Map());
  }
  return out;
};

/** `actual` restricted to the sheets and cells of `like` (the user's cells as another file holds them). */
export const projectCells = (like: WorkbookCells, actual: WorkbookCells): Map<string, Map<string, UserCell>> => {
  const out = new Map<string, Map<string, UserCell>>();
  for (const [sheet, cells] of like) {
    const a = actual.get(sheet);
    if (!a) continue;
    const m = new Map<string, UserCell>();
    for (const ref of cells.keys()) {
      const c = a.get(ref);
      if (c) m.set(ref, c);
    }
    out.set(sheet, m);
  }
  return out;
};

const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 70 ? `${s.slice(0, 67)}…"` : s;
};

const MAX_PER_SHEET = 12;

const capped = (label: string, sheet: string, lines: string[]): string[] =>
  lines.length <= MAX_PER_SHEET
    ? lines
    : [...lines.slice(0, MAX_PER_SHEET), `${label}: "${sheet}": … and ${lines.length - MAX_PER_SHEET} more`];

export interface CellCompare {
  /** "close": numbers equal to 1e-9 relative (after a LibreOffice save). Default exact. */
  readonly numbers?: "exact" | "close";
}

const sameValue = (a: UserCell["value"], b: UserCell["value"], numbers: "exact" | "close"): boolean => {
  if (typeof a === "number" && typeof b === "number" && numbers === "close")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
};

/**
 * Every cell with content in `expected` is in `actual` with the same value and formula text.
 * Returns one line per lost or changed cell (at most a dozen per sheet, then a count).
 */
export const cellDiffs = (
  label: string,
  expected: WorkbookCells,
  actual: WorkbookCells,
  opts: CellCompare = {},
): string[] => {
  const out: string[] = [];
  for (const [sheet, cells] of expected) {
    const a = actual.get(sheet);
    const withContent = [...cells].filter(([, c]) => hasContent(c));
    if (!a) {
      if (withContent.length > 0) out.push(`${label}: sheet "${sheet}" is gone (${withContent.length} cells)`);
      else out.push(`${label}: sheet "${sheet}" is gone`);
      continue;
    }
    const lines: string[] = [];
    for (const [ref, e] of withContent) {
      const got = a.get(ref);
      if (!got || !hasContent(got)) {
        lines.push(`${label}: "${sheet}"!${ref} lost (was ${show(e.formula !== null ? `=${e.formula}` : e.value)})`);
        continue;
      }
      if (e.formula !== got.formula)
        lines.push(`${label}: "${sheet}"!${ref} formula ${show(e.formula)} became ${show(got.formula)}`);
      else if (!sameValue(e.value, got.value, opts.numbers ?? "exact"))
        lines.push(`${label}: "${sheet}"!${ref} value ${show(e.value)} became ${show(got.value)}`);
    }
    out.push(...capped(label, sheet, lines));
  }
  return out;
};

/** Cells with content in `actual` on `expected`'s sheets where `expected` had none (left behind). */
export const extraCellDiffs = (label: string, expected: WorkbookCells, actual: WorkbookCells): string[] => {
  const out: string[] = [];
  for (const [sheet, cells] of expected) {
    const lines: string[] = [];
    for (const [ref, c] of actual.get(sheet) ?? new Map<string, UserCell>()) {
      const e = cells.get(ref);
      if (hasContent(c) && !(e && hasContent(e)))
        lines.push(`${label}: "${sheet}"!${ref} left behind: ${show(c.formula !== null ? `=${c.formula}` : c.value)}`);
    }
    out.push(...capped(label, sheet, lines));
  }
  return out;
};

/* ------------------------------------------------------------------ styles: highlight fills */

/** Kontrakttjek's highlight colours (Excel's "Bad" and "Neutral" cell-style fills). */
export const HIGHLIGHT_FILLS: ReadonlySet<string> = new Set(["FFFFC7CE", "FFFFEB9C"]);

/** cellXfs index → the solid fill's foreground ARGB (upper case), or null. */
export const fillOfStyle = (pkg: Pkg): ((style: number) => string | null) => {
  const rel = relsOf(pkg, workbookPath(pkg)).find((r) => typeIs(r.type, "styles") && !r.external);
  if (!rel || !pkg.entries.has(rel.target)) return () => null;
  const xml = partText(pkg, rel.target);
  const fills = elementsOf(elementsOf(xml, "fills")[0]?.inner ?? "", "fill").map((f) => {
    const fg = elementsOf(f.inner ?? "", "fgColor")[0];
    return fg?.attrs.get("rgb")?.toUpperCase() ?? null;
  });
  const xfs = elementsOf(elementsOf(xml, "cellXfs")[0]?.inner ?? "", "xf").map((x) =>
    Number(x.attrs.get("fillId") ?? 0),
  );
  return (style) => fills[xfs[style] ?? 0] ?? null;
};

/** User cells that carry a highlight fill they did not have in the baseline. */
export const highlightDiffs = (
  label: string,
  baseline: { readonly pkg: Pkg; readonly cells: WorkbookCells },
  actual: { readonly pkg: Pkg; readonly cells: WorkbookCells },
): string[] => {
  const fillB = fillOfStyle(baseline.pkg);
  const fillA = fillOfStyle(actual.pkg);
  const out: string[] = [];
  for (const [sheet, cells] of baseline.cells) {
    const lines: string[] = [];
    for (const [ref, c] of actual.cells.get(sheet) ?? new Map<string, UserCell>()) {
      const fill = fillA(c.style);
      if (fill === null || !HIGHLIGHT_FILLS.has(fill)) continue;
      const before = cells.get(ref);
      if (fillB(before?.style ?? 0) !== fill) lines.push(`${label}: "${sheet}"!${ref} still highlighted (${fill})`);
    }
    out.push(...capped(label, sheet, lines));
  }
  return out;
};

/* ------------------------------------------------------------------ what is left of Kontrakttjek */

export const MARKS_NAMESPACE_PREFIX = "urn:kontrakttjek:marks";

export interface Residue {
  /** The sheet concerned, or null for the package (the ownership record). */
  readonly sheet: string | null;
  readonly what: string;
}

/**
 * What Kontrakttjek leaves after a clean: sheets the user never had, its ownership record, cells
 * on the user's sheets (its `Kontrol` column) and highlight fills.
 */
export const residueOf = (
  label: string,
  baseline: { readonly pkg: Pkg; readonly cells: WorkbookCells },
  actual: { readonly pkg: Pkg; readonly cells: WorkbookCells },
  /** Cells another program wrote of its own accord (LibreOffice fills array-formula ranges). */
  alsoExpected?: WorkbookCells,
): Residue[] => {
  const out: Residue[] = [];
  const userSheets = new Set(sheetsOf(baseline.pkg).map((s) => s.name));
  for (const s of sheetsOf(actual.pkg))
    if (!userSheets.has(s.name)) out.push({ sheet: s.name, what: `${label}: sheet "${s.name}" is still there` });
  for (const name of actual.pkg.order) {
    if (!/\.xml$/i.test(name) || !/^customxml\//i.test(name)) continue;
    if (partText(actual.pkg, name).includes(MARKS_NAMESPACE_PREFIX))
      out.push({ sheet: null, what: `${label}: ownership record ${name} is still there` });
  }
  const sheetOf = (line: string): string | null => /"([^"]*)"!/.exec(line)?.[1] ?? null;
  const expected = new Map<string, ReadonlyMap<string, UserCell>>();
  for (const [sheet, cells] of baseline.cells)
    expected.set(sheet, new Map([...cells, ...[...(alsoExpected?.get(sheet) ?? [])].filter(([, c]) => hasContent(c))]));
  for (const line of extraCellDiffs(label, expected, actual.cells)) out.push({ sheet: sheetOf(line), what: line });
  for (const line of highlightDiffs(label, baseline, actual)) out.push({ sheet: sheetOf(line), what: line });
  return out;
};

/** Residue the clean did not mention (its output names the sheet where it kept something). */
export const unreportedResidue = (residue: readonly Residue[], cleanOutput: string): string[] =>
  residue.filter((r) => r.sheet === null || !cleanOutput.includes(r.sheet)).map((r) => r.what);

/* ------------------------------------------------------------------ features: what a user made */

const countOf = (xml: string, local: string): number => elementsOf(xml, local).length;

/** Legacy and threaded comments, drawings with their charts and pictures, tables, pivots. */
const sheetFeatures = (pkg: Pkg, sheet: SheetInfo): string[] => {
  const out: string[] = [];
  const at = `on "${sheet.name}"`;
  if (!sheet.path || !pkg.entries.has(sheet.path)) return [`${sheet.kind} "${sheet.name}" has no part`];
  const xml = partText(pkg, sheet.path);
  for (const [local, what] of [
    ["conditionalFormatting", "conditional format"],
    ["dataValidation", "data validation"],
    ["hyperlink", "hyperlink"],
    ["mergeCell", "merged range"],
    ["sparklineGroup", "sparkline group"],
    ["protectedRange", "protected range"],
  ] as const) {
    const n = countOf(xml, local);
    if (n > 0) out.push(`${n} × ${what} ${at}`);
  }
  for (const rel of relsOf(pkg, sheet.path)) {
    if (rel.external) continue;
    const has = pkg.entries.has(rel.target);
    const text = (): string => (has ? partText(pkg, rel.target) : "");
    if (!has && !typeIs(rel.type, "hyperlink")) {
      out.push(`missing part ${rel.target} (${rel.type.split("/").pop()}) ${at}`);
      continue;
    }
    if (typeIs(rel.type, "comments")) {
      for (const c of elementsOf(text(), "comment"))
        out.push(`comment ${c.attrs.get("ref")} ${at}: ${show(richText(c.inner ?? ""))}`);
    } else if (typeIs(rel.type, "threadedComment")) {
      for (const c of elementsOf(text(), "threadedComment"))
        out.push(`threaded comment ${c.attrs.get("ref")} ${at}: ${show(richText(c.inner ?? ""))}`);
    } else if (typeIs(rel.type, "drawing")) {
      const d = text();
      const charts = relsOf(pkg, rel.target)
        .filter((r) => typeIs(r.type, "chart") && !r.external && pkg.entries.has(r.target))
        .map((r) => {
          const kinds = [...partText(pkg, r.target).matchAll(/<(?:[\w.-]+:)?(\w+Chart)\b/g)].map((m) => m[1] ?? "");
          return [...new Set(kinds)].sort().join("+") || "chart";
        })
        .sort();
      for (const c of charts) out.push(`chart (${c}) ${at}`);
      const pics = countOf(d, "pic");
      if (pics > 0) out.push(`${pics} × picture ${at}`);
      const shapes = countOf(d, "sp");
      if (shapes > 0) out.push(`${shapes} × shape ${at}`);
    } else if (typeIs(rel.type, "table")) {
      const t = elementsOf(text(), "table")[0];
      const cols = elementsOf(t?.inner ?? "", "tableColumn").map((c) => c.attrs.get("name") ?? "");
      out.push(`table "${t?.attrs.get("name")}" ${t?.attrs.get("ref")} [${cols.join(" | ")}] ${at}`);
    } else if (typeIs(rel.type, "pivotTable")) {
      const p = elementsOf(text(), "pivotTableDefinition")[0];
      // by place, not name: LibreOffice renames pivot tables by their order in the workbook
      out.push(`pivot table at ${elementsOf(p?.inner ?? "", "location")[0]?.attrs.get("ref")} ${at}`);
    } else if (typeIs(rel.type, "ctrlProp")) {
      out.push(`form control ${at}`);
    } else if (typeIs(rel.type, "image")) {
      out.push(`image ${sha1(pkg.entries.get(rel.target) ?? new Uint8Array())} ${at}`);
    }
  }
  return out;
};

/**
 * What the user made besides cells, as comparable lines without part names (LibreOffice renames
 * parts): sheets with kind and visibility, per-sheet features, defined names (scope by sheet
 * name), VBA, custom XML items, images, external links.
 */
export const inventory = (pkg: Pkg): string[] => {
  const out: string[] = [];
  const wb = workbookPath(pkg);
  const sheets = sheetsOf(pkg);
  for (const s of sheets) {
    out.push(`${s.kind} "${s.name}"${s.state === "visible" ? "" : ` (${s.state})`}`);
    out.push(...sheetFeatures(pkg, s));
  }
  for (const d of elementsOf(partText(pkg, wb), "definedName")) {
    const local = d.attrs.get("localSheetId");
    const scope = local === undefined ? "" : ` [scope "${sheets[Number(local)]?.name ?? `#${local}`}"]`;
    out.push(`defined name ${d.attrs.get("name")}${scope} = ${decodeText(d.inner ?? "")}`);
  }
  for (const rel of relsOf(pkg, wb)) {
    if (rel.external) continue;
    const b = pkg.entries.get(rel.target);
    if (typeIs(rel.type, "vbaProject")) out.push(`VBA project ${b ? sha1(b) : "(missing)"}`);
    if (typeIs(rel.type, "externalLink") && b) {
      const link = relsOf(pkg, rel.target).find((r) => r.external);
      out.push(`external link to ${link?.target ?? "?"}`);
    }
  }
  for (const name of pkg.order) {
    if (/^customxml\/item\d*\.xml$/i.test(name)) out.push(`custom XML ${rootNamespace(partText(pkg, name)) || name}`);
    if (/\/media\//i.test(name)) out.push(`media ${sha1(pkg.entries.get(name) ?? new Uint8Array())}`);
  }
  return out;
};

/** Lines of `before` missing from `after` ("lost") and lines only in `after` ("added"), as multisets. */
export const inventoryDiffs = (label: string, before: readonly string[], after: readonly string[]): string[] => {
  const count = new Map<string, number>();
  for (const l of after) count.set(l, (count.get(l) ?? 0) + 1);
  const out: string[] = [];
  for (const l of before) {
    const n = count.get(l) ?? 0;
    if (n === 0) out.push(`${label}: lost ${l}`);
    else count.set(l, n - 1);
  }
  for (const [l, n] of count) for (let i = 0; i < n; i++) out.push(`${label}: added ${l}`);
  return out;
};

/* ------------------------------------------------------------------ parts */

const firstDifference = (a: string, b: string): string => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 30);
  return `at ${i}: ${show(a.slice(from, i + 50))} vs ${show(b.slice(from, i + 50))}`;
};

export interface PartAllowance {
  /** Parts a write and its clean edit: canonically equal afterwards (parsed and serialized again). */
  readonly canonical: ReadonlySet<string>;
  /** Parts where every original entry of every section must stay at its index (styles may grow). */
  readonly prefix: ReadonlySet<string>;
  /** Caches a write may drop for good (calcChain: Excel rebuilds it). */
  readonly mayGo: ReadonlySet<string>;
  /** Parts a write adds that clean may leave (a styles part for highlights, a documented limit). */
  readonly mayAdd: ReadonlySet<string>;
}

/** Content-type overrides and relationships that name one of `parts`, taken out of a part's text. */
const withoutReferencesTo = (name: string, xml: string, parts: ReadonlySet<string>): string => {
  if (parts.size === 0) return xml;
  if (/\[content_types\]\.xml$/i.test(name))
    return xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*?\/>/g, (o) => {
      const p = /PartName="\/?([^"]*)"/.exec(o)?.[1] ?? "";
      return parts.has(p) ? "" : o;
    });
  if (!name.endsWith(".rels")) return xml;
  const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
  return xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*?\/>/g, (r) => {
    const t = /Target="([^"]*)"/.exec(r)?.[1] ?? "";
    return parts.has(resolveTarget(dirOf(name === "_rels/.rels" ? "" : source), t)) ? "" : r;
  });
};

/**
 * Part by part: every part of `before` is in `after` byte-identical, except the allowances (see
 * `PartAllowance`). Parts gone or added are listed; zip directory entries are not parts.
 */
export const partDiffs = (label: string, before: Pkg, after: Pkg, allowed: PartAllowance): string[] => {
  const out: string[] = [];
  for (const name of before.order) {
    if (name.endsWith("/")) continue;
    const a = before.entries.get(name) ?? new Uint8Array();
    const b = after.entries.get(name);
    if (!b) {
      if (!allowed.mayGo.has(name)) out.push(`${label}: part ${name} is gone`);
      continue;
    }
    if (Buffer.from(a).equals(Buffer.from(b))) continue;
    if (allowed.prefix.has(name)) {
      try {
        assertSectionsPrefix(partText(before, name), partText(after, name));
      } catch (e) {
        out.push(`${label}: part ${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else if (allowed.canonical.has(name)) {
      const text = (pkg: Pkg, drop: ReadonlySet<string>): string =>
        canonDoc(withoutReferencesTo(name, partText(pkg, name).replace(/^\uFEFF/, ""), drop));
      const ca = text(before, new Set([...allowed.mayGo].filter((p) => !after.entries.has(p))));
      const cb = text(after, allowed.mayAdd);
      if (ca !== cb) out.push(`${label}: part ${name} differs ${firstDifference(ca, cb)}`);
    } else out.push(`${label}: part ${name} changed (${a.length} → ${b.length} bytes)`);
  }
  for (const name of after.order)
    if (!name.endsWith("/") && !before.entries.has(name) && !allowed.mayAdd.has(name))
      out.push(`${label}: part ${name} was added`);
  return out;
};

/* ------------------------------------------------------------------ the Forløb sheet */

export const FORLOEB_HEADERS = [
  "CVR-nummer",
  "P-nummer",
  "Virksomhed",
  "Kundesegment",
  "Forløbstype",
  "Tema",
  "Startdato",
  "Slutdato",
  "Timer",
  "Kommune",
  "Hovedsæde (region)",
  "Henvist til",
  "Stiftelsesdato",
  "Sendt til brugerevaluering",
  "Ledelsesvurdering",
] as const;

/** A CVR number with a valid modulus-11 check digit after the seven given digits. */
export const validCvr = (first7: string): string => {
  const w = [2, 7, 6, 5, 4, 3, 2];
  const sum = [...first7].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error(`no check digit makes ${first7}x valid`);
  return `${first7}${check}`;
};

export type Entry = string | number | null;

/**
 * Twenty courses as house staff type them: text and serial dates, decimal hours, a few mistakes
 * on purpose (a bad CVR check digit, 25 hours without a management decision, an end before the
 * start, an unknown segment, a short P-number, a date that does not exist, a duplicate row).
 */
export const forloebRows = (): Entry[][] => {
  const row = (
    cvr: string,
    p: string,
    name: string,
    seg: string,
    type: string,
    theme: string,
    start: Entry,
    end: Entry,
    hours: Entry,
    kommune: string,
    region: string,
    ref: string,
    founded: Entry,
    sent: string,
    decision: string,
  ): Entry[] => [cvr, p, name, seg, type, theme, start, end, hours, kommune, region, ref, founded, sent, decision];
  const S = "Region Sjælland";
  // prettier-ignore
  const rows: Entry[][] = [
    row(validCvr("4622732"), "4636370235", "Byens Biotek ApS", "drift", "Kort forløb", "Grøn omstilling", "22-07-2025", "06-08-2025", 2, "Køge", S, "ingen", 34508, "nej", "nej"),
    row(validCvr("8554030"), "3065200153", "Havne Software A/S", "vækst", "Kort forløb", "Rekruttering", "2025-02-14", "2025-04-13", 2.5, "Roskilde", S, "ingen", "1998-04-01", "ja", "nej"),
    row(validCvr("8060414"), "9863498248", "Fjord Bageri I/S", "vækst", "Handlingsplan", "Grøn omstilling", 45810, 45822, 6.5, "Holbæk", S, "Klyngeorganisation; Trade Council", 45470, "ja", "nej"),
    row(validCvr("3846761"), "8503059884", "Nordisk Logistik I/S", "vækst", "Vækstplan", "Ledelse", "04-12-2025", "23-01-2026", 13, "Kalundborg", S, "GTS-institut", "12-06-2008", "ja", "ja"),
    row("12345678", "8021272844", "Byens Fødevarer I/S", "drift", "Handlingsplan", "Digitalisering", "03-02-2025", "02-03-2025", 10.5, "Næstved", S, "Revisor", 43531, "ja", "ja"),
    row(validCvr("2364437"), "5823712792", "Grøn Tømrer I/S", "drift", "Kort forløb", "Ledelse", "2025-09-15", "2025-10-31", 1.5, "Slagelse", S, "Trade Council", 42382, "nej", "nej"),
    row(validCvr("9564373"), "9723820682", "Havne Bageri ApS", "vækst", "Vækstplan", "Eksport", "01-03-2025", "30-06-2025", 25, "Ringsted", S, "EIFO", 35880, "ja", "nej"),
    row(validCvr("6978432"), "1496394062", "Sjællands Logistik ApS", "drift", "Kort forløb", "Automatisering", "10-02-2025", "03-03-2025", "1,5", "Sorø", S, "ingen", 40439, "nej", "nej"),
    row(validCvr("1129860"), "1605751705", "Dansk Tømrer IVS", "drift", "Handlingsplan", "Ejerskifte", "08-07-2025", "05-09-2025", 6.5, "Faxe", S, "Privat rådgiver", 43197, "ja", "nej"),
    row(validCvr("4128414"), "4588253132", "Skov Biotek I/S", "stor", "Kort forløb", "Finansiering", "05-05-2025", "12-05-2025", 1.5, "Stevns", S, "ingen", 45166, "nej", "nej"),
    row(validCvr("8145206"), "370809162", "Havne Maskinfabrik ApS", "drift", "Handlingsplan", "Digitalisering", "2025-06-10", "2025-07-14", 4, "Guldborgsund", S, "Trade Council; EIFO", 33995, "ja", "nej"),
    row(validCvr("6788654"), "5757509742", "Grøn Bageri A/S", "drift", "Handlingsplan", "Ledelse", "15-03-2025", "16-04-2025", 10.5, "Lolland", S, "EIFO; Innovationsfonden", 45520, "ja", "ja"),
    row(validCvr("8285209"), "9507003573", "Dansk El-service IVS", "vækst", "Vækstplan", "Ledelse", "31-04-2025", "01-06-2025", 16.5, "Vordingborg", S, "Privat rådgiver", 36857, "ja", "ja"),
    row(validCvr("3651989"), "5994795260", "Skov Biotek ApS", "vækst", "Kort forløb", "Ledelse", "20-11-2025", "08-01-2025", 1, "Odsherred", S, "EIFO; Revisor", 44939, "nej", "nej"),
    row(validCvr("8753778"), "9167084102", "Kyst Fødevarer ApS", "drift", "Handlingsplan", "Digitalisering", "07-02-2025", "08-02-2025", 10, "Lejre", S, "ingen", 38085, "ja", "ja"),
    row(validCvr("2751871"), "2786061996", "Skov Software A/S", "drift", "Handlingsplan", "Rekruttering", "2025-08-01", "2025-09-19", 8, "Greve", S, "Privat rådgiver", 41541, "ja", "nej"),
    row(validCvr("5056774"), "7055198892", "Nordisk Tømrer IVS", "drift", "Kort forløb", "Digitalisering", "25-07-2025", "20-09-2025", 2.5, "Solrød", S, "Privat rådgiver", 40895, "nej", "nej"),
    row(validCvr("1719864"), "8188656033", "Havne Fødevarer IVS", "drift", "Vækstplan", "Rekruttering", "06-10-2025", "08-11-2025", 22, "Køge", S, "EIFO", 40699, "ja", "ja"),
    row(validCvr("5061279"), "9846278448", "Kyst Biotek I/S", "vækst", "Kort forløb", "Rekruttering", "24-10-2025", "11-11-2025", 3, "Roskilde", S, "ingen", 35106, "nej", "nej"),
  ];
  rows.push([...(rows[2] ?? [])]); // the same course typed twice
  return rows;
};

const cellXml = (ref: string, v: Entry): string => {
  if (v === null) return "";
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  const space = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${escapeXml(v)}</t></is></c>`;
};

const nextFree = (taken: (n: number) => boolean): number => {
  let n = 1;
  while (taken(n)) n++;
  return n;
};

/** Inserts `xml` before the closing tag of the first element of that local name. */
const insertBeforeClose = (doc: string, local: string, xml: string): string => {
  const re = new RegExp(`<\\/((?:[\\w.-]+:)?)${local}\\s*>`);
  const m = re.exec(doc);
  if (!m) throw new Error(`no </${local}> to insert into`);
  return doc.slice(0, m.index) + xml + doc.slice(m.index);
};

const relsDoc = (xml: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${xml}</Relationships>`;

const addRelationship = (
  rels: string | undefined,
  type: string,
  target: string,
): { readonly xml: string; readonly id: string } => {
  const doc = rels ?? relsDoc("");
  const ids = new Set(elementsOf(doc, "Relationship").map((r) => r.attrs.get("Id")));
  const id = `rId${nextFree((n) => ids.has(`rId${n}`))}`;
  const m = /<((?:[\w.-]+:)?)Relationships[\s>]/.exec(doc);
  const el = `<${m?.[1] ?? ""}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  return { xml: insertBeforeClose(doc, "Relationships", el), id };
};

const addOverride = (types: string, part: string, contentType: string): string => {
  const m = /<((?:[\w.-]+:)?)Types[\s>]/.exec(types);
  return insertBeforeClose(
    types,
    "Types",
    `<${m?.[1] ?? ""}Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`,
  );
};

/** The declared prefix of a namespace on a document's root element, if any. */
const prefixOf = (xml: string, ns: string): string | null => {
  const root = /<(?!\?|!)[^>]*>/.exec(xml)?.[0] ?? "";
  for (const m of root.matchAll(/xmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)) if (m[2] === ns) return m[1] ?? null;
  return null;
};

export interface ForloebOptions {
  /** Put the courses in an Excel table (`Forloeb`) instead of a plain range. */
  readonly table?: boolean;
  readonly sheetName?: string;
  readonly rows?: readonly (readonly Entry[])[];
}

/**
 * Adds a `Forløb` worksheet by a minimal package edit: a new worksheet part (inline strings and
 * numbers, no styles), its `<sheet>` in the workbook (next free sheetId, new r:id), the
 * relationship, and a content-type override; with `table`, also a table part and the sheet's
 * rels. Strict workbooks get Strict namespaces. Every other part keeps its bytes.
 */
export const addForloeb = (pkg: Pkg, opts: ForloebOptions = {}): Pkg => {
  const name = opts.sheetName ?? "Forløb";
  const rows = [FORLOEB_HEADERS as readonly Entry[], ...(opts.rows ?? forloebRows())];
  const wb = workbookPath(pkg);
  const wbDir = dirOf(wb);
  const wbXml = partText(pkg, wb);
  const strict = rootNamespace(wbXml) === STRICT_MAIN;
  const MAIN = strict ? STRICT_MAIN : TRANSITIONAL_MAIN;
  const REL = strict ? STRICT_REL : TRANSITIONAL_REL;
  const base = wbDir ? `${wbDir}/` : "";
  const taken = (p: string): boolean => findPart(pkg, p) !== undefined;
  const sheetPart = `${base}worksheets/sheet${nextFree((n) => taken(`${base}worksheets/sheet${n}.xml`))}.xml`;
  const lastCol = columnName(FORLOEB_HEADERS.length - 1);
  const ref = `A1:${lastCol}${rows.length}`;
  const changes: Record<string, string> = {};
  const ctName = findPart(pkg, "[Content_Types].xml") ?? "[Content_Types].xml";
  let types = partText(pkg, ctName);

  let tableParts = "";
  if (opts.table) {
    const tables = pkg.order.filter((n) => /(^|\/)tables\/[^/]+\.xml$/i.test(n));
    const ids = new Set(tables.map((t) => Number(elementsOf(partText(pkg, t), "table")[0]?.attrs.get("id"))));
    const tableNames = new Set(tables.map((t) => elementsOf(partText(pkg, t), "table")[0]?.attrs.get("name")));
    if (tableNames.has("Forloeb")) throw new Error("the workbook already has a table named Forloeb");
    const tablePart = `${base}tables/table${nextFree((n) => taken(`${base}tables/table${n}.xml`))}.xml`;
    const id = nextFree((n) => ids.has(n));
    changes[tablePart] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="Forloeb" displayName="Forloeb" ref="${ref}" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${FORLOEB_HEADERS.length}">` +
      FORLOEB_HEADERS.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join("") +
      `</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
    const rel = addRelationship(undefined, `${REL}/table`, `../tables/${tablePart.split("/").pop()}`);
    changes[relsPathOf(sheetPart)] = rel.xml;
    tableParts = `<tableParts count="1"><tablePart r:id="${rel.id}"/></tableParts>`;
    types = addOverride(types, tablePart, CT_TABLE);
    if (!/<(?:[\w.-]+:)?Default\b[^>]*Extension="rels"/i.test(types))
      types = addOverride(types, relsPathOf(sheetPart), CT_RELS);
  }

  changes[sheetPart] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="${ref}"/><sheetData>` +
    rows
      .map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cellXml(`${columnName(c)}${i + 1}`, v)).join("")}</row>`)
      .join("") +
    `</sheetData>${tableParts}</worksheet>`;
  types = addOverride(types, sheetPart, CT_WORKSHEET);
  changes[ctName] = types;

  const wbRelsName = findPart(pkg, relsPathOf(wb)) ?? relsPathOf(wb);
  const target = wbDir ? sheetPart.slice(wbDir.length + 1) : sheetPart;
  const rel = addRelationship(
    pkg.entries.has(wbRelsName) ? partText(pkg, wbRelsName) : undefined,
    `${REL}/worksheet`,
    target,
  );
  changes[wbRelsName] = rel.xml;

  const sheets = elementsOf(wbXml, "sheet");
  if (sheets.some((s) => s.attrs.get("name")?.toLowerCase() === name.toLowerCase()))
    throw new Error(`the workbook already has a sheet named ${name}`);
  const sheetId = Math.max(0, ...sheets.map((s) => Number(s.attrs.get("sheetId")) || 0)) + 1;
  const sheetsEl = /<((?:[\w.-]+:)?)sheets[\s>]/.exec(wbXml);
  const rPrefix = prefixOf(wbXml, REL);
  const rAttr = rPrefix ? `${rPrefix}:id="${rel.id}"` : `r:id="${rel.id}" xmlns:r="${REL}"`;
  changes[wb] = insertBeforeClose(
    wbXml,
    "sheets",
    `<${sheetsEl?.[1] ?? ""}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rAttr}/>`,
  );
  return withParts(pkg, changes);
};

/* ------------------------------------------------------------------ what users do to workbooks */

/** Rewrites an attribute (a pattern of names) on the elements of the given local names (a pattern too). */
export const mapAttr = (xml: string, locals: string, attr: string, f: (value: string) => string): string =>
  xml.replace(
    new RegExp(`(<(?:[\\w.-]+:)?(?:${locals})(?=[\\s/>])[^>]*?\\s${attr}\\s*=\\s*")([^"]*)(")`, "g"),
    (_m, a: string, v: string, b: string) => `${a}${f(v)}${b}`,
  );

/**
 * Reorders the tabs (the `<sheet>` elements) as Excel does when a user drags a tab: sheet-scoped
 * defined names (`localSheetId`) and the active/first tab follow their sheets.
 */
export const reorderSheets = (pkg: Pkg, order: (names: readonly string[]) => readonly string[]): Pkg => {
  const wb = workbookPath(pkg);
  const xml = partText(pkg, wb);
  const sheets = elementsOf(xml, "sheet");
  const first = sheets[0];
  const last = sheets[sheets.length - 1];
  if (!first || !last) return pkg;
  const names = sheets.map((s) => s.attrs.get("name") ?? "");
  const wanted = order(names);
  if ([...wanted].sort().join("\n") !== [...names].sort().join("\n")) throw new Error("reorder must keep every sheet");
  const newIndex = new Map(wanted.map((n, i) => [n, i]));
  const oldToNew = names.map((n) => newIndex.get(n) ?? 0);
  const texts = new Map(sheets.map((s, i) => [names[i] ?? "", xml.slice(s.start, s.end)]));
  let out = xml.slice(0, first.start) + wanted.map((n) => texts.get(n) ?? "").join("") + xml.slice(last.end);
  out = mapAttr(out, "definedName", "localSheetId", (i) => String(oldToNew[Number(i)] ?? i));
  out = out.replace(/(<(?:[\w.-]+:)?workbookView\b[^>]*>)/g, (view: string) =>
    view.replace(
      /\b(activeTab|firstSheet)="(\d+)"/g,
      (_m, k: string, i: string) => `${k}="${oldToNew[Number(i)] ?? i}"`,
    ),
  );
  return withParts(pkg, { [wb]: out });
};

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Renames a sheet as Excel does: its `<sheet name>` and every formula reference to it (defined
 * names, cell formulas, chart series) in every XML part.
 */
export const renameSheet = (pkg: Pkg, from: string, to: string): Pkg => {
  const wb = workbookPath(pkg);
  const changes: Record<string, string> = {};
  const refs = new RegExp(`(${escapeRe(escapeXml(quoteSheet(from)))}|(?<![\\w'.])${escapeRe(escapeXml(from))})!`, "g");
  for (const name of pkg.order) {
    if (!/\.xml$/i.test(name)) continue;
    const xml = partText(pkg, name);
    let out = xml.replace(refs, `${escapeXml(quoteSheet(to))}!`);
    if (name === wb) {
      out = out.replace(
        new RegExp(`(<(?:[\\w.-]+:)?sheet\\b[^>]*?\\bname=")${escapeRe(escapeXml(from))}(")`),
        (_m, a: string, b: string) => `${a}${escapeXml(to)}${b}`,
      );
    }
    if (out !== xml) changes[name] = out;
  }
  return withParts(pkg, changes);
};

/** sheetIds 1..n in tab order, as LibreOffice writes them on every save. */
export const renumberSheetIds = (pkg: Pkg): Pkg => {
  const wb = workbookPath(pkg);
  let i = 0;
  return withParts(pkg, { [wb]: mapAttr(partText(pkg, wb), "sheet", "sheetId", () => String(++i)) });
};

const shiftRange = (ref: string, by: number): string =>
  ref.replace(/(\$?[A-Za-z]{1,3}\$?)(\d+)/g, (_m, col: string, row: string) => `${col}${Number(row) + by}`);

/**
 * Inserts `by` empty rows above row 1 of a worksheet as Excel would: rows, cells, the dimension,
 * merged ranges and the sheet's tables move down (cell formulas are left as they are: the
 * generated workbooks that use this hold no references).
 */
export const insertRowsAbove = (pkg: Pkg, sheetName: string, by: number): Pkg => {
  const sheet = sheetsOf(pkg).find((s) => s.name === sheetName);
  if (!sheet?.path) throw new Error(`no worksheet ${sheetName}`);
  let xml = partText(pkg, sheet.path);
  xml = mapAttr(xml, "row", "r", (r) => String(Number(r) + by));
  xml = mapAttr(xml, "c|dimension|mergeCell", "(?:r|ref)", (r) => shiftRange(r, by));
  xml = mapAttr(xml, "selection|conditionalFormatting|dataValidation", "sqref", (r) => shiftRange(r, by));
  const changes: Record<string, string> = { [sheet.path]: xml };
  for (const rel of relsOf(pkg, sheet.path)) {
    if (!typeIs(rel.type, "table") || rel.external || !pkg.entries.has(rel.target)) continue;
    changes[rel.target] = mapAttr(partText(pkg, rel.target), "table|autoFilter", "ref", (r) => shiftRange(r, by));
  }
  return withParts(pkg, changes);
};

/** Cells moved down by `by` rows (what `insertRowsAbove` does to a sheet's cells). */
export const shiftCells = (cells: ReadonlyMap<string, UserCell>, by: number): Map<string, UserCell> => {
  const out = new Map<string, UserCell>();
  for (const [ref, c] of cells) {
    const p = parseRef(ref);
    out.set(p ? `${columnName(p.column)}${p.row + by}` : ref, c);
  }
  return out;
};

/* ------------------------------------------------------------------ LibreOffice, many files at once */

/** The extension Excel insists on for a package (macro-enabled main part → .xlsm). */
export const extensionFor = (pkg: Pkg): ".xlsx" | ".xlsm" => {
  const ct = findPart(pkg, "[Content_Types].xml");
  return ct && partText(pkg, ct).includes("macroEnabled.main") ? ".xlsm" : ".xlsx";
};

const FILTER: Readonly<Record<string, string>> = {
  ".xlsx": "xlsx:Calc MS Excel 2007 XML",
  ".xlsm": "xlsm:Calc MS Excel 2007 VBA XML",
};

const runSoffice = (bin: string, args: readonly string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    execFile(bin, [...args], { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 }, (err, _out, stderr) =>
      err ? reject(new Error(`soffice failed: ${err.message}\n${stderr}`)) : resolve(),
    );
  });

/**
 * Re-saves every file with LibreOffice headless (xlsx → xlsx, xlsm → xlsm with its VBA) in one
 * soffice call per extension — far faster than one call per file. Keys are file names with their
 * extension (unique); the result has the same keys. Throws naming the files LibreOffice did not write.
 */
export const resaveWithLibreOffice = async (
  files: ReadonlyMap<string, Uint8Array>,
): Promise<Map<string, Uint8Array>> => {
  const bin = sofficePath();
  if (!bin) throw new Error("LibreOffice (soffice) is not installed");
  const dir = mkdtempSync(join(tmpdir(), "kt-lo-batch-"));
  try {
    const profile = pathToFileURL(join(dir, "profile")).href;
    const out = new Map<string, Uint8Array>();
    for (const ext of [".xlsx", ".xlsm"]) {
      const names = [...files.keys()].filter((n) => n.toLowerCase().endsWith(ext));
      if (names.length === 0) continue;
      const inDir = join(dir, `in${ext}`);
      const outDir = join(dir, `out${ext}`);
      mkdirSync(inDir);
      for (const n of names) writeFileSync(join(inDir, n), files.get(n) ?? new Uint8Array());
      await runSoffice(bin, [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        FILTER[ext] ?? "xlsx",
        "--outdir",
        outDir,
        ...names.map((n) => join(inDir, n)),
      ]);
      const missing: string[] = [];
      for (const n of names) {
        try {
          out.set(n, new Uint8Array(readFileSync(join(outDir, n))));
        } catch {
          missing.push(n);
        }
      }
      if (missing.length > 0) throw new Error(`LibreOffice wrote no output for ${missing.join(", ")}`);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
