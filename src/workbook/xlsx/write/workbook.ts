/** The workbook part seen for editing: its sheets, tables, styles part and calculation flags. */
import { CONTENT_TYPE, NS, REL_TYPE } from "../ooxml/namespaces";
import { FreshStyles } from "../ooxml/styles";
import { child, children, createLike, insertInOrder, root, WORKBOOK_ORDER, type Document, type Element } from "./dom";
import { sameName } from "../../sheet/names";
import { UnsupportedWorkbookError } from "./errors";
import { parseRange, type CellRange } from "../../sheet/a1";
import { addOverride, addRel, readRels, removeOverride, removeRel, type PartStore, type Rel } from "./package";
import { isRelType, resolveTarget } from "../ooxml/part-names";

export interface SheetRef {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Part name of the worksheet. */
  readonly path: string;
  /** Position among the workbook's sheets (`localSheetId`). */
  readonly index: number;
  readonly visible: boolean;
  readonly el: Element;
}

export interface TableRef {
  readonly path: string;
  readonly doc: Document;
  readonly el: Element;
  readonly name: string;
  readonly range: CellRange;
  readonly sheetPath: string;
  readonly relId: string;
}

export class WorkbookEditor {
  readonly path: string;
  readonly doc: Document;

  constructor(readonly store: PartStore) {
    const main = readRels(store, "").find((r) => isRelType(r.type, "officeDocument") && !r.external);
    const path = main ? store.find(main.target) : store.find("xl/workbook.xml");
    if (path === undefined) throw new UnsupportedWorkbookError("not-a-workbook", "the package has no workbook part");
    if (path.toLowerCase().endsWith(".bin"))
      throw new UnsupportedWorkbookError("xlsb", "binary workbooks (.xlsb) cannot be written; save as .xlsx");
    this.path = path;
    this.doc = store.doc(path) as Document;
    const ns = root(this.doc).namespaceURI;
    if (ns === NS.strictMain)
      throw new UnsupportedWorkbookError("strict-ooxml", "Strict Open XML workbooks cannot be written; save as .xlsx");
    if (ns !== NS.main) throw new UnsupportedWorkbookError("not-a-workbook", `${path} is not a spreadsheet workbook`);
  }

  rels(): Rel[] {
    return readRels(this.store, this.path);
  }

  private sheetCache: SheetRef[] | null = null;

  sheets(): SheetRef[] {
    if (!this.sheetCache) this.sheetCache = this.readSheets();
    return this.sheetCache;
  }

  private readSheets(): SheetRef[] {
    const rels = new Map(this.rels().map((r) => [r.id, r]));
    const sheetsEl = child(root(this.doc), "sheets");
    return (sheetsEl ? children(sheetsEl, "sheet") : []).flatMap((el, index) => {
      const relId = el.getAttributeNS(NS.rel, "id") ?? "";
      const rel = rels.get(relId);
      if (!rel || !isRelType(rel.type, "worksheet")) return []; // chart and macro sheets hold no cells
      const path = this.store.find(rel.target);
      if (path === undefined) return [];
      return [
        {
          name: el.getAttribute("name") ?? "",
          sheetId: Number(el.getAttribute("sheetId")),
          relId,
          path,
          index,
          visible: (el.getAttribute("state") ?? "visible") === "visible",
          el,
        },
      ];
    });
  }

  /** All `<sheet>` elements, worksheets or not (positions for localSheetId). */
  sheetElements(): Element[] {
    const s = child(root(this.doc), "sheets");
    return s ? children(s, "sheet") : [];
  }

  /** By name as Excel and the user compare names (case and Unicode composition do not count). */
  sheetByName(name: string): SheetRef | undefined {
    return this.sheets().find((s) => sameName(s.name, name));
  }

  /** Every sheet name, chart sheets included (a new sheet may take none of them). */
  allSheetNames(): string[] {
    return this.sheetElements().map((e) => e.getAttribute("name") ?? "");
  }

  sheetById(id: number): SheetRef | undefined {
    return this.sheets().find((s) => s.sheetId === id);
  }

  /** Appends a sheet (last, not selected) holding `xml`; returns it. */
  addSheet(name: string, xml: string): SheetRef {
    const path = this.freeSheetPath();
    this.store.setText(path, xml);
    addOverride(this.store, path, CONTENT_TYPE.worksheet);
    const relId = addRel(this.store, this.path, REL_TYPE.worksheet, path);
    const r = root(this.doc);
    let sheetsEl = child(r, "sheets");
    if (!sheetsEl) {
      sheetsEl = createLike(r, "sheets");
      insertInOrder(r, sheetsEl, WORKBOOK_ORDER);
    }
    const ids = this.sheetElements().map((e) => Number(e.getAttribute("sheetId")) || 0);
    const el = createLike(r, "sheet");
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
    el.setAttributeNS(NS.rel, `${this.relPrefix()}:id`, relId);
    sheetsEl.appendChild(el);
    this.store.touch(this.path);
    this.sheetCache = null;
    return this.sheetByName(name) as SheetRef;
  }

  /** This edit created the workbook's `definedNames` list (the record keeps it for clean). */
  namesListCreated = false;

