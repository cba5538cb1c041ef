export function startPouchServer(options?: { port?: number; auth?: string }): Promise<{
  url: string;
  port: number;
  close: () => Promise<void>;
  PouchDB: any;
}>;
