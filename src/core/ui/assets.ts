import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const fontDirectory = join(dirname(require.resolve("@fontsource/sarabun/package.json")), "files");

export interface Asset {
  body: Uint8Array;
  contentType: string;
}

const css = readFileSync(new URL("./assets/app.css", import.meta.url));
/** The stylesheet's address carries its hash, so browsers may cache it for a year. */
export const stylesheetPath = `/assets/app.${createHash("sha256").update(css).digest("hex").slice(0, 12)}.css`;

const fonts: Record<string, string> = {
  "sarabun-thai-400.woff2": "sarabun-thai-400-normal.woff2",
  "sarabun-thai-700.woff2": "sarabun-thai-700-normal.woff2",
  "sarabun-latin-400.woff2": "sarabun-latin-400-normal.woff2",
  "sarabun-latin-700.woff2": "sarabun-latin-700-normal.woff2",
};

const assets = new Map<string, Asset>([
  [stylesheetPath, { body: css, contentType: "text/css; charset=utf-8" }],
]);
for (const [name, file] of Object.entries(fonts)) {
  assets.set(`/assets/fonts/${name}`, {
    body: readFileSync(join(fontDirectory, file)),
    contentType: "font/woff2",
  });
}

/**
 * Adds a module's own static file (a small script that enhances its pages)
 * under an address that carries its hash, served and cached like the
 * stylesheet. Returns the address for the page to link.
 */
export function registerAsset(name: string, body: Uint8Array, contentType: string): string {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  const dot = name.lastIndexOf(".");
  const path = `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
  assets.set(path, { body, contentType });
  return path;
}

export function findAsset(path: string): Asset | undefined {
  return assets.get(path);
}
