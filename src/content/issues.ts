import type * as v from 'valibot';
import { childPath, describeValue, type LevelError } from './errors';
import { parseAction } from './parseAction';
import { ACTION_ISSUE } from './schema';

type Issue = v.BaseIssue<unknown>;

function issuePath(issue: Issue): string {
  let path = '$';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'string' || typeof key === 'number') path = childPath(path, key);
  }
  return path;
}

function lastKey(issue: Issue): string {
  const key: unknown = issue.path?.at(-1)?.key;
  return typeof key === 'string' ? key : '?';
}

/** Valibot renders picklist options as `("a" | "b")`; a comma list reads better in a sentence. */
function optionList(expected: string | null): string {
  return (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .join(', ');
}

function lengthMessage(issue: Issue, bound: 'min' | 'max'): string {
  const input = issue.input;
  const requirement = String(issue.requirement);
  if (typeof input === 'string') {
    if (bound === 'min') {
      return requirement === '1'
        ? 'The text must not be empty'
        : `The text must be at least ${requirement} characters long`;
    }
    return `The text is ${input.length} characters long, more than the maximum ${requirement}`;
  }
  const size = Array.isArray(input) ? input.length : 0;
  return bound === 'min'
    ? `The list has ${size} entries but needs at least ${requirement}`
    : `The list has ${size} entries, more than the maximum ${requirement}`;
}

function issueMessage(issue: Issue): string {
  const input = issue.input;
  const shown = describeValue(input);
  switch (issue.type) {
    case 'strict_object':
    case 'object':
      if (issue.expected === 'never')
        return `Unknown field "${lastKey(issue)}" is not allowed here`;
      // A missing key is reported by its parent object, expecting the quoted key name.
      if (issue.expected?.startsWith('"') === true) {
        return `The required field "${lastKey(issue)}" is missing`;
      }
      return `Expected an object, not ${shown}`;
    case 'array':
      return `Expected a list, not ${shown}`;
    case 'number':
      return `Expected a number, not ${shown}`;
    case 'string':
      return `Expected text, not ${shown}`;
    case 'boolean':
      return `Expected true or false, not ${shown}`;
    case 'integer':
      return `${shown} is not a whole number`;
    case 'safe_integer':
      return Number.isInteger(input)
        ? `${shown} is too large to be stored exactly (it is not a safe integer)`
        : `${shown} is not a whole number`;
    case 'min_value':
      return `${shown} is below the minimum ${String(issue.requirement)}`;
    case 'max_value':
      return `${shown} is above the maximum ${String(issue.requirement)}`;
    case 'picklist':
      return typeof input === 'string'
        ? `${shown} is not one of ${optionList(issue.expected)}`
        : `Expected one of ${optionList(issue.expected)}, not ${shown}`;
    case 'min_length':
      return lengthMessage(issue, 'min');
    case 'max_length':
      return lengthMessage(issue, 'max');
    case 'regex':
      return `${shown} is not a valid id; use only letters, digits, _ . : and -, starting with a letter or digit`;
    default:
      // Custom checks and literals carry their own sentence from the schema.
      return issue.message;
  }
}

/** Turns one valibot issue into a LevelError whose path points at the offending value. */
export function issueToError(issue: Issue): LevelError {
  const path = issuePath(issue);
  if (issue.message === ACTION_ISSUE) {
    const result = parseAction(issue.input, path);
    if (!result.ok) return result.error;
  }
  return { path, message: issueMessage(issue) };
}
