/**
 * OPC part names and relationship targets, as the reader and the writer both resolve them.
 * Part names carry no leading slash (`xl/workbook.xml`).
 */

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsPartOf = (part: string): string => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

/** Resolves a relative target against the directory of the source part (`..` and `.` folded). */
export const resolveTarget = (source: string, target: string): string => {
  const clean = target.replace(/\\/g, "/");
  const out = clean.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
};

/** `xl/worksheets/sheet1.xml` seen from `xl/workbook.xml` → `worksheets/sheet1.xml`. */
export const relativeTarget = (source: string, target: string): string => {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
};

/** Does a relationship type URI end in this short name (`worksheet`, `table`, …)? Transitional and Strict alike. */
export const isRelType = (type: string, short: string): boolean => type.endsWith(`/${short}`);
