export function findPostgresBin(): string | null;
export function freePort(): Promise<number>;
export function startPostgresCluster(options?: { log?: (line: string) => void }): Promise<{
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
}>;
