/**
 * "Today" where the user is (issue 15, item 5): between 00:00 and 02:00 Danish summer time the
 * UTC date is still yesterday, and the pane must not say so.
 */
import { localIsoDate, readTypedFigure, typedFigureText } from "../../src/app/typed-figure";
import { demoHost } from "../../src/demo/demo-workbook";
import { DemoWorkbook } from "../../src/demo/demo-workbook";

describe("today in the user's time zone", () => {
  test.each([
    ["2026-06-14T22:30:00Z", "2026-06-15"], // 00:30 in Copenhagen (summer time)
    ["2026-06-14T23:59:00Z", "2026-06-15"], // 01:59
    ["2026-06-14T21:59:00Z", "2026-06-14"], // 23:59 the day before
    ["2026-01-14T23:30:00Z", "2026-01-15"], // 00:30 in winter
  ])("at %s it is %s in Copenhagen", (instant, day) => {
    expect(localIsoDate(new Date(instant), "Europe/Copenhagen")).toBe(day);
  });

  describe("the demo's host on a faked clock and time zone", () => {
    beforeEach(() => {
      // The user's time zone as the browser reports it, and a clock at 00:30 Danish summer time.
      const real = Intl.DateTimeFormat.prototype.resolvedOptions;
      jest.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (
        this: Intl.DateTimeFormat,
      ) {
        return { ...real.call(this), timeZone: "Europe/Copenhagen" };
      });
      jest.useFakeTimers({ now: new Date("2026-06-14T22:30:00Z") });
    });
    afterEach(() => {
      jest.useRealTimers();
      jest.restoreAllMocks();
    });

    test("00:30 Danish time is today, not yesterday's UTC date", () => {
      const host = demoHost(new DemoWorkbook({ sheets: [] }), "da", "light");
      expect(host.today()).toBe("2026-06-15");
    });
  });
});

describe("typed figures in the user's language", () => {
  test("Danish and English conventions", () => {
    expect(readTypedFigure("1.234,5", "da")).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedFigure("1,234.5", "en")).toEqual({ ok: true, value: 1234.5 });
    expect(readTypedFigure("2.5", "da")).toEqual({ ok: false, reason: "decimal-mark" });
    expect(readTypedFigure("", "da")).toEqual({ ok: true, value: null });
    expect(typedFigureText(1234.5, "da")).toBe("1234,5");
    expect(typedFigureText(1234.5, "en")).toBe("1234.5");
    expect(typedFigureText(null, "en")).toBe("");
  });
});
