/**
 * Whether a `next` parameter names a path on this site. Browsers read `//host`
 * and `/\host` as other sites, so only a single leading slash is accepted.
 */
export function isLocalPath(value: string | undefined): value is string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) && !/[\r\n]/.test(value);
}
