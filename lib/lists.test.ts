import { describe, expect, it } from "vitest";
import { itemAt } from "./lists";

describe("itemAt: named boundary cases", () => {
  const list = ["a", "b", "c"];
  it.each([
    ["first", 0, "a"],
    ["last", 2, "c"],
    ["from the end", -1, "c"],
    ["first from the end", -3, "a"],
  ])("%s", (_name, i, want) => expect(itemAt(list, i)).toBe(want));
  it.each([
    ["one past the end", 3],
    ["before the start", -4],
  ])("%s throws, naming what was missing", (_name, i) => expect(() => itemAt(list, i, "venue")).toThrow(`no venue at ${i}: there are 3`));
  it("an empty list has no item", () => expect(() => itemAt([], 0)).toThrow("no item at 0: there are 0"));
});
