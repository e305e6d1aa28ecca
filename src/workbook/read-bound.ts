/**
 * Reading the bound data through any adapter: only the bound columns of each bound source, all
 * roles in one `readMany` (or one `readColumns` per role where the port has no `readMany`),
 * columnar all the way (a 1,048,575-row table costs a few arrays).
 */
import type { BindingFile } from "../domain/binding/file";
import type { Binding } from "../domain/binding/types";
import { ROLES, type BoundColumn, type BoundTable, type Role, type WorkbookData } from "../domain/model";
import type { ProgressOptions, ReadRequest, ReadResult, SourceInfo, WorkbookPort } from "./port";
import { headerText } from "./sheet/headers";

export interface ReadBoundOptions extends ProgressOptions {
  /** Read only these roles (default: every bound role). */
  readonly roles?: readonly Role[];
}

/**
 * `readMany` for a port that reads one source at a time: one `readColumns` after another, with
 * progress over all of them. The memory and .xlsx adapters use it as their `readMany`.
 */
export const readOneByOne = async (
  port: Pick<WorkbookPort, "readColumns">,
  requests: readonly ReadRequest[],
  options: ProgressOptions = {},
): Promise<ReadResult[]> => {
  const total = requests.reduce((a, r) => a + Math.max(0, r.source.rowCount), 0);
  const out: ReadResult[] = [];
  let before = 0;
  for (const { source, columns } of requests) {
    const offset = before;
    out.push(
      await port.readColumns(source, columns, {
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (done) => options.onProgress?.(offset + done, total),
      }),
    );
    before += Math.max(0, source.rowCount);
  }
  return out;
};

export const readBoundData = async <S extends SourceInfo>(
  port: WorkbookPort,
  binding: Binding<S>,
  options: ReadBoundOptions = {},
): Promise<WorkbookData> => {
  const roles = ROLES.filter((r) => binding.roles[r] && (!options.roles || options.roles.includes(r)));
  const total = roles.reduce((a, r) => a + Math.max(0, binding.roles[r]?.source.rowCount ?? 0), 0);
  const bound = roles.flatMap((role) => {
    const rb = binding.roles[role];
    return rb ? [{ role, rb, fields: Object.values(rb.fields) }] : [];
  });
  const requests = bound.map(({ rb, fields }) => ({ source: rb.source, columns: fields.map((f) => f.column) }));
  const progress: ProgressOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (done) => options.onProgress?.(Math.min(done, total), total),
  };
  // All roles in one go, so a host that pays per round trip can share requests between tables.
  const results = port.readMany
    ? await port.readMany(requests, progress)
    : await readOneByOne(port, requests, progress);
  const out: Partial<Record<Role, BoundTable>> = {};
  bound.forEach(({ role, rb, fields }, k) => {
    const res = results[k] ?? { columns: [] };
    const columns: Record<string, BoundColumn> = {};
    fields.forEach((f, i) => {
      columns[f.field] = {
        field: f.field,
        header: f.header,
        sheetColumn: rb.source.firstColumn + f.column,
        values: res.columns[i] ?? [],
      };
    });
    out[role] = {
      role,
      sheet: rb.source.sheet,
      table: rb.source.table,
      firstRow: rb.source.headerRow + 1,
      rowCount: Math.max(0, rb.source.rowCount),
      columns,
      ...(res.hiddenRows && res.hiddenRows.length > 0 ? { hiddenRows: res.hiddenRows } : {}),
    };
  });
  options.onProgress?.(total, total);
  return out;
};

/**
 * Sources a binding file needs beyond the listed ones: a role whose file entry names a header
 * row that no listed source has (headers below a title block, say) gets a plain source starting
 * at that row, its header texts read through the port. Pass the result to `resolveBinding`.
 */
export const sourcesForBindingFile = async (
  port: WorkbookPort,
  sources: readonly SourceInfo[],
  file: BindingFile | undefined,
  options: ProgressOptions = {},
): Promise<SourceInfo[]> => {
  const out = [...sources];
  for (const role of ROLES) {
    const entry = file?.roles[role];
    if (!entry || entry.headerRow === undefined || entry.table !== undefined) continue;
    const sheetName = entry.sheet.toLowerCase();
    const onSheet = out.filter((s) => s.sheet.toLowerCase() === sheetName);
    if (onSheet.length === 0 || onSheet.some((s) => s.headerRow === entry.headerRow)) continue;
    const base = onSheet.find((s) => s.table === null) ?? (onSheet[0] as SourceInfo);
    const lastRow = Math.max(...onSheet.map((s) => s.headerRow + s.rowCount));
    const width = Math.max(...onSheet.map((s) => s.firstColumn + s.headers.length));
    if (entry.headerRow > lastRow) continue;
    // Read the header row as the single "data row" of a source whose header is the row above.
    const probe: SourceInfo = {
      sheet: base.sheet,
      table: null,
      headerRow: entry.headerRow - 1,
      firstColumn: 0,
      headers: new Array<string>(width).fill(""),
      rowCount: 1,
    };
    const res = await port.readColumns(
      probe,
      Array.from({ length: width }, (_, i) => i),
      options,
    );
    const texts = res.columns.map((c) => headerText(c[0] ?? null));
    const first = texts.findIndex((t) => t !== "");
    if (first < 0) continue;
    let last = texts.length - 1;
    while (last > first && texts[last] === "") last--;
    out.push({
      sheet: base.sheet,
      table: null,
      headerRow: entry.headerRow,
      firstColumn: first,
      headers: texts.slice(first, last + 1),
      rowCount: lastRow - entry.headerRow,
      ...(base.sheetHidden ? { sheetHidden: true } : {}),
    });
  }
  return out;
};
