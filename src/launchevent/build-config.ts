import type { PolicyValidatedAtBuild } from "../office/policy-source";

/**
 * Values the build writes in with webpack's DefinePlugin (webpack.config.js). Read
 * through `typeof` so jest and tsc work without a build: the fallbacks are
 * the development defaults.
 */
declare const __PRESEND_PUBLIC_URL__: string | undefined;
declare const __PRESEND_VERSION__: string | undefined;
/** JSON text: the minifier folds `typeof` of a string (not of an object), and JSON.parse reads it faster than code. */
declare const __PRESEND_POLICY_VALIDATED_AT_BUILD__: string | undefined;

/** Where policy.json and the add-in's pages are served, without a trailing slash. */
export const PUBLIC_URL: string =
  typeof __PRESEND_PUBLIC_URL__ !== "undefined" ? __PRESEND_PUBLIC_URL__ : "https://localhost:3000";

/** package.json version, stamped into the audit header. */
export const VERSION: string = typeof __PRESEND_VERSION__ !== "undefined" ? __PRESEND_VERSION__ : "0.0.0-dev";

/** config/policy.json as the build validated it (its JSON is the embedded policy); none without a build (jest, tsc). */
export const POLICY_VALIDATED_AT_BUILD: PolicyValidatedAtBuild | undefined =
  typeof __PRESEND_POLICY_VALIDATED_AT_BUILD__ !== "undefined" ? (JSON.parse(__PRESEND_POLICY_VALIDATED_AT_BUILD__) as PolicyValidatedAtBuild) : undefined;
