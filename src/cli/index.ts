import { PublicSuffixList } from "../domains/public-suffix";
import { SurnameReadings } from "../engine/surnames";
import { EXIT_ERROR, main } from "./main";
import { nodeFiles } from "./node-files";

// The full Public Suffix List and the surname table, written in by the build (webpack.config.js, DefinePlugin): the command line has no size limit.
declare const __PRESEND_SUFFIX_LIST_TEXT__: string;
declare const __PRESEND_SURNAME_READINGS_TEXT__: string;

// package.json's version, written in by the build as it stamps the add-in's manifest.
declare const __PRESEND_VERSION__: string;

// Entry of dist/cli.js (bin/presend.js): wires the command to the real process.
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...nodeFiles(),
  env: process.env,
  version: __PRESEND_VERSION__,
  suffixes: new PublicSuffixList(__PRESEND_SUFFIX_LIST_TEXT__),
  surnames: new SurnameReadings(__PRESEND_SURNAME_READINGS_TEXT__),
}).then(
  (code) => {
    // exitCode, not exit(): let piped output drain.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`presend: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
