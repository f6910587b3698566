import type { Context } from "hono";

import {
  ensurePlatformRootCertificateAuthority,
  ensureTimeStampingAuthority,
  listAgencyDocumentCertificates,
  listPlatformRootCertificates,
  PRATU_TIME_STAMP_POLICY,
  summariseCertificate,
} from "@/core/crypto/x509";
import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { type Agency, AgencyCodeSchema, selectAgencyByCode } from "@/modules/agencies";

import { AgencyCertificatesPage } from "./views/agency-certificates-page";
import { PkiPage } from "./views/pki-page";

/**
 * The deployment's trust anchors, published: the root as a page and as
 * files a PDF reader imports, the time-stamping authority's certificate,
 * and each agency's document-signing certificates. Public by design.
 */
export const publishRoutes = createRouter();

/** Certificates change rarely, and a stale copy for an hour is harmless. */
const PUBLIC_CACHE = "public, max-age=3600";

function usesBuiltInAuthority(c: Context<AppEnv>): boolean {
  const { documents, serveTsa } = c.get("config").timeStamping;
  return documents === "built-in" || serveTsa;
}

function rootOf(c: Context<AppEnv>) {
  return ensurePlatformRootCertificateAuthority({ db: c.get("db"), secrets: c.get("secrets") });
}

publishRoutes.get("/pki", async (c) => {
  const config = c.get("config");
  const root = await rootOf(c);
  const roots = await listPlatformRootCertificates({ db: c.get("db") });
  const authority = usesBuiltInAuthority(c)
    ? await ensureTimeStampingAuthority({ db: c.get("db"), secrets: c.get("secrets") })
    : null;
  const { documents } = config.timeStamping;
  c.header("Cache-Control", "no-cache");
  return c.html(
    <PkiPage
      page={pageContext(c)}
      view={{
        root: { ...summariseCertificate(root.certificateDer), retiredAt: null },
        earlierRoots: roots
          .filter((item) => item.retiredAt !== null)
          .map((item) => ({
            ...summariseCertificate(item.certificateDer),
            retiredAt: item.retiredAt,
          })),
        timeStamping: documents === "off" || documents === "built-in" ? documents : "external",
        timeStampingAuthority: authority
          ? { ...summariseCertificate(authority.certificateDer), retiredAt: null }
          : null,
        tsaUrl: config.timeStamping.serveTsa ? `${config.server.publicUrl}/tsa` : null,
        policy: PRATU_TIME_STAMP_POLICY,
      }}
    />,
  );
});

publishRoutes.get("/pki/root.pem", async (c) => {
  const root = await rootOf(c);
  return c.body(root.certificatePem, 200, {
    "Content-Type": "application/x-pem-file",
    "Content-Disposition": 'attachment; filename="pratu-root-ca.pem"',
    "Cache-Control": PUBLIC_CACHE,
  });
});

publishRoutes.get("/pki/root.crt", async (c) => {
  const root = await rootOf(c);
  return c.body(new Uint8Array(root.certificateDer), 200, {
    // RFC 2585: a DER certificate.
    "Content-Type": "application/pkix-cert",
    "Content-Disposition": 'attachment; filename="pratu-root-ca.crt"',
    "Cache-Control": PUBLIC_CACHE,
  });
});

publishRoutes.get("/pki/tsa.crt", async (c) => {
  if (!usesBuiltInAuthority(c)) {
    throw new AppError(
      "not_found",
      "This deployment does not run its own time-stamping authority.",
    );
  }
  const authority = await ensureTimeStampingAuthority({
    db: c.get("db"),
    secrets: c.get("secrets"),
  });
  return c.body(new Uint8Array(authority.certificateDer), 200, {
    "Content-Type": "application/pkix-cert",
    "Content-Disposition": 'attachment; filename="pratu-tsa.crt"',
    "Cache-Control": PUBLIC_CACHE,
  });
});

async function agencyOrNotFound(c: Context<AppEnv>): Promise<Agency> {
  const parsed = AgencyCodeSchema.safeParse(c.req.param("code")?.toUpperCase());
  const agency = parsed.success ? await selectAgencyByCode(c.get("db"), parsed.data) : null;
  if (!agency) throw new AppError("not_found", "There is no agency with this code.");
  return agency;
}

publishRoutes.get("/agencies/:code/certificates", async (c) => {
  const agency = await agencyOrNotFound(c);
  const certificates = await listAgencyDocumentCertificates({
    db: c.get("db"),
    agencyId: agency.id,
  });
  c.header("Cache-Control", "no-cache");
  return c.html(
    <AgencyCertificatesPage
      page={pageContext(c)}
      agency={agency}
      certificates={certificates}
      now={new Date()}
    />,
  );
});
