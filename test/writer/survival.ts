/** Assertions that a write changed only what it meant to, and that everything else survived. */
import { XMLSerializer, type Element } from "@xmldom/xmldom";
import type { XlsxPackage } from "../../src/workbook/xlsx/zip";
import { elements, parseStrict, text } from "../../src/workbook/xlsx/write/helpers.testing";

const ser = new XMLSerializer();

/** Document text after a parse/serialize round (formatting differences vanish). */
export const canonDoc = (xml: string): string =>
  ser.serializeToString(parseStrict(xml).documentElement!).replace(/\r\n/g, "\n");

export const canonEl = (el: Element): string => {
  const c = el.cloneNode(true) as Element;
  const attrs = Array.from(c.attributes)
    .map((a) => [a.name, a.value] as const)
    .sort();
  for (const [n] of attrs) c.removeAttribute(n);
  for (const [n, v] of attrs) c.setAttribute(n, v);
  return ser.serializeToString(c).replace(/ xmlns(:\w+)?="[^"]*"/g, "");
};

const kids = (el: Element): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);

export const partOf = (pkg: XlsxPackage, name: string): string => text(pkg.entries.get(name));

/** Parts outside `allowed` are byte-identical; returns the names that changed. */
export const assertUntouchedIdentical = (
  before: XlsxPackage,
  after: XlsxPackage,
  allowed: readonly string[],
): string[] => {
  const changed: string[] = [];
  for (const name of before.order) {
    const a = before.entries.get(name)!;
    const b = after.entries.get(name);
    if (!b) {
      if (!allowed.includes(name)) throw new Error(`part ${name} disappeared`);
      changed.push(name);
      continue;
    }
    if (Buffer.from(a).equals(Buffer.from(b))) continue;
    if (!allowed.includes(name)) throw new Error(`part ${name} changed but should be byte-identical`);
    changed.push(name);
  }
  return changed;
};

/** Cells of a sheet part: A1 reference → canonical element text. */
export const cellMap = (xml: string): Map<string, string> =>
  new Map(elements(parseStrict(xml), "c").map((c) => [c.getAttribute("r") ?? "", canonEl(c)]));

/** Worksheet children other than sheetData and dimension, canonical (comments, validation, CF, extLst …). */
export const sheetFrame = (xml: string): string[] =>
  kids(parseStrict(xml).documentElement!)
    .filter((e) => e.localName !== "sheetData" && e.localName !== "dimension")
    .map(canonEl);

/** Every child of every top-level section of `before` is still there, at the same index, in `after`. */
export const assertSectionsPrefix = (beforeXml: string, afterXml: string, except: readonly string[] = []): void => {
  const a = kids(parseStrict(beforeXml).documentElement!);
  const b = kids(parseStrict(afterXml).documentElement!);
  for (const sec of a) {
    if (except.includes(sec.localName!)) continue;
    const twin = b.find((x) => x.localName === sec.localName);
    if (!twin) throw new Error(`section ${sec.localName} disappeared`);
    const ak = kids(sec);
    const bk = kids(twin);
    if (ak.length === 0) {
      if (canonEl(sec) !== canonEl(twin) && bk.length === 0) throw new Error(`section ${sec.localName} changed`);
      continue;
    }
    ak.forEach((k, i) => {
      if (!bk[i] || canonEl(k) !== canonEl(bk[i]!)) throw new Error(`${sec.localName}[${i}] changed`);
    });
  }
};
