/** One problem found in a content file, located by a JSON path such as `$.market.competitors[3].priceFen`. */
export interface LevelError {
  path: string;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Extends a JSON path by an object key or an array index. */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  // Keys from a hostile file can hold anything; quoting keeps the path readable and unambiguous.
  return IDENTIFIER.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** A short, safe rendering of a value for an error message; long strings are cut so one bad field cannot flood the output. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** The one-line form used by the CLI and logs: `$[3].action.qty: 5000000 is above the maximum 100000`. */
export function formatLevelError(error: LevelError): string {
  return `${error.path}: ${error.message}`;
}
