/** One `Excel.run` batch: queues operations and runs them at `sync`, recording each request. */
import type { XlContext, XlWorkbook, XlWorksheet } from "../../excel-api";
import type { FakeExcel } from "./book";
import { FakeSheetProxy } from "./sheet";
import { FakeOfficeError, type FakeSheetState, type Op } from "./state";
import { FakeWorkbookProxy } from "./workbook";

export class FakeContext implements XlContext {
  private queue: Op[] = [];
  /** Cells read by loads in the request being run. */
  cellsRead = 0;
  private calc = false;
  private screen = false;
  readonly workbook: XlWorkbook;

  constructor(readonly book: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** A worksheet proxy, made here so that tables (whose `worksheet` is one) need not import the sheet module. */
  sheetProxy(find: () => FakeSheetState | undefined, nullable: boolean, label: string): XlWorksheet {
    return new FakeSheetProxy(this, find, nullable, label);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  suspendCalc(): void {
    this.calc = true;
  }

  suspendScreen(): void {
    this.screen = true;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const calc = this.calc;
    const screen = this.screen;
    this.queue = [];
    this.calc = false;
    this.screen = false;
    const requestBytes = ops.reduce((a, o) => a + o.bytes, 0);
    const cells = ops.reduce((a, o) => a + o.cells, 0);
    const writes = ops.some((o) => o.writes);
    const record = { ops: ops.length, requestBytes, cells, writes, calcSuspended: calc, screenSuspended: screen };
    if (requestBytes > this.book.payloadLimit) {
      this.book.requests.push({ ...record, responseBytes: 0, refused: true });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let responseBytes = 0;
    this.cellsRead = 0;
    for (const op of ops) {
      if (op.writes) this.book.version++;
      responseBytes += op.run();
    }
    const refused = responseBytes > this.book.payloadLimit;
    this.book.requests.push({ ...record, cells: record.cells + this.cellsRead, responseBytes, refused });
    if (refused)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
  }
}
