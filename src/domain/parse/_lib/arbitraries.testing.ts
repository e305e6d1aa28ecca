/** fast-check arbitraries shared by the parser and check tests (test-only; never imported by code). */
import fc from "fast-check";
import type { CellValue } from "../../model";

/** Any cell a workbook can hand us, including error values and awkward numbers and texts. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: "binary" }),
  fc.string(),
  fc.constantFrom("ja", "Nej", "2,5", "1.234,5", "12345674", "DK 12 34 56 74", "04.03.2025", "VÆKST", "i høj grad"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!").map((error) => ({ error })),
);
