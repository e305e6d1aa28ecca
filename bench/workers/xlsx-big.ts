/**
 * An .xlsx too large for `createWorkbook`, which builds each sheet's XML as one string (V8 caps a
 * string at about 512 MB; 1,048,575 fifteen-column rows take more): take the workbook it writes
 * for the first rows, and stream the data rows of every table into its sheets and tables, with
 * the same styles per column and the same shared-string table, as createWorkbook would have
 * written them. Only the benchmark needs this.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { unzipSync, Zip, ZipDeflate } from "fflate";
import { ROLE_SPECS, ROLES, isCellError, type CellValue, type WorkbookData } from "../../src/domain/model";
import { columnLetters } from "../../src/workbook/sheet/a1";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

const escapeXml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

const unescapeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : "'",
  );

/** The shared-string table: the template's strings first, then every new one. */
class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  constructor(xml: string) {
    for (const m of xml.matchAll(/<si>(.*?)<\/si>/gs)) {
      const text = [...(m[1] ?? "").matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescapeXml(t[1] ?? "")).join("");
      this.index.set(text, this.list.length);
      this.list.push(text);
    }
  }

  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

function cellXml(ref: string, style: string, v: CellValue | undefined, sst: SharedStrings): string {
  if (v === null || v === undefined || v === "") return "";
  if (isCellError(v)) return `<c r="${ref}"${style} t="e"><v>${escapeXml(v.error)}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="s"><v>${sst.id(v)}</v></c>`;
}

/** Part path of each sheet by name, from workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const wb = decoder.decode(files["xl/workbook.xml"]);
  const rels = decoder.decode(files["xl/_rels/workbook.xml.rels"]);
  const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const t = target.get(m[2]);
    if (m[1] && t) out.set(m[1], `xl/${t.replace(/^\/?xl\//, "")}`);
  }
  return out;
}

/** Write `template` (a small workbook of the same spec) with every table's rows from `data`. */
export function writeBigXlsx(template: Uint8Array, data: WorkbookData, file: string): number {
  const files = unzipSync(template);
  const parts = sheetParts(files);
  const big = new Map<string, (typeof ROLES)[number]>();
  for (const role of ROLES) {
    const path = parts.get(ROLE_SPECS[role].sheetName);
    if (path && data[role]) big.set(path, role);
  }
  const sstName = "xl/sharedStrings.xml";
  const sst = new SharedStrings(decoder.decode(files[sstName] ?? new Uint8Array()));
  // String cells the template keeps: every sheet but the data rows of the streamed ones.
  for (const [name, content] of Object.entries(files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = decoder.decode(content);
    const kept = big.has(name) ? (/<row r="1"[^>]*>.*?<\/row>/s.exec(xml)?.[0] ?? "") : xml;
    sst.count += kept.split('t="s"').length - 1;
  }
  const names = Object.keys(files);
  if ([...big.keys()].some((n) => names.indexOf(n) > names.indexOf(sstName)))
    throw new Error("the shared strings come before a sheet in the template");
  const fd = openSync(file, "w");
  let bytes = 0;
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else {
      writeSync(fd, chunk);
      bytes += chunk.byteLength;
    }
  });
  try {
    for (const [name, content] of Object.entries(files)) {
      const role = big.get(name);
      const tableRole = ROLES.find((r) => decoder.decode(content).includes(`name="${ROLE_SPECS[r].tableName}"`));
      const entry = new ZipDeflate(name, { level: 1 });
      zip.add(entry);
      if (role) streamSheet(entry, decoder.decode(content), role, data, sst);
      else if (name === sstName) streamStrings(entry, decoder.decode(content), sst);
      else if (name.startsWith("xl/tables/") && tableRole && data[tableRole]) {
        const last = `${columnLetters(ROLE_SPECS[tableRole].fields.length - 1)}${(data[tableRole]?.rowCount ?? 0) + 1}`;
        entry.push(encoder.encode(decoder.decode(content).replace(/ref="A1:[A-Z]+\d+"/g, `ref="A1:${last}"`)), true);
      } else entry.push(content, true);
    }
    zip.end();
  } finally {
    closeSync(fd);
  }
  if (failed) throw failed;
  return bytes;
}

function streamStrings(entry: ZipDeflate, xml: string, sst: SharedStrings): void {
  const open = /<sst[^>]*>/.exec(xml)?.[0];
  if (!open) throw new Error("no <sst> in the template");
  const head = open
    .replace(/ count="\d+"/, ` count="${sst.count}"`)
    .replace(/ uniqueCount="\d+"/, ` uniqueCount="${sst.list.length}"`);
  entry.push(encoder.encode(xml.slice(0, xml.indexOf(open)) + head));
  for (let i = 0; i < sst.list.length; i += 5000) {
    const part = sst.list.slice(i, i + 5000).map((t) => {
      const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : "";
      return `<si><t${space}>${escapeXml(t)}</t></si>`;
    });
    entry.push(encoder.encode(part.join("")));
  }
  entry.push(encoder.encode("</sst>"), true);
}

function streamSheet(
  entry: ZipDeflate,
  xml: string,
  role: (typeof ROLES)[number],
  data: WorkbookData,
  sst: SharedStrings,
): void {
  const t = data[role];
  if (!t) return;
  const fields = ROLE_SPECS[role].fields;
  const open = xml.indexOf("<sheetData>");
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error(`no <sheetData> in the ${role} sheet`);
  const body = xml.slice(open + "<sheetData>".length, close);
  // The style of each column's cells, as createWorkbook wrote them in the first rows.
  const styleOf = new Map<string, string>();
  for (const m of body.matchAll(/<c r="([A-Z]+)(\d+)"( s="\d+")?/g))
    if (m[2] !== "1" && m[1] && !styleOf.has(m[1])) styleOf.set(m[1], m[3] ?? "");
  const styles = fields.map((_, j) => styleOf.get(columnLetters(j)) ?? "");
  const header = /<row r="1"[^>]*>.*?<\/row>/.exec(body)?.[0] ?? "";
  const lastRef = `${columnLetters(fields.length - 1)}${t.rowCount + 1}`;
  const prefix = xml.slice(0, open).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${lastRef}"/>`);
  entry.push(encoder.encode(`${prefix}<sheetData>${header}`));
  const cols = fields.map((f) => t.columns[f.id]?.values ?? []);
  const letters = fields.map((_, j) => columnLetters(j));
  let chunk: string[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    const r = i + 2;
    let row = `<row r="${r}">`;
    for (let j = 0; j < cols.length; j++) row += cellXml(`${letters[j]}${r}`, styles[j] ?? "", cols[j]?.[i], sst);
    chunk.push(`${row}</row>`);
    if (chunk.length === 2000) {
      entry.push(encoder.encode(chunk.join("")));
      chunk = [];
    }
  }
  entry.push(encoder.encode(`${chunk.join("")}</sheetData>${xml.slice(close + "</sheetData>".length)}`), true);
}
