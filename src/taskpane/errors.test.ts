import { WriteConflictError } from "../workbook/port";
import { FakeOfficeError } from "../workbook/office/testing/fake-excel";
import { describeError, isCancel } from "./errors";

describe("describeError", () => {
  test("a write conflict names the cell and offers to write beside it, never over it", () => {
    expect(describeError(new WriteConflictError("Forløb", "P2"), "da")).toEqual({
      message: expect.stringContaining("Forløb!P2"),
      canForce: true,
    });
    expect(describeError(new WriteConflictError("Forløb", "P2"), "en").message).toMatch(/never writes over it/);
  });

  test("where the output cannot move (a table's next column), no way round is offered", () => {
    const e = describeError(new WriteConflictError("Forløb", "P2", false), "da");
    expect(e.canForce).toBe(false);
    expect(e.message).toMatch(/lige til højre for tabellen/);
  });

  test("Excel's error codes become plain words in both languages", () => {
    expect(describeError(new FakeOfficeError("AccessDenied", "x"), "da").message).toMatch(/beskyttet/);
    expect(describeError(new FakeOfficeError("AccessDenied", "x"), "en").message).toMatch(/protected/);
    expect(describeError(new FakeOfficeError("InvalidOperationInCellEditMode", "x"), "en").message).toMatch(
      /Enter or Esc/,
    );
    expect(describeError(new FakeOfficeError("ItemNotFound", "x"), "da").message).toMatch(/findes ikke/);
  });

  test("anything else still says what happened", () => {
    expect(describeError(new Error("disk full"), "en").message).toBe("An unexpected error happened: disk full");
    expect(describeError("odd", "da").message).toBe("Der skete en uventet fejl: odd");
  });

  test("recognises a cancel", () => {
    const c = new Error("x");
    c.name = "AbortError";
    expect(isCancel(c)).toBe(true);
    expect(isCancel(new Error("x"))).toBe(false);
  });
});
