// ESLint: typescript-eslint + the Office add-in rules + Prettier, and the layer rules that keep
// the domain pure (after VS Code's code-layering): src/domain may not import hosts or adapters.
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

const hostImports = [
  { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "The domain is pure: no React." },
  { group: ["fs", "path", "os", "child_process", "node:*", "zlib", "stream"], message: "The domain is pure: no I/O." },
  { group: ["fflate", "saxes", "@xmldom/*", "exceljs", "xlsx"], message: "The domain is pure: no file formats." },
  {
    group: ["**/workbook/**", "**/app/**", "**/taskpane/**", "**/cli/**", "**/commands/**"],
    message: "The domain may not reach outer layers.",
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
  {
    files: ["src/domain/**/*.ts", "src/templates/**/*.ts", "src/i18n/**/*.ts"],
    ignores: ["**/*.test.ts", "**/test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: hostImports }],
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
