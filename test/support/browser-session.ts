/**
 * A browser for in-process tests (`app.request`): it keeps the cookies the
 * app sets and sends them back, reads forms from the pages it gets (their
 * hidden fields, the CSRF token among them) and posts them as a browser
 * would. Redirects are followed only when asked, so a test can assert them.
 */

import { CookieJar } from "./cookie-jar";

type FieldValue = string | readonly string[];
export type FormFields = Record<string, FieldValue>;

interface RequestingApp {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

export interface Page {
  status: number;
  /** The path this page was answered for. */
  path: string;
  /** Where a redirect points, or null. */
  location: string | null;
  html: string;
  headers: Headers;
}

const MAX_REDIRECTS = 10;

export class BrowserSession {
  readonly #jar = new CookieJar();
  readonly cookies = this.#jar.cookies;
  readonly #app: RequestingApp;
  readonly #headers: Record<string, string>;

  constructor(app: RequestingApp, headers: Record<string, string> = {}) {
    this.#app = app;
    this.#headers = { accept: "text/html", ...headers };
  }

  /** A request with this browser's cookies; the answer's cookies are kept. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers({ ...this.#headers });
    new Headers(init.headers).forEach((value, name) => headers.set(name, value));
    const cookie = this.#jar.header();
    if (cookie) headers.set("cookie", cookie);
    const response = await this.#app.request(path, { ...init, headers });
    this.#jar.storeFrom(response);
    return response;
  }

  async get(path: string): Promise<Page> {
    return toPage(path, await this.request(path));
  }

  /** Gets a page and follows its redirects to the page that finally answers. */
  async visit(path: string): Promise<Page> {
    return this.follow(await this.get(path));
  }

  /** Posts fields as a form would, adding the session's CSRF token unless told `csrf: false`. */
  async post(
    path: string,
    fields: FormFields,
    { csrf = true }: { csrf?: boolean | string } = {},
  ): Promise<Page> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const item of typeof value === "string" ? [value] : value) body.append(name, item);
    }
    if (csrf !== false && !body.has("_csrf")) {
      body.set("_csrf", typeof csrf === "string" ? csrf : await this.csrfToken());
    }
    const response = await this.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
    return toPage(path, response);
  }

  /**
   * Fills in the form of `page` that posts to `action` and sends it: its
   * hidden fields (CSRF token, `next`) as the page has them, then `fields`.
   */
  async submit(page: Page, action: string, fields: FormFields = {}): Promise<Page> {
    const form = findForm(page.html, action);
    if (form === null) throw new Error(`The page ${page.path} has no form posting to ${action}.`);
    return this.post(action, { ...hiddenFields(form), ...fields }, { csrf: false });
  }

  /** Follows redirects from a page to the page that finally answers. */
  async follow(page: Page): Promise<Page> {
    let current = page;
    for (let hops = 0; current.location !== null; hops++) {
      if (hops >= MAX_REDIRECTS) throw new Error(`Too many redirects from ${page.path}.`);
      const location = new URL(current.location, "http://localhost");
      current = await this.get(location.pathname + location.search);
    }
    return current;
  }

  /**
   * The CSRF token of the current session, read from a page as a form would
   * carry it: the sign-in form, or the header's sign-out form for someone
   * already signed in (whom the sign-in page sends on).
   */
  async csrfToken(): Promise<string> {
    const token = csrfTokenIn((await this.visit("/officer/sign-in")).html);
    if (!token) throw new Error("No page carried a CSRF token.");
    return token;
  }
}

async function toPage(path: string, response: Response): Promise<Page> {
  const isRedirect = response.status >= 300 && response.status < 400;
  return {
    status: response.status,
    path,
    location: isRedirect ? response.headers.get("location") : null,
    html: await response.text(),
    headers: response.headers,
  };
}

/** Text of markup with its character references read back. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The attributes of a start tag, by lower-case name, decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) {
    const [, name, value] = match;
    if (name) attributes[name.toLowerCase()] = decodeEntities(value ?? "");
  }
  return attributes;
}

/** The markup of the first form that posts to `action`, or null. */
export function findForm(html: string, action: string): string | null {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    if (attributesOf(match[1] ?? "").action === action) return match[2] ?? "";
  }
  return null;
}

export function hiddenFields(formHtml: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of formHtml.matchAll(/<input\b[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    if (attributes.type === "hidden" && attributes.name) {
      fields[attributes.name] = attributes.value ?? "";
    }
  }
  return fields;
}

/** The CSRF token a page's forms carry, or null. */
export function csrfTokenIn(html: string): string | null {
  for (const match of html.matchAll(/<input\b[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    if (attributes.name === "_csrf" && attributes.value) return attributes.value;
  }
  return null;
}
