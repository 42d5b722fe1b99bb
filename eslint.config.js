import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './eslint.layers.js';

const transcendental = [
  'random',
  'exp',
  'expm1',
  'pow',
  'log',
  'log1p',
  'log2',
  'log10',
  'sin',
  'cos',
  'tan',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'cbrt',
  'hypot',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/screenshots/', 'test/bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render outside text with textContent, never innerHTML.',
        },
      ],
    },
  },
  // Imports point down the layer table in docs/ARCHITECTURE.md.
  ...layerRules(),
  {
    // The economy core must replay identically everywhere: no engine, no store, no DOM, no clock, no Math.random.
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Date',
        'performance',
        'localStorage',
        'sessionStorage',
        'navigator',
        'setTimeout',
        'setInterval',
        'requestAnimationFrame',
        'crypto',
      ],
      'no-restricted-properties': [
        'error',
        ...transcendental.map((property) => ({
          object: 'Math',
          property,
          message: 'Not deterministic across engines: use tables, rationals or the seeded PRNG.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='**']",
          message: 'No ** in src/sim: use integer multiplication.',
        },
        { selector: "AssignmentExpression[operator='**=']", message: 'No **= in src/sim.' },
        { selector: "MemberExpression[object.name='Date']", message: 'No clock in src/sim.' },
      ],
    },
  },
);
