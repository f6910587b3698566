export { runAuditCommand } from "./audit-command";
export {
  type AuditEntry,
  type AuditRecord,
  canonicalJson,
  GENESIS_HASH,
  hashAuditRecord,
  PLATFORM_CHAIN,
  recordAudit,
} from "./record-audit";
export { type AuditVerification, type BrokenLink, verifyAuditLog } from "./verify-audit-log";
