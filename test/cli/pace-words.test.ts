/** The half-year pace in one wording: the CLI's Tempo column, the status sheet and the pane say the same. */
import { runCli } from "../../src/cli/main";
import { cliText } from "../../src/i18n/cli";
import { t } from "../../src/i18n/strings";
import { LANGS } from "../../src/i18n";
import { t as paneText } from "../../src/taskpane/strings";
import { join } from "node:path";

const example = join(__dirname, "..", "..", "examples", "sjaelland-2025.xlsx");

describe("the pace words at the half-year", () => {
  it.each(LANGS)("%s: the CLI, the status sheet and the pane use one wording", (lang) => {
    const onTrack = cliText("on-track", lang);
    const behind = cliText("behind", lang);
    expect(t("statusSheet.onTrack", lang)).toBe(onTrack);
    expect(t("statusSheet.behind", lang)).toBe(behind);
    const lower = (s: string) => s.toLocaleLowerCase(lang);
    expect(lower(paneText("goalOnTrack", lang))).toContain(lower(onTrack));
    expect(lower(paneText("paceOnTrack", lang, { due: 1 }))).toContain(lower(onTrack));
    expect(lower(paneText("goalBehind", lang))).toContain(lower(behind));
  });

  it("evaluate --period H1 says 'på rette spor' (the status sheet's word), not 'på sporet' or 'i tempo'", async () => {
    const out: string[] = [];
    const code = await runCli(["evaluate", example, "--contract", "sjaelland-2025", "--period", "H1"], {
      out: (s) => out.push(s),
      err: () => undefined,
    });
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toContain(t("statusSheet.onTrack", "da"));
    expect(text).toContain("på rette spor");
    expect(text).not.toMatch(/på sporet|i tempo/);
  });
});
