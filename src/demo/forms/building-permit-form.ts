import type { FormDefinition } from "@/modules/services";

const MEGABYTE = 1024 * 1024;

const isPerson = { field: "applicantType", equals: "person" };
const isJuristicPerson = { field: "applicantType", equals: "juristic_person" };

/**
 * The building construction permit application (แบบ ข.1): who applies, the
 * land, the building, the plans and the applicant's declaration. The title
 * deed's kind and number are fetched from the Department of Lands' register
 * (the applicant's first parcel); a copy is asked only when it cannot be.
 */
export const buildingPermitForm: FormDefinition = {
  pages: [
    {
      id: "applicant",
      title: { th: "ผู้ขออนุญาต", en: "The applicant" },
      fields: [
        {
          id: "applicantType",
          type: "radio",
          label: { th: "ผู้ขออนุญาตเป็น", en: "The applicant is" },
          required: true,
          options: [
            { value: "person", label: { th: "บุคคลธรรมดา", en: "A person" } },
            {
              value: "juristic_person",
              label: { th: "นิติบุคคล", en: "A juristic person (company, foundation)" },
            },
          ],
        },
        {
          id: "applicantName",
          type: "text",
          label: { th: "ชื่อผู้ขออนุญาต", en: "Applicant's name" },
          hint: {
            th: "ชื่อ-นามสกุล หรือชื่อนิติบุคคลตามหนังสือรับรอง",
            en: "Full name, or the company's registered name",
          },
          required: true,
          maxLength: 200,
        },
        {
          id: "citizenId",
          type: "citizen_id",
          label: { th: "เลขประจำตัวประชาชน", en: "Thai citizen ID" },
          showIf: isPerson,
          requireIf: isPerson,
        },
        {
          id: "juristicId",
          type: "juristic_id",
          label: { th: "เลขทะเบียนนิติบุคคล", en: "Juristic person registration number" },
          showIf: isJuristicPerson,
          requireIf: isJuristicPerson,
        },
        {
          id: "phone",
          type: "phone",
          label: { th: "หมายเลขโทรศัพท์", en: "Phone number" },
          required: true,
        },
      ],
    },
    {
      id: "land",
      title: { th: "ที่ดินที่จะก่อสร้าง", en: "The land" },
      fields: [
        {
          id: "titleDeedType",
          type: "select",
          label: { th: "ประเภทเอกสารสิทธิ", en: "Kind of title deed" },
          required: true,
          options: [
            { value: "chanote", label: { th: "โฉนดที่ดิน", en: "Chanote (full title deed)" } },
            { value: "ns3k", label: { th: "น.ส.3 ก.", en: "Nor Sor 3 Kor" } },
            { value: "ns3", label: { th: "น.ส.3", en: "Nor Sor 3" } },
            { value: "sk1", label: { th: "ส.ค.1", en: "Sor Kor 1" } },
          ],
        },
        {
          id: "titleDeedNumber",
          type: "text",
          label: { th: "เลขที่เอกสารสิทธิ", en: "Title deed number" },
          required: true,
          pattern: "[0-9]{1,7}",
          patternMessage: {
            th: "เลขที่เอกสารสิทธิต้องเป็นตัวเลขไม่เกิน 7 หลัก",
            en: "The title deed number is up to 7 digits",
          },
        },
        {
          id: "titleDeedCopy",
          type: "file",
          label: { th: "สำเนาเอกสารสิทธิในที่ดิน", en: "Copy of the title deed" },
          hint: {
            th: "ขนาดเท่าต้นฉบับทุกหน้า ต้องแนบเฉพาะเมื่อดึงข้อมูลจากทะเบียนที่ดินไม่ได้",
            en: "Full size, every page; needed only when the land register cannot be reached",
          },
          accept: ["application/pdf", "image/jpeg", "image/png"],
          maxBytes: 10 * MEGABYTE,
        },
        {
          id: "siteAddress",
          type: "thai_address",
          label: { th: "ที่ตั้งของที่ดิน", en: "Where the land is" },
          required: true,
          provinces: ["50"],
        },
        {
          id: "ownsLand",
          type: "yes_no",
          label: { th: "ผู้ขออนุญาตเป็นเจ้าของที่ดินหรือไม่", en: "Does the applicant own the land?" },
          required: true,
        },
        {
          id: "ownerConsent",
          type: "file",
          label: { th: "หนังสือยินยอมของเจ้าของที่ดิน", en: "The landowner's written consent" },
          showIf: { field: "ownsLand", equals: false },
          requireIf: { field: "ownsLand", equals: false },
          accept: ["application/pdf", "image/jpeg", "image/png"],
          maxBytes: 5 * MEGABYTE,
        },
      ],
    },
    {
      id: "building",
      title: { th: "อาคารที่จะก่อสร้าง", en: "The building" },
      fields: [
        {
          id: "buildingType",
          type: "select",
          label: { th: "ชนิดของอาคาร", en: "Kind of building" },
          required: true,
          options: [
            { value: "house", label: { th: "บ้านเดี่ยว", en: "Detached house" } },
            { value: "townhouse", label: { th: "ทาวน์เฮาส์", en: "Townhouse" } },
            { value: "shophouse", label: { th: "อาคารพาณิชย์", en: "Shophouse" } },
            { value: "warehouse", label: { th: "โกดังหรือคลังสินค้า", en: "Warehouse" } },
            { value: "other", label: { th: "อื่น ๆ", en: "Other" } },
          ],
        },
        {
          id: "floors",
          type: "number",
          label: { th: "จำนวนชั้น", en: "Number of storeys" },
          required: true,
          integer: true,
          min: 1,
          max: 50,
          unit: { th: "ชั้น", en: "storeys" },
        },
        {
          id: "floorArea",
          type: "number",
          label: { th: "พื้นที่อาคารรวม", en: "Total floor area" },
          required: true,
          min: 1,
          max: 100_000,
          unit: { th: "ตารางเมตร", en: "m²" },
        },
      ],
    },
    {
      id: "documents",
      title: { th: "แบบแปลนและเอกสาร", en: "Plans and documents" },
      fields: [
        {
          id: "plans",
          type: "file",
          label: { th: "แบบแปลนอาคาร", en: "Building plans" },
          hint: {
            th: "ไฟล์ PDF ที่ลงนามโดยวิศวกรและสถาปนิก",
            en: "PDF files signed by the engineer and the architect",
          },
          required: true,
          accept: ["application/pdf"],
          maxBytes: 10 * MEGABYTE,
          multiple: true,
          maxFiles: 5,
        },
        {
          id: "calculations",
          type: "file",
          label: { th: "รายการคำนวณโครงสร้าง", en: "Structural calculations" },
          required: true,
          accept: ["application/pdf"],
          maxBytes: 10 * MEGABYTE,
        },
      ],
    },
    {
      id: "declaration",
      title: { th: "คำรับรอง", en: "Declaration" },
      fields: [
        {
          id: "applicantDeclaration",
          type: "declaration",
          label: {
            th: "ข้าพเจ้าขอรับรองว่าข้อความและเอกสารที่ยื่นเป็นความจริง และจะก่อสร้างตามแบบแปลนที่ได้รับอนุญาต",
            en: "I confirm that what I have given is true, and that the building will follow the approved plans",
          },
        },
      ],
    },
  ],
};
