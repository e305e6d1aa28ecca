/**
 * A workbook moved between the two hosts, as a file moves between a colleague's batch and
 * another's Excel: an .xlsx package loaded into the fake Excel (cells, formulas, fills, tables,
 * hidden sheets, custom XML parts), and the fake Excel's state saved as an .xlsx package (the
 * same, with each custom XML part related from the workbook and given its itemProps, as Excel
 * saves them). Test-only, and only as faithful as these tests need: no merged cells, comments or
 * number formats; shared formulas are refused rather than guessed.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cellRef, parseRange } from "../../src/workbook/sheet/a1";
import { FakeExcel, type FakeCell } from "../../src/workbook/office/testing/fake-excel";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const parse = (xml: string): Element => {
  const root = new DOMParser().parseFromString(xml, "application/xml").documentElement;
  if (!root) throw new Error("empty part");
  return root;
};
const all = (el: Element, local: string): Element[] =>
  Array.from(el.getElementsByTagNameNS("*", local) as unknown as ArrayLike<Element>);
const kids = (el: Element, local: string): Element[] =>
  Array.from(el.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1 && n.localName === local);
const textOf = (el: Element | undefined): string =>
  el
    ? all(el, "t")
        .map((t) => t.textContent ?? "")
        .join("") || (el.localName === "t" ? (el.textContent ?? "") : "")
    : "";

const resolve = (base: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
};
const relsOf = (files: Record<string, Uint8Array>, part: string): Map<string, { type: string; target: string }> => {
  const dir = part.split("/").slice(0, -1).join("/");
  const name = part.split("/").pop() ?? "";
  const relsPart = `${dir ? `${dir}/` : ""}_rels/${name}.rels`;
  const bytes = files[relsPart];
  const out = new Map<string, { type: string; target: string }>();
  if (!bytes) return out;
  for (const r of all(parse(strFromU8(bytes)), "Relationship"))
    out.set(r.getAttribute("Id") ?? "", {
      type: r.getAttribute("Type") ?? "",
      target: resolve(part, r.getAttribute("Target") ?? ""),
    });
  return out;
};

/** An .xlsx package in the fake Excel, as Excel would open it. */
export function fakeFromXlsx(bytes: Uint8Array): FakeExcel {
  const files = unzipSync(bytes);
  const text = (p: string): string => {
    const b = files[p];
    if (!b) throw new Error(`no part ${p}`);
    return strFromU8(b);
  };
  const wbPath = "xl/workbook.xml";
  const wbRels = relsOf(files, wbPath);
  const shared = files["xl/sharedStrings.xml"] ? kids(parse(text("xl/sharedStrings.xml")), "si").map(textOf) : [];
  // A cell's fill: its xf's fill when that is a solid colour.
  const fills: (string | undefined)[] = [];
  if (files["xl/styles.xml"]) {
    const styles = parse(text("xl/styles.xml"));
    const fillEls = all(kids(styles, "fills")[0] ?? styles, "fill");
    const xfs = kids(kids(styles, "cellXfs")[0] ?? styles, "xf");
    for (const xf of xfs) {
      const fill = fillEls[Number(xf.getAttribute("fillId") ?? 0)];
      const pattern = fill ? kids(fill, "patternFill")[0] : undefined;
      const rgb =
        pattern?.getAttribute("patternType") === "solid" ? kids(pattern, "fgColor")[0]?.getAttribute("rgb") : null;
      fills.push(rgb ? `#${rgb.slice(-6).toUpperCase()}` : undefined);
    }
  }
  const book = new FakeExcel();
  const wb = parse(text(wbPath));
  for (const s of all(wb, "sheet")) {
    const name = s.getAttribute("name") ?? "";
    const path = wbRels.get(s.getAttributeNS(REL, "id") ?? "")?.target ?? "";
    const sheet = book.addSheet(name);
    const state = s.getAttribute("state");
    if (state === "hidden") sheet.visibility = "Hidden";
    if (state === "veryHidden") sheet.visibility = "VeryHidden";
    const ws = parse(text(path));
    for (const c of all(ws, "c")) {
      const pos = parseRange(c.getAttribute("r") ?? "");
      if (!pos) throw new Error(`a cell without a reference in ${name}`);
      const t = c.getAttribute("t") ?? "n";
      const f = kids(c, "f")[0];
      if (f?.getAttribute("t") === "shared" && !(f.textContent ?? "")) throw new Error("a shared formula's follower");
      const v = kids(c, "v")[0]?.textContent ?? null;
      const cell: FakeCell = { value: null };
      if (f) cell.formula = `=${f.textContent ?? ""}`;
      else if (t === "s" && v !== null) cell.value = shared[Number(v)] ?? "";
      else if (t === "inlineStr") cell.value = textOf(kids(c, "is")[0]);
      else if (t === "str" && v !== null) cell.value = v;
      else if (t === "b" && v !== null) cell.value = v === "1";
      else if (t === "e" && v !== null) cell.error = v;
      else if (v !== null) cell.value = Number(v);
      const fill = fills[Number(c.getAttribute("s") ?? 0)];
      if (fill) cell.fill = fill;
      if (cell.value === null && !cell.formula && !cell.error && !cell.fill) continue;
      sheet.cells.set(`${pos.top - 1},${pos.left}`, cell);
    }
    for (const rel of relsOf(files, path).values()) {
      if (!rel.type.endsWith("/table")) continue;
      const t = parse(text(rel.target));
      book.addTable(sheet, t.getAttribute("ref") ?? "").name =
        t.getAttribute("displayName") ?? t.getAttribute("name") ?? "";
    }
  }
  // Custom XML parts: every item the package relates from the workbook or the package root.
  for (const rel of [...wbRels.values(), ...relsOf(files, "").values()])
    if (rel.type.endsWith("/customXml") && files[rel.target]) book.addCustomXmlPart(text(rel.target));
  return book;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The fake Excel's state as an .xlsx package, as Excel would save it. */
export function xlsxFromFake(book: FakeExcel): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string): void => {
    files[name] = strToU8(DECL + xml);
  };
  const overrides: string[] = [];
  // styles: one xf per fill colour
  const colors: string[] = [];
  for (const s of book.sheets)
    for (const c of s.cells.values())
      if (c.fill && !colors.includes(c.fill.toUpperCase())) colors.push(c.fill.toUpperCase());
  put(
    "xl/styles.xml",
    `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="${2 + colors.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      colors
        .map(
          (c) =>
            `<fill><patternFill patternType="solid"><fgColor rgb="FF${c.slice(1)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
        .join("") +
      `</fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>` +
      `<cellXfs count="${1 + colors.length}"><xf numFmtId="0"/>` +
      colors.map((_, i) => `<xf numFmtId="0" fillId="${2 + i}" applyFill="1"/>`).join("") +
      `</cellXfs></styleSheet>`,
  );
  const wbRels: string[] = [`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`];
  const sheetEls: string[] = [];
  let tableNo = 0;
  book.sheets.forEach((s, i) => {
    const n = i + 1;
    const rows = new Map<number, string[]>();
    const keys = [...s.cells.keys()]
      .map((k) => k.split(",").map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [r, col] of keys) {
      const c = s.cells.get(`${r},${col}`)!;
      const ref = cellRef(r + 1, col);
      const style = c.fill ? ` s="${1 + colors.indexOf(c.fill.toUpperCase())}"` : "";
      let xml: string;
      if (c.formula) {
        // with the value Excel calculated, as Excel saves it
        const f = `<f>${esc(c.formula.replace(/^=/, ""))}</f>`;
        const v = book.calculated(s, r, col);
        if (v.error !== undefined) xml = `<c r="${ref}"${style} t="e">${f}<v>${esc(v.error)}</v></c>`;
        else if (typeof v.value === "number") xml = `<c r="${ref}"${style}>${f}<v>${v.value}</v></c>`;
        else if (typeof v.value === "boolean") xml = `<c r="${ref}"${style} t="b">${f}<v>${v.value ? 1 : 0}</v></c>`;
        else if (typeof v.value === "string") xml = `<c r="${ref}"${style} t="str">${f}<v>${esc(v.value)}</v></c>`;
        else xml = `<c r="${ref}"${style}>${f}</c>`;
      } else if (c.error) xml = `<c r="${ref}"${style} t="e"><v>${esc(c.error)}</v></c>`;
      else if (typeof c.value === "number") xml = `<c r="${ref}"${style}><v>${c.value}</v></c>`;
      else if (typeof c.value === "boolean") xml = `<c r="${ref}"${style} t="b"><v>${c.value ? 1 : 0}</v></c>`;
      else if (typeof c.value === "string")
        xml = `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(c.value)}</t></is></c>`;
      else if (style) xml = `<c r="${ref}"${style}/>`;
      else continue;
      rows.set(r, [...(rows.get(r) ?? []), xml]);
    }
    const data = [...rows.entries()].map(([r, cells]) => `<row r="${r + 1}">${cells.join("")}</row>`).join("");
    const tables = book.tables.filter((t) => t.sheet === s);
    const sheetRels: string[] = [];
    const parts: string[] = [];
    for (const t of tables) {
      tableNo++;
      const ref = `${cellRef(t.row + 1, t.column)}:${cellRef(t.row + t.rows, t.column + t.columns - 1)}`;
      const names = Array.from({ length: t.columns }, (_, j) =>
        String(s.cells.get(`${t.row},${t.column + j}`)?.value ?? `Column${j + 1}`),
      );
      put(
        `xl/tables/table${tableNo}.xml`,
        `<table xmlns="${MAIN}" id="${tableNo}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${ref}" totalsRowShown="0">` +
          `<autoFilter ref="${ref}"/><tableColumns count="${t.columns}">` +
          names.map((nm, k) => `<tableColumn id="${k + 1}" name="${esc(nm)}"/>`).join("") +
          `</tableColumns><tableStyleInfo name="${esc(t.style)}" showRowStripes="1"/></table>`,
      );
      overrides.push(`<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="${CT}.table+xml"/>`);
      sheetRels.push(`<Relationship Id="rIdT${tableNo}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`);
      parts.push(`<tablePart r:id="rIdT${tableNo}"/>`);
    }
    put(
      `xl/worksheets/sheet${n}.xml`,
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${data}</sheetData>` +
        (parts.length > 0 ? `<tableParts count="${parts.length}">${parts.join("")}</tableParts>` : "") +
        `</worksheet>`,
    );
    if (sheetRels.length > 0)
      put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        `<Relationships xmlns="${PKG_REL}">${sheetRels.join("")}</Relationships>`,
      );
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`);
    wbRels.push(`<Relationship Id="rIdS${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    const state =
      s.visibility === "Hidden" ? ' state="hidden"' : s.visibility === "VeryHidden" ? ' state="veryHidden"' : "";
    sheetEls.push(`<sheet name="${esc(s.name)}" sheetId="${n}"${state} r:id="rIdS${n}"/>`);
  });
  // Custom XML parts, as Excel saves them: customXml/itemN.xml with its itemProps, related from the workbook.
  book.customXmlParts.forEach((p, i) => {
    const n = i + 1;
    files[`customXml/item${n}.xml`] = strToU8(p.xml);
    put(
      `customXml/itemProps${n}.xml`,
      `<ds:datastoreItem ds:itemID="${p.id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`,
    );
    put(
      `customXml/_rels/item${n}.xml.rels`,
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    overrides.push(
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
    );
    wbRels.push(`<Relationship Id="rIdX${n}" Type="${REL}/customXml" Target="../customXml/item${n}.xml"/>`);
  });
  put("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetEls.join("")}</sheets></workbook>`);
  put("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG_REL}">${wbRels.join("")}</Relationships>`);
  put(
    "_rels/.rels",
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      overrides.join("") +
      `</Types>`,
  );
  return zipSync(files);
}
