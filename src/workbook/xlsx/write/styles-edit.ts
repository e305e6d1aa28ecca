/**
 * Adds styles to an existing styles.xml without disturbing it: existing cellXfs keep their
 * indexes, new records are appended once and found again by content (so writing twice adds
 * nothing the second time). A highlighted cell gets a clone of its own xf with our fill.
 */
import type { CellLook, HighlightKind } from "../../port";
import { escapeAttr } from "../ooxml/xml";
import {
  canon,
  child,
  children,
  createLike,
  insertInOrder,
  parseXml,
  root,
  STYLES_ORDER,
  type Document,
  type Element,
} from "./dom";
import { FIRST_CUSTOM_NUMFMT, HIGHLIGHT_RGB, type NumFmt } from "../ooxml/formats";

/**
 * A fill as canonical XML without element prefixes: the same fill reads the same whether the
 * stylesheet writes `<x:fill>` or `<fill>` (a re-save by another program changes that).
 */
const fillKey = (fill: Element): string => canon(fill).replace(/<(\/?)[\w.-]+:/g, "<$1");

/** A fill element in the stylesheet's namespace from its canonical XML; null when it does not parse. */
const parseFill = (stylesheet: Element, xml: string): Element | null => {
  try {
    const ns = stylesheet.namespaceURI ?? "";
    const doc = parseXml(`<x xmlns="${escapeAttr(ns)}">${xml}</x>`, "fill");
    const el = root(doc).firstChild;
    if (!el || el.nodeType !== 1 || (el as Element).localName !== "fill") return null;
    return (stylesheet.ownerDocument?.importNode(el, true) as Element | undefined) ?? null;
  } catch {
    return null;
  }
};

export interface XfChange {
  readonly numFmt?: NumFmt;
  readonly bold?: boolean;
  readonly fill?: HighlightKind;
  readonly quotePrefix?: boolean;
  /** A report cell's font, fill, alignment and line (status report). */
  readonly look?: CellLook;
}

const argb = (hex: string): string => `FF${hex.toUpperCase()}`;

export class StylesEditor {
  changed = false;
  private readonly sheet: Element;
  private xfIndex: Map<string, number> | null = null;
  /** Derivations and highlight tests repeat for every highlighted cell: remember them. */
  private readonly memo = new Map<string, number>();
  private readonly highlightMemo = new Map<number, boolean>();

  constructor(doc: Document) {
    this.sheet = root(doc);
  }

  private section(name: string): Element {
    let el = child(this.sheet, name);
    if (!el) {
      el = createLike(this.sheet, name);
      insertInOrder(this.sheet, el, STYLES_ORDER);
      this.changed = true;
    }
    return el;
  }

  private items(section: string, item: string): Element[] {
    const el = child(this.sheet, section);
    return el ? children(el, item) : [];
  }

  /** Appends `el` to a section unless an equal record exists; returns the record's index. */
  private intern(section: string, el: Element): number {
    const list = this.items(section, el.localName ?? "");
    const key = canon(el);
    const found = list.findIndex((x) => canon(x) === key);
    if (found >= 0) return found;
    const sec = this.section(section);
    sec.appendChild(el);
    sec.setAttribute("count", String(list.length + 1));
    this.changed = true;
    return list.length;
  }

  private make(parent: Element, name: string, attrs: Record<string, string> = {}): Element {
    const el = createLike(parent, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  }

  private numFmtId(fmt: NumFmt): number {
    if ("builtin" in fmt) return fmt.builtin;
    const existing = this.items("numFmts", "numFmt").find((n) => n.getAttribute("formatCode") === fmt.code);
    if (existing) return Number(existing.getAttribute("numFmtId"));
    const ids = this.items("numFmts", "numFmt").map((n) => Number(n.getAttribute("numFmtId")) || 0);
    const id = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...ids) + 1;
    const sec = this.section("numFmts");
    sec.appendChild(this.make(sec, "numFmt", { numFmtId: String(id), formatCode: fmt.code }));
    sec.setAttribute("count", String(ids.length + 1));
    this.changed = true;
    return id;
  }

  private boldFont(fontId: number): number {
    const fonts = this.items("fonts", "font");
    const base = fonts[fontId] ?? fonts[0];
    const sec = this.section("fonts");
    const font = base ? (base.cloneNode(true) as Element) : this.make(sec, "font");
    const b = child(font, "b");
    if (b && (b.getAttribute("val") ?? "1") !== "0" && b.getAttribute("val") !== "false") return fontId;
    if (b) font.removeChild(b);
    font.insertBefore(this.make(font, "b"), font.firstChild);
    return this.intern("fonts", font);
  }

