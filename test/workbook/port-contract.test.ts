import type { WorkbookPort } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { OfficeWorkbook } from "../../src/workbook/office";
import { SETTINGS_KEY } from "../../src/workbook/office/ownership";
import { fakeFromSpec, type FakeExcel } from "../../src/workbook/office/testing/fake-excel";
import { buildXlsx } from "../../src/workbook/fixture.testing";
import { fakeFromXlsx, xlsxFromFake } from "./office-bridge";
import { runPortContract } from "../../src/workbook/port-contract.testing";

runPortContract("MemoryWorkbook", async (spec) => MemoryWorkbook.fromSpec(spec));

runPortContract("XlsxWorkbook", async (spec) => XlsxWorkbook.open(buildXlsx(spec)));

/** An .xlsx port that saves and reopens the file after every change: what it wrote must persist. */
class ReopeningPort implements WorkbookPort {
  constructor(private wb: XlsxWorkbook) {}
  private reopen(): void {
    this.wb = XlsxWorkbook.open(this.wb.toBytes());
  }
  listSources: WorkbookPort["listSources"] = (o) => this.wb.listSources(o);
  readColumns: WorkbookPort["readColumns"] = (s, c, o) => this.wb.readColumns(s, c, o);
  loadSettings: WorkbookPort["loadSettings"] = () => this.wb.loadSettings();
  saveSettings: WorkbookPort["saveSettings"] = async (json) => {
    await this.wb.saveSettings(json);
    this.reopen();
  };
  apply: WorkbookPort["apply"] = async (plan, o) => {
    const r = await this.wb.apply(plan, o);
    this.reopen();
    return r;
  };
  writeUserSheet: WorkbookPort["writeUserSheet"] = async (sheet, o) => {
    const r = await this.wb.writeUserSheet(sheet, o);
    this.reopen();
    return r;
  };
  clean: WorkbookPort["clean"] = async (o) => {
    const r = await this.wb.clean(o);
    this.reopen();
    return r;
  };
}

runPortContract(
  "XlsxWorkbook, saved and reopened after each change",
  async (spec) => new ReopeningPort(XlsxWorkbook.open(buildXlsx(spec))),
);

/**
 * A workbook that changes hands after every change, as a file does between a colleague's batch
 * (the CLI's .xlsx adapter) and another's Excel (the Office adapter): each write, removal and
 * user-sheet write is made by one host and the next step sees the file in the other. Settings stay
 * with the host that saved them (the two hosts keep them in different places; not this suite's).
 */
const FEATURES = { dataValidation: true, suspendScreenUpdating: true };

class HostSwitchingPort implements WorkbookPort {
  private host:
    { readonly kind: "xlsx"; readonly wb: XlsxWorkbook } | { readonly kind: "office"; readonly book: FakeExcel };
  private port: WorkbookPort;
  constructor(start: XlsxWorkbook | FakeExcel) {
    if (start instanceof XlsxWorkbook) {
      this.host = { kind: "xlsx", wb: start };
      this.port = start;
    } else {
      this.host = { kind: "office", book: start };
      this.port = new OfficeWorkbook(start.run, FEATURES);
    }
  }
  private switchHost(): void {
    if (this.host.kind === "xlsx") {
      const book = fakeFromXlsx(this.host.wb.toBytes());
      this.host = { kind: "office", book };
      this.port = new OfficeWorkbook(book.run, FEATURES);
    } else {
      const wb = XlsxWorkbook.open(xlsxFromFake(this.host.book));
      this.host = { kind: "xlsx", wb };
      this.port = wb;
    }
  }
  private handOver<T>(r: Promise<T>): Promise<T> {
    return r.then((v) => {
      this.switchHost();
      return v;
    });
  }
  listSources: WorkbookPort["listSources"] = (o) => this.port.listSources(o);
  readColumns: WorkbookPort["readColumns"] = (s, c, o) => this.port.readColumns(s, c, o);
  loadSettings: WorkbookPort["loadSettings"] = () => this.port.loadSettings();
  saveSettings: WorkbookPort["saveSettings"] = (json) => this.port.saveSettings(json);
  apply: WorkbookPort["apply"] = (plan, o) => this.handOver(this.port.apply(plan, o));
  writeUserSheet: WorkbookPort["writeUserSheet"] = (sheet, o) => this.handOver(this.port.writeUserSheet(sheet, o));
  clean: WorkbookPort["clean"] = (o) => this.handOver(this.port.clean(o));
}

runPortContract(
  "a workbook moving between the CLI (.xlsx) and Excel (Office adapter) after each change, from the CLI",
  async (spec) => new HostSwitchingPort(XlsxWorkbook.open(buildXlsx(spec))),
);

runPortContract(
  "a workbook moving between Excel (Office adapter) and the CLI (.xlsx) after each change, from Excel",
  async (spec) => new HostSwitchingPort(fakeFromSpec(spec, SETTINGS_KEY)),
);
