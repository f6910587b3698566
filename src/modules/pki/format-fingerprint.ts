/** A SHA-256 fingerprint as certificate viewers and `openssl x509 -fingerprint` print it. */
export function formatFingerprint(hex: string): string {
  return (
    hex
      .toUpperCase()
      .match(/.{1,2}/g)
      ?.join(":") ?? ""
  );
}
