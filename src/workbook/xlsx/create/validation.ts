/** `<dataValidations>` for a new sheet. */
import { isoToSerial } from "../../sheet/dates";
import { parseRange } from "../../sheet/a1";
import { escapeAttr, escapeText, stripInvalidXml } from "../ooxml/xml";
import { WorkbookSpecError, type DateInput, type NewValidation } from "../../sheet/spec";

const dateValue = (d: DateInput): number => {
  const n = typeof d === "number" ? d : isoToSerial(d);
  if (n === null || !Number.isFinite(n)) throw new WorkbookSpecError(`not a date: ${String(d)}`);
  return n;
};

const bounds = (min: number | undefined, max: number | undefined): { op: string; f1: string; f2?: string } => {
  if (min !== undefined && max !== undefined) return { op: "between", f1: String(min), f2: String(max) };
  if (min !== undefined) return { op: "greaterThanOrEqual", f1: String(min) };
  if (max !== undefined) return { op: "lessThanOrEqual", f1: String(max) };
  throw new WorkbookSpecError("a number or date validation needs min or max");
};

const one = (v: NewValidation): string => {
  const sqref = v.range.trim().split(/\s+/);
  if (!sqref.every((r) => parseRange(r))) throw new WorkbookSpecError(`bad validation range "${v.range}"`);
  let type: string;
  let op = "";
  let f1: string;
  let f2: string | undefined;
  if (v.type === "list") {
    type = "list";
    if ("values" in v) {
      if (v.values.some((x) => x.includes(","))) throw new WorkbookSpecError("list values may not contain commas");
      f1 = `"${v.values.join(",").replace(/"/g, '""')}"`;
      if (f1.length > 257) throw new WorkbookSpecError("a literal validation list is limited to 255 characters");
    } else f1 = v.source.replace(/^=/, "");
  } else {
    type = v.type;
    const b =
      v.type === "date"
        ? bounds(v.min === undefined ? undefined : dateValue(v.min), v.max === undefined ? undefined : dateValue(v.max))
        : bounds(v.min, v.max);
    op = ` operator="${b.op}"`;
    f1 = b.f1;
    f2 = b.f2;
  }
  const attr = (name: string, text: string | undefined): string =>
    text === undefined ? "" : ` ${name}="${escapeAttr(stripInvalidXml(text.slice(0, 255)))}"`;
  const style = v.error?.style && v.error.style !== "stop" ? ` errorStyle="${v.error.style}"` : "";
  return (
    `<dataValidation type="${type}"${style}${op}` +
    (v.allowBlank === false ? "" : ' allowBlank="1"') +
    (v.prompt ? ' showInputMessage="1"' : "") +
    ' showErrorMessage="1"' +
    attr("errorTitle", v.error?.title?.slice(0, 32)) +
    attr("error", v.error?.text) +
    attr("promptTitle", v.prompt?.title?.slice(0, 32)) +
    attr("prompt", v.prompt?.text) +
    ` sqref="${sqref.join(" ")}">` +
    `<formula1>${escapeText(f1)}</formula1>` +
    (f2 !== undefined ? `<formula2>${escapeText(f2)}</formula2>` : "") +
    "</dataValidation>"
  );
};

export const validationsXml = (list: readonly NewValidation[]): string =>
  list.length ? `<dataValidations count="${list.length}">${list.map(one).join("")}</dataValidations>` : "";
