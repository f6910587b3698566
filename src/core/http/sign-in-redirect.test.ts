import { Hono } from "hono";
import { describe, expect, it } from "vitest";

import type { AppEnv } from "./context";
import { safeNextPath, signInLocation } from "./sign-in-redirect";

describe("sign-in redirects", () => {
  it("accepts only paths on this site as the page to come back to", () => {
    expect(safeNextPath("/console/api-keys?done=revoked")).toBe("/console/api-keys?done=revoked");
    for (const unsafe of [
      "//evil.example/",
      "/\\evil.example",
      "https://evil.example/",
      "evil.example",
      "/console\r\nSet-Cookie: x=1",
      "",
      undefined,
    ]) {
      expect(safeNextPath(unsafe)).toBeNull();
    }
  });

  it("sends officers' pages to the officer sign-in and the rest to the citizens' sign-in", async () => {
    const app = new Hono<AppEnv>();
    app.all("*", (c) =>
      c.text(
        signInLocation(
          c,
          c.req.query("code") === "2fa" ? "second_factor_required" : "unauthenticated",
        ),
      ),
    );
    const location = async (path: string, method = "GET") =>
      (await app.request(path, { method })).text();
    expect(await location("/console/api-keys?x=1")).toBe(
      "/officer/sign-in?next=%2Fconsole%2Fapi-keys%3Fx%3D1",
    );
    expect(await location("/console?code=2fa")).toBe(
      "/officer/sign-in/verify?next=%2Fconsole%3Fcode%3D2fa",
    );
    expect(await location("/me/applications")).toBe("/sign-in?next=%2Fme%2Fapplications");
    expect(await location("/consoles")).toBe("/sign-in?next=%2Fconsoles");
    // After a form post there is no page to come back to.
    expect(await location("/console/api-keys", "POST")).toBe("/officer/sign-in");
  });
});
