import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";

import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { pageContext } from "@/core/ui/page-context";
import { type Agency, selectAgencyByCode } from "@/modules/agencies";

import { announcementOf, signAnnouncement } from "./announcement";
import { registerMessages as m } from "./messages";
import {
  OPEN_DATA_PATH,
  openDataColumns,
  openDataDescription,
  openDataLicence,
  openDataTitle,
  publishDailySnapshot,
  servedSnapshot,
} from "./open-data";
import {
  listSnapshots,
  selectSnapshot,
  type Snapshot,
  type SnapshotFormat,
} from "./open-data-repo";
import {
  RegisterSearchQuerySchema,
  RegisterSearchResultSchema,
  searchRegister,
} from "./search-register";
import { AnnouncementPage } from "./views/announcement-page";
import { OpenDataPage } from "./views/open-data-page";
import { RegisterSearchPage } from "./views/search-page";

/** The public side of the register: search, open data and each agency's announcement. */
export const registerRoutes = createRouter();

registerRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/channels",
    tags: ["Channels"],
    summary: "Search the register: agencies by name or code, verified channels by value",
    description:
      "Thai or English; `q` matches any part of an agency's names, short names or code, or of a verified channel's value (a domain, a LINE ID, digits of a phone number). Results are grouped by agency, 20 to a page, up to page 50.",
    request: { query: RegisterSearchQuerySchema },
    responses: {
      200: {
        description: "A page of agencies with their verified channels",
        content: { "application/json": { schema: RegisterSearchResultSchema } },
      },
      400: problemResponse("The query is not valid"),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const result = await searchRegister({
      db: c.get("db"),
      query: query.q,
      kind: query.kind,
      page: query.page,
    });
    return c.json(result, 200);
  },
);

registerRoutes.get("/register", async (c) => {
  const raw = c.req.query();
  const parsed = RegisterSearchQuerySchema.safeParse({
    q: raw.q,
    kind: raw.kind || undefined,
    page: raw.page || undefined,
  });
  const page = pageContext(c);
  const isTooLong = (raw.q ?? "").trim().length > 100;
  const result = await searchRegister({
    db: c.get("db"),
    query: parsed.success ? parsed.data.q : (raw.q ?? "").trim().slice(0, 100),
    kind: parsed.success ? parsed.data.kind : undefined,
    page: parsed.success ? parsed.data.page : 1,
  });
  return c.html(
    <RegisterSearchPage
      page={page}
      result={result}
      error={isTooLong ? page.t(m.queryTooLong) : null}
    />,
    isTooLong ? 400 : 200,
  );
});

registerRoutes.get(OPEN_DATA_PATH, async (c) =>
  c.html(<OpenDataPage page={pageContext(c)} snapshots={await listSnapshots(c.get("db"))} />),
);

registerRoutes.get(`${OPEN_DATA_PATH}/metadata.json`, async (c) => {
  const base = c.get("config").server.publicUrl.replace(/\/$/, "");
  const snapshots = await listSnapshots(c.get("db"));
  c.header("Cache-Control", "public, max-age=3600");
  return c.json({
    title: openDataTitle,
    description: openDataDescription,
    licence: openDataLicence,
    publisher: { th: "ผู้ดูแลระบบกลาง", en: "The central operator" },
    updateFrequency: "daily",
    language: ["th", "en"],
    columns: openDataColumns.map(([name, description]) => ({ name, description })),
    distributions: (["csv", "json"] as const).map((format) => ({
      format: format.toUpperCase(),
      mediaType: mediaTypes[format],
      url: `${base}${OPEN_DATA_PATH}.${format}`,
    })),
    snapshots: snapshots.map((snapshot) => ({
      date: snapshot.day,
      format: snapshot.format.toUpperCase(),
      url: `${base}${OPEN_DATA_PATH}/${snapshot.day}.${snapshot.format}`,
      sha256: snapshot.sha256,
      rows: snapshot.rowCount,
    })),
  });
});

for (const format of ["csv", "json"] as const) {
  registerRoutes.get(`${OPEN_DATA_PATH}.${format}`, async (c) => {
    const db = c.get("db");
    let snapshot = await selectSnapshot(db, { day: null, format });
    if (!snapshot) {
      // A new platform has no snapshot until the first daily run: make today's now.
      await publishDailySnapshot({ db });
      snapshot = await selectSnapshot(db, { day: null, format });
    }
    if (!snapshot) throw new AppError("not_found", "No snapshot of the register exists yet.");
    return sendSnapshot(c, snapshot, "public, max-age=3600");
  });
}

registerRoutes.get(`${OPEN_DATA_PATH}/:file`, async (c) => {
  const match = /^(\d{4}-\d{2}-\d{2})\.(csv|json)$/.exec(c.req.param("file"));
  const day = match?.[1];
  const format = match?.[2] as SnapshotFormat | undefined;
  const snapshot =
    day && format && !Number.isNaN(Date.parse(day))
      ? await selectSnapshot(c.get("db"), { day, format })
      : null;
  if (!snapshot)
    throw new AppError("not_found", "There is no snapshot of the register for that day.");
  return sendSnapshot(c, snapshot, "public, max-age=86400, immutable");
});

const mediaTypes: Record<SnapshotFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

function sendSnapshot(c: Context<AppEnv>, snapshot: Snapshot, cacheControl: string) {
  const etag = `"${snapshot.sha256}"`;
  const headers = {
    "Content-Type": mediaTypes[snapshot.format],
    "Content-Disposition": `attachment; filename="official-channels-${snapshot.day}.${snapshot.format}"`,
    "Cache-Control": cacheControl,
    ETag: etag,
    "Repr-Digest": `sha-256=:${Buffer.from(snapshot.sha256, "hex").toString("base64")}:`,
    "Last-Modified": new Date(snapshot.createdAt).toUTCString(),
  };
  if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
  return c.body(servedSnapshot(snapshot.format, snapshot.content), 200, headers);
}

const AgencyCodeParam = z.string().regex(/^[A-Za-z0-9-]{1,40}$/);

async function agencyOrNotFound(c: Context<AppEnv>): Promise<Agency> {
  const parsed = AgencyCodeParam.safeParse(c.req.param("code"));
  const agency = parsed.success
    ? await selectAgencyByCode(c.get("db"), parsed.data.toUpperCase())
    : null;
  if (!agency) throw new AppError("not_found", "There is no agency with this code.");
  return agency;
}

registerRoutes.get("/agencies/:code/announcement", async (c) => {
  const db = c.get("db");
  const announcement = await announcementOf({ db, agency: await agencyOrNotFound(c) });
  const checkUrl = `${c.get("config").server.publicUrl.replace(/\/$/, "")}/check`;
  return c.html(
    <AnnouncementPage
      page={pageContext(c)}
      announcement={announcement}
      checkUrl={checkUrl}
      now={new Date()}
    />,
  );
});

registerRoutes.get("/agencies/:code/announcement.jws", async (c) => {
  const db = c.get("db");
  const agency = await agencyOrNotFound(c);
  const jws = await signAnnouncement({
    db,
    secrets: c.get("secrets"),
    announcement: await announcementOf({ db, agency }),
  });
  return c.body(jws, 200, {
    "Content-Type": "application/jose",
    "Content-Disposition": `attachment; filename="${agency.code}-announcement.jws"`,
    "Cache-Control": "no-store",
  });
});
