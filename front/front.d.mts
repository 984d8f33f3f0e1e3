import type { IncomingMessage, Server, ServerResponse } from "node:http";

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
/** Answers a request before Next (returns true) or lets it pass (false). */
export type Responder = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export function createFront(options: { handle: Handler; trustedHops: number; responders?: Responder[]; log?: (line: string) => void }): {
  server: Server;
  drain(graceMs: number): Promise<{ cut: number }>;
  readonly inFlight: number;
};

export function startFront(options: {
  dir: string;
  port: number;
  hostname?: string;
  trustedHops: number;
  keepAliveTimeout?: number;
}): Promise<{ server: Server; stop(graceMs?: number): Promise<{ cut: number }> }>;
