import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "docs/**", ".cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // CommonJS on purpose (jest and the .mjs scripts both load these; webpack-cli loads its config).
    files: ["**/*.cjs", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/playground/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // makeStyles and its kin need Griffel's runtime CSS compiler in the pane bundle: style in taskpane.css.
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{
          name: "@fluentui/react-components",
          importNames: ["makeStyles", "makeResetStyles", "makeStaticStyles", "shorthands"],
          message: "the pane's own styles go in src/taskpane/taskpane.css (makeStyles brings Griffel's CSS compiler into taskpane.js)",
        }],
      }],
    },
  },
  {
    // The engine is pure: no Office.js, DOM or Node APIs (DESIGN.md §6).
    files: ["src/policy/**", "src/domains/**", "src/rules/**", "src/engine/**", "src/i18n/**", "src/check/**", "src/formats/**"],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        "node:*", "fs", "path", "os", "react", "react-dom", "react/*", "@fluentui/*",
        "**/office", "**/office/*", "**/taskpane", "**/taskpane/*", "**/launchevent", "**/launchevent/*", "**/playground", "**/playground/*", "**/cli", "**/cli/*",
      ] }],
      // Storage, timers and the host belong to the runtimes, which pass in what the engine needs (outOfTime, the suffix list).
      "no-restricted-globals": ["error", "Office", "window", "document", "self", "globalThis", "navigator", "localStorage", "sessionStorage",
        "process", "Buffer", "require", "fetch", "setTimeout", "clearTimeout", "setInterval", "clearInterval"],
    },
  },
);
