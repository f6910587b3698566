/** A PKCS#12 file holds a certificate, a key and a short chain: a few kilobytes. */
export const MAX_PKCS12_BYTES = 256 * 1024;

/** A time-stamp request is about a hundred bytes; a few kilobytes leave room for any extension. */
export const MAX_TIME_STAMP_QUERY_BYTES = 8 * 1024;