  private fillFor(kind: HighlightKind): number {
    const sec = this.section("fills");
    const fill = this.make(sec, "fill");
    const pattern = this.make(fill, "patternFill", { patternType: "solid" });
    pattern.appendChild(this.make(pattern, "fgColor", { rgb: HIGHLIGHT_RGB[kind] }));
    pattern.appendChild(this.make(pattern, "bgColor", { indexed: "64" }));
    fill.appendChild(pattern);
    return this.intern("fills", fill);
  }

  /** True when the xf at `index` has one of Kontrakttjek's highlight fills. */
  isHighlight(index: number): boolean {
    let v = this.highlightMemo.get(index);
    if (v === undefined) {
      v = this.computeIsHighlight(index);
      this.highlightMemo.set(index, v);
    }
    return v;
  }

  private computeIsHighlight(index: number): boolean {
    const xf = this.items("cellXfs", "xf")[index];
    if (!xf) return false;
    const fill = this.items("fills", "fill")[Number(xf.getAttribute("fillId") ?? 0)];
    const fg = fill ? child(child(fill, "patternFill") ?? fill, "fgColor") : undefined;
    const rgb = fg?.getAttribute("rgb")?.toUpperCase();
    return rgb === HIGHLIGHT_RGB.error || rgb === HIGHLIGHT_RGB.warning;
  }

  /** Canonical XML of the fill an xf uses (the stylesheet's first fill for none or an unknown index). */
  fillOf(index: number | null): string {
    const xf = index === null ? undefined : this.items("cellXfs", "xf")[index];
    const fill = this.items("fills", "fill")[Number(xf?.getAttribute("fillId") ?? 0)];
    return fill ? fillKey(fill) : "";
  }

  /**
   * Index of an xf equal to `base` with the fill `fillXml` (as `fillOf` gave it, perhaps from
   * before a re-save renumbered everything); `base` when that fill cannot be rebuilt here.
   */
  withFill(base: number, fillXml: string): number {
    const fills = this.items("fills", "fill");
    let id = fillXml === "" ? 0 : fills.findIndex((f) => fillKey(f) === fillXml);
    if (id < 0) {
      const el = parseFill(this.sheet, fillXml);
      if (!el) return base;
      id = this.intern("fills", el);
    }
    const src = this.items("cellXfs", "xf")[base];
    if (!src) return base;
    const xf = src.cloneNode(true) as Element;
    xf.setAttribute("fillId", String(id));
    if (id === 0) xf.removeAttribute("applyFill");
    return this.xfFor(xf, { index: base, el: src });
  }

  xfCount(): number {
    return this.items("cellXfs", "xf").length;
  }

  /** Index of an xf equal to `base` with `change` applied; `base` itself when nothing changes. */
  derive(base: number, change: XfChange): number {
    const memoKey = `${base}|${change.numFmt ? JSON.stringify(change.numFmt) : ""}|${change.bold ? 1 : 0}|${change.fill ?? ""}|${change.quotePrefix ? 1 : 0}|${change.look ? JSON.stringify(change.look) : ""}`;
    let id = this.memo.get(memoKey);
    if (id === undefined) {
      id = this.computeDerive(base, change);
      this.memo.set(memoKey, id);
    }
    return id;
  }

  private computeDerive(base: number, change: XfChange): number {
    const xfs = this.items("cellXfs", "xf");
    const sec = this.section("cellXfs");
    const src = xfs[base] ?? xfs[0];
    const xf = src
      ? (src.cloneNode(true) as Element)
      : this.make(sec, "xf", { numFmtId: "0", fontId: "0", fillId: "0", borderId: "0", xfId: "0" });
    if (!src) {
      // a stylesheet without cellXfs: index 0 must be the default record
      this.intern("cellXfs", xf.cloneNode(true) as Element);
    }
    if (change.numFmt) {
      const id = this.numFmtId(change.numFmt);
      if (Number(xf.getAttribute("numFmtId") ?? 0) !== id) {
        xf.setAttribute("numFmtId", String(id));
        xf.setAttribute("applyNumberFormat", "1");
      }
    }
    if (change.bold) {
      const f = this.boldFont(Number(xf.getAttribute("fontId") ?? 0));
      if (Number(xf.getAttribute("fontId") ?? 0) !== f) {
        xf.setAttribute("fontId", String(f));
        xf.setAttribute("applyFont", "1");
      }
    }
    if (change.fill) {
      xf.setAttribute("fillId", String(this.fillFor(change.fill)));
      xf.setAttribute("applyFill", "1");
    }
    if (change.quotePrefix) xf.setAttribute("quotePrefix", "1");
    if (change.look) this.applyLook(xf, change.look);
    return this.xfFor(xf, src && base < xfs.length ? { index: base, el: src } : null);
  }

