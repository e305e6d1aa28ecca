/** `Excel.TableColumn`, found by its header. */
import type { XlTableColumn } from "../../excel-api";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { cellOf, FakeOfficeError, key, type FakeTableState } from "./state";

export class FakeTableColumn extends Loadable implements XlTableColumn {
  constructor(
    ctx: FakeContext,
    private readonly table: () => FakeTableState | undefined,
    private readonly header: string,
    private readonly nullable: boolean,
  ) {
    super(ctx);
  }
  private index(): number {
    const t = this.table();
    if (!t) return -1;
    for (let j = 0; j < t.columns; j++)
      if (String(cellOf(t.sheet, t.row, t.column + j).value ?? "").toLowerCase() === this.header.toLowerCase())
        return j;
    return -1;
  }
  protected override missing(): boolean {
    return this.nullable && this.index() < 0;
  }
  protected read(prop: string): unknown {
    if (prop !== "name") throw new FakeOfficeError("PropertyNotFound", prop);
    return this.header;
  }
  get name(): string {
    return this.got("name");
  }
  delete(): void {
    this.write(() => {
      const t = this.table();
      const j = this.index();
      if (!t || j < 0) throw new FakeOfficeError("ItemNotFound", `column ${this.header}`);
      // Cells of the table's rows right of the column move one to the left, as in Excel.
      const s = t.sheet;
      const last = t.column + t.columns - 1;
      for (let r = t.row; r < t.row + t.rows; r++) {
        for (let c = t.column + j; c < last; c++) {
          const next = s.cells.get(key(r, c + 1));
          if (next) s.cells.set(key(r, c), next);
          else s.cells.delete(key(r, c));
        }
        s.cells.delete(key(r, last));
      }
      t.columns--;
    });
  }
}
