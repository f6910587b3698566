import type { ExchangeOutcome } from "./log/append-exchange-log";
import type { BilingualText } from "./schema";

export type ExchangeFailureKind =
  | "invalid_request"
  | "unknown_service"
  | "access_denied"
  | "field_not_granted"
  | "consent_required"
  | "rate_limited"
  | "not_found"
  | "provider_error"
  | "timeout";

interface FailureShape {
  outcome: ExchangeOutcome;
  httpStatus: 400 | 403 | 404 | 429 | 502 | 504;
  xroadCode: string | null;
  message: BilingualText;
}

/**
 * How each refusal of a mediated call is answered. The codes follow X-Road's:
 * `Server.ServerProxy.*` because Pratu answers in the provider's place.
 */
export const callFailures: Record<ExchangeFailureKind, FailureShape> = {
  invalid_request: {
    outcome: "invalid",
    httpStatus: 400,
    xroadCode: "Client.BadRequest",
    message: {
      th: "เลขประจำตัวของเจ้าของข้อมูลไม่ถูกต้อง ตรวจสอบว่าเป็นตัวเลข 13 หลักและเลขตรวจสอบถูกต้อง",
      en: "The data subject's identifier is not valid: send its 13 digits with a correct check digit.",
    },
  },
  unknown_service: {
    outcome: "invalid",
    httpStatus: 404,
    xroadCode: "Server.ServerProxy.UnknownService",
    message: {
      th: "ไม่พบบริการข้อมูลนี้ ตรวจสอบรหัสหน่วยงาน ทะเบียน และบริการ หรือดูรายการด้วย listMethods",
      en: "No such data service. Check the member, subsystem and service codes, or list them with listMethods.",
    },
  },
  access_denied: {
    outcome: "denied",
    httpStatus: 403,
    xroadCode: "Server.ServerProxy.AccessDenied",
    message: {
      th: "หน่วยงานของคุณยังไม่ได้รับสิทธิ์ใช้บริการข้อมูลนี้สำหรับวัตถุประสงค์นี้ ขอสิทธิ์จากหน่วยงานเจ้าของข้อมูลที่ /console/exchange",
      en: "Your agency holds no access right to this data service for this purpose. Ask the provider for one at /console/exchange.",
    },
  },
  field_not_granted: {
    outcome: "denied",
    httpStatus: 403,
    xroadCode: "Server.ServerProxy.AccessDenied",
    message: {
      th: "ขอข้อมูลเกินกว่าที่ได้รับสิทธิ์ ขอเฉพาะรายการที่ได้รับอนุญาต หรือขอขยายสิทธิ์",
      en: "Some fields asked for are outside your access right. Ask only for granted fields, or ask for a wider right.",
    },
  },
  consent_required: {
    outcome: "denied",
    httpStatus: 403,
    xroadCode: "Server.ServerProxy.AccessDenied.ConsentMissing",
    message: {
      th: "ต้องได้รับความยินยอมจากเจ้าของข้อมูลก่อน ขอความยินยอมแล้วลองใหม่",
      en: "The data subject's consent is needed for this use. Ask for their consent, then try again.",
    },
  },
  rate_limited: {
    outcome: "denied",
    httpStatus: 429,
    xroadCode: "Server.ServerProxy.AccessDenied.RateLimitExceeded",
    message: {
      th: "เรียกใช้เกินจำนวนครั้งที่สิทธิ์กำหนดต่อนาที รอแล้วลองใหม่",
      en: "More calls than your access right allows per minute. Wait, then try again.",
    },
  },
  not_found: {
    outcome: "not_found",
    httpStatus: 404,
    xroadCode: null,
    message: {
      th: "ไม่พบข้อมูลของบุคคลนี้ในทะเบียน",
      en: "The registry holds no record about this person.",
    },
  },
  provider_error: {
    outcome: "provider_error",
    httpStatus: 502,
    xroadCode: "Server.ServerProxy.ServiceFailed",
    message: {
      th: "ระบบทะเบียนของหน่วยงานเจ้าของข้อมูลขัดข้อง ลองใหม่ภายหลัง",
      en: "The provider's registry failed to answer properly. Try again later.",
    },
  },
  timeout: {
    outcome: "timeout",
    httpStatus: 504,
    xroadCode: "Server.ServerProxy.ServiceFailed.Timeout",
    message: {
      th: "ระบบทะเบียนของหน่วยงานเจ้าของข้อมูลไม่ตอบภายในเวลาที่กำหนด ลองใหม่ภายหลัง",
      en: "The provider's registry did not answer in time. Try again later.",
    },
  },
};
