import { harborLint } from "@harbor/config/eslint";

export default harborLint(import.meta.dirname, { javascript: true });
