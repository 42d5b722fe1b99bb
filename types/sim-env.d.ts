// The one host function src/sim uses: every engine it replays in (browsers, Node) has it, and the
// sim is type-checked without the DOM library, which is where TypeScript declares it.
declare function structuredClone<T>(value: T): T;
