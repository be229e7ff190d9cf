import { harborLint } from "./eslint-preset.js";

export default harborLint(import.meta.dirname);
