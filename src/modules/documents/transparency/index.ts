export { appendToTransparencyLog } from "./append-to-transparency-log";
export { checkLogInclusion, type LogInclusionCheck } from "./check-inclusion";
export {
  canonicalEntry,
  entryLeafHash,
  type TransparencyLogEntry,
  TransparencyLogEntrySchema,
} from "./log-entry";
export {
  EMPTY_ROOT_HASH,
  fromHex,
  hashChildren,
  hashLeaf,
  rootOfLeafHashes,
  toHex,
  verifyConsistencyProof,
  verifyInclusionProof,
} from "./merkle";
export { transparencyMessages } from "./messages";
export {
  findTransparencyLogEntry,
  getConsistencyProof,
  getInclusionProof,
  type InclusionProof,
  listTransparencyLogEntries,
  MAX_ENTRIES_PER_PAGE,
  type PublishedEntry,
} from "./read-transparency-log";
export { transparencyRoutes } from "./routes";
export {
  currentSignedTreeHead,
  type SignedTreeHead,
  TREE_HEAD_JWS_TYPE,
  type TreeHeadPayload,
  type TreeHeadVerification,
  verifySignedTreeHead,
} from "./signed-tree-head";
