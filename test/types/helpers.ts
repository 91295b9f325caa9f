/** `true` exactly when A and B are the same type. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when the argument has type T: `expectType<Equal<X, Y>>(true)`. */
export function expectType<T>(value: T): T {
  return value;
}
