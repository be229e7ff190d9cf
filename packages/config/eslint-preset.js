// Shared lint preset: type-checked rules that catch real bugs (floating promises, misused
// promises) and keep imports consistent. Each package's eslint.config.js spreads this.
import tseslint from "typescript-eslint";

// `javascript: true` lints the folder's .mjs files instead of skipping them (scripts/, whose
// tsconfig type-checks JavaScript with checkJs).
export function harborLint(tsconfigRootDir, { javascript = false } = {}) {
  const skipped = javascript ? [] : ["**/*.js", "**/*.mjs"];
  return tseslint.config(
    { ignores: ["**/node_modules/**", "**/.next/**", "**/generated/**", ...skipped, "next-env.d.ts"] },
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir } },
      rules: {
        "@typescript-eslint/no-floating-promises": "error",
        "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/require-await": "off",
        "@typescript-eslint/only-throw-error": "off",
        "no-console": ["error", { allow: ["info", "warn", "error"] }],
      },
    },
    // Untyped JavaScript parameters are `any`: the no-unsafe-* rules would flag every use of one.
    javascript
      ? {
          rules: {
            "@typescript-eslint/no-unsafe-argument": "off",
            "@typescript-eslint/no-unsafe-assignment": "off",
            "@typescript-eslint/no-unsafe-call": "off",
            "@typescript-eslint/no-unsafe-member-access": "off",
            "@typescript-eslint/no-unsafe-return": "off",
          },
        }
      : {},
  );
}
