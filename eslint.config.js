// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * A config's rules with every `warn` raised to `error`: the console's hook and accessibility rules
 * are not advice, and `npm run lint` allows no warnings anyway.
 * @param {Record<string, unknown>} rules
 */
function asErrors(rules) {
  return Object.fromEntries(
    Object.entries(rules).map(([name, setting]) => {
      if (setting === 'warn' || setting === 1) return [name, 'error'];
      if (Array.isArray(setting) && (setting[0] === 'warn' || setting[0] === 1)) return [name, ['error', ...setting.slice(1)]];
      return [name, setting];
    }),
  );
}

const hooks = reactHooks.configs.flat.recommended;
const a11y = jsxA11y.flatConfigs.recommended;

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'test-results/**', 'drizzle/meta/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', performance: 'readonly', URL: 'readonly', Blob: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', minimumDescriptionLength: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Declaration merging adds keys to another module's interface by extending one type (access → RouteAccessNames).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-console': 'off',
    },
  },
  {
    files: ['console/**/*.{ts,tsx}'],
    languageOptions: {
      ...a11y.languageOptions,
      globals: {
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        fetch: 'readonly',
        navigator: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        File: 'readonly',
        FormData: 'readonly',
        Intl: 'readonly',
      },
    },
    plugins: { ...hooks.plugins, ...a11y.plugins },
    rules: asErrors({ ...hooks.rules, ...a11y.rules }),
  },
);