  private applyLook(xf: Element, look: CellLook): void {
    const fontLook = look.bold || look.italic || look.size !== undefined || look.color !== undefined;
    if (fontLook) {
      const fonts = this.items("fonts", "font");
      const sec = this.section("fonts");
      const base = fonts[Number(xf.getAttribute("fontId") ?? 0)] ?? fonts[0];
      const font = base ? (base.cloneNode(true) as Element) : this.make(sec, "font");
      const drop = (name: string): void => {
        const el = child(font, name);
        if (el) font.removeChild(el);
      };
      if (look.italic) {
        drop("i");
        font.insertBefore(this.make(font, "i"), font.firstChild);
      }
      if (look.bold) {
        drop("b");
        font.insertBefore(this.make(font, "b"), font.firstChild);
      }
      const before = child(font, "name") ?? child(font, "family") ?? child(font, "scheme") ?? null;
      if (look.size !== undefined) {
        drop("sz");
        font.insertBefore(this.make(font, "sz", { val: String(look.size) }), child(font, "color") ?? before);
      }
      if (look.color !== undefined) {
        drop("color");
        font.insertBefore(this.make(font, "color", { rgb: argb(look.color) }), before);
      }
      xf.setAttribute("fontId", String(this.intern("fonts", font)));
      xf.setAttribute("applyFont", "1");
    }
    if (look.fill !== undefined) {
      const sec = this.section("fills");
      const fill = this.make(sec, "fill");
      const pattern = this.make(fill, "patternFill", { patternType: "solid" });
      pattern.appendChild(this.make(pattern, "fgColor", { rgb: argb(look.fill) }));
      pattern.appendChild(this.make(pattern, "bgColor", { indexed: "64" }));
      fill.appendChild(pattern);
      xf.setAttribute("fillId", String(this.intern("fills", fill)));
      xf.setAttribute("applyFill", "1");
    }
    if (look.underline) {
      const sec = this.section("borders");
      const border = this.make(sec, "border");
      for (const side of ["left", "right", "top"]) border.appendChild(this.make(border, side));
      const bottom = this.make(border, "bottom", { style: "thin" });
      bottom.appendChild(this.make(bottom, "color", { rgb: "FFBFBFBF" }));
      border.appendChild(bottom);
      border.appendChild(this.make(border, "diagonal"));
      xf.setAttribute("borderId", String(this.intern("borders", border)));
      xf.setAttribute("applyBorder", "1");
    }
    if (look.wrap || look.indent || look.top) {
      const old = child(xf, "alignment");
      if (old) xf.removeChild(old);
      const a = this.make(xf, "alignment", look.top ? { vertical: "top" } : {});
      if (look.indent) a.setAttribute("indent", String(look.indent));
      if (look.wrap) a.setAttribute("wrapText", "1");
      xf.insertBefore(a, xf.firstChild);
      xf.setAttribute("applyAlignment", "1");
    }
  }

  /** Index of a differential format (conditional formatting) with this text colour and fill. */
  dxf(fill: string, color: string): number {
    const sec = this.section("dxfs");
    const dxf = this.make(sec, "dxf");
    const font = this.make(dxf, "font");
    font.appendChild(this.make(font, "color", { rgb: argb(color) }));
    dxf.appendChild(font);
    const f = this.make(dxf, "fill");
    const pattern = this.make(f, "patternFill", { patternType: "solid" });
    pattern.appendChild(this.make(pattern, "fgColor", { rgb: argb(fill) }));
    pattern.appendChild(this.make(pattern, "bgColor", { rgb: argb(fill) }));
    f.appendChild(pattern);
    dxf.appendChild(f);
    return this.intern("dxfs", dxf);
  }

  /** Index of an xf equal to `xf`: `base` when unchanged, else an existing equal one, else a new one. */
  private xfFor(xf: Element, base: { index: number; el: Element } | null): number {
    const xfs = this.items("cellXfs", "xf");
    const key = canon(xf);
    if (base && canon(base.el) === key) return base.index;
    if (!this.xfIndex || this.xfIndex.size !== xfs.length) {
      this.xfIndex = new Map();
      xfs.forEach((x, i) => {
        const k = canon(x);
        if (!this.xfIndex?.has(k)) this.xfIndex?.set(k, i);
      });
    }
    const found = this.xfIndex.get(key);
    if (found !== undefined) return found;
    const index = this.intern("cellXfs", xf);
    this.xfIndex.set(key, index);
    return index;
  }
}
