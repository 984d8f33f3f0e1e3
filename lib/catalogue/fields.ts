/**
 * Vocabulary of catalogue pages, one idea per file: field labels and their synonyms
 * (labels.ts, label-vocabulary.ts), values and lists (lists.ts), countries, the small
 * "credit items" archives string together ("USA, 1954, b&w, 94 min": credit-items.ts), and
 * the shape of text (sentences, title casing, laurels: text-shape.ts).
 */
export * from "./countries";
export * from "./credit-items";
export * from "./labels";
export * from "./lists";
export * from "./text-shape";
