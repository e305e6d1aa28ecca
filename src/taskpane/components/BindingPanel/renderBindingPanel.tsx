import { Badge, Button, Checkbox, Field, Select, Text, Subtitle2 } from "@fluentui/react-components";
import { t } from "../../strings";
import type { BindingPanelState, ConfidenceLevel, FieldView, RoleView } from "./BindingPanel.types";
import type { LackView } from "./lacks";
import type { useBindingPanelStyles } from "./useBindingPanelStyles.styles";

const COLOR: Readonly<Record<ConfidenceLevel, "success" | "warning" | "danger">> = {
  high: "success",
  medium: "warning",
  low: "danger",
};
const LEVEL_KEY = { high: "confidenceHigh", medium: "confidenceMedium", low: "confidenceLow" } as const;

function renderField(
  s: BindingPanelState,
  role: RoleView,
  f: FieldView,
  classes: ReturnType<typeof useBindingPanelStyles>,
) {
  const { lang } = s;
  return (
    <div key={f.field} className={classes.field}>
      <Field label={`${f.header}${f.required ? ` (${t("requiredField", lang)})` : ""}`} size="small">
        <Select
          size="small"
          aria-label={t("bindingColumn", lang, { field: f.header })}
          value={f.column === null ? "" : String(f.column)}
          onChange={(_, d) => d.value !== "" && s.onColumn(role.role, f.field, Number(d.value))}
        >
          <option value="" disabled>
            {t("bindingColumnNone", lang)}
          </option>
          {role.columns.map((c) => (
            <option key={c.value} value={String(c.value)}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      {f.level && f.confidencePct !== null ? (
        <Badge appearance="tint" color={COLOR[f.level]}>
          {t("confidenceLabel", lang, { level: t(LEVEL_KEY[f.level], lang), pct: f.confidencePct })}
        </Badge>
      ) : (
        <span />
      )}
    </div>
  );
}

function renderLack(s: BindingPanelState, lack: LackView, classes: ReturnType<typeof useBindingPanelStyles>) {
  const { lang } = s;
  const suggested = lack.options.filter((o) => o.suggested);
  const others = lack.options.filter((o) => !o.suggested);
  return (
    <div key={lack.key} className={classes.lack}>
      <Field label={lack.label} size="small" hint={lack.guessed ?? undefined}>
        <Select size="small" value={lack.value} onChange={(_, d) => s.onLack(lack, d.value)}>
          <option value="">{t("lacksPick", lang)}</option>
          {suggested.length > 0 && (
            <optgroup label={t("lacksSuggested", lang)}>
              {suggested.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t("lacksOthers", lang)}>
            {others.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
    </div>
  );
}

function renderLacks(s: BindingPanelState, classes: ReturnType<typeof useBindingPanelStyles>) {
  const { lang } = s;
  return (
    <div className={classes.role} role="group" aria-label={t("lacksTitle", lang)}>
      <Subtitle2 as="h3">{t("lacksTitle", lang)}</Subtitle2>
      {s.lacks === null ? (
        <Text className={classes.hint}>{t("lacksCheckFirst", lang)}</Text>
      ) : (
        <>
          <Text className={classes.hint}>{t(s.lacks.length === 0 ? "lacksNothing" : "lacksIntro", lang)}</Text>
          <Checkbox
            label={t("lacksShowAll", lang)}
            checked={s.showAll}
            onChange={(_, d) => s.onShowAll(d.checked === true)}
          />
          {s.lacks.map((l) => renderLack(s, l, classes))}
        </>
      )}
    </div>
  );
}

export function renderBindingPanel(s: BindingPanelState, classes: ReturnType<typeof useBindingPanelStyles>) {
  const { lang } = s;
  if (!s.roles) {
    return (
      <section className={classes.root} aria-label={t("tabBinding", lang)}>
        <Text className={classes.hint}>{t("bindingNone", lang)}</Text>
      </section>
    );
  }
  return (
    <section className={classes.root} aria-label={t("tabBinding", lang)}>
      <Text className={classes.hint}>{t("bindingIntro", lang)}</Text>
      {renderLacks(s, classes)}
      {s.roles.map((role) => (
        <div key={role.role} className={classes.role} role="group" aria-label={role.label}>
          <div className={classes.roleHeader}>
            <Subtitle2 as="h3">{role.label}</Subtitle2>
            {role.fitPct !== null && <Badge appearance="outline">{t("bindingFit", lang, { pct: role.fitPct })}</Badge>}
            {role.rows !== null && <Text size={200}>{t("sourceRows", lang, { rows: role.rows })}</Text>}
          </div>
          <Field label={t("bindingSource", lang)} size="small">
            <Select
              size="small"
              value={role.source === null ? "" : String(role.source)}
              onChange={(_, d) => s.onSource(role.role, d.value === "" ? null : Number(d.value))}
            >
              <option value="">{t(role.source === null ? "bindingSourceNone" : "bindingSourceAuto", lang)}</option>
              {role.sources.map((o) => (
                <option key={o.value} value={String(o.value)}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          {role.source !== null && role.fields.map((f) => renderField(s, role, f, classes))}
        </div>
      ))}
      {s.issues.length > 0 && (
        <div role="group" aria-label={t("bindingIssues", lang)}>
          <Subtitle2 as="h3">{t("bindingIssues", lang)}</Subtitle2>
          <ul className={classes.issues}>
            {s.issues.map((i, k) => (
              <li key={k}>
                <Text size={200}>{i}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Button appearance="primary" disabled={!s.canSave} onClick={s.onSave}>
        {t("bindingSave", lang)}
      </Button>
    </section>
  );
}
