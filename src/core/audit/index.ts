export {
  type AuditEntry,
  type AuditRecord,
  canonicalJson,
  GENESIS_HASH,
  hashAuditRecord,
  PLATFORM_CHAIN,
  recordAudit,
} from "./record-audit";
