import { z } from "zod";

const booleanFromText = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0", "yes", "no"])])
  .transform((value) => value === true || value === "true" || value === "1" || value === "yes");

const positiveInt = z.coerce.number().int().positive();

/**
 * Every setting Pratu reads, grouped by feature. Each entry names its
 * environment variable, its default and what it does; the README table is
 * generated from the same list (`npx pratu config --markdown`).
 */
export const settings = {
  server: {
    port: {
      env: "PORT",
      schema: z.coerce.number().int().min(0).max(65535),
      default: 3000,
      describe: "TCP port of the web server.",
    },
    host: {
      env: "HOST",
      schema: z.string().min(1),
      default: "localhost",
      describe: "Interface the web server listens on (0.0.0.0 for all).",
    },
    publicUrl: {
      env: "PUBLIC_URL",
      schema: z.url({ protocol: /^https?$/ }).optional(),
      default: undefined,
      describe: "Address people use to reach Pratu; defaults to http://localhost:PORT.",
    },
    trustProxy: {
      env: "TRUST_PROXY",
      schema: booleanFromText,
      default: false,
      describe: "Take the client address from X-Forwarded-For (only behind a proxy you run).",
    },
  },
  database: {
    url: {
      env: "DATABASE_URL",
      schema: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
      default: undefined,
      describe: "PostgreSQL connection string. Unset: the embedded PGlite database.",
    },
    dataDir: {
      env: "PRATU_DATA_DIR",
      schema: z.string().min(1),
      default: "./data",
      describe: "Directory of the embedded database and local keys.",
    },
    ephemeral: {
      env: "PRATU_EPHEMERAL",
      schema: booleanFromText,
      default: false,
      describe: "Keep the embedded database in memory only (nothing is saved).",
    },
    poolSize: {
      env: "DATABASE_POOL_SIZE",
      schema: positiveInt.max(200),
      default: 10,
      describe: "Connections per process in server mode.",
    },
  },
  security: {
    secretKey: {
      env: "PRATU_SECRET_KEY",
      schema: z.string().min(32, "must be at least 32 characters").optional(),
      default: undefined,
      describe:
        "Key for sealing secrets and hashing national IDs. Required with DATABASE_URL; generated into the data directory otherwise.",
    },
    sessionIdleMinutes: {
      env: "SESSION_IDLE_MINUTES",
      schema: positiveInt.max(24 * 60),
      default: 30,
      describe: "A session ends after this long without activity.",
    },
    sessionAbsoluteHours: {
      env: "SESSION_ABSOLUTE_HOURS",
      schema: positiveInt.max(24 * 30),
      default: 12,
      describe: "A session ends this long after sign-in, whatever the activity.",
    },
    officerMaxFailedSignIns: {
      env: "OFFICER_MAX_FAILED_SIGN_INS",
      schema: positiveInt.max(100),
      default: 5,
      describe: "Failed officer sign-ins before the account is locked.",
    },
    officerLockoutMinutes: {
      env: "OFFICER_LOCKOUT_MINUTES",
      schema: positiveInt.max(24 * 60),
      default: 15,
      describe: "How long a locked officer account stays locked.",
    },
    rateLimitPerMinute: {
      env: "RATE_LIMIT_PER_MINUTE",
      schema: positiveInt,
      default: 120,
      describe: "Requests a client may make to the API per minute.",
    },
    signInRateLimitPerMinute: {
      env: "SIGN_IN_RATE_LIMIT_PER_MINUTE",
      schema: positiveInt,
      default: 10,
      describe: "Sign-in attempts a client may make per minute.",
    },
  },
  auth: {
    devIdentityProvider: {
      env: "PRATU_DEV_IDP",
      schema: booleanFromText.optional(),
      default: undefined,
      describe:
        "Serve the built-in development identity provider with demo citizens. Default: on in embedded mode, off with DATABASE_URL.",
    },
    oidcIssuer: {
      env: "OIDC_ISSUER",
      schema: z.url().optional(),
      default: undefined,
      describe: "Citizen identity provider (OIDC issuer URL, e.g. ThaID or an NDID gateway).",
    },
    oidcClientId: {
      env: "OIDC_CLIENT_ID",
      schema: z.string().min(1).optional(),
      default: undefined,
      describe: "Client id registered with the identity provider.",
    },
    oidcClientSecret: {
      env: "OIDC_CLIENT_SECRET",
      schema: z.string().min(1).optional(),
      default: undefined,
      describe: "Client secret registered with the identity provider.",
    },
    oidcScopes: {
      env: "OIDC_SCOPES",
      schema: z
        .string()
        .regex(/(^|\s)openid(\s|$)/, "must include openid")
        .optional(),
      default: undefined,
      describe:
        "Scopes asked of the identity provider. Default: openid profile email pid (pid: the citizen ID).",
    },
    oidcApiAudience: {
      env: "OIDC_API_AUDIENCE",
      schema: z.string().min(1).max(300).optional(),
      default: undefined,
      describe:
        "Audience a provider's JWT access token must name to be accepted by the API. Default: PUBLIC_URL/api.",
    },
    oidcProviderName: {
      env: "OIDC_PROVIDER_NAME",
      schema: z.string().min(1).max(60),
      default: "ThaID",
      describe: "Name of the identity provider as the sign-in button shows it.",
    },
  },
  logging: {
    level: {
      env: "LOG_LEVEL",
      schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
      default: "info",
      describe: "Least severe log level written.",
    },
  },
  jobs: {
    pollMilliseconds: {
      env: "JOBS_POLL_MS",
      schema: positiveInt.max(60_000),
      default: 500,
      describe: "How often an idle worker looks for due jobs.",
    },
    maxAttempts: {
      env: "JOBS_MAX_ATTEMPTS",
      schema: positiveInt.max(100),
      default: 8,
      describe: "Attempts before a job becomes a dead letter.",
    },
    concurrency: {
      env: "JOBS_CONCURRENCY",
      schema: positiveInt.max(100),
      default: 4,
      describe: "Jobs one worker process runs at the same time.",
    },
    leaseSeconds: {
      env: "JOBS_LEASE_SECONDS",
      schema: positiveInt.min(5).max(24 * 60 * 60),
      default: 300,
      describe: "A running job whose worker is silent this long is taken over by another.",
    },
    retryBaseSeconds: {
      env: "JOBS_RETRY_BASE_SECONDS",
      schema: positiveInt.max(3600),
      default: 10,
      describe: "Wait before the first retry; doubled at each further attempt.",
    },
  },
  notify: {
    smtpUrl: {
      env: "SMTP_URL",
      schema: z.url({ protocol: /^smtps?$/ }).optional(),
      default: undefined,
      describe:
        "Mail server for e-mail notices (smtp://user:pass@host:587 or smtps://…:465). Unset: e-mails are recorded as skipped.",
    },
    mailFrom: {
      env: "MAIL_FROM",
      schema: z.string().trim().regex(/@/, "must contain an e-mail address").max(300),
      default: "ประตู Pratu <no-reply@pratu.localhost>",
      describe: "Sender of e-mail notices, with a display name.",
    },
    lineApiUrl: {
      env: "LINE_API_URL",
      schema: z.url({ protocol: /^https?$/ }),
      default: "https://api.line.me",
      describe: "Base address of the LINE Messaging API.",
    },
    lineChannelAccessToken: {
      env: "LINE_CHANNEL_ACCESS_TOKEN",
      schema: z.string().min(1).optional(),
      default: undefined,
      describe:
        "Channel access token of the LINE Official Account. Unset: LINE notices are skipped.",
    },
    smsGatewayUrl: {
      env: "SMS_GATEWAY_URL",
      schema: z.url({ protocol: /^https?$/ }).optional(),
      default: undefined,
      describe:
        "SMS gateway endpoint: receives a JSON POST {to, message, sender}. Unset: SMS notices are skipped.",
    },
    smsGatewayToken: {
      env: "SMS_GATEWAY_TOKEN",
      schema: z.string().min(1).optional(),
      default: undefined,
      describe: "Bearer token sent to the SMS gateway.",
    },
    smsSender: {
      env: "SMS_SENDER",
      schema: z.string().trim().min(1).max(11),
      default: "PRATU",
      describe: "Sender name shown on SMS notices (registered with the gateway).",
    },
    timeoutSeconds: {
      env: "NOTIFY_TIMEOUT_SECONDS",
      schema: positiveInt.max(120),
      default: 15,
      describe: "Longest wait for a mail server, LINE or the SMS gateway in one attempt.",
    },
  },
  scamReports: {
    retentionDays: {
      env: "SCAM_REPORTS_RETENTION_DAYS",
      schema: positiveInt.max(3650),
      default: 180,
      describe:
        "Reported scam messages are deleted this long after they were received (people are told so when they report).",
    },
    perHour: {
      env: "SCAM_REPORTS_PER_HOUR",
      schema: positiveInt.max(10_000),
      default: 20,
      describe: "Scam reports one client may send per hour.",
    },
  },
  webhooks: {
    allowPrivateTargets: {
      env: "WEBHOOKS_ALLOW_PRIVATE_TARGETS",
      schema: booleanFromText,
      default: false,
      describe:
        "Let webhooks reach loopback and private network addresses (for tests and local demos only).",
    },
    timeoutSeconds: {
      env: "WEBHOOKS_TIMEOUT_SECONDS",
      schema: positiveInt.max(60),
      default: 5,
      describe: "Longest wait for an agency system to answer one webhook delivery.",
    },
  },
  channels: {
    dnsServers: {
      env: "CHANNELS_DNS_SERVERS",
      schema: z
        .union([z.array(z.string()), z.string()])
        .transform((value) =>
          (typeof value === "string" ? value.split(",") : value)
            .map((server) => server.trim())
            .filter(Boolean),
        )
        .optional(),
      default: undefined,
      describe:
        "DNS servers that proof of control asks (comma-separated, e.g. 1.1.1.1,8.8.8.8:53). Unset: the system's resolvers.",
    },
    dnsTimeoutSeconds: {
      env: "CHANNELS_DNS_TIMEOUT_SECONDS",
      schema: positiveInt.max(30),
      default: 5,
      describe: "Longest wait for one DNS answer when checking a channel.",
    },
    wellKnownScheme: {
      env: "CHANNELS_WELL_KNOWN_SCHEME",
      schema: z.enum(["https", "http"]),
      default: "https",
      describe: "Scheme of the /.well-known/pratu-verification.txt check (http for tests only).",
    },
    wellKnownPort: {
      env: "CHANNELS_WELL_KNOWN_PORT",
      schema: z.coerce.number().int().min(1).max(65535).optional(),
      default: undefined,
      describe: "Port of the well-known file check. Unset: 443 for https, 80 for http.",
    },
    allowPrivateTargets: {
      env: "CHANNELS_ALLOW_PRIVATE_TARGETS",
      schema: booleanFromText,
      default: false,
      describe:
        "Let the well-known file check connect to loopback and private addresses (tests and local demos only).",
    },
    fetchTimeoutSeconds: {
      env: "CHANNELS_FETCH_TIMEOUT_SECONDS",
      schema: positiveInt.max(30),
      default: 5,
      describe: "Longest wait for an agency's web server to send the well-known file.",
    },
    reverifyAfterDays: {
      env: "CHANNELS_REVERIFY_AFTER_DAYS",
      schema: positiveInt.max(365),
      default: 30,
      describe: "A verified domain channel is checked again once its last check is this old.",
    },
    flagGraceDays: {
      env: "CHANNELS_FLAG_GRACE_DAYS",
      schema: positiveInt.max(365),
      default: 14,
      describe:
        "A flagged channel still failing its check this long after being flagged is suspended.",
    },
    verificationValidDays: {
      env: "CHANNELS_TOKEN_VALID_DAYS",
      schema: positiveInt.max(90),
      default: 7,
      describe: "How long a DNS token or a code to post stays valid for proving control.",
    },
    emailLinkValidHours: {
      env: "CHANNELS_EMAIL_LINK_HOURS",
      schema: positiveInt.max(24 * 14),
      default: 48,
      describe: "How long the confirmation link sent to an e-mail channel works.",
    },
  },
  timeStamping: {
    documents: {
      env: "DOCUMENT_TIME_STAMPING",
      schema: z.union([z.enum(["off", "built-in"]), z.url({ protocol: /^https?$/ })]),
      default: "built-in",
      describe:
        "RFC 3161 time-stamp on document signatures (PAdES B-T): built-in (Pratu's own TSA), an external TSA's URL, or off.",
    },
    timeoutSeconds: {
      env: "TIME_STAMPING_TIMEOUT_SECONDS",
      schema: positiveInt.max(120),
      default: 10,
      describe: "Longest wait for an external time-stamping authority to answer.",
    },
    serveTsa: {
      env: "TSA_ENABLED",
      schema: booleanFromText,
      default: false,
      describe:
        "Answer RFC 3161 time-stamp requests from others at POST /tsa (the built-in stamping of documents works without it).",
    },
    tsaRequestsPerMinute: {
      env: "TSA_REQUESTS_PER_MINUTE",
      schema: positiveInt.max(100_000),
      default: 60,
      describe: "Time-stamp requests one client may send to POST /tsa per minute.",
    },
  },
  exchange: {
    instance: {
      env: "EXCHANGE_INSTANCE",
      schema: z.string().regex(/^[A-Za-z0-9-]{1,32}$/),
      default: "TH",
      describe:
        "The X-Road-style instance code in exchange identifiers: INSTANCE/GOV/<agency>/<subsystem>.",
    },
    callTimeoutMs: {
      env: "EXCHANGE_CALL_TIMEOUT_MS",
      schema: z.coerce.number().int().min(100).max(30_000),
      default: 5000,
      describe:
        "Longest a mediated call waits for a registry before it answers 504 (an external registry may set less).",
    },
    sealIntervalMs: {
      env: "EXCHANGE_SEAL_INTERVAL_MS",
      schema: z.coerce.number().int().min(100).max(600_000),
      default: 2000,
      describe: "How often the worker chains new exchange-log rows and signs the chain's head.",
    },
  },
  admission: {
    enabled: {
      env: "ADMISSION_ENABLED",
      schema: booleanFromText,
      default: true,
      describe:
        "Limit how many submissions, verifications and exchange calls run at once; the rest wait briefly, then get 503 or the queue page.",
    },
    submitConcurrency: {
      env: "ADMISSION_SUBMIT_CONCURRENCY",
      schema: positiveInt.max(10_000).optional(),
      default: undefined,
      describe:
        "Application submissions one process runs at once. Default: DATABASE_POOL_SIZE (each holds a connection).",
    },
    verifyConcurrency: {
      env: "ADMISSION_VERIFY_CONCURRENCY",
      schema: positiveInt.max(10_000).optional(),
      default: undefined,
      describe: "Document verifications one process runs at once. Default: DATABASE_POOL_SIZE.",
    },
    exchangeConcurrency: {
      env: "ADMISSION_EXCHANGE_CONCURRENCY",
      schema: positiveInt.max(10_000).optional(),
      default: undefined,
      describe:
        "Mediated exchange calls (/r1/...) one process runs at once. Default: DATABASE_POOL_SIZE.",
    },
    queueLength: {
      env: "ADMISSION_QUEUE_LENGTH",
      schema: z.coerce.number().int().min(0).max(100_000).optional(),
      default: undefined,
      describe: "Requests of one kind that may wait for a place. Default: twice its concurrency.",
    },
    maxWaitMilliseconds: {
      env: "ADMISSION_MAX_WAIT_MS",
      schema: z.coerce.number().int().min(0).max(30_000),
      default: 300,
      describe: "Longest a request waits for a place before it is turned away.",
    },
    retryAfterSeconds: {
      env: "ADMISSION_RETRY_AFTER_SECONDS",
      schema: positiveInt.max(300),
      default: 3,
      describe: "Retry-After given to turned-away requests; the queue page reloads after as long.",
    },
    ticketValidMinutes: {
      env: "ADMISSION_TICKET_VALID_MINUTES",
      schema: positiveInt.max(24 * 60),
      default: 10,
      describe: "How long a queue ticket keeps its holder's place in line.",
    },
  },
} as const;

type Settings = typeof settings;
type SettingValue<S> = S extends { schema: z.ZodType<infer Out> } ? Out : never;

type ParsedSettings = {
  [Group in keyof Settings]: { [Key in keyof Settings[Group]]: SettingValue<Settings[Group][Key]> };
};

/** Settings after boot: defaults applied and the values that depend on others resolved. */
export type Config = Omit<ParsedSettings, "server" | "auth"> & {
  server: Omit<ParsedSettings["server"], "publicUrl"> & { publicUrl: string };
  auth: Omit<ParsedSettings["auth"], "devIdentityProvider"> & { devIdentityProvider: boolean };
  mode: "embedded" | "server";
};

export type SettingsInput = {
  -readonly [Group in keyof Settings]?: { -readonly [Key in keyof Settings[Group]]?: unknown };
};
