/** JSON with object keys sorted: jsonb does not keep key order, so equal definitions compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : item,
  );
}

/** The top-level parts (`steps`, `fees`, …) in which two definitions differ, in the newer one's order. */
export function changedParts(previous: unknown, next: unknown): string[] {
  const before = (previous ?? {}) as Record<string, unknown>;
  const after = (next ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((key) => canonical(before[key]) !== canonical(after[key]));
}
