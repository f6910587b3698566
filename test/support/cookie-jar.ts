/**
 * The cookies one site has set, as a browser keeps them: by name (enough for
 * one site on one host), dropped when a later answer expires them.
 */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  /** The Cookie header to send, or undefined when there is nothing to send. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Keeps what a response's Set-Cookie headers say. */
  storeFrom(response: Response): void {
    for (const header of response.headers.getSetCookie()) this.#store(header);
  }

  #store(header: string): void {
    const [pair = "", ...attributes] = header.split(";");
    const separator = pair.indexOf("=");
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const isExpired = attributes.some((attribute) => {
      const [key = "", raw = ""] = attribute.split("=");
      const lower = key.trim().toLowerCase();
      return (
        (lower === "max-age" && Number(raw) <= 0) ||
        (lower === "expires" && Date.parse(raw) < Date.now())
      );
    });
    if (isExpired || value === "") this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
