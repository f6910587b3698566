import { uuidv7 } from "uuidv7";

/** A new time-ordered UUID (version 7): index-friendly and unique across processes. */
export function newId(): string {
  return uuidv7();
}
