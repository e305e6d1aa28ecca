// ESLint: typescript-eslint + the Office add-in rules + Prettier, and the layer rules (after VS
// Code's code-layering): each layer may import only the layers above it (docs/architecture.md).
//   domain    zod (its messages are codes and parameters: src/i18n says them in words)
//   i18n      types of src/domain only (the codes its messages are keyed by)
//   templates src/domain
//   workbook  src/domain, its file-format libraries; an adapter (xlsx, office, memory) itself
//             and what adapters share (port, sheet/, ownership/), never another adapter; inside
//             xlsx, read/ write/ create/ share ooxml/ and the package (zip), not each other
//   app       everything above; an adapter's inner modules only in its factory in src/app/hosts/
//   hosts     src/app, src/i18n, and types of src/workbook/port; the adapter a host constructs
//             only through its factory in src/app/hosts/ (CLI xlsx, task pane office, demo memory
//             and xlsx: the example, and a file the user opens)
// test/architecture/layers.test.ts proves each rule on small snippets.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettierRecommended from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The plugin's recommended config also registers its own older typescript-eslint; take only its rules.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

/** A folder of ours, imported as itself (its index) or anything in it. */
const folder = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`]);
/** Only anything in it: `**\/cli/**` must not catch `../i18n/cli`. */
const inside = (...names) => names.map((n) => `**/${n}/**`);

const REACT = {
  group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
  message: "No React below the hosts.",
};
const NODE = {
  group: ["fs", "path", "os", "child_process", "node:*", "zlib", "stream"],
  message: "No Node I/O below the hosts: the workbook and the app run in the browser too.",
};
const FILE_FORMATS = {
  group: ["fflate", "saxes", "@xmldom/*", "exceljs", "xlsx"],
  message: "File formats belong to the workbook adapters.",
};
const HOSTS = {
  group: [...inside("taskpane", "cli", "demo", "commands")],
  message: "Only hosts may import hosts.",
};

/** Restricts the imports of a layer's files (tests and their helpers beside the code may reach further). */
const layer = (files, patterns) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx", "**/test.ts", "**/*.testing.ts", "**/*.testing.tsx"],
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
});

const ADAPTERS = ["xlsx", "office", "memory"];
const WORKBOOK = [
  REACT,
  NODE,
  {
    group: [...inside("app", "i18n", "taskpane", "cli", "commands", "demo"), ...folder("templates"), "**/i18n"],
    message: "The workbook layer imports src/domain only.",
  },
];
/** An adapter's files: no other adapter (what they share is in sheet/ and ownership/). */
const adapterImports = (own) => [
  ...WORKBOOK,
  {
    group: folder(...ADAPTERS.filter((a) => a !== own)),
    message: `The ${own} adapter imports no other adapter; the shared vocabulary is src/workbook/sheet/.`,
  },
];
/** Inside the xlsx adapter: read/, write/ and create/ share ooxml/ and the package (zip), never each other. */
const XLSX_SIDES = ["read", "write", "create"];
const xlsxPart = (own) => [
  ...adapterImports("xlsx"),
  {
    group: folder(...XLSX_SIDES.filter((s) => s !== own)),
    message: "read/, write/ and create/ import none of each other: what they share is in ../ooxml/.",
  },
];
const APP = [REACT, NODE, HOSTS];
/** A block for part of a layer replaces the layer's patterns for those files: it repeats them. */
const part = (files, patterns, ignores = []) => {
  const block = layer(files, patterns);
  return { ...block, ignores: [...block.ignores, ...ignores] };
};

const PURE = "The domain is pure: it may import zod only.";
const domainImports = [
  { ...REACT, message: "The domain is pure: no React." },
  { ...NODE, message: "The domain is pure: no I/O." },
  { ...FILE_FORMATS, message: "The domain is pure: no file formats." },
  {
    group: [...inside("workbook", "app", "taskpane", "cli", "commands", "demo"), ...folder("templates")],
    message: PURE,
  },
  {
    group: [...folder("i18n")],
    message: "The domain returns codes and parameters; src/i18n says them in words (the app renders them).",
  },
];

