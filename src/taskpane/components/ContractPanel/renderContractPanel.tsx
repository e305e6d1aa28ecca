import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
} from "@fluentui/react-components";
import { t } from "../../strings";
import type { ContractPanelState } from "./ContractPanel.types";
import type { useContractPanelStyles } from "./useContractPanelStyles.styles";

export function renderContractPanel(s: ContractPanelState, classes: ReturnType<typeof useContractPanelStyles>) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={t("tabContract", lang)}>
      <Text className={classes.hint}>{t("contractHint", lang)}</Text>
      {s.offer && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.offer}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={s.onUseWorkbookContract}>
              {t("contractOfferUse", lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field label={t("contractLabel", lang)}>
        <Select value={s.selectedId ?? ""} onChange={(_, d) => d.value && s.onSelectContract(d.value)}>
          <option value="" disabled>
            {t("contractPlaceholder", lang)}
          </option>
          {s.contracts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      {s.summary && <Text className={classes.summary}>{s.summary}</Text>}
      {s.params.map((p) => (
        <Field key={p.id} label={p.label}>
          <Select value={p.value} onChange={(_, d) => s.onParam(p.id, d.value)}>
            {p.choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {s.showPeriod && (
        <Field label={t("periodLabel", lang)}>
          <RadioGroup value={s.period} onChange={(_, d) => s.onPeriod(d.value === "H1" ? "H1" : "year")}>
            <Radio value="year" label={t("periodYear", lang)} />
            <Radio value="H1" label={t("periodH1", lang)} />
          </RadioGroup>
        </Field>
      )}
      <Button appearance="primary" disabled={!s.canBind} onClick={s.onBind}>
        {t("bindAuto", lang)}
      </Button>
    </section>
  );
}
