import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { buildXlsx } from "./fixture";
import { runPortContract } from "./port-contract";

runPortContract("MemoryWorkbook", async (spec) => MemoryWorkbook.fromSpec(spec));

runPortContract("XlsxWorkbook", async (spec) => XlsxWorkbook.open(buildXlsx(spec)), { write: false });
