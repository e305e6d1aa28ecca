import type { WorkbookPort } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { buildXlsx } from "./fixture";
import { runPortContract } from "./port-contract";

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
