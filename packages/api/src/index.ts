export { appRouter, type AppRouter } from "./routers/root";
export { createContext, type Context, type CreateContextOptions } from "./context";
export { createCallerFactory } from "./trpc";
export { handleTrpcRequest, type HandleTrpcRequestOptions } from "./http";
export { AppError, type AppErrorCode } from "./errors";
export { permissions, hasPermission, permissionsOf, type Permission } from "./access/permissions";
export type { Actor, UserActor, SystemActor } from "./access/actor";
export { systemActor } from "./access/actor";
