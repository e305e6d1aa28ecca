/** The worksheet's `<drawing>` element (the status sheet's chart), placed where the schema's order puts it. */
import { NS } from "../ooxml/namespaces";
import { UnsupportedWorkbookError } from "./errors";
import { decoder, encoder, layoutOf } from "./sheet-bytes";
import { findTag, tagAttrs, tagEnd } from "./sheet-xml";

/** CT_Worksheet elements that come after `<drawing>` in the schema's sequence. */
export const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

export interface TopElement {
  /** Local name when in the worksheet's namespace (its prefix), else the qualified name. */
  readonly local: string;
  readonly start: number;
  end: number;
  readonly tag: string;
}

/** The worksheet's child elements in `s` from `from` (after sheetData), and where `</worksheet>` starts. */
export const topElements = (s: string, p: string, from: number): { elements: TopElement[]; close: number } => {
  const elements: TopElement[] = [];
  let depth = 0;
  let i = from;
  for (;;) {
    const lt = s.indexOf("<", i);
    if (lt < 0) throw new UnsupportedWorkbookError("sheet-xml", "unterminated worksheet");
    const skip = s.startsWith("<!--", lt)
      ? "-->"
      : s.startsWith("<![CDATA[", lt)
        ? "]]>"
        : s.startsWith("<?", lt)
          ? "?>"
          : "";
    if (skip) {
      const e = s.indexOf(skip, lt);
      if (e < 0) throw new UnsupportedWorkbookError("sheet-xml", "unterminated worksheet");
      i = e + skip.length;
      continue;
    }
    const end = tagEnd(s, lt);
    const tag = s.slice(lt, end);
    if (tag[1] === "/") {
      if (depth === 0) return { elements, close: lt };
      depth--;
      if (depth === 0) (elements[elements.length - 1] as TopElement).end = end;
    } else {
      const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? "";
      const local = p !== "" && name.startsWith(p) ? name.slice(p.length) : name;
      const selfClosing = tag.endsWith("/>");
      if (depth === 0) elements.push({ local, start: lt, end, tag });
      if (!selfClosing) depth++;
    }
    i = end;
  }
};

/** Splits the part at the end of sheetData: head bytes (kept as they are) and the decoded tail. */
export const splitTail = (
  b: Uint8Array,
): { head: Uint8Array; tail: string; from: number; prefix: string; rootTag: string } => {
  const l = layoutOf(b);
  const cut = l.sdSelfClosing ? l.sdOpenEnd : l.sdClose;
  const tail = decoder.decode(b.subarray(cut));
  const from = l.sdSelfClosing ? 0 : tail.indexOf(">") + 1;
  const headText = decoder.decode(b.subarray(0, l.sd));
  const ws = findTag(headText, `${l.prefix}worksheet`, 0, headText.length);
  const rootTag = ws < 0 ? "" : headText.slice(ws, tagEnd(headText, ws));
  return { head: b.subarray(0, cut), tail, from, prefix: l.prefix, rootTag };
};

export const joinBytes = (head: Uint8Array, tail: string): Uint8Array => {
  const t = encoder.encode(tail);
  const out = new Uint8Array(head.length + t.length);
  out.set(head, 0);
  out.set(t, head.length);
  return out;
};

/** The relationship id of the sheet's `<drawing>`, or null when it has none. */
export const sheetDrawingRelId = (b: Uint8Array): string | null => {
  const { tail, from, prefix } = splitTail(b);
  const el = topElements(tail, prefix, from).elements.find((e) => e.local === "drawing");
  if (!el) return null;
  for (const [k, v] of tagAttrs(el.tag)) if (k.endsWith(":id")) return v;
  return null;
};

/**
 * Adds `<drawing r:id>` where CT_Worksheet's sequence puts it (before legacyDrawing … tableParts,
 * extLst). The relationships prefix is the root's when it declares one, else declared on the element.
 */
export const insertDrawingElement = (b: Uint8Array, relId: string): Uint8Array => {
  const { head, tail, from, prefix, rootTag } = splitTail(b);
  const { elements, close } = topElements(tail, prefix, from);
  if (elements.some((e) => e.local === "drawing")) throw new Error("the sheet already has a drawing");
  const declared = [...tagAttrs(rootTag)].find(([k, v]) => k.startsWith("xmlns:") && v === NS.rel)?.[0].slice(6);
  const el = declared
    ? `<${prefix}drawing ${declared}:id="${relId}"/>`
    : `<${prefix}drawing xmlns:r="${NS.rel}" r:id="${relId}"/>`;
  const at = elements.find((e) => AFTER_DRAWING.has(e.local))?.start ?? close;
  return joinBytes(head, tail.slice(0, at) + el + tail.slice(at));
};

/** Removes the `<drawing>` element pointing at `relId`; the part unchanged when there is none. */
export const removeDrawingElement = (b: Uint8Array, relId: string): Uint8Array => {
  const { head, tail, from, prefix } = splitTail(b);
  const el = topElements(tail, prefix, from).elements.find(
    (e) => e.local === "drawing" && [...tagAttrs(e.tag)].some(([k, v]) => k.endsWith(":id") && v === relId),
  );
  if (!el) return b;
  return joinBytes(head, tail.slice(0, el.start) + tail.slice(el.end));
};
