export { bangkokTimeZone, buddhistYear, formatDate, isoInstant } from "./dates";
export {
  defaultLocale,
  defineMessages,
  isLocale,
  type Locale,
  locales,
  type Message,
  type Params,
  type Translate,
  translate,
  translatorFor,
} from "./messages";
export { searchTerms } from "./search-terms";
