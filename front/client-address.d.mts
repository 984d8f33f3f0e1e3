export function parseTrustProxy(value: string | undefined): number;
export function normaliseAddress(raw: string | undefined | null): string | null;
export function clientAddress(input: {
  socketAddress: string | undefined;
  forwardedFor?: string | string[] | undefined;
  forwardedProto?: string | string[] | undefined;
  trustedHops: number;
}): { address: string; proto: "http" | "https" };
