import { CookieJar } from "./cookie-jar";

/**
 * A minimal browser for tests that drive the real server over HTTP: it keeps
 * cookies, sends them back, and lets the test follow redirects one by one.
 * Cookies are kept by name only, which is enough for one site on one host.
 */
export class CookieJarBrowser {
  readonly #jar = new CookieJar();
  readonly cookies = this.#jar.cookies;

  constructor(readonly origin: string) {}

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url, this.origin);
    const headers = new Headers(init.headers);
    const cookie = this.#jar.header();
    if (cookie) headers.set("cookie", cookie);
    let body: string | undefined;
    if (init.form) {
      headers.set("content-type", "application/x-www-form-urlencoded");
      headers.set("origin", this.origin);
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    this.#jar.storeFrom(response);
    return response;
  }

  /** Follows redirects until a page answers; returns the page and where it was found. */
  async follow(
    url: string,
    init: Parameters<CookieJarBrowser["request"]>[1] = {},
  ): Promise<{ response: Response; url: string; hops: string[] }> {
    let current = new URL(url, this.origin).href;
    let response = await this.request(current, init);
    const hops = [current];
    while (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location");
      if (!location) break;
      await response.body?.cancel();
      current = new URL(location, current).href;
      hops.push(current);
      if (hops.length > 20) throw new Error(`Too many redirects: ${hops.join(" -> ")}`);
      response = await this.request(current);
    }
    return { response, url: current, hops };
  }
}
