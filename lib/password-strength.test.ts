import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-strength";

const alice = { email: "alice.martin@festival.example", name: "Alice Martin" };

describe("passwordProblem: named boundary cases", () => {
  it.each([
    { name: "nine characters", password: "x7#Qp9!vL", why: /at least 10 characters/ },
    { name: "ten spaces", password: "          ", why: /too easy to guess/ },
    { name: "one letter ten times", password: "aaaaaaaaaa", why: /too easy to guess.*[Rr]epeat/ },
    { name: "a common password with digits", password: "password1234", why: /too easy to guess/ },
    { name: "a keyboard row", password: "qwertyuiop", why: /too easy to guess/ },
    { name: "a sequence", password: "abcdefghij", why: /too easy to guess/ },
    { name: "a common word in l33t speak", password: "s3cret-pass", why: /too easy to guess/ },
    { name: "the account's e-mail", password: "alice.martin@festival.example", why: /e-mail address/ },
    { name: "the e-mail in other case, with more around it", password: "xX-ALICE.MARTIN@Festival.Example-42", why: /e-mail address/ },
    { name: "the e-mail's name part", password: "alice.martin-2026!", why: /"alice\.martin", the account's e-mail name/ },
    { name: "the account's name with a year", password: "AliceMartin2026", why: /too easy to guess/ },
  ])("refuses $name", ({ password, why }) => {
    const problem = passwordProblem(password, alice);
    expect(problem).toMatch(why);
  });

  it.each([
    { name: "a few unrelated words", password: "copper lantern meadow" },
    { name: "a long random string", password: "x7#Qp9!vLm2$" },
    { name: "the e2e suite's admin password", password: "e2e-password-123", email: "e2e-admin@lineup.test" },
    { name: "the reliability suite's admin password", password: "reliability-password-123", email: "reliability-admin@lineup.test" },
    { name: "the bench's admin password", password: "bench-password-not-secret", email: "bench-admin@localhost" },
    { name: "the tests' user password", password: "a-long-password-1", email: "prog@lineup.test" },
    { name: "a short name part is not searched for (al@…)", password: "almond orchestra pebble", email: "al@festival.example" },
  ])("accepts $name", ({ password, email }) => {
    expect(passwordProblem(password, email ? { email } : alice)).toBeNull();
  });

  it("says why, with zxcvbn's own advice, in whole sentences", () => {
    const problem = passwordProblem("aaaaaaaaaa", alice) ?? "";
    expect(problem).toMatch(/^is too easy to guess \(strength 0 of 4, at least 3 needed\): Repeated characters/);
    expect(problem).toMatch(/\. A few unrelated words make a strong password\.$/);
    expect(problem).not.toContain("..");
  });
});
