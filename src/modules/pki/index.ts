export { certificateConsoleSection } from "./console-section";
export { keysUsage, PKCS12_PASSWORD_VARIABLE, runKeysCommand } from "./keys-command";
export { pkiMessages } from "./messages";
export { pkiRoutes } from "./routes";
export { certificateUploadLimit } from "./upload-limit";
