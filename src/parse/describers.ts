/**
 * Registers each language's plain-words syntax messages with parse/describe.
 * Kept apart so describe.ts stays free of language modules.
 */
export {};
