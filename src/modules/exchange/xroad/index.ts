export { xroadErrorForAppError } from "./consumer";
export { isXroadPath } from "./errors";
export { canonicalRequest, requestHash } from "./request-hash";
export { xroadRoutes } from "./routes";
