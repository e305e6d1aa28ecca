/** Tests' view of the ownership record in the fake Excel: the custom XML part, as the adapter reads it. */
import { MARKS_NS, parseRecord, recordXml } from "../../ownership/record";
import type { Owned } from "../ownership";
import { OWNED_KEY } from "../ownership";
import { ownedOfRecord, recordOfOwned } from "../record";
import type { FakeExcel } from "./fake/book";

/** The record's XML parts in the workbook. */
export const recordParts = (book: FakeExcel): string[] => book.customXml(MARKS_NS);

/** Is any record there (a part, or the former settings record)? */
export const hasRecord = (book: FakeExcel): boolean => recordParts(book).length > 0 || book.settings.has(OWNED_KEY);

/** The record as the adapter works on it (the first part's), or null. */
export function ownedIn(book: FakeExcel): Owned | null {
  const xml = recordParts(book)[0];
  const record = xml === undefined ? null : parseRecord(xml);
  return record ? ownedOfRecord(record) : null;
}

/** Replace the record (as a part, as the adapter stores it). */
export function setOwnedIn(book: FakeExcel, owned: Owned): void {
  for (let i = book.customXmlParts.length - 1; i >= 0; i--)
    if (book.customXmlParts[i]!.namespaceUri === MARKS_NS) book.customXmlParts.splice(i, 1);
  book.addCustomXmlPart(recordXml(recordOfOwned(owned)));
}
