import type { FormDefinition } from "@/modules/services";

const MEGABYTE = 1024 * 1024;

/** The nationalities most often notified, and "other". Values are ISO 3166 alpha-3 codes. */
const nationalities = [
  { value: "CHN", label: { th: "จีน", en: "Chinese" } },
  { value: "MMR", label: { th: "เมียนมา", en: "Myanmar" } },
  { value: "LAO", label: { th: "ลาว", en: "Lao" } },
  { value: "KHM", label: { th: "กัมพูชา", en: "Cambodian" } },
  { value: "VNM", label: { th: "เวียดนาม", en: "Vietnamese" } },
  { value: "MYS", label: { th: "มาเลเซีย", en: "Malaysian" } },
  { value: "IND", label: { th: "อินเดีย", en: "Indian" } },
  { value: "JPN", label: { th: "ญี่ปุ่น", en: "Japanese" } },
  { value: "KOR", label: { th: "เกาหลีใต้", en: "South Korean" } },
  { value: "RUS", label: { th: "รัสเซีย", en: "Russian" } },
  { value: "USA", label: { th: "อเมริกัน", en: "American" } },
  { value: "GBR", label: { th: "อังกฤษ", en: "British" } },
  { value: "DEU", label: { th: "เยอรมัน", en: "German" } },
  { value: "FRA", label: { th: "ฝรั่งเศส", en: "French" } },
  { value: "AUS", label: { th: "ออสเตรเลีย", en: "Australian" } },
  { value: "OTHER", label: { th: "สัญชาติอื่น", en: "Another nationality" } },
];

const isTenant = { field: "notifierRole", equals: "tenant" };

/**
 * The notification of a foreigner's residence (ตม.30): who notifies, the
 * foreigner, the residence, anyone staying with them, and the declaration.
 */
export const residenceNotificationForm: FormDefinition = {
  pages: [
    {
      id: "notifier",
      title: { th: "ผู้แจ้ง", en: "Who is notifying" },
      fields: [
        {
          id: "notifierRole",
          type: "radio",
          label: { th: "ผู้แจ้งเป็น", en: "You are" },
          required: true,
          options: [
            { value: "house_master", label: { th: "เจ้าบ้าน", en: "The house master" } },
            { value: "owner", label: { th: "เจ้าของเคหสถาน", en: "The owner of the residence" } },
            { value: "tenant", label: { th: "ผู้เช่า", en: "The tenant" } },
            { value: "hotel_manager", label: { th: "ผู้จัดการโรงแรม", en: "The hotel manager" } },
          ],
        },
        {
          id: "notifierPhone",
          type: "phone",
          label: { th: "หมายเลขโทรศัพท์ของผู้แจ้ง", en: "Your phone number" },
          required: true,
        },
        {
          id: "lease",
          type: "file",
          label: { th: "สัญญาเช่าที่พัก", en: "The lease" },
          showIf: isTenant,
          requireIf: isTenant,
          accept: ["application/pdf", "image/jpeg", "image/png"],
          maxBytes: 5 * MEGABYTE,
        },
      ],
    },
    {
      id: "foreigner",
      title: { th: "คนต่างด้าวที่เข้าพัก", en: "The foreigner staying" },
      fields: [
        {
          id: "foreignerName",
          type: "text",
          label: { th: "ชื่อ-นามสกุล (ตามหนังสือเดินทาง)", en: "Full name (as in the passport)" },
          required: true,
          maxLength: 150,
        },
        {
          id: "nationality",
          type: "select",
          label: { th: "สัญชาติ", en: "Nationality" },
          required: true,
          options: nationalities,
        },
        {
          id: "passportNumber",
          type: "passport",
          label: { th: "เลขที่หนังสือเดินทาง", en: "Passport number" },
          required: true,
        },
        {
          id: "arrivalDate",
          type: "date",
          label: { th: "วันที่เดินทางเข้าประเทศไทย", en: "Date of arrival in Thailand" },
          hint: { th: "ตามตราประทับในหนังสือเดินทาง", en: "As stamped in the passport" },
          required: true,
          min: "2000-01-01",
          max: "today",
        },
      ],
    },
    {
      id: "residence",
      title: { th: "ที่พัก", en: "The residence" },
      fields: [
        {
          id: "residenceAddress",
          type: "thai_address",
          label: { th: "ที่อยู่ของที่พัก", en: "Address of the residence" },
          required: true,
        },
        {
          id: "checkInDate",
          type: "date",
          label: { th: "วันที่เข้าพัก", en: "Date the stay began" },
          hint: {
            th: "ต้องแจ้งภายใน 24 ชั่วโมงนับแต่เข้าพัก",
            en: "Notify within 24 hours of the stay beginning",
          },
          required: true,
          min: "2000-01-01",
          max: "today",
        },
      ],
    },
    {
      id: "co-residents",
      title: { th: "ผู้พักอาศัยร่วม", en: "People staying with them" },
      fields: [
        {
          id: "hasCoResidents",
          type: "yes_no",
          label: {
            th: "มีคนต่างด้าวอื่นพักอาศัยร่วมด้วยหรือไม่",
            en: "Are other foreigners staying with them?",
          },
          required: true,
        },
        {
          id: "coResidents",
          type: "group",
          label: { th: "คนต่างด้าวที่พักอาศัยร่วม", en: "Foreigners staying with them" },
          itemLabel: { th: "ผู้พักอาศัยร่วม", en: "co-resident" },
          showIf: { field: "hasCoResidents", equals: true },
          requireIf: { field: "hasCoResidents", equals: true },
          maxItems: 10,
          fields: [
            {
              id: "coResidentName",
              type: "text",
              label: { th: "ชื่อ-นามสกุล", en: "Full name" },
              required: true,
              maxLength: 150,
            },
            {
              id: "coResidentNationality",
              type: "select",
              label: { th: "สัญชาติ", en: "Nationality" },
              required: true,
              options: nationalities,
            },
            {
              id: "coResidentPassport",
              type: "passport",
              label: { th: "เลขที่หนังสือเดินทาง", en: "Passport number" },
              required: true,
            },
          ],
        },
      ],
    },
    {
      id: "declaration",
      title: { th: "คำรับรอง", en: "Declaration" },
      fields: [
        {
          id: "notifierDeclaration",
          type: "declaration",
          label: {
            th: "ข้าพเจ้าในฐานะผู้แจ้งขอรับรองว่าคนต่างด้าวดังกล่าวพักอาศัยอยู่ที่ที่พักนี้จริง และข้อมูลที่แจ้งเป็นความจริง",
            en: "As the notifier, I confirm that the foreigner named is staying at this residence and that what I have given is true",
          },
        },
      ],
    },
  ],
};
