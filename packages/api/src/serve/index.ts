export { apiRoutes, findApiRoute, type ApiHandler, type ApiRoute, type ApiRequestOptions } from "./api-routes";
export { createApiListener, type ApiListenerOptions } from "./node-listener";
export { apiContentSecurityPolicy, pageContentSecurityPolicy, realtimeConnectSources, securityHeaders } from "./security-headers";
export { startInstanceSync } from "./instance-sync";
