import type { Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";

export interface ImportUpload {
  id: string;
  fileName: string;
  content: Uint8Array;
  sha256: string;
}

/**
 * Keeps an uploaded import file between its dry run and its import, in place
 * of any the officer uploaded before; files older than a day go too.
 */
export async function replaceUpload(
  db: Queryable,
  upload: { officerId: string; fileName: string; content: Uint8Array; sha256: string },
): Promise<string> {
  await db.query(
    `delete from channel_import_uploads
      where officer_id = $1 or created_at < now() - interval '1 day'`,
    [upload.officerId],
  );
  const id = newId();
  await db.query(
    `insert into channel_import_uploads (id, officer_id, file_name, content, sha256)
     values ($1, $2, $3, $4, $5)`,
    [id, upload.officerId, upload.fileName, upload.content, upload.sha256],
  );
  return id;
}

/** The officer's own upload; another officer's is as good as absent. */
export async function findUpload(
  db: Queryable,
  { id, officerId }: { id: string; officerId: string },
): Promise<ImportUpload | null> {
  const { rows } = await db.query<{
    id: string;
    file_name: string;
    content: Uint8Array;
    sha256: string;
  }>(
    `select id, file_name, content, sha256 from channel_import_uploads
      where id = $1 and officer_id = $2 and created_at >= now() - interval '1 day'`,
    [id, officerId],
  );
  const row = rows[0];
  return row
    ? {
        id: row.id,
        fileName: row.file_name,
        content: new Uint8Array(row.content),
        sha256: row.sha256,
      }
    : null;
}

export async function deleteUpload(db: Queryable, id: string): Promise<void> {
  await db.query("delete from channel_import_uploads where id = $1", [id]);
}
