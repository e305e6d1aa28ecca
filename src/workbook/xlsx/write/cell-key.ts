/**
 * Content keys (see `../../ownership/fingerprint.ts`) of cells in a package: of what the writer
 * puts in a cell, and of what a cell holds now, however the file was saved since — inline or
 * shared strings, rich text, `_xHHHH_` escapes, formulas with or without cached values.
 */
import { ANY_FORMULA, contentKey } from "../../ownership/fingerprint";
import { decodeXString } from "../ooxml/xml";
import { clipText, type CellContent } from "../ooxml/cells";
import { readRels, type PartStore } from "./package";
import { isRelType } from "../ooxml/part-names";
import type { ExistingCell } from "./sheet-xml";
import { decodeEntities, toXString } from "../ooxml/xml";

/** The key of content as the writer stores it (text exactly as it will read back), null for empty. */
export const writtenKey = (c: CellContent): string | null => {
  switch (c.t) {
    case "empty":
      return null;
    case "string":
      return contentKey({ t: "string", v: decodeXString(toXString(clipText(c.v))) });
    case "number":
      return Number.isFinite(c.v) ? contentKey({ t: "number", v: c.v }) : contentKey({ t: "error", v: "#NUM!" });
    case "bool":
      return contentKey({ t: "bool", v: c.v });
    case "formula":
      return contentKey({ t: "formula", f: c.f });
  }
};

const text = (xml: string): string => decodeXString(decodeEntities(xml));

/** The text of `<t>` runs in an `<si>` or `<is>`, phonetic runs left out (as Excel reads it). */
const runsText = (inner: string): string => {
  let out = "";
  const body = inner.replace(/<([\w.-]+:)?rPh[\s>][\s\S]*?<\/([\w.-]+:)?rPh>/g, "");
  for (const m of body.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)) out += m[1] ?? "";
  return text(out);
};

/** The workbook's shared strings, parsed on first use (only a verification needs them). */
export class SharedStrings {
  private list: string[] | null = null;

  constructor(
    private readonly store: PartStore,
    private readonly workbookPath: string,
  ) {}

  get(index: number): string | undefined {
    if (!this.list) this.list = this.parse();
    return this.list[index];
  }

  private parse(): string[] {
    const rel = readRels(this.store, this.workbookPath).find((r) => !r.external && isRelType(r.type, "sharedStrings"));
    const xml = rel ? this.store.text(rel.target) : undefined;
    if (xml === undefined) return [];
    const out: string[] = [];
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g))
      out.push(runsText(m[1] ?? ""));
    return out;
  }
}

const FORMULA = /<(?:[\w.-]+:)?f(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

/** The key of what a cell holds now; null when it holds nothing. */
export const presentKey = (cell: ExistingCell, strings: SharedStrings): string | null => {
  if (!cell.hasContent) return null;
  const xml = cell.xml;
  const f = FORMULA.exec(xml);
  if (f) {
    const formula = text(f[1] ?? "");
    return formula === "" ? ANY_FORMULA : contentKey({ t: "formula", f: formula });
  }
  if (cell.type === "inlineStr") {
    const is = INLINE.exec(xml);
    return contentKey({ t: "string", v: is ? runsText(is[1] ?? "") : "" });
  }
  const v = VALUE.exec(xml);
  if (!v) return null;
  const raw = v[1] ?? "";
  switch (cell.type) {
    case "s": {
      const s = strings.get(Number(raw));
      return s === undefined ? `?${raw}` : contentKey({ t: "string", v: s });
    }
    case "str":
      return contentKey({ t: "string", v: text(raw) });
    case "b":
      return contentKey({ t: "bool", v: raw.trim() === "1" || raw.trim() === "true" });
    case "e":
      return contentKey({ t: "error", v: text(raw) });
    case "d":
      return `d${raw.trim()}`;
    default: {
      const n = Number(raw);
      return raw.trim() === "" || Number.isNaN(n) ? `?${raw}` : contentKey({ t: "number", v: n });
    }
  }
};
