/**
 * Which passwords Lineup accepts: at least 10 characters, not containing the
 * account's e-mail address or the name part before its "@" (when that is 3 characters or more),
 * and rated at least 3 of 4 ("safely unguessable") by zxcvbn, which knows common passwords,
 * names, words, keyboard patterns, repeats, sequences, dates and l33t speak, and is told the
 * account's own e-mail and name too.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

export const MIN_PASSWORD_LENGTH = 10;
const MIN_PASSWORD_SCORE = 3;
/** A shorter name part ("al@…") would forbid too much ordinary text to mean anything. */
const MIN_LOCAL_PART = 3;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/**
 * Why `password` may not be the password of the account `email` (named `name`), as a message
 * for the `password` field; null when it may.
 */
export function passwordProblem(password: string, account: { email: string; name?: string | null }): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const email = account.email.trim().toLowerCase();
  const lower = password.toLowerCase();
  if (email && lower.includes(email)) return "must not contain the account's e-mail address";
  const local = email.split("@")[0] ?? "";
  if (local.length >= MIN_LOCAL_PART && lower.includes(local)) return `must not contain "${local}", the account's e-mail name`;
  const name = (account.name ?? "").toLowerCase();
  const userInputs = [email, local, ...local.split(/[^\p{L}\p{N}]+/u), name.replace(/\s+/g, ""), ...name.split(/\s+/)].filter(
    (w) => w.length >= MIN_LOCAL_PART,
  );
  const { score, feedback } = zxcvbn().check(password, userInputs);
  if (score >= MIN_PASSWORD_SCORE) return null;
  const why = [feedback.warning, ...feedback.suggestions]
    .filter((s): s is string => Boolean(s))
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(" ");
  return `is too easy to guess (strength ${score} of 4, at least ${MIN_PASSWORD_SCORE} needed)${why ? `: ${why}` : "."} A few unrelated words make a strong password.`;
}
