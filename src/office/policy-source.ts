import { defaultPolicy, parsePolicy, parsePolicyText, policyFromValidated } from "../check";
import { type OnError, type Policy, type ValidatedPolicy } from "../policy";
import { ON_ERROR_VALUES } from "../policy/schema";
import { describeError, type Timers } from "./async";
import { fetchText, type FetchLike } from "./fetch";

export interface LoadPolicyOptions {
  /** Where the admin publishes the policy (`${publicUrl}/policy.json`). */
  url: string;
  /** At most this long for the remote policy; then the embedded copy is used. */
  timeoutMs: number;
  fetch?: FetchLike;
  /** The policy embedded at build time (raw JSON value). */
  embedded?: unknown;
  /** The embedded policy as the build validated it (see PolicyValidatedAtBuild). */
  validatedAtBuild?: PolicyValidatedAtBuild;
  timers?: Timers;
}

/**
 * A policy the build validated (webpack.config.js): its JSON as JSON.stringify writes it,
 * and what validation gave. A published or embedded policy with the same JSON is taken
 * from here, so the first send after Outlook starts builds no validator: that costs
 * more than the rest of the send check together. Another policy is validated as usual.
 */
export interface PolicyValidatedAtBuild {
  json: string;
  validated: ValidatedPolicy;
}

/** Each build's policy, made once for the runtime (policies are never changed once made). */
const policiesAsBuilt = new WeakMap<PolicyValidatedAtBuild, Policy>();

/** The policy the build validated: the same object for every send of a runtime. */
export function policyAsBuilt(atBuild: PolicyValidatedAtBuild): Policy {
  let policy = policiesAsBuilt.get(atBuild);
  if (!policy) policiesAsBuilt.set(atBuild, (policy = policyFromValidated(atBuild.validated)));
  return policy;
}

/** The policy for this JSON value when it is the one the build validated. */
function policyValidatedAtBuild(json: unknown, atBuild: PolicyValidatedAtBuild | undefined): Policy | undefined {
  return atBuild && json !== undefined && JSON.stringify(json) === atBuild.json ? policyAsBuilt(atBuild) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface LoadedPolicy {
  policy: Policy;
  /**
   * `remote`: the published policy; `embedded`: the copy from the build (the
   * remote one failed, see problems); `default`: no valid policy at all — the
   * built-in defaults, with the admin's `onError` if it could be read. The
   * handler treats `default` as a failure of the check.
   */
  source: "remote" | "embedded" | "default";
  /**
   * The policy is the one the build validated (the published policy's JSON is the build's, or
   * the embedded copy was used): `policyAsBuilt(validatedAtBuild)`.
   */
  asBuilt?: boolean;
  problems: string[];
  /** Why the published policy was not used: it could not be fetched, or it is not a valid policy. */
  remoteFailure?: RemoteFailure;
}

export type RemoteFailure = "unreachable" | "invalid";

/** The admin's onError from a policy that may be invalid elsewhere: a broken rule must not turn "block" into "prompt". */
export function onErrorOf(raw: unknown): OnError {
  const value = raw && typeof raw === "object" ? (raw as { onError?: unknown }).onError : undefined;
  return ON_ERROR_VALUES.indexOf(value as OnError) >= 0 ? (value as OnError) : "prompt";
}

interface RemoteAttempt {
  policy?: Policy;
  /** The published policy is the one the build validated. */
  asBuilt?: boolean;
  /** The remote JSON when it parsed but failed validation (for onErrorOf). */
  raw?: unknown;
  failure?: RemoteFailure;
}

function fetchRemote(options: LoadPolicyOptions, problems: string[]): Promise<RemoteAttempt> {
  const label = `policy ${options.url}`;
  // The admin edits the policy in place: always ask the server whether it changed.
  return fetchText(label, options.url, { fetch: options.fetch, timeoutMs: options.timeoutMs, timers: options.timers, cache: "no-cache", expected: "JSON" }).then(
    (text): RemoteAttempt => {
      const raw = parseJson(text);
      const known = policyValidatedAtBuild(raw, options.validatedAtBuild);
      if (known) return { policy: known, asBuilt: true };
      const result = parsePolicyText(text);
      if (result.ok) return { policy: result.policy };
      for (const error of result.errors) problems.push(`${label}: ${error}`);
      return { raw, failure: "invalid" };
    },
    (error): RemoteAttempt => {
      problems.push(describeError(error));
      return { failure: "unreachable" };
    },
  );
}

/**
 * The published policy, else the embedded copy, else the defaults. Never
 * rejects; `problems` says what went wrong on the way (each line names the
 * source and, for validation errors, the JSON path).
 */
export function loadPolicy(options: LoadPolicyOptions): Promise<LoadedPolicy> {
  const problems: string[] = [];
  return fetchRemote(options, problems).then((remote): LoadedPolicy => {
    if (remote.policy) return { policy: remote.policy, source: "remote", asBuilt: remote.asBuilt, problems };
    const remoteFailure = remote.failure;
    if (options.embedded !== undefined) {
      const known = policyValidatedAtBuild(options.embedded, options.validatedAtBuild);
      if (known) return { policy: known, source: "embedded", asBuilt: true, problems, remoteFailure };
      const embedded = parsePolicy(options.embedded);
      if (embedded.ok) return { policy: embedded.policy, source: "embedded", problems, remoteFailure };
      for (const error of embedded.errors) problems.push(`embedded policy: ${error}`);
    } else {
      problems.push("embedded policy: missing");
    }
    const policy = defaultPolicy();
    policy.onError = onErrorOf(remote.raw !== undefined ? remote.raw : options.embedded);
    return { policy, source: "default", problems, remoteFailure };
  });
}
