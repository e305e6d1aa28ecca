/** The shared workbook-port contract, run on the Office.js adapter over the fake Excel. */
import { runPortContract } from "../port-contract.testing";
import { OfficeWorkbook } from "./index";
import { SETTINGS_KEY } from "./ownership";
import { fakeFromSpec } from "./testing/fake-excel";

runPortContract(
  "OfficeWorkbook (fake Excel)",
  async (spec) =>
    new OfficeWorkbook(fakeFromSpec(spec, SETTINGS_KEY).run, { dataValidation: true, suspendScreenUpdating: true }),
);
