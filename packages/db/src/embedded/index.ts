export {
  DEFAULT_EMBEDDED_HOST,
  DEFAULT_EMBEDDED_MAX_CONNECTIONS,
  DEFAULT_EMBEDDED_PORT,
  IN_MEMORY,
  defaultEmbeddedDataDir,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabaseOptions,
} from "./start-embedded-database";
export { DataDirLockedError } from "./data-dir-lock";
export { isPortAcceptingConnections } from "./port-check";
