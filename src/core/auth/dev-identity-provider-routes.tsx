import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import { errors as providerErrors } from "oidc-provider";
import { z } from "zod";

import type { FieldProblem } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";

import { acrFor, commonAssuranceLevels, defaultDevAssurance, isPratuAcr } from "./assurance";
import { citizenSignInMessages } from "./citizen-sign-in-messages";
import { DEV_IDENTITY_PROVIDER_PATH, type DevIdentityProvider } from "./dev-identity-provider";
import { ensureSession } from "./sessions";
import { SignInFailedPage } from "./views/citizen-sign-in-pages";
import { DevSignInPage } from "./views/dev-sign-in-page";

const m = citizenSignInMessages.devProvider;

const SignInFormSchema = z.object({
  action: z.enum(["sign-in", "cancel"]).catch("sign-in"),
  person: z.string().max(100).optional(),
  level: z.string().max(100).optional(),
});

type Interaction = Awaited<ReturnType<DevIdentityProvider["provider"]["interactionDetails"]>>;

/**
 * The development provider's sign-in page, served by Pratu itself so it has
 * Pratu's layout, languages and security headers. The provider hands the
 * browser here with an interaction id and takes it back once a person and a
 * level are chosen.
 */
export function devIdentityProviderRoutes(devIdentityProvider: DevIdentityProvider | undefined) {
  const router = createRouter();
  if (!devIdentityProvider) return router;
  const { provider, accounts } = devIdentityProvider;
  const path = `${DEV_IDENTITY_PROVIDER_PATH}/interaction/:uid`;
  const offeredLevels = commonAssuranceLevels.map(acrFor);

  /**
   * The levels to offer and the one to preselect. One `acr` value means the
   * service asked for that level; the client's default list (Pratu asked for
   * nothing in particular) starts with the usual development level.
   */
  function levelsFor(interaction: Interaction) {
    const { acr_values: acrValues } = interaction.params;
    const asked = (typeof acrValues === "string" ? acrValues : "").split(" ").filter(isPratuAcr);
    const preselected = asked[0] ?? acrFor(defaultDevAssurance);
    const levels = offeredLevels.includes(preselected)
      ? offeredLevels
      : [...offeredLevels, preselected];
    return { levels, preselected, isAskedFor: asked.length === 1 };
  }

  function renderPage(
    c: Context<AppEnv>,
    interaction: Interaction,
    selected: { subject?: string | undefined; level?: string | undefined },
    problems: FieldProblem[] = [],
  ) {
    const { levels, preselected, isAskedFor } = levelsFor(interaction);
    return c.html(
      <DevSignInPage
        page={pageContext(c)}
        action={c.req.path}
        clientName="Pratu"
        accounts={accounts}
        levels={levels}
        selectedSubject={selected.subject}
        selectedLevel={selected.level ?? preselected}
        isLevelAskedFor={isAskedFor}
        problems={problems}
      />,
      problems.length > 0 ? 400 : 200,
    );
  }

  router.get(path, async (c) => {
    const interaction = await loadInteraction(c, devIdentityProvider, c.req.param("uid"));
    if (!interaction) return expired(c);
    await ensureSession(c);
    return renderPage(c, interaction, {});
  });

  router.post(path, async (c) => {
    const interaction = await loadInteraction(c, devIdentityProvider, c.req.param("uid"));
    if (!interaction) return expired(c);
    const form = SignInFormSchema.parse(await c.req.parseBody());
    const { incoming, outgoing } = c.env as HttpBindings;
    if (form.action === "cancel") {
      const returnTo = await provider.interactionResult(incoming, outgoing, {
        error: "access_denied",
        error_description: "The person cancelled the sign-in.",
      });
      return c.redirect(returnTo, 303);
    }
    const t = c.get("t");
    const account = accounts.find((candidate) => candidate.subject === form.person);
    const level = isPratuAcr(form.level) ? form.level : undefined;
    const problems: FieldProblem[] = [
      ...(account ? [] : [{ field: "person", message: t(m.choosePerson) }]),
      ...(level ? [] : [{ field: "level", message: t(m.chooseLevel) }]),
    ];
    if (!account || !level) {
      return renderPage(c, interaction, { subject: form.person, level: form.level }, problems);
    }
    await forgetEarlierSignIn(devIdentityProvider, interaction);
    const returnTo = await provider.interactionResult(
      incoming,
      outgoing,
      { login: { accountId: account.subject, acr: level } },
      { mergeWithLastSubmission: false },
    );
    return c.redirect(returnTo, 303);
  });

  return router;
}

/**
 * The interaction the browser's provider cookie points at, when it is the one
 * in the address and is still waiting for a sign-in; otherwise null.
 */
async function loadInteraction(
  c: Context<AppEnv>,
  { provider }: DevIdentityProvider,
  uid: string,
): Promise<Interaction | null> {
  // Only a request through the Node server carries the provider's cookies in
  // a form it can read; an in-process request has nothing to resume.
  const bindings = c.env as Partial<HttpBindings> | undefined;
  if (!bindings?.incoming || !bindings.outgoing) return null;
  try {
    const interaction = await provider.interactionDetails(bindings.incoming, bindings.outgoing);
    return interaction.uid === uid && interaction.prompt.name === "login" ? interaction : null;
  } catch (error) {
    if (error instanceof providerErrors.SessionNotFound) return null;
    throw error;
  }
}

/**
 * Starts the provider afresh for every sign-in. Were the browser still signed
 * in at the provider as someone else, the provider would first ask to sign
 * that person out, on a page of its own; a development provider just forgets.
 */
async function forgetEarlierSignIn({ provider }: DevIdentityProvider, interaction: Interaction) {
  if (!interaction.session?.uid) return;
  const earlier = await provider.Session.findByUid(interaction.session.uid);
  await earlier?.destroy();
  interaction.session = undefined;
  await interaction.save(interaction.exp - Math.floor(Date.now() / 1000));
}

function expired(c: Context<AppEnv>) {
  return c.html(<SignInFailedPage page={pageContext(c)} reason="expired" />, 400);
}
