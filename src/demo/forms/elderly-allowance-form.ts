import type { FormDefinition } from "@/modules/services";

const MEGABYTE = 1024 * 1024;
const CHIANG_MAI = "50";

const isTransfer = { field: "paymentMethod", in: ["bank_transfer", "proxy_transfer"] };
const isByProxy = { field: "paymentMethod", in: ["proxy_cash", "proxy_transfer"] };

/**
 * The elderly living allowance registration form (แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพ
 * ผู้สูงอายุ), as Chiang Mai City asks it: who the applicant is, the registered
 * address, other state benefits, and how the money is to be paid. The name,
 * citizen ID, date of birth and address are fetched from DOPA's population
 * registry when the person opens the form (see the service's documents); a
 * copy of the house registration is asked only when the address cannot be.
 */
export const elderlyAllowanceForm: FormDefinition = {
  pages: [
    {
      id: "applicant",
      title: { th: "ข้อมูลผู้ยื่นคำขอ", en: "About you" },
      intro: {
        th: "กรอกตามบัตรประจำตัวประชาชนของผู้สูงอายุที่ขอรับเงิน",
        en: "As shown on the ID card of the older person who will receive the allowance.",
      },
      fields: [
        {
          id: "fullName",
          type: "text",
          label: { th: "ชื่อ-นามสกุล", en: "Full name" },
          hint: { th: "ใส่คำนำหน้าชื่อด้วย เช่น นาง", en: "With the title, e.g. Mrs" },
          required: true,
          maxLength: 150,
        },
        {
          id: "citizenId",
          type: "citizen_id",
          label: { th: "เลขประจำตัวประชาชน", en: "Thai citizen ID" },
          hint: { th: "ตัวเลข 13 หลักบนบัตรประจำตัวประชาชน", en: "The 13 digits on the ID card" },
          required: true,
        },
        {
          id: "birthDate",
          type: "date",
          label: { th: "วันเดือนปีเกิด", en: "Date of birth" },
          hint: {
            th: "ต้องมีอายุครบ 60 ปีภายในปีงบประมาณถัดไป",
            en: "You must turn 60 by the end of the next fiscal year",
          },
          required: true,
          min: "1900-01-01",
          max: "today",
        },
        {
          id: "maritalStatus",
          type: "radio",
          label: { th: "สถานภาพ", en: "Marital status" },
          required: true,
          options: [
            { value: "single", label: { th: "โสด", en: "Single" } },
            { value: "married", label: { th: "สมรส", en: "Married" } },
            { value: "widowed", label: { th: "หม้าย", en: "Widowed" } },
            { value: "divorced", label: { th: "หย่าร้าง", en: "Divorced" } },
            { value: "separated", label: { th: "แยกกันอยู่", en: "Separated" } },
          ],
        },
        {
          id: "phone",
          type: "phone",
          label: { th: "หมายเลขโทรศัพท์", en: "Phone number" },
          hint: { th: "เจ้าหน้าที่จะโทรหากต้องการข้อมูลเพิ่ม", en: "We call if we need more" },
          required: true,
        },
      ],
    },
    {
      id: "address",
      title: { th: "ที่อยู่ตามทะเบียนบ้าน", en: "Registered address" },
      fields: [
        {
          id: "registeredAddress",
          type: "thai_address",
          label: { th: "ที่อยู่ตามทะเบียนบ้าน", en: "Address in the house registration" },
          hint: {
            th: "ต้องอยู่ในเขตเทศบาลนครเชียงใหม่",
            en: "It must be within Chiang Mai City",
          },
          required: true,
          provinces: [CHIANG_MAI],
        },
        {
          id: "houseRegistrationCopy",
          type: "file",
          label: { th: "สำเนาทะเบียนบ้าน", en: "Copy of the house registration" },
          hint: {
            th: "หน้าที่มีชื่อของท่าน ต้องแนบเฉพาะเมื่อดึงที่อยู่จากทะเบียนราษฎรไม่ได้",
            en: "The page with your name; needed only when the address cannot be fetched from the population registry",
          },
          accept: ["image/jpeg", "image/png", "application/pdf"],
          maxBytes: 5 * MEGABYTE,
        },
      ],
    },
    {
      id: "benefits",
      title: { th: "สวัสดิการอื่นจากรัฐ", en: "Other state benefits" },
      fields: [
        {
          id: "receivesStatePension",
          type: "yes_no",
          label: {
            th: "ท่านได้รับบำนาญ เบี้ยหวัด หรือเงินเดือนประจำจากหน่วยงานของรัฐหรือไม่",
            en: "Do you receive a state pension or a regular salary from the state?",
          },
          hint: {
            th: "ผู้ที่ได้รับอยู่แล้วไม่มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ",
            en: "People who already do are not entitled to the allowance",
          },
          required: true,
        },
        {
          id: "otherAllowances",
          type: "checkboxes",
          label: { th: "เบี้ยยังชีพอื่นที่ได้รับอยู่", en: "Other allowances you receive" },
          options: [
            { value: "disability", label: { th: "เบี้ยความพิการ", en: "Disability allowance" } },
            {
              value: "hiv",
              label: { th: "เบี้ยยังชีพผู้ป่วยเอดส์", en: "Allowance for people with HIV" },
            },
          ],
        },
      ],
    },
    {
      id: "payment",
      title: { th: "การรับเงิน", en: "How you receive the money" },
      fields: [
        {
          id: "paymentMethod",
          type: "radio",
          label: { th: "ประสงค์รับเงินเบี้ยยังชีพโดยวิธีใด", en: "How should we pay you?" },
          required: true,
          options: [
            { value: "cash", label: { th: "รับเงินสดด้วยตนเอง", en: "In cash, in person" } },
            {
              value: "bank_transfer",
              label: {
                th: "โอนเข้าบัญชีเงินฝากธนาคารในนามผู้มีสิทธิ",
                en: "By transfer to your own bank account",
              },
            },
            {
              value: "proxy_cash",
              label: {
                th: "รับเงินสดโดยบุคคลที่ได้รับมอบอำนาจ",
                en: "In cash, to someone you authorise",
              },
            },
            {
              value: "proxy_transfer",
              label: {
                th: "โอนเข้าบัญชีเงินฝากธนาคารในนามบุคคลที่ได้รับมอบอำนาจ",
                en: "By transfer to the account of someone you authorise",
              },
            },
          ],
        },
        {
          id: "bank",
          type: "select",
          label: { th: "ธนาคาร", en: "Bank" },
          showIf: isTransfer,
          requireIf: isTransfer,
          options: [
            { value: "BBL", label: { th: "ธนาคารกรุงเทพ", en: "Bangkok Bank" } },
            { value: "KBANK", label: { th: "ธนาคารกสิกรไทย", en: "Kasikornbank" } },
            { value: "KTB", label: { th: "ธนาคารกรุงไทย", en: "Krungthai Bank" } },
            { value: "SCB", label: { th: "ธนาคารไทยพาณิชย์", en: "Siam Commercial Bank" } },
            { value: "BAY", label: { th: "ธนาคารกรุงศรีอยุธยา", en: "Krungsri (Bank of Ayudhya)" } },
            { value: "TTB", label: { th: "ธนาคารทหารไทยธนชาต", en: "TMBThanachart Bank" } },
            { value: "GSB", label: { th: "ธนาคารออมสิน", en: "Government Savings Bank" } },
            {
              value: "BAAC",
              label: {
                th: "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร",
                en: "Bank for Agriculture and Agricultural Cooperatives",
              },
            },
          ],
        },
        {
          id: "accountNumber",
          type: "text",
          label: { th: "เลขที่บัญชี", en: "Account number" },
          hint: { th: "ตัวเลข 10 ถึง 12 หลัก ไม่ต้องใส่ขีด", en: "10 to 12 digits, no dashes" },
          showIf: isTransfer,
          requireIf: isTransfer,
          pattern: "[0-9]{10,12}",
          patternMessage: {
            th: "เลขที่บัญชีต้องเป็นตัวเลข 10 ถึง 12 หลัก",
            en: "The account number must be 10 to 12 digits",
          },
        },
        {
          id: "passbook",
          type: "file",
          label: { th: "สำเนาสมุดบัญชีเงินฝาก (หน้าแรก)", en: "Bank passbook (first page)" },
          showIf: isTransfer,
          requireIf: isTransfer,
          accept: ["image/jpeg", "image/png", "application/pdf"],
          maxBytes: 5 * MEGABYTE,
        },
        {
          id: "proxyName",
          type: "text",
          label: { th: "ชื่อ-นามสกุลผู้รับมอบอำนาจ", en: "Full name of the person you authorise" },
          showIf: isByProxy,
          requireIf: isByProxy,
          maxLength: 150,
        },
        {
          id: "powerOfAttorney",
          type: "file",
          label: { th: "หนังสือมอบอำนาจ", en: "Power of attorney" },
          hint: { th: "ลงนามโดยผู้มีสิทธิและผู้รับมอบอำนาจ", en: "Signed by you and by them" },
          showIf: isByProxy,
          requireIf: isByProxy,
          accept: ["image/jpeg", "image/png", "application/pdf"],
          maxBytes: 5 * MEGABYTE,
        },
      ],
    },
    {
      id: "declaration",
      title: { th: "คำรับรอง", en: "Declaration" },
      fields: [
        {
          id: "truthfulness",
          type: "declaration",
          label: {
            th: "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง และยินยอมให้ตรวจสอบข้อมูลกับทะเบียนราษฎรและฐานข้อมูลสวัสดิการ",
            en: "I confirm that the above is true, and agree that it may be checked against civil registration and welfare records",
          },
        },
      ],
    },
  ],
};
