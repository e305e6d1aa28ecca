import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { t } from "../../strings";
import type { FieldView, KontraktPanelState, ProblemView } from "./KontraktPanel.types";
import type { useKontraktPanelStyles } from "./useKontraktPanelStyles.styles";

type Classes = ReturnType<typeof useKontraktPanelStyles>;

function renderField(s: KontraktPanelState, f: FieldView, generation: number) {
  return (
    <Field
      key={`${generation}-${f.key}`}
      label={f.label}
      validationState={f.error ? "error" : "none"}
      validationMessage={f.error ?? undefined}
    >
      <Input
        defaultValue={f.value}
        inputMode={f.kind === "number" ? "decimal" : "text"}
        onChange={(_, d) => s.onEdit(f.key, d.value)}
      />
    </Field>
  );
}

function renderProblems(problems: readonly ProblemView[], classes: Classes) {
  return (
    <ul className={classes.problems}>
      {problems.map((p) => (
        <li key={p.key}>
          <Text className={classes[p.severity]} weight="semibold">
            {p.severityText}
          </Text>{" "}
          <Text className={classes.where}>{p.where}</Text> <Text>{p.message}</Text>
        </li>
      ))}
    </ul>
  );
}

export function renderKontraktPanel(s: KontraktPanelState, classes: Classes) {
  const { lang, draft, save } = s;
  let fileInput: HTMLInputElement | null = null;
  return (
    <section className={classes.root} aria-label={t("tabAuthor", lang)}>
      <Text className={classes.hint}>{t("authorIntro", lang)}</Text>
      <Field label={t("authorFrom", lang)}>
        <Select value={s.from} onChange={(_, d) => s.onFrom(d.value)}>
          {s.sources.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("authorId", lang)}>
        <Input value={s.id} onChange={(_, d) => s.onId(d.value)} />
      </Field>
      <Field label={t("authorTitle", lang)}>
        <Input value={s.title} onChange={(_, d) => s.onTitle(d.value)} />
      </Field>
      <Field label={t("authorYear", lang)}>
        <Input type="number" value={s.year} onChange={(_, d) => s.onYear(d.value)} />
      </Field>
      <div className={classes.row}>
        <Button appearance="primary" disabled={!s.canCreate} onClick={s.onCreate}>
          {t("authorCreate", lang)}
        </Button>
        <Button appearance="secondary" onClick={() => fileInput?.click()}>
          {t("authorImport", lang)}
        </Button>
        <input
          ref={(el) => {
            fileInput = el;
          }}
          className={classes.hidden}
          type="file"
          accept=".json,application/json"
          aria-label={t("authorImportFile", lang)}
          onChange={(e) => {
            s.onImport(e.currentTarget.files?.[0] ?? null);
            e.currentTarget.value = "";
          }}
        />
      </div>

      {s.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("authorProblemsTitle", lang)}</MessageBarTitle>
            {renderProblems(s.problems, classes)}
          </MessageBarBody>
        </MessageBar>
      )}

      {draft && (
        <>
          <Subtitle2 as="h2">{draft.heading}</Subtitle2>
          <Accordion multiple collapsible aria-label={t("authorGoals", lang)}>
            {draft.goals.map((g) => (
              <AccordionItem key={g.key} value={g.key}>
                <AccordionHeader>
                  <Text className={g.hasError ? classes.error : undefined}>{g.heading}</Text>
                </AccordionHeader>
                <AccordionPanel>
                  <div className={classes.goalPanel} role="group" aria-label={g.heading}>
                    {renderField(s, g.title, draft.generation)}
                    {g.indicators.map((i) => (
                      <div key={i.key} className={classes.indicator} role="group" aria-label={i.name}>
                        {i.fields.map((f) => renderField(s, f, draft.generation))}
                        {i.note && <Text className={classes.hint}>{i.note}</Text>}
                      </div>
                    ))}
                  </div>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>

          <div className={classes.section} role="region" aria-label={t("authorChecks", lang)}>
            <Subtitle2 as="h3">{t("authorChecks", lang)}</Subtitle2>
            {draft.problems.length === 0 ? (
              <Text>{t("authorNoProblems", lang)}</Text>
            ) : (
              renderProblems(draft.problems, classes)
            )}
          </div>

          <div className={classes.section}>
            <Subtitle2 as="h3">{t("authorJson", lang)}</Subtitle2>
            <pre className={classes.json} role="region" aria-label={t("authorJson", lang)} tabIndex={0}>
              {draft.json}
            </pre>
          </div>

          <div className={classes.row}>
            <Button appearance="primary" disabled={!s.canSave} onClick={s.onSave}>
              {t("authorSave", lang)}
            </Button>
            <Button appearance="secondary" onClick={s.onDownload}>
              {t("authorDownload", lang)}
            </Button>
          </div>

          {save && (
            <div className={classes.preview} role="region" aria-label={t("authorSavePreview", lang)}>
              <Subtitle2 as="h3">{t("authorSavePreview", lang)}</Subtitle2>
              {save.lines.map((l) => (
                <Text key={l}>{l}</Text>
              ))}
              {save.conflict ? (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{save.conflict}</MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" appearance="primary" onClick={s.onForce}>
                      {t("authorOverwrite", lang)}
                    </Button>
                    <Button size="small" onClick={s.onCancelSave}>
                      {t("cancel", lang)}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              ) : (
                <div className={classes.row}>
                  <Button appearance="primary" onClick={s.onConfirmSave}>
                    {t("authorSaveGo", lang)}
                  </Button>
                  <Button appearance="secondary" onClick={s.onCancelSave}>
                    {t("cancel", lang)}
                  </Button>
                </div>
              )}
            </div>
          )}
        </>
      )}

      {s.canDiscard && (
        <Button appearance="subtle" onClick={s.onDiscard}>
          {t("authorDiscard", lang)}
        </Button>
      )}
    </section>
  );
}
