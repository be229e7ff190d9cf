export { listTrash } from "./list-trash";
export { purgeTrash, type PurgeInput } from "./purge-trash";
export { findInTrash, restoreFromTrash } from "./restore-from-trash";
export { announceTrashChange, trashableTable, trashMark } from "./trash-mark";