/** What every host may not reach: the domain, the templates, adapters (their types through the app). */
const hostImports = (...ownAdapters) => [
  {
    group: [...folder("domain", "templates")],
    message: "Hosts reach the domain through src/app (types: src/app/types.ts).",
  },
  {
    // No `**/workbook` here: gitignore cannot re-include a file of an excluded folder.
    group: [...inside("workbook"), "!**/workbook/port"],
    message: `Hosts open workbooks through their factory in src/app/hosts/ (${ownAdapters.join(", ")}).`,
  },
  {
    group: ["**/workbook/port"],
    allowTypeImports: true,
    message: "Hosts may import the port's types only (errors: src/app/errors.ts).",
  },
  {
    group: ["xlsx", "office", "memory"].filter((a) => !ownAdapters.includes(a)).map((a) => `**/app/hosts/${a}`),
    message: `This host constructs the ${ownAdapters.join(" and ")} adapter only.`,
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "coverage",
      "test-artifacts",
      "bench/results.json",
      "**/*.cjs",
      "scripts/*.mjs",
      "eslint.config.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  layer(["src/domain/**/*.ts"], domainImports),
  layer(
    ["src/i18n/**/*.ts"],
    [
      REACT,
      NODE,
      FILE_FORMATS,
      {
        group: [...inside("workbook", "app", "taskpane", "cli", "commands", "demo"), ...folder("templates")],
        message: "Texts import no layer below the domain.",
      },
      {
        group: [...inside("domain")],
        allowTypeImports: true,
        message: "Texts may import the domain's types only: the codes their messages are keyed by.",
      },
    ],
  ),
  layer(
    ["src/templates/**/*.ts"],
    [
      REACT,
      NODE,
      FILE_FORMATS,
      {
        group: [...inside("workbook", "app", "i18n", "taskpane", "cli", "commands", "demo"), "**/i18n"],
        message: "Templates are data for the domain: they import src/domain only.",
      },
    ],
  ),
  layer(
    ["src/workbook/**/*.{ts,tsx}"],
    [...WORKBOOK, { group: folder(...ADAPTERS), message: "What the adapters share imports no adapter." }],
  ),
  ...ADAPTERS.map((a) => part([`src/workbook/${a}/**/*.{ts,tsx}`], adapterImports(a))),
  ...[...XLSX_SIDES, "ooxml"].map((p) => part([`src/workbook/xlsx/${p}/**/*.ts`], xlsxPart(p))),
  part(
    ["src/app/**/*.{ts,tsx}"],
    [
      ...APP,
      {
        group: inside(...ADAPTERS.map((a) => `workbook/${a}`)),
        message: "The app may import an adapter's entry point; its inner modules only a factory in src/app/hosts/.",
      },
    ],
    ADAPTERS.map((a) => `src/app/hosts/${a}.ts`),
  ),
  ...ADAPTERS.map((a) =>
    part(
      [`src/app/hosts/${a}.ts`],
      [
        ...APP,
        {
          group: ADAPTERS.filter((b) => b !== a).flatMap((b) => folder(`workbook/${b}`)),
          message: `src/app/hosts/${a}.ts constructs the ${a} adapter only.`,
        },
      ],
    ),
  ),
  layer(
    ["src/taskpane/**/*.{ts,tsx}"],
    [...hostImports("office"), { group: inside("cli", "demo"), message: "The task pane is no other host's." }],
  ),
  layer(
    ["src/demo/**/*.{ts,tsx}"],
    [
      // The example in memory; a user's own file through the CLI's xlsx adapter, in the browser.
      ...hostImports("memory", "xlsx"),
      { group: inside("cli", "commands"), message: "The demo hosts the task pane, no other host." },
    ],
  ),
  layer(
    ["src/cli/**/*.ts"],
    [
      REACT,
      ...hostImports("xlsx"),
      { group: inside("taskpane", "demo", "commands"), message: "The CLI is no other host's." },
    ],
  ),
  layer(
    ["src/commands/**/*.ts"],
    [
      ...hostImports("office"),
      { group: inside("taskpane", "cli", "demo"), message: "Ribbon commands import no other host." },
    ],
  ),
  {
    files: ["src/domain/**/*.ts", "src/templates/**/*.ts", "src/i18n/**/*.ts"],
    ignores: ["**/*.test.ts", "**/test.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process", "fetch", "XMLHttpRequest"],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Today comes in through options.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Today comes in through options.",
        },
      ],
    },
  },
  prettierRecommended,
);
