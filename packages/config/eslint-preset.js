// Shared lint preset: type-checked rules that catch real bugs (floating promises, misused
// promises) and keep imports consistent. Each package's eslint.config.js spreads this.
import tseslint from "typescript-eslint";

export function harborLint(tsconfigRootDir) {
  return tseslint.config(
    { ignores: ["**/node_modules/**", "**/.next/**", "**/generated/**", "**/*.js", "**/*.mjs", "next-env.d.ts"] },
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
  );
}
