import type { Context } from "hono";

import { defineMessages } from "@/core/i18n";
import { Button, CsrfField } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import { pageContext } from "@/core/ui/page-context";

import type { AppEnv } from "./context";

export const queueMessages = defineMessages({
  title: { th: "คุณอยู่ในคิว", en: "You are in the queue" },
  lead: {
    th: "ขณะนี้มีผู้ใช้บริการจำนวนมาก ระบบบันทึกลำดับของคุณไว้แล้ว ผู้ที่มาก่อนจะได้รับบริการก่อน",
    en: "Many people are using this service right now. Your place in line is kept: whoever came first is served first.",
  },
  retrying: {
    th: "หน้านี้จะลองอีกครั้งเองในอีก {seconds} วินาที ไม่ต้องกดโหลดหน้าใหม่ และไม่ต้องปิดหน้านี้",
    en: "This page will try again by itself in {seconds} seconds. There is no need to reload or close it.",
  },
  retryNow: { th: "ลองอีกครั้งตอนนี้", en: "Try again now" },
  resend: {
    th: "ข้อมูลของคุณยังไม่ได้ส่ง โปรดรอประมาณ {seconds} วินาที แล้วกดปุ่มด้านล่างเพื่อส่งอีกครั้งโดยคงลำดับเดิม",
    en: "What you sent has not gone through yet. Wait about {seconds} seconds, then press the button below to send it again and keep your place.",
  },
  resendButton: { th: "ส่งอีกครั้ง", en: "Send again" },
  resendFile: {
    th: "ไฟล์ที่แนบยังไม่ได้ส่ง โปรดรอประมาณ {seconds} วินาที แล้วกลับไปที่แบบฟอร์มเพื่อส่งอีกครั้ง ลำดับของคุณยังคงอยู่",
    en: "The attached file has not gone through yet. Wait about {seconds} seconds, then go back to the form to send it again; your place is kept.",
  },
  backToForm: { th: "กลับไปที่แบบฟอร์ม", en: "Back to the form" },
});

/**
 * The "you are in the queue" page, without script. A page that was fetched
 * reloads itself (meta refresh), and the queue ticket cookie goes with it. A
 * form cannot be sent again without script, so a form's answers are put back
 * in a form the person sends once the wait is over; a file cannot be put
 * back, so they are sent to the form.
 */
export async function renderQueuePage(
  c: Context<AppEnv>,
  { retryAfterSeconds }: { retryAfterSeconds: number },
): Promise<Response> {
  const page = pageContext(c);
  const { t } = page;
  const seconds = { seconds: retryAfterSeconds };
  const isFetch = c.req.method === "GET" || c.req.method === "HEAD";
  const contentType = c.req.header("content-type") ?? "";
  const resentFields = contentType.startsWith("application/x-www-form-urlencoded")
    ? Object.entries(await c.req.parseBody().catch(() => ({})))
        .filter(([name, value]) => name !== "_csrf" && typeof value === "string")
        .map(([name, value]) => [name, value as string] as const)
    : null;
  const action = new URL(c.req.url).pathname;
  return c.html(
    <Layout
      page={page}
      title={t(queueMessages.title)}
      refreshSeconds={isFetch ? retryAfterSeconds : undefined}
    >
      <h1>{t(queueMessages.title)}</h1>
      <p class="lead">{t(queueMessages.lead)}</p>
      {isFetch ? (
        <>
          <p>{t(queueMessages.retrying, seconds)}</p>
          <p>
            <a href={page.path}>{t(queueMessages.retryNow)}</a>
          </p>
        </>
      ) : resentFields ? (
        <form method="post" action={page.path}>
          <p>{t(queueMessages.resend, seconds)}</p>
          <CsrfField token={page.csrfToken} />
          {resentFields.map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <Button>{t(queueMessages.resendButton)}</Button>
        </form>
      ) : (
        <>
          <p>{t(queueMessages.resendFile, seconds)}</p>
          <p>
            <a href={action}>{t(queueMessages.backToForm)}</a>
          </p>
        </>
      )}
    </Layout>,
    503,
  );
}
