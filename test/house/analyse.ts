/** A house's workbook through the application as every host runs it (memory adapter). */
import { application } from "../../src/app/application";
import { MemoryWorkbook, memoryWorkbookSpec } from "../../src/app/hosts/memory";
import type { NewWorkbookSpec } from "../../src/workbook/sheet/spec";

export async function analyse(
  spec: NewWorkbookSpec,
  contractId = "sjaelland-2025",
  params: Record<string, string> = {},
) {
  const contract = application.findContract(contractId);
  if (!contract) throw new Error(contractId);
  const port = MemoryWorkbook.fromSpec(memoryWorkbookSpec(spec));
  const bound = await application.bind(port, null, {}, { contract, params });
  const data = await application.read(port, bound.binding, contract);
  const check = application.check(contract, data, bound.binding);
  const result = application.evaluate(contract, data, bound.binding, { params, period: "year", lang: "da" });
  const inputs = application.inputs(contract, data, bound.binding, { params });
  const goal = (id: string) => result.goals.find((g) => g.id === id);
  return { contract, binding: bound.binding, data, check, result, inputs, goal };
}