  /**
   * Removes a sheet with its part, its rels part and its workbook entry; fixes sheet positions.
   * `dropEmptyNames`: the names list is Kontrakttjek's, so it goes once this empties it.
   */
  removeSheet(sheet: SheetRef, dropEmptyNames = false): void {
    const r = root(this.doc);
    const all = this.sheetElements();
    const idx = all.indexOf(sheet.el);
    sheet.el.parentNode?.removeChild(sheet.el);
    this.sheetCache = null;
    removeRel(this.store, this.path, sheet.relId);
    removeOverride(this.store, sheet.path);
    this.store.delete(sheet.path);
    // LibreOffice lists even .rels parts as overrides
    const rels = `${sheet.path.replace(/[^/]*$/, "")}_rels/${sheet.path.split("/").pop()}.rels`;
    removeOverride(this.store, rels);
    this.store.delete(rels);
    // defined names and views count sheets by position
    const names = child(r, "definedNames");
    let namesRemoved = 0;
    for (const dn of names ? children(names, "definedName") : []) {
      const local = dn.getAttribute("localSheetId");
      if (local === null) continue;
      const n = Number(local);
      if (n === idx) {
        names?.removeChild(dn);
        namesRemoved++;
      } else if (n > idx) dn.setAttribute("localSheetId", String(n - 1));
    }
    // An empty list the user's file had stays as it was; one we created and emptied goes.
    if (names && dropEmptyNames && namesRemoved > 0 && children(names).length === 0) r.removeChild(names);
    const views = child(r, "bookViews");
    for (const v of views ? children(views, "workbookView") : []) {
      for (const a of ["activeTab", "firstSheet"]) {
        const n = Number(v.getAttribute(a) ?? 0);
        if (n > idx || (n === idx && n === all.length - 1 && n > 0)) v.setAttribute(a, String(n - 1));
      }
    }
    this.store.touch(this.path);
  }

  /** Sets (or replaces) a defined name local to `sheet`, such as `_xlnm.Print_Titles`. */
  setLocalName(sheet: SheetRef, name: string, value: string): void {
    const r = root(this.doc);
    const idx = String(this.sheetElements().indexOf(sheet.el));
    let names = child(r, "definedNames");
    if (!names) {
      names = createLike(r, "definedNames");
      insertInOrder(r, names, WORKBOOK_ORDER);
      this.namesListCreated = true;
    }
    for (const dn of children(names, "definedName"))
      if (dn.getAttribute("name") === name && dn.getAttribute("localSheetId") === idx) names.removeChild(dn);
    const el = createLike(r, "definedName");
    el.setAttribute("name", name);
    el.setAttribute("localSheetId", idx);
    el.appendChild((r.ownerDocument as Document).createTextNode(value));
    names.appendChild(el);
    this.store.touch(this.path);
  }

  /** Sets `fullCalcOnLoad="1"` on calcPr; true when it was not set before. */
  setFullCalcOnLoad(): boolean {
    const r = root(this.doc);
    let calc = child(r, "calcPr");
    if (!calc) {
      calc = createLike(r, "calcPr");
      insertInOrder(r, calc, WORKBOOK_ORDER);
    }
    const v = calc.getAttribute("fullCalcOnLoad");
    if (v === "1" || v === "true") return false;
    calc.setAttribute("fullCalcOnLoad", "1");
    this.store.touch(this.path);
    return true;
  }

  clearFullCalcOnLoad(): void {
    const calc = child(root(this.doc), "calcPr");
    if (!calc?.hasAttribute("fullCalcOnLoad")) return;
    calc.removeAttribute("fullCalcOnLoad");
    this.store.touch(this.path);
  }

  tablesOf(sheetPath: string): TableRef[] {
    return readRels(this.store, sheetPath).flatMap((rel) => {
      if (!isRelType(rel.type, "table") || rel.external) return [];
      const path = this.store.find(rel.target);
      const doc = path === undefined ? undefined : this.store.doc(path);
      if (!path || !doc) return [];
      const el = root(doc);
      const range = parseRange(el.getAttribute("ref") ?? "");
      if (!range) return [];
      const name = el.getAttribute("displayName") ?? el.getAttribute("name") ?? "";
      return [{ path, doc, el, name, range, sheetPath, relId: rel.id }];
    });
  }

  /** The styles part, created (with a minimal stylesheet) when the workbook has none. */
  stylesPath(): string {
    const rel = this.rels().find((r) => isRelType(r.type, "styles") && !r.external);
    const found = rel ? this.store.find(rel.target) : undefined;
    if (found) return found;
    const path = resolveTarget(this.path, "styles.xml");
    this.store.setText(path, new FreshStyles().toXml());
    addOverride(this.store, path, CONTENT_TYPE.styles);
    addRel(this.store, this.path, REL_TYPE.styles, path);
    return path;
  }

  private freeSheetPath(): string {
    const dir = this.path.replace(/[^/]*$/, "");
    for (let n = 1; ; n++) {
      const p = `${dir}worksheets/sheet${n}.xml`;
      if (this.store.find(p) === undefined) return p;
    }
  }

  /** The prefix the workbook uses for the relationships namespace (usually `r`). */
  private relPrefix(): string {
    const r = root(this.doc);
    for (const a of Array.from(r.attributes))
      if (a.name.startsWith("xmlns:") && a.value === NS.rel) return a.name.slice(6);
    r.setAttribute("xmlns:r", NS.rel);
    return "r";
  }
}
