// A compile-time check that two types agree both ways: `const x: Same<A, B> = true` stops
// compiling when a field is on one side only, so a schema cannot silently drop a stored field.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
